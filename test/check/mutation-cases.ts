/**
 * The rows of the mutation table (mutations.test.ts): for each catalog entry, the fixture, the cells changed and the
 * cell judged. The changes move every figure that repeats the broken one (a total with its parts, 收支总表 with
 * 收入总表, the 部门 with its 单位) so that only the entry breaks; an entry implied by others says why it cannot
 * break alone and which entries fire with it. Amounts are in 万元.
 *
 * How the changes were found: each entry's identities were asked to break (by at least 1 万元) while every other
 * identity the checker compiles for the fixture holds, as an integer program over the printed amounts (smallest
 * change first). Where no such change exists — on seed 000 and again on the FUNDED fixture — the entry is implied,
 * and its case is the smallest set of other entries that must break with it. An identity formed only when a cell is
 * nonzero (a 类 one table lacks) was kept in the fixture's state; mutations.test.ts checks every case as it stands.
 */
import type { CellValue, SheetSnapshot } from '../../src/core/model/snapshot';
import type { TableId } from '../../src/core/catalog/types';
import type { FixtureOptions } from '../fixtures/seed-workbooks';
import type { Edit, TableEdit, Target } from './mutate';

export interface Cell {
  sheet: string;
  r: number;
  c: number;
}

export interface Case {
  /** Catalog entry key (CATALOG in ./mutate). */
  entry: string;
  seed: string;
  /** Fixture options of the seed (the 单位资金 layout). */
  options?: FixtureOptions;
  /** Changes that make the fixture the case starts from (itself clean): a funded 政府性基金 table. */
  base?: Edit[];
  /** Sheets added to the fixture (a 项目绩效目标表). */
  sheets?: SheetSnapshot[];
  edits: Edit[];
  /** Judged cell (of a recognized table, or of a named sheet); default: the first edit’s cell. */
  judged?: Target | Cell;
  severity?: 'error' | 'advisory';
  /** The entry cannot break without others: why, and the entries that fire with it. */
  alone?: false;
  because?: string;
  with?: string[];
}

const T = (table: TableId, row: string, column: string, extra: Partial<TableEdit> = {}): Edit => ({
  table,
  row,
  column,
  ...extra,
});
const add = (table: TableId, row: string, column: string, n: number, unit?: string): Edit => ({
  table,
  row,
  column,
  add: n,
  ...(unit ? { unit } : {}),
});
const at = (table: TableId, row: string, column: string, unit?: string): Target => ({ table, row, column, ...(unit ? { unit } : {}) });
const TITLE = (table: TableId): Target => ({ table, row: 'title', column: '' });

/** A fund table’s rows below its 栏次: 合计 and 201 › 20132 › 2013202 一般行政管理事务, all 项目支出. */
const fundRows = (n: number | null): CellValue[][] => [
  [1, null, '合计', n, null, n],
  [2, 201, '一般公共服务支出', n, null, n],
  [3, 20132, '组织事务', n, null, n],
  [4, 2013202, '一般行政管理事务', n, null, n],
];

/** The fund rows cleared, the empty table’s 注 under its blank row (as printed). */
const emptied = (note: string): CellValue[][] =>
  fundRows(null).map((_, i) => (i === 1 ? [note, null, null, null, null, null] : Array(6).fill(null)));

/**
 * Seed 000 with 8 万元 of its 一般行政管理事务 项目支出 paid from 政府性基金 (5) and 国有资本经营预算 (3) instead of
 * the 一般公共预算: the two fund tables filled, 财政拨款收支总表 and 收支总表 moved with them (a clean fixture in which
 * the fund tables' own entries can break).
 */
const FUNDED: Edit[] = [
  T('T7', 'blank', '', { rows: fundRows(5) }),
  T('T8', 'blank', '', { rows: fundRows(3) }),
  ...(
    [
      ['T1', 'in:general', 'income', -8],
      ['T1', 'in:fund', 'income', 5],
      ['T1', 'in:stateCapital', 'income', 3],
      ['T4', 'in:general', 'income', -8],
      ['T4', 'in:fund', 'income', 5],
      ['T4', 'in:stateCapital', 'income', 3],
    ] as const
  ).map(([t, r, c, n]) => add(t, r, c, n)),
  ...['ex:201', 'ex:expenseSubtotal', 'ex:expenseTotal'].flatMap((r) => [
    add('T4', r, 'general', -8),
    add('T4', r, 'fund', 5),
    add('T4', r, 'stateCapital', 3),
  ]),
  ...['total', 'code:201', 'code:20132', 'code:2013202'].flatMap((r) => [add('T5', r, 'total', -8), add('T5', r, 'project', -8)]),
];

/** One 绩效目标表 per project: title, header, then 成本指标 rows [三级指标, 指标值], and its 资金支出计划（%）. */
function performanceSheet(projects: [string, [string, string][]][], plan: number[]): SheetSnapshot {
  const values: (string | number | null)[][] = [];
  projects.forEach(([name, costs], i) => {
    values.push([`${i + 1}、${name}绩效目标表`]);
    values.push(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
    values.push(['产出指标', '数量指标', '召开会议次数', '反映会议次数', '≥3次', '年度工作计划']);
    costs.forEach(([what, v], k) => values.push(['', k === 0 ? '成本指标' : '', what, '单位标准', v, '预算文本']));
    values.push(['效益指标', '社会效益指标', '编制资源统筹', '提高效益', '有效提升', '政府文件']);
    values.push(['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底'], ['', ...plan]);
  });
  return { name: '项目绩效目标表', origin: { row: 0, col: 0 }, values };
}

/** Seed 000's two projects: 13 + 3.8 = 16.80 万元 = its 项目支出 (rows 0–6 and 7–14 of the sheet). */
const PERFORMANCE = performanceSheet(
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
);

const PROCUREMENT = '部门政府采购预算';
const ASSETS = '部门固定资产占用情况表';
const cell = (sheet: string, r: number, c: number, value: CellValue): Edit => ({ sheet, r, c, value });

/** The same cell of the 部门's and the 单位's sheet of a table (seed 000 prints both alike). */
const both = (table: string, r: number, c: number, value: CellValue): Edit[] => [
  cell(`部门预算${table}`, r, c, value),
  cell(`单位预算${table}`, r, c, value),
];
const T6_SHEET = '一般公共预算财政拨款基本支出表';

/**
 * Seed 000 with two more “三公” subjects in 基本支出表, carried to the “三公” table: 30299 (0.19) printed as 30212
 * 因公出国（境）费用, and 303 › 30309 (0.73, 人员经费) as 310 › 31013 公务用车购置 (公用经费).
 */
const THREE_PUBLIC: Edit[] = [
  ...both(T6_SHEET, 23, 1, 30212),
  ...both(T6_SHEET, 23, 2, '因公出国（境）费用'),
  ...both(T6_SHEET, 24, 1, 310),
  ...both(T6_SHEET, 24, 2, '资本性支出'),
  ...both(T6_SHEET, 25, 1, 31013),
  ...both(T6_SHEET, 25, 2, '公务用车购置'),
  ...['code:310', 'code:31013'].flatMap((r) => [add('T6', r, 'personnel', -0.73), add('T6', r, 'public', 0.73)]),
  add('T6', 'total', 'personnel', -0.73),
  add('T6', 'total', 'public', 0.73),
  ...['total', 'general'].flatMap((c) => [
    add('T9', 'sg:abroad', c, 0.19),
    add('T9', 'sg:abroadOther', c, 0.19),
    add('T9', 'sg:car', c, 0.73),
    add('T9', 'sg:carPurchase', c, 0.73),
    add('T9', 'sg:total', c, 0.92),
  ]),
];

/** Seed 000 with its pension contribution printed as 职业年金 (30108 → 30109, 2080505 → 2080506 in every table). */
const PENSION: Edit[] = [
  ...['收入总表', '支出总表', '一般公共预算财政拨款支出表'].flatMap((t) => [
    ...both(t, 12, 1, 2080506),
    ...both(t, 12, 2, '机关事业单位职业年金缴费支出'),
  ]),
  ...both(T6_SHEET, 11, 1, 30109),
  ...both(T6_SHEET, 11, 2, '职业年金缴费'),
];

export const CASES: Case[] = [
  {
    entry: 'T1-01',
    seed: '000',
    edits: [add('T1', 'in:other', 'income', -1)],
    judged: at('T1', 'in:incomeSubtotal', 'income'),
    alone: false,
    because:
      '本年收入合计 is 收入总表’s 本年收入小计 (T1-03, X12-01, X12-03 上年结转, T2-01), which is Σ its columns (T2-02), each the 收支总表 line of the same name (X12-02, X12-03): a line that leaves the sum leaves its 收入总表 column',
    with: ['X12-03#6'],
  },
  {
    entry: 'T1-02',
    seed: '000',
    edits: [add('T1', 'ex:211', 'expense', 1)],
    judged: at('T1', 'ex:expenseSubtotal', 'expense'),
    alone: false,
    because:
      '本年支出合计 is 支出总表’s 合计 (X13-01) = Σ its 类 (T3-03), and the 类 are the 收支总表 categories both ways (X13-02): a category moved alone is off 支出总表 (here one 支出总表 does not list)',
    with: ['X13-02'],
  },
  {
    entry: 'T1-03',
    seed: '000',
    edits: [add('T1', 'in:carryOver', 'income', 1)],
    judged: at('T1', 'in:incomeTotal', 'income'),
    alone: false,
    because:
      '收入总计 and both its parts are 收入总表’s (X12-01; 本年收入 through T2-02, X12-02, X12-03; 上年结转 through X12-03), which adds them up (T2-01): moving 上年结转结余 alone leaves 收入总表’s 上年结转',
    with: ['X12-03#8'],
  },
  {
    entry: 'T1-04',
    seed: '000',
    edits: [add('T1', 'ex:expenseTotal', 'expense', 1)],
    alone: false,
    because:
      'each cell of it is pinned by another entry: 支出总计 = 收入总计 (T1-05), 本年支出合计 = 支出总表 合计 (X13-01), 年终结转结余 = 0 (T1-06)',
    with: ['T1-05'],
  },
  {
    entry: 'T1-05',
    seed: '000',
    edits: [add('T1', 'ex:expenseTotal', 'expense', -1)],
    judged: at('T1', 'in:incomeTotal', 'income'),
    alone: false,
    because:
      '收入总计 is pinned by 收入总表 (X12-01, T1-03), and 支出总计 = 本年支出合计 + 年终结转结余 (T1-04) whose cells are pinned by 支出总表 (X13-01) and T1-06: the totals cannot part without one of these',
    with: ['T1-04'],
  },
  {
    entry: 'T2-01',
    seed: '000',
    edits: [
      add('T2', 'code:2013201', 'subtotal', 1),
      add('T2', 'code:2013202', 'subtotal', -1),
      add('T2', 'code:2013201', 'fiscal', 1),
      add('T2', 'code:2013202', 'fiscal', -1),
    ],
    judged: at('T2', 'code:2013201', 'total'),
  },
  {
    entry: 'T2-02',
    seed: '000',
    edits: [add('T2', 'code:2013201', 'other', -1), add('T2', 'code:2013202', 'other', 1)],
    judged: at('T2', 'code:2013201', 'subtotal'),
  },
  {
    entry: 'T2-03',
    seed: '000',
    edits: [add('T2', 'code:20132', 'fiscal', -1), add('T2', 'code:20132', 'other', 1)],
    judged: at('T2', 'code:201', 'fiscal'),
  },
  {
    entry: 'T2-04',
    seed: '000',
    edits: [
      add('T2', 'code:201', 'fiscal', -1),
      add('T2', 'code:201', 'superiorSubsidy', 1),
      add('T2', 'code:20132', 'fiscal', -1),
      add('T2', 'code:20132', 'superiorSubsidy', 1),
      add('T2', 'code:2013202', 'fiscal', -1),
      add('T2', 'code:2013202', 'superiorSubsidy', 1),
    ],
    judged: at('T2', 'total', 'fiscal'),
  },
  {
    entry: 'T3-01',
    seed: '000',
    edits: [
      add('T3', 'total', 'subsidySubordinate', 1),
      add('T3', 'code:201', 'subsidySubordinate', 1),
      add('T3', 'code:20132', 'subsidySubordinate', 1),
      add('T3', 'code:2013201', 'subsidySubordinate', 1),
    ],
    judged: at('T3', 'code:2013201', 'total'),
  },
  {
    entry: 'T3-02',
    seed: '000',
    edits: [
      add('T1', 'ex:expenseSubtotal', 'expense', 1),
      add('T1', 'ex:201', 'expense', 1),
      add('T1', 'in:incomeTotal', 'income', 1),
      add('T1', 'in:carryOver', 'income', 1),
      add('T1', 'ex:expenseTotal', 'expense', 1),
      add('T2', 'total', 'total', 1),
      add('T2', 'total', 'carryOver', 1),
      add('T2', 'code:201', 'total', 1),
      add('T2', 'code:201', 'carryOver', 1),
      add('T2', 'code:20132', 'total', 1),
      add('T2', 'code:20132', 'carryOver', 1),
      add('T2', 'code:2013201', 'total', 1),
      add('T2', 'code:2013201', 'carryOver', 1),
      add('T3', 'total', 'total', 1),
      add('T3', 'total', 'operating', 1),
      add('T3', 'code:201', 'total', 1),
      add('T3', 'code:201', 'operating', 1),
      add('T3', 'code:20132', 'total', 1),
      add('T3', 'code:20132', 'basic', 1),
      add('T3', 'code:2013201', 'total', 1),
      add('T3', 'code:2013201', 'subsidySubordinate', 1),
    ],
    judged: at('T3', 'code:20132', 'basic'),
  },
  { entry: 'T3-03', seed: '000', edits: [add('T3', 'total', 'basic', -1), add('T3', 'total', 'remitSuperior', 1)] },
  {
    entry: 'T4-01',
    seed: '000',
    edits: [add('T4', 'in:incomeSubtotal', 'income', 1)],
    alone: false,
    because:
      '本年收入合计 = 收入总计 − 年初结转 (T4-03) = 支出总计 (T4-07) − 年初结转 = Σ the funds’ 支出总计 (T4-04) − Σ 年初结转 lines (T4-02) = Σ the income lines (T4-08)',
    with: ['T4-03'],
  },
  {
    entry: 'T4-02',
    seed: '000',
    edits: [add('T4', 'co:general', 'income', 1)],
    judged: at('T4', 'in:carryOver', 'income'),
    alone: false,
    because:
      'each 年初结转 line enters its fund’s balance (T4-08), and their sum is 收入总计 − 本年收入合计 (T4-03, T4-07, T4-04, T4-01): a line moved alone unbalances its fund',
    with: ['T4-08#1'],
  },
  {
    entry: 'T4-03',
    seed: '000',
    edits: [add('T4', 'in:carryOver', 'income', -1)],
    judged: at('T4', 'in:incomeTotal', 'income'),
    alone: false,
    because:
      '收入总计 = 支出总计 (T4-07) = Σ the funds’ 支出总计 (T4-04) = Σ (income line + 年初结转 line) (T4-08) = 本年收入合计 (T4-01) + 年初结转 (T4-02)',
    with: ['T4-02'],
  },
  {
    entry: 'T4-04',
    seed: '000',
    edits: [
      add('T4', 'ex:201', 'general', -1),
      add('T4', 'ex:expenseSubtotal', 'general', -1),
      add('T4', 'ex:yearEndBalance', 'general', 1),
      add('T5', 'total', 'total', -1),
      add('T5', 'total', 'project', -1),
      add('T5', 'code:201', 'total', -1),
      add('T5', 'code:201', 'project', -1),
      add('T5', 'code:20132', 'total', -1),
      add('T5', 'code:20132', 'project', -1),
      add('T5', 'code:2013202', 'total', -1),
      add('T5', 'code:2013202', 'project', -1),
    ],
    judged: at('T4', 'ex:201', 'total'),
  },
  {
    entry: 'T4-05',
    seed: '000',
    edits: [add('T4', 'ex:206', 'general', 1), add('T4', 'ex:206', 'fund', -1)],
    judged: at('T4', 'ex:expenseSubtotal', 'general'),
  },
  {
    entry: 'T4-06',
    seed: '000',
    edits: [add('T4', 'ex:yearEndBalance', 'general', -1), add('T4', 'ex:yearEndBalance', 'fund', 1)],
    judged: at('T4', 'ex:expenseTotal', 'general'),
  },
  {
    entry: 'T4-07',
    seed: '000',
    edits: [add('T4', 'in:incomeTotal', 'income', 1), add('T4', 'in:incomeSubtotal', 'income', 1)],
    judged: at('T4', 'in:incomeTotal', 'income'),
    alone: false,
    because:
      '收入总计 = 本年收入合计 + 年初结转 (T4-03) = Σ income and 年初结转 lines (T4-01, T4-02) = Σ the funds’ 支出总计 (T4-08) = 支出总计 (T4-04)',
    with: ['T4-01'],
  },
  {
    entry: 'T4-08#1',
    seed: '000',
    edits: [add('T4', 'co:general', 'income', -1)],
    judged: at('T4', 'ex:expenseTotal', 'general'),
    alone: false,
    because:
      'the three fund balances add up to 收入总计 = 支出总计 (T4-01, T4-02, T4-03, T4-04, T4-07): one fund is off only if another fund or one of these totals is off too',
    with: ['T4-02'],
  },
  {
    entry: 'T4-08#2',
    seed: '000',
    edits: [add('T4', 'co:fund', 'income', 1)],
    judged: at('T4', 'ex:expenseTotal', 'fund'),
    alone: false,
    because:
      'the three fund balances add up to 收入总计 = 支出总计 (T4-01, T4-02, T4-03, T4-04, T4-07): one fund is off only if another fund or one of these totals is off too',
    with: ['T4-02'],
  },
  {
    entry: 'T4-08#3',
    seed: '000',
    edits: [add('T4', 'co:stateCapital', 'income', 1)],
    judged: at('T4', 'ex:expenseTotal', 'stateCapital'),
    alone: false,
    because:
      'the three fund balances add up to 收入总计 = 支出总计 (T4-01, T4-02, T4-03, T4-04, T4-07): one fund is off only if another fund or one of these totals is off too',
    with: ['T4-02'],
  },
  {
    entry: 'T5-01',
    seed: '000',
    edits: [
      add('T5', 'total', 'basic', -1),
      add('T5', 'code:201', 'basic', -1),
      add('T5', 'code:20132', 'basic', -1),
      add('T5', 'code:2013201', 'basic', -1),
      add('T6', 'total', 'total', -1),
      add('T6', 'total', 'personnel', -1),
      add('T6', 'code:301', 'total', -1),
      add('T6', 'code:301', 'personnel', -1),
      add('T6', 'code:30112', 'total', -1),
      add('T6', 'code:30112', 'personnel', -1),
    ],
    judged: at('T5', 'code:2013201', 'total'),
  },
  {
    entry: 'T5-02',
    seed: '000',
    edits: [add('T5', 'code:2013201', 'total', -1), add('T5', 'code:2013201', 'basic', -1)],
    judged: at('T5', 'code:20132', 'total'),
  },
  {
    entry: 'T5-03',
    seed: '000',
    edits: [
      add('T5', 'total', 'basic', 1),
      add('T5', 'total', 'project', -1),
      add('T6', 'total', 'total', 1),
      add('T6', 'total', 'personnel', 1),
      add('T6', 'code:301', 'total', 1),
      add('T6', 'code:301', 'personnel', 1),
      add('T6', 'code:30107', 'total', 1),
      add('T6', 'code:30107', 'personnel', 1),
    ],
  },
  {
    entry: 'T6-01',
    seed: '000',
    edits: [add('T6', 'code:30101', 'personnel', 1), add('T6', 'code:30111', 'personnel', -1)],
    judged: at('T6', 'code:30101', 'total'),
  },
  {
    entry: 'T6-02',
    seed: '000',
    edits: [add('T6', 'code:30112', 'total', 1), add('T6', 'code:30112', 'personnel', 1)],
    judged: at('T6', 'code:301', 'total'),
  },
  {
    entry: 'T6-03',
    seed: '000',
    edits: [add('T6', 'total', 'public', 1), add('T6', 'code:302', 'total', 1), add('T6', 'code:30299', 'total', 1)],
    judged: at('T6', 'total', 'total'),
    alone: false,
    because:
      '合计 = 人员经费 + 公用经费 (T6-01), 人员经费 = 301 + 303 (T6-04), 公用经费 = 302 + 307 + 309 + 310 (T6-05): with this table’s 类, 合计 = Σ 类 follows',
    with: ['T6-01'],
  },
  {
    entry: 'T9-01',
    seed: '000',
    edits: [add('T9', 'sg:total', 'total', 1), add('T9', 'sg:total', 'general', 1)],
    judged: at('T9', 'sg:total', 'general'),
  },
  {
    entry: 'T9-03',
    seed: '000',
    edits: [add('T9', 'sg:abroadOther', 'total', 1), add('T9', 'sg:abroadOther', 'general', 1)],
    judged: at('T9', 'sg:abroad', 'total'),
  },
  {
    entry: 'T9-04',
    seed: '000',
    edits: [add('T9', 'sg:carPurchase', 'total', -1), add('T9', 'sg:carPurchase', 'stateCapital', -1)],
    judged: at('T9', 'sg:car', 'total'),
  },
  {
    entry: 'T9-05',
    seed: '000',
    edits: [add('T9', 'sg:total', 'total', 1), add('T9', 'sg:reception', 'total', 1)],
    judged: at('T9', 'sg:reception', 'total'),
  },
  {
    entry: 'T1-06#1',
    seed: '000',
    edits: [add('T1', 'ex:yearEndBalance', 'expense', 1)],
    alone: false,
    because:
      '年终结转结余 = 支出总计 − 本年支出合计 (T1-04), both pinned by other tables (支出总计 = 收入总计 = 收入总表 合计: T1-05, X12-01; 本年支出合计 = 支出总表 合计: X13-01)',
    with: ['T1-04'],
  },
  {
    entry: 'T1-06#2',
    seed: '000',
    edits: [
      add('T4', 'ex:yearEndBalance', 'total', 1),
      add('T4', 'ex:210', 'total', -1),
      add('T4', 'ex:210', 'fund', -1),
      add('T4', 'ex:expenseSubtotal', 'total', -1),
      add('T4', 'ex:expenseSubtotal', 'fund', -1),
      add('T4', 'ex:yearEndBalance', 'fund', 1),
    ],
    judged: at('T4', 'ex:yearEndBalance', 'total'),
  },
  {
    entry: 'T6-04',
    seed: '000',
    edits: [add('T6', 'total', 'personnel', 1), add('T6', 'code:301', 'personnel', 1), add('T6', 'code:30111', 'personnel', 1)],
    alone: false,
    because:
      '人员经费 = 合计 − 公用经费 (T6-01), 合计 = Σ 类 (T6-03), 公用经费 = 302 + 307 + 309 + 310 (T6-05): 人员经费 = 301 + 303 follows',
    with: ['T6-01'],
  },
  {
    entry: 'T6-05',
    seed: '000',
    edits: [add('T6', 'total', 'public', 1), add('T6', 'code:302', 'public', 1), add('T6', 'code:30207', 'public', 1)],
    alone: false,
    because:
      '公用经费 = 合计 − 人员经费 (T6-01), 合计 = Σ 类 (T6-03), 人员经费 = 301 + 303 (T6-04): 公用经费 = 302 + 307 + 309 + 310 follows',
    with: ['T6-01'],
  },
  {
    entry: 'T6-06#1',
    seed: '000',
    edits: [
      add('T6', 'code:30102', 'public', 1),
      add('T6', 'code:30102', 'personnel', -1),
      add('T6', 'code:30108', 'personnel', 1),
      add('T6', 'code:30108', 'public', -1),
    ],
    judged: at('T6', 'code:30102', 'public'),
  },
  {
    entry: 'T6-06#2',
    seed: '000',
    edits: [
      add('T6', 'code:30228', 'personnel', -1),
      add('T6', 'code:30228', 'total', -1),
      add('T6', 'code:30299', 'total', 1),
      add('T6', 'code:30299', 'personnel', 1),
    ],
    judged: at('T6', 'code:30228', 'personnel'),
  },
  {
    entry: 'X12-01',
    seed: '000',
    edits: [add('T1', 'in:incomeTotal', 'income', 1)],
    judged: at('T2', 'total', 'total'),
    alone: false,
    because:
      '收入总表 合计 = 本年收入小计 + 上年结转 (T2-01), each the 收支总表’s (T2-02, X12-02, X12-03, T1-01), whose sum is 收入总计 (T1-03); 收入总计 itself is pinned by 支出总计 (T1-05)',
    with: ['T1-03', 'T1-05'],
  },
  {
    entry: 'X12-02',
    seed: '000',
    edits: [
      add('T2', 'total', 'fiscal', -1),
      add('T2', 'code:208', 'fiscal', -1),
      add('T2', 'code:20805', 'fiscal', -1),
      add('T2', 'code:2080505', 'fiscal', -1),
    ],
    alone: false,
    because:
      '收入总表 财政拨款 = 本年收入小计 − the other columns (T2-02) = 收支总表 本年收入合计 − the other lines (X12-01, T2-01, T1-03, X12-03) = its three 财政拨款 lines (T1-01)',
    with: ['T2-02'],
  },
  {
    entry: 'X12-03#1',
    seed: '000',
    edits: [add('T1', 'in:specialAccount', 'income', 1)],
    judged: at('T2', 'total', 'specialAccount'),
    alone: false,
    because:
      '收入总表 本年收入小计 = Σ its columns (T2-02) = 收支总表 本年收入合计 (T2-01, X12-01, T1-03, X12-03 上年结转) = Σ its lines (T1-01): one column off its line leaves the two sums apart',
    with: ['T1-01'],
  },
  {
    entry: 'X12-03#2',
    seed: '000',
    edits: [add('T1', 'in:business', 'income', 1)],
    judged: at('T2', 'total', 'business'),
    alone: false,
    because:
      '收入总表 本年收入小计 = Σ its columns (T2-02) = 收支总表 本年收入合计 (T2-01, X12-01, T1-03, X12-03 上年结转) = Σ its lines (T1-01): one column off its line leaves the two sums apart',
    with: ['T1-01'],
  },
  {
    entry: 'X12-03#3',
    seed: '000',
    edits: [add('T1', 'in:operating', 'income', 1)],
    judged: at('T2', 'total', 'operating'),
    alone: false,
    because:
      '收入总表 本年收入小计 = Σ its columns (T2-02) = 收支总表 本年收入合计 (T2-01, X12-01, T1-03, X12-03 上年结转) = Σ its lines (T1-01): one column off its line leaves the two sums apart',
    with: ['T1-01'],
  },
  {
    entry: 'X12-03#4',
    seed: '000',
    edits: [add('T1', 'in:superiorSubsidy', 'income', 1)],
    judged: at('T2', 'total', 'superiorSubsidy'),
    alone: false,
    because:
      '收入总表 本年收入小计 = Σ its columns (T2-02) = 收支总表 本年收入合计 (T2-01, X12-01, T1-03, X12-03 上年结转) = Σ its lines (T1-01): one column off its line leaves the two sums apart',
    with: ['T1-01'],
  },
  {
    entry: 'X12-03#5',
    seed: '000',
    edits: [add('T1', 'in:subordinateRemit', 'income', 1)],
    judged: at('T2', 'total', 'subordinateRemit'),
    alone: false,
    because:
      '收入总表 本年收入小计 = Σ its columns (T2-02) = 收支总表 本年收入合计 (T2-01, X12-01, T1-03, X12-03 上年结转) = Σ its lines (T1-01): one column off its line leaves the two sums apart',
    with: ['T1-01'],
  },
  {
    entry: 'X12-03#6',
    seed: '000',
    edits: [add('T1', 'in:other', 'income', 1)],
    judged: at('T2', 'total', 'other'),
    alone: false,
    because:
      '收入总表 本年收入小计 = Σ its columns (T2-02) = 收支总表 本年收入合计 (T2-01, X12-01, T1-03, X12-03 上年结转) = Σ its lines (T1-01): one column off its line leaves the two sums apart',
    with: ['T1-01'],
  },
  {
    entry: 'X12-03#8',
    seed: '000',
    edits: [add('T1', 'in:carryOver', 'income', 1)],
    judged: at('T2', 'total', 'carryOver'),
    alone: false,
    because:
      '上年结转 = 合计 − 本年收入 on both tables (T2-01, T1-03), whose 合计 (X12-01) and 本年收入 (T2-02, X12-02, X12-03, T1-01) agree',
    with: ['T1-03'],
  },
  {
    entry: 'X12-04',
    seed: '000',
    edits: [
      add('T1', 'ex:215', 'expense', -1),
      add('T1', 'ex:221', 'expense', 1),
      add('T4', 'ex:215', 'total', -1),
      add('T4', 'ex:215', 'stateCapital', -1),
      add('T4', 'ex:221', 'total', 1),
      add('T4', 'ex:221', 'stateCapital', 1),
    ],
    judged: at('T2', 'code:221', 'total'),
    alone: false,
    because:
      '收入总表 and 支出总表 list the same codes with the same 合计 (X23-01): a 收入总表 类 off its 收支总表 category is a 支出总表 类 off it too (X13-02)',
    with: ['X13-02'],
  },
  {
    entry: 'X13-01',
    seed: '000',
    edits: [add('T3', 'total', 'total', 1), add('T3', 'total', 'operating', 1)],
    alone: false,
    because: '支出总表 合计 = Σ 类 (T3-03), each 类 = its 收支总表 category (X13-02), and Σ categories = 本年支出合计 (T1-02)',
    with: ['T3-03'],
  },
  {
    entry: 'X13-02',
    seed: '000',
    edits: [
      add('T1', 'ex:210', 'expense', -1),
      add('T1', 'ex:221', 'expense', 1),
      add('T4', 'ex:210', 'total', -1),
      add('T4', 'ex:210', 'fund', -1),
      add('T4', 'ex:221', 'total', 1),
      add('T4', 'ex:221', 'fund', 1),
    ],
    judged: at('T3', 'code:210', 'total'),
    alone: false,
    because:
      '支出总表 and 收入总表 list the same codes with the same 合计 (X23-01): a 支出总表 类 off its 收支总表 category is a 收入总表 类 off it too (X12-04)',
    with: ['X12-04'],
  },
  {
    entry: 'X23-01',
    seed: '000',
    edits: [
      add('T2', 'code:2013201', 'total', -1),
      add('T2', 'code:2013201', 'carryOver', -1),
      add('T2', 'code:2013202', 'total', 1),
      add('T2', 'code:2013202', 'carryOver', 1),
    ],
  },
  {
    entry: 'X14-01#1',
    seed: '000',
    edits: [
      add('T4', 'in:general', 'income', 1),
      add('T4', 'in:incomeSubtotal', 'income', 1),
      add('T4', 'in:carryOver', 'income', -1),
      add('T4', 'co:general', 'income', -1),
    ],
    judged: at('T4', 'in:general', 'income'),
  },
  {
    entry: 'X14-01#2',
    seed: '000',
    edits: [
      add('T4', 'in:fund', 'income', 1),
      add('T4', 'in:incomeSubtotal', 'income', 1),
      add('T4', 'in:carryOver', 'income', -1),
      add('T4', 'co:fund', 'income', -1),
    ],
    judged: at('T4', 'in:fund', 'income'),
  },
  {
    entry: 'X14-01#3',
    seed: '000',
    edits: [
      add('T4', 'in:stateCapital', 'income', 1),
      add('T4', 'in:incomeSubtotal', 'income', 1),
      add('T4', 'in:carryOver', 'income', -1),
      add('T4', 'co:stateCapital', 'income', -1),
    ],
    judged: at('T4', 'in:stateCapital', 'income'),
  },
  {
    entry: 'X14-02',
    seed: '000',
    edits: [
      add('T4', 'in:carryOver', 'income', 1),
      add('T1', 'in:fund', 'income', -1),
      add('T1', 'in:subordinateRemit', 'income', 1),
      add('T2', 'total', 'fiscal', -1),
      add('T2', 'total', 'subordinateRemit', 1),
      add('T2', 'code:201', 'fiscal', -1),
      add('T2', 'code:201', 'subordinateRemit', 1),
      add('T2', 'code:20132', 'fiscal', -1),
      add('T2', 'code:20132', 'subordinateRemit', 1),
      add('T2', 'code:2013201', 'fiscal', -1),
      add('T2', 'code:2013201', 'subordinateRemit', 1),
      add('T4', 'in:incomeSubtotal', 'income', -1),
      add('T4', 'in:fund', 'income', -1),
      add('T4', 'co:fund', 'income', 1),
    ],
    judged: at('T4', 'in:carryOver', 'income'),
  },
  {
    entry: 'X14-03',
    seed: '000',
    edits: [
      add('T4', 'ex:220', 'total', 1),
      add('T4', 'ex:212', 'total', -1),
      add('T4', 'ex:212', 'stateCapital', -1),
      add('T4', 'ex:220', 'stateCapital', 1),
    ],
    judged: at('T4', 'ex:220', 'total'),
  },
  {
    entry: 'X14-04',
    seed: '000',
    edits: [
      add('T4', 'ex:expenseSubtotal', 'total', 1),
      add('T1', 'in:general', 'income', 1),
      add('T1', 'in:specialAccount', 'income', -1),
      add('T2', 'total', 'fiscal', 1),
      add('T2', 'total', 'specialAccount', -1),
      add('T2', 'code:201', 'fiscal', 1),
      add('T2', 'code:201', 'specialAccount', -1),
      add('T2', 'code:20132', 'fiscal', 1),
      add('T2', 'code:20132', 'specialAccount', -1),
      add('T2', 'code:2013201', 'fiscal', 1),
      add('T2', 'code:2013201', 'specialAccount', -1),
      add('T4', 'in:incomeSubtotal', 'income', 1),
      add('T4', 'in:general', 'income', 1),
      add('T4', 'in:incomeTotal', 'income', 1),
      add('T4', 'ex:expenseSubtotal', 'stateCapital', 1),
      add('T4', 'ex:yearEndBalance', 'general', 1),
      add('T4', 'ex:yearEndBalance', 'stateCapital', -1),
      add('T4', 'ex:expenseTotal', 'total', 1),
      add('T4', 'ex:expenseTotal', 'general', 1),
    ],
    judged: at('T4', 'ex:expenseSubtotal', 'total'),
    alone: false,
    because:
      '财政拨款 本年支出合计 = Σ its categories (T4-05), each ≤ the 收支总表 category (X14-03), whose sum is 收支总表 本年支出合计 (T1-02)',
    with: ['T4-05'],
  },
  {
    entry: 'X35-01',
    seed: '000',
    edits: [
      add('T5', 'code:2013201', 'total', 1),
      add('T5', 'code:2013201', 'project', 1),
      add('T5', 'code:2013202', 'total', -1),
      add('T5', 'code:2013202', 'project', -1),
    ],
    judged: at('T5', 'code:2013201', 'total'),
  },
  {
    entry: 'X45-01',
    seed: '000',
    edits: [
      add('T4', 'ex:231', 'general', 1),
      add('T4', 'ex:231', 'stateCapital', -1),
      add('T4', 'ex:expenseSubtotal', 'general', 1),
      add('T4', 'ex:expenseSubtotal', 'stateCapital', -1),
      add('T4', 'ex:yearEndBalance', 'general', -1),
      add('T4', 'ex:yearEndBalance', 'stateCapital', 1),
    ],
    judged: at('T5', 'total', 'total'),
  },
  {
    entry: 'X45-02',
    seed: '000',
    edits: [
      add('T1', 'ex:expenseSubtotal', 'expense', 1),
      add('T1', 'ex:208', 'expense', 1),
      add('T1', 'in:incomeTotal', 'income', 1),
      add('T1', 'in:carryOver', 'income', 1),
      add('T1', 'ex:expenseTotal', 'expense', 1),
      add('T2', 'total', 'total', 1),
      add('T2', 'total', 'carryOver', 1),
      add('T2', 'code:208', 'total', 1),
      add('T2', 'code:208', 'carryOver', 1),
      add('T2', 'code:20805', 'total', 1),
      add('T2', 'code:20805', 'carryOver', 1),
      add('T2', 'code:2080505', 'total', 1),
      add('T2', 'code:2080505', 'carryOver', 1),
      add('T3', 'total', 'total', 1),
      add('T3', 'total', 'project', 1),
      add('T3', 'code:208', 'total', 1),
      add('T3', 'code:208', 'project', 1),
      add('T3', 'code:20805', 'total', 1),
      add('T3', 'code:20805', 'project', 1),
      add('T3', 'code:2080505', 'total', 1),
      add('T3', 'code:2080505', 'project', 1),
      add('T4', 'ex:201', 'total', -1),
      add('T4', 'ex:201', 'general', -1),
      add('T4', 'ex:208', 'total', 1),
      add('T4', 'ex:208', 'general', 1),
    ],
    judged: at('T5', 'code:201', 'total'),
  },
  {
    entry: 'X56-01',
    seed: '000',
    edits: [
      add('T6', 'total', 'total', -1),
      add('T6', 'total', 'personnel', -1),
      add('T6', 'code:301', 'total', -1),
      add('T6', 'code:301', 'personnel', -1),
      add('T6', 'code:30102', 'total', -1),
      add('T6', 'code:30102', 'personnel', -1),
    ],
  },
  {
    entry: 'X69-01#1',
    seed: '000',
    edits: [
      add('T9', 'sg:total', 'total', -1),
      add('T9', 'sg:reception', 'total', -1),
      add('T9', 'sg:total', 'general', -1),
      add('T9', 'sg:reception', 'general', -1),
    ],
    judged: at('T6', 'code:30217', 'total'),
    alone: false,
    because:
      'a 基本支出表 三公 subject above the 三公 表’s figure (≤ broken) is also unequal to it: the advisory X69-02 of the same pair fires with it',
    with: ['X69-02#1'],
  },
  {
    entry: 'X49-01#1',
    seed: '000',
    edits: [
      add('T9', 'sg:total', 'general', 341.33),
      add('T9', 'sg:car', 'general', 341.33),
      add('T9', 'sg:total', 'stateCapital', -341.33),
      add('T9', 'sg:car', 'stateCapital', -341.33),
      add('T9', 'sg:carPurchase', 'general', 341.33),
      add('T9', 'sg:carPurchase', 'stateCapital', -341.33),
    ],
  },
  {
    entry: 'X49-01#2',
    seed: '000',
    edits: [
      add('T9', 'sg:total', 'fund', 1),
      add('T9', 'sg:total', 'total', 1),
      add('T9', 'sg:reception', 'total', 1),
      add('T9', 'sg:reception', 'fund', 1),
    ],
    judged: at('T9', 'sg:total', 'fund'),
  },
  {
    entry: 'X49-01#3',
    seed: '000',
    edits: [
      add('T9', 'sg:total', 'stateCapital', 1),
      add('T9', 'sg:total', 'total', 1),
      add('T9', 'sg:reception', 'total', 1),
      add('T9', 'sg:reception', 'stateCapital', 1),
    ],
    judged: at('T9', 'sg:total', 'stateCapital'),
  },
  {
    entry: 'X56-02#1',
    seed: '000',
    edits: [
      add('T6', 'code:30108', 'total', -1),
      add('T6', 'code:30103', 'total', 1),
      add('T6', 'code:30103', 'personnel', 1),
      add('T6', 'code:30108', 'personnel', -1),
    ],
    judged: at('T6', 'code:30108', 'total'),
  },
  {
    entry: 'X56-02#3',
    seed: '000',
    edits: [
      add('T6', 'code:30110', 'total', 1),
      add('T6', 'code:30101', 'total', -1),
      add('T6', 'code:30101', 'personnel', -1),
      add('T6', 'code:30110', 'personnel', 1),
    ],
    judged: at('T6', 'code:30110', 'total'),
  },
  {
    entry: 'X56-02#4',
    seed: '000',
    edits: [
      add('T6', 'code:30113', 'total', -1),
      add('T6', 'code:30102', 'total', 1),
      add('T6', 'code:30102', 'personnel', 1),
      add('T6', 'code:30113', 'personnel', -1),
    ],
    judged: at('T6', 'code:30113', 'total'),
  },
  {
    entry: 'X69-02#1',
    seed: '000',
    edits: [
      add('T6', 'code:30217', 'total', -1),
      add('T6', 'code:30217', 'public', -1),
      add('T6', 'code:30299', 'total', 1),
      add('T6', 'code:30299', 'public', 1),
    ],
  },
  {
    entry: 'X35-02#1',
    seed: '000',
    edits: [
      add('T3', 'code:2013201', 'project', 1),
      add('T3', 'total', 'project', 1),
      add('T3', 'total', 'remitSuperior', -1),
      add('T3', 'code:201', 'project', 1),
      add('T3', 'code:201', 'remitSuperior', -1),
      add('T3', 'code:20132', 'project', 1),
      add('T3', 'code:20132', 'remitSuperior', -1),
      add('T3', 'code:2013201', 'remitSuperior', -1),
    ],
    judged: at('T3', 'code:2013201', 'project'),
  },
  {
    entry: 'X35-02#2',
    seed: '000',
    edits: [
      add('T3', 'code:2013202', 'basic', 1),
      add('T3', 'total', 'basic', 1),
      add('T3', 'total', 'operating', -1),
      add('T3', 'code:201', 'basic', 1),
      add('T3', 'code:201', 'operating', -1),
      add('T3', 'code:20132', 'basic', 1),
      add('T3', 'code:20132', 'operating', -1),
      add('T3', 'code:2013202', 'operating', -1),
    ],
    judged: at('T3', 'code:2013202', 'basic'),
  },
  {
    entry: 'T78-01a#1',
    seed: '000',
    base: FUNDED,
    edits: [
      add('T7', 'total', 'project', -1),
      add('T7', 'code:201', 'project', -1),
      add('T7', 'code:20132', 'project', -1),
      add('T7', 'code:2013202', 'project', -1),
    ],
    judged: at('T7', 'total', 'total'),
  },
  {
    entry: 'T78-01b#1',
    seed: '000',
    base: FUNDED,
    edits: [add('T7', 'code:2013202', 'total', -1), add('T7', 'code:2013202', 'project', -1)],
    judged: at('T7', 'code:20132', 'total'),
  },
  { entry: 'T78-01c#1', seed: '000', base: FUNDED, edits: [add('T7', 'total', 'basic', 1), add('T7', 'total', 'project', -1)] },
  {
    entry: 'T78-01a#2',
    seed: '000',
    base: FUNDED,
    edits: [
      add('T8', 'total', 'basic', 1),
      add('T8', 'code:201', 'basic', 1),
      add('T8', 'code:20132', 'basic', 1),
      add('T8', 'code:2013202', 'basic', 1),
    ],
    judged: at('T8', 'total', 'total'),
  },
  {
    entry: 'T78-01b#2',
    seed: '000',
    base: FUNDED,
    edits: [add('T8', 'code:2013202', 'basic', 1), add('T8', 'code:2013202', 'project', -1)],
    judged: at('T8', 'code:20132', 'basic'),
  },
  { entry: 'T78-01c#2', seed: '000', base: FUNDED, edits: [add('T8', 'total', 'basic', 1), add('T8', 'total', 'project', -1)] },
  {
    entry: 'X47-01a',
    seed: '000',
    base: FUNDED,
    edits: [
      add('T7', 'total', 'total', -1),
      add('T4', 'ex:201', 'general', 1),
      add('T4', 'ex:201', 'fund', -1),
      add('T4', 'ex:208', 'general', -1),
      add('T4', 'ex:208', 'fund', 1),
      add('T5', 'total', 'basic', -1),
      add('T5', 'total', 'project', 1),
      add('T5', 'code:201', 'total', 1),
      add('T5', 'code:201', 'project', 1),
      add('T5', 'code:20132', 'total', 1),
      add('T5', 'code:20132', 'project', 1),
      add('T5', 'code:2013202', 'total', 1),
      add('T5', 'code:2013202', 'project', 1),
      add('T5', 'code:208', 'total', -1),
      add('T5', 'code:208', 'basic', -1),
      add('T5', 'code:20805', 'total', -1),
      add('T5', 'code:20805', 'basic', -1),
      add('T5', 'code:2080505', 'total', -1),
      add('T5', 'code:2080505', 'basic', -1),
      add('T6', 'total', 'total', -1),
      add('T6', 'total', 'personnel', -1),
      add('T6', 'code:301', 'total', -1),
      add('T6', 'code:301', 'personnel', -1),
      add('T6', 'code:30108', 'total', -1),
      add('T6', 'code:30108', 'personnel', -1),
      add('T7', 'total', 'project', -1),
      add('T7', 'code:201', 'total', -1),
      add('T7', 'code:201', 'project', -1),
      add('T7', 'code:20132', 'total', -1),
      add('T7', 'code:20132', 'project', -1),
      add('T7', 'code:2013202', 'total', -1),
      add('T7', 'code:2013202', 'project', -1),
    ],
    judged: at('T7', 'total', 'total'),
  },
  {
    entry: 'X47-01b',
    seed: '000',
    base: FUNDED,
    edits: [
      add('T4', 'ex:201', 'general', 1),
      add('T4', 'ex:201', 'fund', -1),
      add('T4', 'ex:210', 'general', -1),
      add('T4', 'ex:210', 'fund', 1),
      add('T5', 'total', 'basic', -1),
      add('T5', 'total', 'project', 1),
      add('T5', 'code:201', 'total', 1),
      add('T5', 'code:201', 'project', 1),
      add('T5', 'code:20132', 'total', 1),
      add('T5', 'code:20132', 'project', 1),
      add('T5', 'code:2013202', 'total', 1),
      add('T5', 'code:2013202', 'project', 1),
      add('T5', 'code:210', 'total', -1),
      add('T5', 'code:210', 'basic', -1),
      add('T5', 'code:21011', 'total', -1),
      add('T5', 'code:21011', 'basic', -1),
      add('T5', 'code:2101103', 'total', -1),
      add('T5', 'code:2101103', 'basic', -1),
      add('T6', 'total', 'total', -1),
      add('T6', 'total', 'personnel', -1),
      add('T6', 'code:301', 'total', -1),
      add('T6', 'code:301', 'personnel', -1),
      add('T6', 'code:30110', 'total', -1),
      add('T6', 'code:30110', 'personnel', -1),
    ],
    judged: at('T7', 'code:201', 'total'),
  },
  {
    entry: 'X48-01a',
    seed: '000',
    base: FUNDED,
    edits: [
      add('T8', 'total', 'total', -1),
      add('T4', 'ex:201', 'general', 1),
      add('T4', 'ex:201', 'stateCapital', -1),
      add('T4', 'ex:210', 'general', -1),
      add('T4', 'ex:210', 'stateCapital', 1),
      add('T5', 'total', 'basic', -1),
      add('T5', 'total', 'project', 1),
      add('T5', 'code:201', 'total', 1),
      add('T5', 'code:201', 'project', 1),
      add('T5', 'code:20132', 'total', 1),
      add('T5', 'code:20132', 'project', 1),
      add('T5', 'code:2013202', 'total', 1),
      add('T5', 'code:2013202', 'project', 1),
      add('T5', 'code:210', 'total', -1),
      add('T5', 'code:210', 'basic', -1),
      add('T5', 'code:21011', 'total', -1),
      add('T5', 'code:21011', 'basic', -1),
      add('T5', 'code:2101101', 'total', -1),
      add('T5', 'code:2101101', 'basic', -1),
      add('T6', 'total', 'total', -1),
      add('T6', 'total', 'personnel', -1),
      add('T6', 'code:301', 'total', -1),
      add('T6', 'code:301', 'personnel', -1),
      add('T6', 'code:30110', 'total', -1),
      add('T6', 'code:30110', 'personnel', -1),
      add('T8', 'total', 'project', -1),
      add('T8', 'code:201', 'total', -1),
      add('T8', 'code:201', 'project', -1),
      add('T8', 'code:20132', 'total', -1),
      add('T8', 'code:20132', 'project', -1),
      add('T8', 'code:2013202', 'total', -1),
      add('T8', 'code:2013202', 'project', -1),
    ],
    judged: at('T8', 'total', 'total'),
  },
  {
    entry: 'X48-01b',
    seed: '000',
    base: FUNDED,
    edits: [
      add('T4', 'ex:201', 'general', 1),
      add('T4', 'ex:201', 'stateCapital', -1),
      add('T4', 'ex:221', 'general', -1),
      add('T4', 'ex:221', 'stateCapital', 1),
      add('T5', 'total', 'basic', -1),
      add('T5', 'total', 'project', 1),
      add('T5', 'code:201', 'total', 1),
      add('T5', 'code:201', 'project', 1),
      add('T5', 'code:20132', 'total', 1),
      add('T5', 'code:20132', 'project', 1),
      add('T5', 'code:2013202', 'total', 1),
      add('T5', 'code:2013202', 'project', 1),
      add('T5', 'code:221', 'total', -1),
      add('T5', 'code:221', 'basic', -1),
      add('T5', 'code:22102', 'total', -1),
      add('T5', 'code:22102', 'basic', -1),
      add('T5', 'code:2210201', 'total', -1),
      add('T5', 'code:2210201', 'basic', -1),
      add('T6', 'total', 'total', -1),
      add('T6', 'total', 'personnel', -1),
      add('T6', 'code:301', 'total', -1),
      add('T6', 'code:301', 'personnel', -1),
      add('T6', 'code:30113', 'total', -1),
      add('T6', 'code:30113', 'personnel', -1),
    ],
    judged: at('T8', 'code:201', 'total'),
  },
  {
    entry: 'U-01',
    seed: '000',
    edits: [
      add('T1', 'in:incomeSubtotal', 'income', -1, '225'),
      add('T1', 'in:general', 'income', -1, '225'),
      add('T1', 'in:carryOver', 'income', 1, '225'),
      add('T2', 'total', 'subtotal', -1, '225'),
      add('T2', 'total', 'carryOver', 1, '225'),
      add('T2', 'code:201', 'subtotal', -1, '225'),
      add('T2', 'code:201', 'carryOver', 1, '225'),
      add('T2', 'code:20132', 'subtotal', -1, '225'),
      add('T2', 'code:20132', 'carryOver', 1, '225'),
      add('T2', 'code:2013202', 'subtotal', -1, '225'),
      add('T2', 'code:2013202', 'carryOver', 1, '225'),
      add('T2', 'total', 'fiscal', -1, '225'),
      add('T2', 'code:201', 'fiscal', -1, '225'),
      add('T2', 'code:20132', 'fiscal', -1, '225'),
      add('T2', 'code:2013202', 'fiscal', -1, '225'),
      add('T4', 'in:incomeSubtotal', 'income', -1, '225'),
      add('T4', 'in:general', 'income', -1, '225'),
      add('T4', 'in:carryOver', 'income', 1, '225'),
      add('T4', 'co:general', 'income', 1, '225'),
    ],
    judged: at('T1', 'in:general', 'income', '225'),
  },
  {
    entry: 'T9-02',
    seed: '001',
    edits: [add('T9', 'sg:reception', 'total', 1), add('T9', 'sg:reception', 'fund', 1)],
    judged: at('T9', 'sg:subtotal', 'total'),
  },
  {
    entry: 'X69-01#2',
    seed: '001',
    edits: [
      add('T9', 'sg:carPurchase', 'total', 1),
      add('T9', 'sg:carRunning', 'total', -1),
      add('T9', 'sg:carPurchase', 'general', 1),
      add('T9', 'sg:carRunning', 'general', -1),
    ],
    judged: at('T6', 'code:30231', 'total'),
    alone: false,
    because:
      'a 基本支出表 三公 subject above the 三公 表’s figure (≤ broken) is also unequal to it: the advisory X69-02 of the same pair fires with it',
    with: ['X69-02#2'],
  },
  {
    entry: 'X56-03',
    seed: '001',
    edits: [
      add('T5', 'code:2080501', 'basic', -0.69),
      add('T2', 'code:2080501', 'total', -0.69),
      add('T2', 'code:2080501', 'subtotal', -0.69),
      add('T2', 'code:2080505', 'total', 0.69),
      add('T2', 'code:2080505', 'subtotal', 0.69),
      add('T2', 'code:2080501', 'fiscal', -0.69),
      add('T2', 'code:2080505', 'fiscal', 0.69),
      add('T3', 'code:2080501', 'total', -0.69),
      add('T3', 'code:2080501', 'basic', -0.69),
      add('T3', 'code:2080505', 'total', 0.69),
      add('T3', 'code:2080505', 'basic', 0.69),
      add('T5', 'code:2080501', 'total', -0.69),
      add('T5', 'code:2080505', 'total', 0.69),
      add('T5', 'code:2080505', 'basic', 0.69),
      add('T6', 'code:30101', 'total', -0.69),
      add('T6', 'code:30101', 'personnel', -0.69),
      add('T6', 'code:30108', 'total', 0.69),
      add('T6', 'code:30108', 'personnel', 0.69),
      add('T6', 'code:30302', 'total', 1.44),
      add('T6', 'code:30302', 'personnel', 1.44),
      add('T6', 'code:30305', 'total', -0.79),
      add('T6', 'code:30305', 'personnel', -0.79),
      add('T6', 'code:30309', 'total', -0.18),
      add('T6', 'code:30309', 'personnel', -0.18),
      add('T6', 'code:30399', 'total', -0.47),
      add('T6', 'code:30399', 'personnel', -0.47),
    ],
    judged: at('T5', 'code:2080501', 'basic'),
  },
  {
    entry: 'X69-02#2',
    seed: '001',
    edits: [
      add('T6', 'code:30231', 'total', -1),
      add('T6', 'code:30209', 'total', 1),
      add('T6', 'code:30209', 'public', 1),
      add('T6', 'code:30231', 'public', -1),
    ],
    judged: at('T6', 'code:30231', 'total'),
  },
  {
    entry: 'X12-03#7',
    seed: '000',
    options: { unitFunds: 'both' },
    edits: [add('T1', 'in:unitFunds', 'income', 1)],
    judged: at('T2', 'total', 'unitFunds'),
    alone: false,
    because:
      '收入总表 本年收入小计 = Σ its columns (T2-02) = 收支总表 本年收入合计 (T2-01, X12-01, T1-03, X12-03 上年结转) = Σ its lines (T1-01): one column off its line leaves the two sums apart',
    with: ['T1-01'],
  },
  // “三公” subjects the seeds do not print in 基本支出表, and 职业年金 (fixtures THREE_PUBLIC, PENSION).
  {
    entry: 'X69-02#3',
    seed: '000',
    base: THREE_PUBLIC,
    edits: ['total', 'general'].flatMap((c) => [
      add('T9', 'sg:abroad', c, 1),
      add('T9', 'sg:abroadOther', c, 1),
      add('T9', 'sg:total', c, 1),
    ]),
    judged: at('T6', 'code:30212', 'total'),
  },
  {
    entry: 'X69-02#4',
    seed: '000',
    base: THREE_PUBLIC,
    edits: ['total', 'general'].flatMap((c) => [add('T9', 'sg:car', c, 1), add('T9', 'sg:carPurchase', c, 1), add('T9', 'sg:total', c, 1)]),
    judged: at('T6', 'code:31013', 'total'),
  },
  {
    entry: 'X69-01#3',
    seed: '000',
    base: THREE_PUBLIC,
    // 1 万元 of 办公费 booked as 因公出国（境）费用: 基本支出表 holds, the “三公” table does not follow.
    edits: ['total', 'public'].flatMap((c) => [add('T6', 'code:30212', c, 1), add('T6', 'code:30201', c, -1)]),
    alone: false,
    because:
      'a 基本支出表 三公 subject above the 三公 表’s figure (≤ broken) is also unequal to it: the advisory X69-02 of the same pair fires with it',
    with: ['X69-02#3'],
  },
  {
    entry: 'X69-01#4',
    seed: '000',
    base: THREE_PUBLIC,
    edits: ['total', 'public'].flatMap((c) => [
      add('T6', 'code:31013', c, 1),
      add('T6', 'code:310', c, 1),
      add('T6', 'code:30201', c, -1),
      add('T6', 'code:302', c, -1),
    ]),
    alone: false,
    because:
      'a 基本支出表 三公 subject above the 三公 表’s figure (≤ broken) is also unequal to it: the advisory X69-02 of the same pair fires with it',
    with: ['X69-02#4'],
  },
  {
    entry: 'X56-02#2',
    seed: '000',
    base: PENSION,
    edits: ['total', 'personnel'].flatMap((c) => [add('T6', 'code:30109', c, 1), add('T6', 'code:30102', c, -1)]),
  },
  // Structural entries: empty fund tables and their 注, headers, income layouts.
  {
    entry: 'T78-02#1',
    seed: '000',
    base: FUNDED,
    // The 政府基金 table left empty (with its 注) while 财政拨款收支总表 spends 5 万元 of 政府性基金.
    edits: [
      T('T7', 'blank', '', {
        rows: emptied('注：无政府基金预算财政拨款预算，空表列示。'),
      }),
    ],
    judged: TITLE('T7'),
  },
  {
    entry: 'T78-02#2',
    seed: '000',
    base: FUNDED,
    edits: [
      T('T8', 'blank', '', {
        rows: emptied('注：无国有资本经营预算财政拨款预算，空表列示。'),
      }),
    ],
    judged: TITLE('T8'),
  },
  {
    entry: 'U-03#1',
    seed: '000',
    edits: [T('T7', 'sheet', '', { text: ['无政府基金预算', '无国有资本经营预算'] })],
    judged: TITLE('T7'),
  },
  {
    entry: 'U-03#2',
    seed: '000',
    edits: [T('T8', 'sheet', '', { text: ['无国有资本经营预算', '无政府基金预算'] })],
    judged: TITLE('T8'),
  },
  {
    entry: 'U-02',
    seed: '000',
    edits: [T('T3', 'header', '', { text: ['预算年度：2023', '预算年度：2024'] })],
    judged: TITLE('T3'),
  },
  {
    entry: 'X12-06',
    seed: '003',
    // 收支总表 relabelled to the 单位资金 layout while 收入总表 keeps five columns.
    edits: [
      T('T1', 'in:business', 'incomeItem', { value: '五、单位资金' }),
      ...['operating', 'superiorSubsidy', 'subordinateRemit', 'other'].map((k) => T('T1', `in:${k}`, 'incomeItem', { value: null })),
    ],
    judged: TITLE('T2'),
    severity: 'advisory',
  },
  {
    entry: 'X12-05',
    seed: '000',
    // 收支总表 in the 单位资金 layout, 收入总表 with five columns (X12-06 says so already in the fixture).
    options: { unitFunds: 'T1' },
    edits: [add('T1', 'in:unitFunds', 'income', 1)],
    judged: at('T2', 'total', 'business'),
    alone: false,
    because:
      '单位资金 (收支总表) = 收入总表’s five columns is, like X12-03, one 收入 line against its 收入总表 columns inside the same 本年收入 (T2-02, T2-01, X12-01, T1-03, T1-01): moved alone, the 收支总表 lines leave 本年收入合计',
    with: ['T1-01'],
  },
  // 政府采购预算 (seed 000, 部门: 合计 row 4, 小计 row 5, items rows 6–8; 合计 column 7, 一般公共预算拨款 8, 份额 15).
  {
    entry: 'P-01#1',
    seed: '000',
    // A 小计 moved with its fund column: the 合计 no longer adds the 小计 up, while the items still add up to it.
    edits: [cell(PROCUREMENT, 5, 7, 2.05), cell(PROCUREMENT, 5, 8, 2.05)],
    judged: { sheet: PROCUREMENT, r: 4, c: 7 },
  },
  {
    entry: 'P-01#2',
    seed: '000',
    // An item moved with its 单价 and fund column: the items no longer add up to the 合计 (小计 are not summed from items).
    edits: [cell(PROCUREMENT, 8, 7, 0.46), cell(PROCUREMENT, 8, 8, 0.46), cell(PROCUREMENT, 8, 6, 0.46)],
    judged: { sheet: PROCUREMENT, r: 4, c: 7 },
  },
  { entry: 'P-02', seed: '000', edits: [cell(PROCUREMENT, 6, 6, 0.5)], judged: { sheet: PROCUREMENT, r: 6, c: 7 } },
  { entry: 'P-03', seed: '000', edits: [cell(PROCUREMENT, 8, 8, 0.56)], judged: { sheet: PROCUREMENT, r: 8, c: 7 } },
  { entry: 'P-04', seed: '000', edits: [cell(PROCUREMENT, 7, 15, 0.8)] },
  // 固定资产占用情况表 (seed 000, 部门: 资产总额 row 3, 房屋 4, 办公用房 5; 价值 column 2).
  { entry: 'A-02', seed: '000', edits: [cell(ASSETS, 3, 2, 41.75)] },
  { entry: 'A-03', seed: '000', edits: [cell(ASSETS, 5, 2, 5)] },
  { entry: 'A-04', seed: '000', edits: [cell(ASSETS, 1, 1, '截止时间：2021-12-31')] },
  // 项目绩效目标表 (added to seed 000, clean with it).
  {
    entry: 'G-01#1',
    seed: '000',
    sheets: [PERFORMANCE],
    // The 13 万元 written as 「≤13元」 on a 支出金额总量 row: a unit slip, still counted as 万元 (the sum holds).
    edits: [cell('项目绩效目标表', 3, 2, '支出金额总量'), cell('项目绩效目标表', 3, 4, '≤13元')],
    judged: { sheet: '项目绩效目标表', r: 3, c: 4 },
  },
  {
    entry: 'G-01#2',
    seed: '000',
    sheets: [PERFORMANCE],
    edits: [cell('项目绩效目标表', 3, 4, '≤14万元')],
    judged: { sheet: '项目绩效目标表', r: 0, c: 0 },
  },
  {
    entry: 'G-02',
    seed: '000',
    sheets: [PERFORMANCE],
    edits: [cell('项目绩效目标表', 6, 4, 90)],
    judged: { sheet: '项目绩效目标表', r: 6, c: 0 },
  },
  // The 日常公用经费 purchase’s 预算资金 (first item row) no longer the 公用经费 31.31.
  { entry: 'P-05', seed: '000', sheets: [PERFORMANCE], edits: [cell(PROCUREMENT, 6, 1, 30)] },
];

/**
 * The cells the table judged before it broke each entry alone, where breaking the entry at that very cell needs
 * another entry (the alone case above breaks it elsewhere): kept, so those cells stay covered.
 */
export const EARLIER_CELLS: Case[] = [
  {
    entry: 'T3-03',
    seed: '000',
    edits: [add('T3', 'total', 'total', 1), add('T3', 'total', 'subsidySubordinate', 1)],
    alone: false,
    because: 'at the 合计 row’s 合计 column, the cell is also 收支总表’s 本年支出合计 (X13-01): moved alone it parts from it',
    with: ['X13-01'],
  },
  {
    entry: 'T5-03',
    seed: '000',
    edits: [add('T5', 'total', 'total', 1), add('T5', 'total', 'project', 1)],
    alone: false,
    because:
      'at the 合计 row’s 合计 column, the cell is also 财政拨款收支总表’s 一般公共预算 本年支出合计 (X45-01): moved alone it parts from it',
    with: ['X45-01'],
  },
  {
    entry: 'T6-06#1',
    seed: '000',
    edits: [add('T6', 'code:30101', 'public', 1), add('T6', 'code:30101', 'personnel', -1)],
    judged: at('T6', 'code:30101', 'public'),
    alone: false,
    because:
      'a 301 款 in 公用经费 moves 人员经费 and 公用经费 of its 类 or of the 合计 row with it: 301 = Σ 款 (T6-02) or 人员经费 = 301 + 303 (T6-04) breaks',
    with: ['T6-02'],
  },
  {
    entry: 'X12-04',
    seed: '000',
    edits: [
      add('T2', 'code:201', 'total', 1),
      add('T2', 'code:201', 'subtotal', 1),
      add('T2', 'code:20132', 'total', 1),
      add('T2', 'code:20132', 'subtotal', 1),
      add('T2', 'code:2013201', 'total', 1),
      add('T2', 'code:2013201', 'subtotal', 1),
      add('T2', 'code:208', 'total', -1),
      add('T2', 'code:208', 'subtotal', -1),
      add('T2', 'code:20805', 'total', -1),
      add('T2', 'code:20805', 'subtotal', -1),
      add('T2', 'code:2080505', 'total', -1),
      add('T2', 'code:2080505', 'subtotal', -1),
      add('T2', 'code:201', 'fiscal', 1),
      add('T2', 'code:20132', 'fiscal', 1),
      add('T2', 'code:2013201', 'fiscal', 1),
      add('T2', 'code:208', 'fiscal', -1),
      add('T2', 'code:20805', 'fiscal', -1),
      add('T2', 'code:2080505', 'fiscal', -1),
    ],
    alone: false,
    because: '收入总表 and 支出总表 list the same codes with the same 合计 (X23-01): the 类 row’s 合计 moved alone leaves 支出总表’s',
    with: ['X23-01'],
  },
  {
    entry: 'X14-03',
    seed: '000',
    edits: [add('T4', 'ex:201', 'total', 1), add('T4', 'ex:201', 'stateCapital', 1)],
    alone: false,
    because: 'the category’s 合计 moved with one fund keeps its row whole (T4-04) but not 本年支出合计 = Σ categories (T4-05)',
    with: ['T4-05'],
  },
];
