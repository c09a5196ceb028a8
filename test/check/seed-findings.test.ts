/**
 * Each seed fixture yields exactly its known findings (shared/domain/identities.md §4) and nothing else; a format-only
 * change (text numbers, full-width digits, thousands separators, 元, sheet order and names, one sheet, page splits,
 * offsets) adds no finding.
 */
import { checkWorkbook } from '../../src/core/review/check';
import type { Finding } from '../../src/core/check/types';
import { seedSnapshot, type FixtureOptions } from '../fixtures/seed-workbooks';

/** identities.md §4.1/§4.2: seed 001's one rounding root cause in 16 printed places + X56-02; seed 003's X69-02. */
const EXPECTED: Record<string, [rule: string, severity: string, table: string, where: string, difference: string][]> = {
  '000': [],
  '001': [
    ['T1-02', 'rounding', 'T1', '本年支出合计/expense', '0.01'],
    ['T2-04', 'rounding', 'T2', '合计/total', '0.01'],
    ['T2-04', 'rounding', 'T2', '合计/subtotal', '0.01'],
    ['T2-04', 'rounding', 'T2', '合计/fiscal', '0.01'],
    ['T3-03', 'rounding', 'T3', '合计/total', '0.01'],
    ['T3-03', 'rounding', 'T3', '合计/basic', '0.01'],
    ['T4-05', 'rounding', 'T4', '本年支出合计/total', '0.01'],
    ['T4-05', 'rounding', 'T4', '本年支出合计/general', '0.01'],
    ['T5-03', 'rounding', 'T5', '合计/total', '0.01'],
    ['T5-03', 'rounding', 'T5', '合计/basic', '0.01'],
    ['T6-01', 'rounding', 'T6', '合计/total', '0.01'],
    ['T6-02', 'rounding', 'T6', '301 工资福利支出/total', '0.01'],
    ['T6-02', 'rounding', 'T6', '301 工资福利支出/personnel', '0.01'],
    ['T6-02', 'rounding', 'T6', '302 商品和服务支出/total', '0.01'],
    ['T6-02', 'rounding', 'T6', '302 商品和服务支出/public', '0.01'],
    ['T6-03', 'rounding', 'T6', '合计/total', '0.01'],
    ['X56-02', 'advisory', 'T6', '30110 职工基本医疗保险缴费/total', '-0.81'],
  ],
  '003': [['X69-02', 'advisory', 'T6', '30231 公务用车运行维护费/total', '-13.30']],
};

/** A finding in layout-independent words: rule, severity, table, row label and column, difference. */
function key(f: Finding, withSeverity = true, yuan = false): string {
  const diff = yuan ? (Number(f.difference) / 10000).toFixed(2) : f.difference;
  return [
    f.rule,
    withSeverity ? f.severity : '',
    f.table,
    f.message
      .split(' ')
      .slice(1, -1)
      .join(' ')
      .replace(/ [\d.-]+ [≠><].*$/, ''),
    diff,
  ].join('|');
}

describe.each(Object.keys(EXPECTED))('seed %s', (seed) => {
  it('yields exactly its known findings', async () => {
    const r = checkWorkbook(await seedSnapshot(seed));
    const got = r.findings.map((f) => [f.rule, f.severity, f.table, f.difference]);
    expect(got.sort()).toEqual(EXPECTED[seed]!.map(([rule, sev, table, , diff]) => [rule, sev, table, diff]).sort());
    // Where: the row label and column named in the message.
    for (const [rule, , , where] of EXPECTED[seed]!) {
      const [label] = where.split('/');
      expect(r.findings.some((f) => f.rule === rule && f.message.includes(label!))).toBe(true);
    }
    expect(r.problems).toEqual([]);
  });

  const VARIANTS: [string, FixtureOptions, boolean][] = [
    ['amounts as text with spaces', { amounts: 'text' }, true],
    ['full-width digits', { amounts: 'fullwidth' }, true],
    ['thousands separators', { amounts: 'thousands' }, true],
    ['shuffled sheets with meaningless names', { layout: 'shuffled' }, true],
    ['all tables on one sheet', { layout: 'one-sheet' }, true],
    ['page splits with repeated headers and wrapped labels', { pageSplit: 5 }, true],
    ['offset by blank rows and columns', { offset: { rows: 3, cols: 2 }, layout: 'one-sheet' }, true],
    // In 元 the 0.01万元 rounding gaps become 100元 gaps: the same findings, severity follows the finer unit.
    ['amounts in 元', { amounts: 'yuan' }, false],
  ];
  it.each(VARIANTS)('%s: same findings', async (_name, opts, withSeverity) => {
    const base = checkWorkbook(await seedSnapshot(seed));
    const r = checkWorkbook(await seedSnapshot(seed, opts));
    expect(r.findings.map((f) => key(f, withSeverity, opts.amounts === 'yuan')).sort()).toEqual(
      base.findings.map((f) => key(f, withSeverity)).sort(),
    );
    expect(r.problems).toEqual([]);
    expect(r.tables.map((t) => t.id).sort()).toEqual(base.tables.map((t) => t.id).sort());
  });
});

it('seed 001 findings sit on the printed cells (收支总表 本年支出合计 at E36, 基本支出表 合计 at D6)', async () => {
  const r = checkWorkbook(await seedSnapshot('001'));
  const at = (rule: string) => r.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);
  expect(at('T1-02')).toEqual(['部门预算收支总表!E36']);
  expect(at('T6-01')).toEqual(['部门预算一般公共预算财政拨款基本支出表!D6']);
  const t601 = r.findings.find((f) => f.rule === 'T6-01')!;
  expect(t601.message).toBe('一般公共预算财政拨款基本支出表 合计（栏3 合计） 514.48 ≠ 人员经费＋公用经费之和 514.47，差 0.01（尾差）');
  expect(t601.related.map((c) => c.cell).sort()).toEqual(['E6', 'F6']);
  // The 合计 that breaks again against Σ类 by the same 0.01 is grouped under the 合计 row finding.
  expect(r.findings.find((f) => f.rule === 'T6-03')!.causedBy).toBe(t601.id);
});

it('a workbook with both 部门 and 单位 tables groups them by the unit line (seed 000: 225 and 225001)', async () => {
  const r = checkWorkbook(await seedSnapshot('000'));
  expect(new Set(r.tables.map((t) => t.unit))).toEqual(new Set(['225', '225001']));
  expect(r.tables.filter((t) => t.level === '单位')).toHaveLength(9);
  expect(r.notEvaluated.some((n) => n.rule === 'U-01')).toBe(false);
});

it('tables in different units compare correctly (收支总表 and 收入总表 in 元, the rest in 万元)', async () => {
  const r = checkWorkbook(await seedSnapshot('000', { yuanTables: ['T1', 'T2'] }));
  expect(r.findings).toEqual([]);
  const moved = checkWorkbook(await seedSnapshot('003', { yuanTables: ['T1'] }));
  expect(moved.findings.map((f) => f.rule)).toEqual(['X69-02']);
});
