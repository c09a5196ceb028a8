/**
 * 说明核对 by meaning (issue #12): the subject that governs an amount (expectation table), the seeds' narratives
 * against their tables — exactly the disagreements identities.md §4 lists for them (and a golden file with every
 * stated figure and its verdict) — the generated 说明 passing its own check, and the advisories that name two
 * plausible quantities instead of calling a figure wrong.
 */
import { readGolden } from './golden';
import { join } from 'node:path';
import { Decimal } from '../../src/core/money';
import { gatherFacts, type Facts } from '../../src/core/narrative/facts';
import { generateNarrative, narrativeText } from '../../src/core/narrative/generate';
import { DEFAULT_INPUTS } from '../../src/core/narrative/inputs';
import { readStatements, subjectOf } from '../../src/core/narrative/statements';
import { reviewNarrative } from '../../src/core/narrative/verify';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { seedNarrative } from '../seeds/seed-narrative';
import { goldenRows } from './golden-rows';

const factsOf = async (seed: string) => gatherFacts(await seedSnapshot(seed))[0]!;

it.each([
  ['2023年人员支出预算', 'expense.personnel'],
  ['日常公用支出预算', 'expense.public'],
  ['2022年支出预算', 'expense.total'],
  ['基本支出预算数为', 'expense.basic'],
  ['一般公共预算收入预算', 'income.general'],
  ['本年收入预算合计', 'income.subtotal'],
  ['我部门财政拨款"三公"经费预算安排', 'sanGong.total'],
  ['公务用车购置及运行费', 'sanGong.car'],
  ['公车运行维护费减少', 'sanGong.carRunning'],
  ['机关运行经费共计安排', 'operating'],
  ['本年度拟购置固定资产总额为', 'assets.purchase'],
  ['上年末固定资产金额为', 'assets'],
  ['国有资本经营预算拨款支出预算', 'expense.stateCapital'],
  ['其他项目经费支出', 'expense.project'],
  ['节能工作经费安排', null],
  ['事业单位经营支出预算', null],
])('「%s…万元」 is about %s', (phrase, id) => {
  expect(subjectOf(phrase)?.id ?? null).toBe(id);
});

it.each([
  [
    '2022年收入预算555.53万元，其中：一般公共预算收入554.53万元',
    [
      ['level', 'income.total', '555.53'],
      ['level', 'income.general', '554.53'],
    ],
  ],
  [
    '较2021年预算增加3.33万元，其中：基本支出增加13.53万元；项目支出减少10.2万元。',
    [
      ['change', null, '3.33'],
      ['change', 'expense.basic', '13.53'],
      ['change', 'expense.project', '-10.2'],
    ],
  ],
  [
    '因公出国（境）费支出 160 万元，占“三公”经费的 31.14%；',
    [
      ['level', 'sanGong.abroad', '160'],
      ['share', 'sanGong.abroad', '31.14'],
    ],
  ],
  [
    '收入预算３,１２１.４２万元，增长 12.11 %',
    [
      ['level', 'income.total', '3121.42'],
      ['growth', 'income.total', '12.11'],
    ],
  ],
  ['支出预算7086800元', [['level', 'expense.total', '708.68']]],
  ['因公出国（境）费支出 222.5\n27\n=== page 28 ===\n万元', [['level', 'sanGong.abroad', '222.5']]],
])('reads %j', (text, expected) => {
  expect(readStatements(text, 2023).map((s) => [s.kind, s.subject?.id ?? null, s.value.toString()])).toEqual(expected);
});

/** identities.md §4.1: the narrative-side ✗ of each seed (004 has no tables: only its text is judged). */
it.each([
  ['000', []],
  [
    '001',
    [
      ['N-03', 'rounding'],
      ['N-12', 'advisory'],
      ['P-06', 'advisory'],
      ['U-04', 'error'],
    ],
  ],
  ['003', [['N-13', 'advisory']]],
  [
    '004',
    [
      ['N-06', 'advisory'],
      ['N-12', 'advisory'],
      ['P-06', 'advisory'],
    ],
  ],
])('seed %s: 说明核对 finds exactly %j', async (seed, expected) => {
  const facts = seed === '004' ? null : await factsOf(seed);
  const found = reviewNarrative(seedNarrative(seed), facts).issues.map((i) => [i.rule, i.severity]);
  expect(found.sort()).toEqual([...expected].sort());
});

it('seed 001: the 尾差 names both sides; P-06 names the fixed-asset goods of the 政府采购 table', async () => {
  const r = reviewNarrative(seedNarrative('001'), await factsOf('001'));
  expect(r.issues.find((i) => i.rule === 'N-03')!.message).toContain('514.48万元 ≠ 426.49万元 + 87.98万元 = 514.47万元');
  expect(r.issues.find((i) => i.rule === 'P-06')!.expected).toBe('3.45万元');
});

const GOLDEN = join(__dirname, 'goldens', 'seed-figures.tsv');

it('every stated figure of the seeds, with its subject and verdict, is as reviewed (goldens/seed-figures.tsv)', async () => {
  const rows: string[] = [];
  for (const seed of ['000', '001', '003', '004']) {
    const facts = seed === '004' ? null : await factsOf(seed);
    rows.push(...goldenRows(seed, reviewNarrative(seedNarrative(seed), facts)));
  }
  const text = ['seed\tline\tfigure\tsubject\tkind\tvalue\tverdict', ...rows].join('\n') + '\n';
  expect(text).toBe(readGolden(GOLDEN, text));
  // No agreeing figure is called wrong: every 不一致/尾差 verdict is one of the known disagreements above.
  const wrong = rows.filter((r) => /\t(不一致|尾差)$/.test(r));
  expect(wrong.map((r) => r.split('\t').slice(0, 1).concat(r.split('\t')[3]!))).toEqual([['001', 'assets.purchase']]);
});

const completeInputs = (f: Facts, government: typeof DEFAULT_INPUTS.government) => ({
  ...DEFAULT_INPUTS,
  government,
  duties: '（一）负责本部门职责范围内的工作。',
  units: [{ name: '本级', nature: '行政', rank: '正科级', funding: '财政拨款' }],
  prior: {
    total: f.expense.total!.minus(1).toFixed(2),
    basic: f.expense.basic!.minus(1).toFixed(2),
    project: f.expense.project!.toFixed(2),
    sanGong: f.sanGong.total!.toFixed(2),
  },
  reasons: { total: '人员调整' },
  performance: '（一）整体绩效目标：保障机构正常运转。',
  other: '无',
});

it.each([
  ['000', '区级' as const, '万元' as const],
  ['003', '区级' as const, '元' as const],
  ['001', '市级' as const, '万元' as const],
])('the 说明 generated for seed %s (%s, in %s) passes its own 说明核对', async (seed, government, money) => {
  const f = await factsOf(seed);
  const text = narrativeText(generateNarrative(f, { ...completeInputs(f, government), money }));
  const r = reviewNarrative(text, f);
  // Seed 001's own tables carry a 0.01 尾差 (基本 514.48 vs 人员 + 公用 514.47): the text states what the tables say.
  expect(r.issues.map((i) => [i.rule, i.severity])).toEqual(seed === '001' ? [['N-03', 'rounding']] : []);
  expect(r.statements.filter((s) => s.verdict === '不一致')).toEqual([]);
  expect(r.statements.filter((s) => s.verdict === '一致').length).toBeGreaterThan(8);
});

it('项目支出 stated without the 上年结转 part is an advisory naming both figures, never an error', async () => {
  const f = await factsOf('000');
  const facts: Facts = {
    ...f,
    income: { ...f.income, carryOver: new Decimal('0.88') },
    expense: { ...f.expense, project: new Decimal('448.31') },
  };
  const r = reviewNarrative('2023年支出预算340.57万元，其中项目支出447.43万元。', facts);
  const project = r.statements.find((s) => s.statement.subject?.id === 'expense.project')!;
  expect(project.verdict).toBe('口径不同');
  const issue = r.issues.find((i) => i.rule === 'N-08')!;
  expect(issue.severity).toBe('advisory');
  expect(issue.message).toContain('448.31万元');
  expect(issue.message).toContain('447.43万元');
});

it('a figure stated for 财政拨款 only is 未核对 when it differs from the table’s total, not 错误', async () => {
  const f = await factsOf('000');
  const r = reviewNarrative('2023年财政拨款基本支出预算300.00万元。', f);
  expect(r.statements[0]!.verdict).toBe('未核对');
  expect(r.issues).toEqual([]);
});

it.each([
  ['人员支出预算292.46万元，日常公用支出预算31.31万元。', '一致'],
  ['人员支出预算292.64万元。', '不一致'],
])('seed 000 「%s」 is compared with 人员经费/公用经费: %s', async (text, verdict) => {
  const r = reviewNarrative(text, await factsOf('000'));
  // Both figures are read (a review that reads nothing must not pass), each with the expected verdict.
  expect(r.statements.map((s) => s.verdict)).toEqual(text.includes('日常公用') ? [verdict, verdict] : [verdict]);
  expect(r.issues.map((i) => i.rule)).toEqual(verdict === '一致' ? [] : ['N-03']);
});

it('placeholders and the product’s own markers are found; a stale year is an advisory', () => {
  const r = reviewNarrative('一、部门职责\n〔请填写部门职责〕\n二、2019年部门预算XX情况\n', null);
  expect(r.issues.map((i) => [i.rule, i.severity])).toEqual([
    ['U-05', 'error'],
    ['U-05', 'advisory'],
  ]);
  // quoted as written: full-width colon, full-width Ｘ, Chinese quotes (the search reads their half-width forms)
  const written = reviewNarrative('一、部门职责\n〔缺：上年“三公”经费〕\n二、安排ＸＸ万元\n', null);
  expect(written.issues.map((i) => i.actual)).toEqual(['〔缺：上年“三公”经费〕', 'ＸＸ']);
  expect(written.issues[0]!.message).toBe('说明中还有未填写的占位内容「〔缺：上年“三公”经费〕」：请填写后再报送');
  // two on one line are two to fill
  const two = reviewNarrative('一、部门职责\n〔请填写单位名称〕和〔缺：人数〕，另有XX处\n', null);
  expect(two.issues.map((i) => [i.actual, i.severity])).toEqual([
    ['〔请填写单位名称〕', 'error'],
    ['〔缺：人数〕', 'error'],
    ['XX', 'advisory'],
  ]);
  const stale = reviewNarrative('2023年部门预算信息公开情况说明\n实现2021年发展规划目标。', null);
  expect(stale.issues.map((i) => i.rule)).toEqual(['N-13']);
});
