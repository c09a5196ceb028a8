/**
 * 情况说明 from the seed fixtures: sections 二/三/四/六/七 carry the seeds' numbers; 说明核对 on the seed narratives
 * finds exactly the disagreements they contain (seed 001: 基本支出 514.48 ≠ 426.49 + 87.98 in its own text) and
 * catches one changed figure; the .docx opens (unzipped, XML checked, eastAsia fonts set).
 */
import JSZip from 'jszip';
import { checkWorkbook } from '../../src/core/review/check';
import { gatherFacts } from '../../src/core/narrative/facts';
import { generateNarrative, narrativeText } from '../../src/core/narrative/generate';
import { DEFAULT_INPUTS, parseInputs } from '../../src/core/narrative/inputs';
import { verifyNarrative } from '../../src/core/narrative/verify';
import { planStoreInputs, readStoredInputs } from '../../src/core/narrative/stored-inputs';
import { narrativeDocxBuffer } from '../../src/docx/narrative-docx';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { seedNarrative } from '../seeds/seed-narrative';

const factsOf = async (seed: string) => gatherFacts(await seedSnapshot(seed))[0]!;
const section = (text: string, head: string) => {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.startsWith(head));
  const j = lines.findIndex((l, k) => k > i && /^[一二三四五六七八九]、/.test(l));
  return lines.slice(i + 1, j < 0 ? undefined : j).join('\n');
};

it('seed 000 三 is written exactly as the seed writes it', async () => {
  const text = narrativeText(generateNarrative(await factsOf('000'), DEFAULT_INPUTS));
  expect(section(text, '三、机关运行经费安排情况')).toBe(
    '机关运行经费安排支出31.31万元，办公费5.50万元，邮电费9.48万元，公务接待费0.24万元，工会经费3.94万元，福利费2.12万元，其他交通费用9.84万元，其他商品和服务支出0.19万元。',
  );
  expect(seedNarrative('000')).toContain(section(text, '三、机关运行经费安排情况'));
});

it.each([
  ['000', '二、', ['340.57万元', '323.77万元', '292.46万元', '31.31万元', '16.80万元']],
  ['000', '四、', ['“三公”经费预算安排0.24万元', '公务接待费0.24万元']],
  ['000', '六、', ['政府采购预算1.95万元']],
  ['000', '七、', ['上年末固定资产金额为31.75万元']],
  [
    '001',
    '二、',
    [
      '收入预算555.53万元',
      '一般公共预算收入554.53万元',
      '单位资金收入1.00万元',
      '基本支出514.48万元',
      '人员经费426.49万元',
      '日常公用经费87.98万元',
      '项目支出41.05万元',
    ],
  ],
  ['001', '三、', ['机关运行经费安排支出87.98万元', '办公费1.55万元', '公务用车运行维护费3.10万元']],
  ['001', '四、', ['预算安排3.84万元', '公务用车购置及运维费3.10万元', '公务用车运行维护费3.10万元', '公务接待费0.74万元']],
  ['001', '六、', ['政府采购预算3.45万元']],
  ['001', '七、', ['上年末固定资产金额为113.38万元']],
  ['003', '二、', ['收入预算708.68万元', '基本支出235.56万元', '人员经费92.51万元', '日常公用经费143.05万元', '项目支出473.12万元']],
  ['003', '四、', ['预算安排13.90万元', '公务用车运行维护费13.90万元']],
  ['003', '七、', ['上年末固定资产金额为380.48万元']],
] as const)('seed %s section %s carries the seed’s numbers', async (seed, head, figures) => {
  const text = narrativeText(generateNarrative(await factsOf(seed), DEFAULT_INPUTS));
  const body = section(text, head);
  for (const f of figures) expect(body).toContain(f);
  // …and every figure checks against the tables (the default inputs leave 〔请填写…〕 markers: U-05, on purpose).
  // (seed 001's tables themselves carry the 0.01 尾差 between 基本 and 人员 + 公用, so the text does too: 尾差, not 错误)
  const errors = verifyNarrative(text, await factsOf(seed), { sheet: '说明' }).filter((x) => x.severity === 'error' && x.rule !== 'U-05');
  expect(errors).toEqual([]);
});

it('seed 003 in 元, as the seed writes it', async () => {
  const text = narrativeText(generateNarrative(await factsOf('003'), { ...DEFAULT_INPUTS, money: '元' }));
  expect(text).toContain('收入预算7086800元');
  expect(text).toContain('“三公”经费预算安排139000元');
});

it.each([
  ['000', []],
  [
    '001',
    [
      ['N-03', 'rounding'],
      ['U-04', 'error'],
    ],
  ],
  ['003', []],
])('说明核对 on seed %s’s own narrative finds exactly %j', async (seed, expected) => {
  const found = verifyNarrative(seedNarrative(seed), await factsOf(seed), { sheet: '说明' });
  expect(found.filter((f) => f.severity !== 'advisory').map((f) => [f.rule, f.severity])).toEqual(expected);
});

it.each([
  ['001', '人员经费426.49万元', '人员经费426.94万元', 'N-03'],
  ['003', '预算收入为7086800元', '预算收入为7068800元', 'N-02'],
  ['000', '公务接待费0.24万元。与2022年', '公务接待费0.42万元。与2022年', 'N-01'],
  ['000', '安排政府采购预算1.95万元', '安排政府采购预算1.59万元', 'N-05'],
])('changing one figure in seed %s’s narrative is caught', async (seed, from, to, rule) => {
  const text = seedNarrative(seed);
  expect(text).toContain(from);
  const found = verifyNarrative(text.replace(from, to), await factsOf(seed), { sheet: '说明' });
  expect(found.some((f) => f.rule === rule && f.severity === 'error')).toBe(true);
});

it('check runs 说明核对 when the workbook holds a 说明 sheet', async () => {
  const snap = await seedSnapshot('001');
  const text = seedNarrative('001');
  snap.sheets.push({ name: '说明', origin: { row: 0, col: 0 }, values: text.split('\n').map((l) => [l]) });
  const r = checkWorkbook(snap);
  const n = r.findings.filter((f) => f.sheet === '说明');
  expect(n.map((f) => f.rule)).toContain('N-03');
  expect(n.find((f) => f.rule === 'N-03')!.cell).toMatch(/^A\d+$/);
});

it('the .docx opens: headings 黑体, body 仿宋 as eastAsia fonts, all nine sections and the 机构设置 table', async () => {
  const doc = generateNarrative(await factsOf('000'), {
    ...DEFAULT_INPUTS,
    units: [{ name: '本级', nature: '行政', rank: '正科级', funding: '财政拨款' }],
  });
  const buf = await narrativeDocxBuffer(doc);
  const zip = await JSZip.loadAsync(buf);
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('w:eastAsia="黑体"');
  expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
  for (const h of ['一、部门职责及机构设置情况', '二、部门预算安排的总体情况', '三、机关运行经费安排情况', '九、其他需要说明的事项'])
    expect(xml).toContain(h);
  expect(xml).toContain('<w:tbl>');
  expect(xml).toContain('正科级');
  expect((await zip.file('word/styles.xml')!.async('string')).includes('仿宋_GB2312')).toBe(true);
});

it('inputs are stored in the workbook and read back; damaged input falls back to defaults', () => {
  const inputs = { ...DEFAULT_INPUTS, duties: '（一）职责'.repeat(8000), prior: { total: '552.20' } };
  const plan = planStoreInputs({ sheets: [] }, inputs);
  const sheet = plan.addSheets[0]!;
  expect(sheet.visibility).toBe('veryHidden');
  expect(sheet.values.length).toBeGreaterThan(1);
  expect(readStoredInputs({ sheets: [{ name: sheet.name, origin: { row: 0, col: 0 }, values: sheet.values }] })).toEqual(inputs);
  expect(parseInputs('{broken')).toEqual(DEFAULT_INPUTS);
});

it.each([
  ['三公', { sanGong: '99' }, '〔请填写“三公”经费增减原因〕'],
  ['收支', { total: '1' }, '〔请填写收支增减原因〕'],
])('a %s change with no reason given is marked 〔请填写…〕; with a reason it is not', async (_what, prior, marker) => {
  const facts = gatherFacts(await seedSnapshot('000'))[0]!;
  const blank = narrativeText(generateNarrative(facts, { ...DEFAULT_INPUTS, prior }));
  expect(blank).toContain(marker);
  const reasons = { total: '人员调整', sanGong: '压减公务接待' };
  expect(narrativeText(generateNarrative(facts, { ...DEFAULT_INPUTS, prior, reasons }))).not.toContain(marker);
});

it.each([
  ['中共张家口市委机构编制委员会办公室', '市级'],
  ['中共秦皇岛市海港区委机构编制委员会办公室', '区级'],
  ['某县财政局', '县级'],
  [null, '区级'],
])('the 名词解释 level starts from the department’s name (%s → %s); 「我省」 stays; stored inputs win', async (name, level) => {
  const { startingInputs } = await import('../../src/core/narrative/stored-inputs');
  const start = startingInputs({ sheets: [] }, name);
  expect([start.government, start.regionWord]).toEqual([level, '我省']);
  const stored = planStoreInputs({ sheets: [] }, { ...DEFAULT_INPUTS, government: '省级' });
  const snap = { sheets: [{ name: stored.addSheets[0]!.name, origin: { row: 0, col: 0 }, values: stored.addSheets[0]!.values }] };
  expect(startingInputs(snap, name).government).toBe('省级');
});
