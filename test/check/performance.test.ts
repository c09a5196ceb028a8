/**
 * 项目绩效目标表 against the budget (G-01, G-02, P-05), on the seeds' numbers: the 绩效目标表 sheets below transcribe
 * the 成本指标 printed in seeds 000 and 001 (the fixtures carry the nine tables, 政府采购 and 资产 only). Seed 000
 * holds (13 + 3.8 = 16.80 = 项目支出; 日常公用经费 31.31 = 公用经费); seed 001 breaks as identities.md §4 says
 * (1 + 9.9 + 11.7 + 18.25 = 40.85 ≠ 41.05, 「≤11.7元」 a unit slip, 采购 预算资金 18.45 ≠ 18.25).
 */
import { checkWorkbook } from '../../src/core/review/check';
import type { SheetSnapshot } from '../../src/core/model/snapshot';
import { seedSnapshot } from '../fixtures/seed-workbooks';

/** One 绩效目标表 per project: title, header, then 成本指标 rows [三级指标, 指标值]. */
function performanceSheet(projects: [string, [string, string][]][], plan?: number[]): SheetSnapshot {
  const values: (string | number | null)[][] = [];
  projects.forEach(([name, costs], i) => {
    values.push([`${i + 1}、${name}绩效目标表`]);
    values.push(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
    values.push(['产出指标', '数量指标', '召开会议次数', '反映会议次数', '≥3次', '年度工作计划']);
    costs.forEach(([what, v], k) =>
      values.push(['', k === 0 ? '成本指标' : '', what, what === '支出金额总量' ? '项目支出总数' : '单位标准', v, '预算文本']),
    );
    values.push(['效益指标', '社会效益指标', '编制资源统筹', '提高效益', '有效提升', '政府文件']);
    if (plan) values.push(['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底'], ['', ...plan]);
  });
  return { name: '项目绩效目标表', origin: { row: 0, col: 0 }, values };
}

const rules = /^(G-0[12]|P-05)$/;

it('seed 000: the 成本指标 add up to 项目支出 and the 日常公用经费 purchase to 公用经费 — nothing to say', async () => {
  const snap = await seedSnapshot('000');
  snap.sheets.push(
    performanceSheet(
      [
        ['机构编制综合事务管理经费', [['费用支出控制数', '≤13万元']]],
        [
          '政务和公益中文域名运行管理工作专项经费',
          [
            ['单个域名费用标准', '200元'],
            ['费用支出控制率', '≤3.8万元'],
          ],
        ],
      ],
      [25, 50, 75, 100],
    ),
  );
  expect(checkWorkbook(snap).findings.filter((f) => rules.test(f.rule))).toEqual([]);
});

it('seed 001: G-01 names the sum and the unit slip, P-05 the 采购 预算资金; G-02 a plan that does not reach 100%', async () => {
  const snap = await seedSnapshot('001');
  snap.sheets.push(
    performanceSheet(
      [
        ['课题研究专项经费', [['支出金额总量', '≤1万元']]],
        [
          '深化事业单位机构编制改革工作经费',
          [
            ['支出金额总量', '≤9.9万元'],
            ['人均培训费', '≤550元'],
          ],
        ],
        [
          '行政单位机构编制工作经费',
          [
            ['支出金额总量', '≤11.7元'],
            ['人均差旅费', '≤720元'],
          ],
        ],
        ['政务和公益机构域名管理维护培训费', [['支出金额总量', '≤18.25万元']]],
      ],
      [25, 50, 100, 90],
    ),
  );
  const found = checkWorkbook(snap).findings.filter((f) => rules.test(f.rule));
  expect(found.every((f) => f.severity === 'advisory')).toBe(true);
  const text = found.map((f) => `${f.rule} ${f.message}`).join('\n');
  expect(text).toMatch(/G-01 行政单位机构编制工作经费的成本指标“≤11.7元”是项目支出总额，单位应为万元/);
  expect(text).toMatch(/G-01 各项目绩效目标表的成本指标之和 40.85万元，与项目支出 41.05万元不同/);
  expect(text).toMatch(
    /P-05 政府采购预算中“政务和公益机构域名管理维护培训费”的预算资金 18.45万元，与该项目绩效目标表的成本指标 18.25万元不同/,
  );
  expect(found.filter((f) => f.rule === 'G-02').length).toBe(4);
});
