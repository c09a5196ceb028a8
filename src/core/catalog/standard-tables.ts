/**
 * The nine standard 部门预算 tables, base layout (2022 edition, seed 001 张家口市编办; identical in 2023 except the
 * 类 list, seeds 000/003). Header texts as printed in seed 000; a Word line-fill of 3+ spaces is a line break (\n).
 * 三公 (T9) has three printed variants: A (seed 000), B (seeds 001/002, the default), C (seed 003).
 */
import type { ColumnDef, TableTemplate } from './types';

const SEQ: ColumnDef = { key: 'seq', kind: 'seq', width: 6 };
const amount = (key: string, lanci: string, width = 13): ColumnDef => ({ key, kind: 'amount', width, lanci });
const CODE: ColumnDef = { key: 'code', kind: 'code', width: 11, lanci: '1' };
const NAME: ColumnDef = { key: 'name', kind: 'name', width: 30, lanci: '2' };

export const INCOME_ROWS: readonly string[] = [
  '一、一般公共预算拨款收入',
  '二、政府性基金预算拨款收入',
  '三、国有资本经营预算拨款收入',
  '四、财政专户管理资金收入',
  '五、事业收入',
  '六、事业单位经营收入',
  '七、上级补助收入',
  '八、附属单位上缴收入',
  '九、其他收入',
];

const T1: TableTemplate = {
  id: 'T1',
  name: '收支总表',
  title: '{level}预算收支总表',
  source: 'seed 001 (2022) / 000, 003 (2023)',
  columns: [
    SEQ,
    { key: 'incomeItem', kind: 'label', width: 30, lanci: '1' },
    amount('income', '2', 14),
    { key: 'expenseItem', kind: 'label', width: 30, lanci: '3' },
    amount('expense', '4', 14),
  ],
  headerLine: 'unit-year-money',
  header: [
    [
      { text: '序号', rowSpan: 2 },
      { text: '收入', colSpan: 2 },
      { text: '支出', colSpan: 2 },
    ],
    [{ text: '项  目' }, { text: '预算数' }, { text: '项  目' }, { text: '预算数' }],
  ],
  hasLanci: true,
  body: {
    kind: 'sides',
    seqCol: 0,
    leftCol: 1,
    rightCol: 3,
    left: [...INCOME_ROWS],
    right: '@categories',
    tail: [
      ['本年收入合计', '本年支出合计'],
      ['上年结转结余', '年终结转结余'],
      ['收入总计', '支出总计'],
    ],
  },
};

const T2: TableTemplate = {
  id: 'T2',
  name: '收入总表',
  title: '{level}预算收入总表',
  source: 'seed 001 (2022) / 000, 003 (2023)',
  columns: [
    SEQ,
    CODE,
    NAME,
    amount('total', '3'),
    amount('subtotal', '4'),
    amount('fiscal', '5'),
    amount('specialAccount', '6'),
    amount('business', '7'),
    amount('operating', '8'),
    amount('superiorSubsidy', '9'),
    amount('subordinateRemit', '10'),
    amount('other', '11'),
    amount('carryOver', '12'),
  ],
  headerLine: 'unit-year-money',
  header: [
    [
      { text: '序号', rowSpan: 2 },
      { text: '功能分类科目', colSpan: 2 },
      { text: '合计', rowSpan: 2 },
      { text: '本年收入', colSpan: 8 },
      { text: '上年\n结转', rowSpan: 2 },
    ],
    [
      { text: '科目\n编码' },
      { text: '科目名称' },
      { text: '小计' },
      { text: '财政拨\n款收入' },
      { text: '财政专\n户收入' },
      { text: '事业\n收入' },
      { text: '经营\n收入' },
      { text: '上级补\n助收入' },
      { text: '附属单位\n上缴收入' },
      { text: '其他\n收入' },
    ],
  ],
  hasLanci: true,
  body: { kind: 'coded', seqCol: 0, totalCol: 2, totalLabel: '合计', blankRows: 20 },
};

const T3: TableTemplate = {
  id: 'T3',
  name: '支出总表',
  title: '{level}预算支出总表',
  source: 'seed 001 (2022) / 000, 003 (2023)',
  columns: [
    SEQ,
    CODE,
    NAME,
    amount('total', '3'),
    amount('basic', '4'),
    amount('project', '5'),
    amount('operating', '6'),
    amount('remitSuperior', '7'),
    amount('subsidySubordinate', '8'),
  ],
  headerLine: 'unit-year-money',
  header: [
    [
      { text: '序号', rowSpan: 2 },
      { text: '功能分类科目', colSpan: 2 },
      { text: '合计', rowSpan: 2 },
      { text: '基本支出', rowSpan: 2 },
      { text: '项目支出', rowSpan: 2 },
      { text: '经营支出', rowSpan: 2 },
      { text: '上解上级\n支出', rowSpan: 2 },
      { text: '对附属单位补助支出', rowSpan: 2 },
    ],
    [{ text: '科目\n编码' }, { text: '科目名称' }],
  ],
  hasLanci: true,
  body: { kind: 'coded', seqCol: 0, totalCol: 2, totalLabel: '合计', blankRows: 20 },
};

export const FISCAL_INCOME_ROWS: readonly string[] = ['一、一般公共预算拨款', '二、政府性基金预算拨款', '三、国有资本经营预算拨款'];

const T4: TableTemplate = {
  id: 'T4',
  name: '财政拨款收支总表',
  title: '{level}预算财政拨款收支总表',
  source: 'seed 001 (2022) / 000, 003 (2023)',
  columns: [
    SEQ,
    { key: 'incomeItem', kind: 'label', width: 26, lanci: '1' },
    amount('income', '2'),
    { key: 'expenseItem', kind: 'label', width: 28, lanci: '3' },
    amount('total', '4'),
    amount('general', '5', 14),
    amount('fund', '6', 14),
    amount('stateCapital', '7', 14),
  ],
  headerLine: 'unit-year-money',
  header: [
    [
      { text: '序号', rowSpan: 2 },
      { text: '收入', colSpan: 2 },
      { text: '支出', colSpan: 5 },
    ],
    [
      { text: '项  目' },
      { text: '金额' },
      { text: '项  目' },
      { text: '合计' },
      { text: '一般公共预算财政拨款' },
      { text: '政府性基金预算财政\n拨款' },
      { text: '国有资本经营预算财政拨款' },
    ],
  ],
  hasLanci: true,
  body: {
    kind: 'sides',
    seqCol: 0,
    leftCol: 1,
    rightCol: 3,
    left: [...FISCAL_INCOME_ROWS],
    right: '@categories',
    tail: [
      ['本年收入合计', '本年支出合计'],
      ['年初财政拨款结转和结余', '年末财政拨款结转和结余'],
      ['一、一般公共预算拨款', ''],
      ['二、政府性基金预算拨款', ''],
      ['三、国有资本经营预算拨款', ''],
      ['收入总计', '支出总计'],
    ],
  },
};

/** Header of T5, T7, T8 (功能分类 with 基本/项目). */
const fundExpenseTable = (id: 'T5' | 'T7' | 'T8', name: string, emptyNote?: string): TableTemplate => ({
  id,
  name,
  title: `{level}预算${name}`,
  source: 'seed 001 (2022) / 000, 003 (2023)',
  columns: [SEQ, CODE, NAME, amount('total', '3'), amount('basic', '4'), amount('project', '5')],
  headerLine: 'unit-year-money',
  header: [
    [
      { text: '序号', rowSpan: 2 },
      { text: '功能分类科目', colSpan: 2 },
      { text: '合计', rowSpan: 2 },
      { text: '基本支出', rowSpan: 2 },
      { text: '项目支出', rowSpan: 2 },
    ],
    [{ text: '科目编码' }, { text: '科目名称' }],
  ],
  hasLanci: true,
  body: { kind: 'coded', seqCol: 0, totalCol: 2, totalLabel: '合计', blankRows: 20 },
  emptyNote,
});

const T5 = fundExpenseTable('T5', '一般公共预算财政拨款支出表');
const T7 = fundExpenseTable('T7', '政府基金预算财政拨款支出表', '注：无政府基金预算财政拨款预算，空表列示。');
const T8 = fundExpenseTable('T8', '国有资本经营预算财政拨款支出表', '注：无国有资本经营预算财政拨款预算，空表列示。');

const T6: TableTemplate = {
  id: 'T6',
  name: '一般公共预算财政拨款基本支出表',
  title: '{level}预算一般公共预算财政拨款基本支出表',
  source: 'seed 001 (2022) / 000, 003 (2023)',
  columns: [SEQ, CODE, NAME, amount('total', '3'), amount('personnel', '4'), amount('public', '5')],
  headerLine: 'unit-year-money',
  header: [
    [
      { text: '序号', rowSpan: 2 },
      { text: '支出部门经济分类科目', colSpan: 2 },
      { text: '一般公共预算基本支出', colSpan: 3 },
    ],
    [{ text: '科目编码' }, { text: '科目名称' }, { text: '合计' }, { text: '人员经费' }, { text: '公用经费' }],
  ],
  hasLanci: true,
  body: { kind: 'coded', seqCol: 0, totalCol: 2, totalLabel: '合计', blankRows: 30 },
};

const sanGongHeader = (): TableTemplate['header'] => [
  [
    { text: '序号', rowSpan: 2 },
    { text: '项  目', rowSpan: 2 },
    { text: '资 金 性 质', colSpan: 4 },
  ],
  [{ text: '合计' }, { text: '一般公共预算\n财政拨款' }, { text: '政府性基金\n预算拨款' }, { text: '国有资本经营\n预算财政拨款' }],
];

const sanGongColumns = (): ColumnDef[] => [
  { key: 'seq', kind: 'seq', width: 6 },
  { key: 'item', kind: 'label', width: 36, lanci: '1' },
  amount('total', '2'),
  amount('general', '3', 14),
  amount('fund', '4', 14),
  amount('stateCapital', '5', 14),
];

const sanGong = (variant: string, source: string, rows: string[][]): TableTemplate => ({
  id: 'T9',
  name: '财政拨款“三公”经费支出表',
  title: '{level}预算财政拨款“三公”经费支出表',
  variant,
  source,
  columns: sanGongColumns(),
  headerLine: 'unit-year-money',
  header: sanGongHeader(),
  hasLanci: true,
  body: { kind: 'fixed', rows },
});

/** Variant B: numeric 序号 1–9, 合计 and “三公”经费小计 (seed 001, 2022; seed 002, 2023). */
export const T9_B = sanGong('B', 'seed 001 (2022), seed 002 (2023)', [
  ['1', '合计'],
  ['2', '“三公”经费小计'],
  ['3', '一、因公出国（境）费'],
  ['4', '    其中：教学科研人员因公出国（境）费'],
  ['5', '          其他因公出国（境）费'],
  ['6', '二、公务用车购置及运维费'],
  ['7', '    其中：公务用车购置费'],
  ['8', '          公务用车运行维护费'],
  ['9', '三、公务接待费'],
]);

/** Variant A: 序号 column holds 一、二、三, no 小计 row (seed 000, 2023, 部门 and 单位). */
export const T9_A = sanGong('A', 'seed 000 (2023)', [
  ['', '合计'],
  ['一、', '因公出国（境）费'],
  ['', '其中：教学科研人员因公出国（境）费'],
  ['', '其他因公出国（境）费'],
  ['二、', '公务用车购置及运维费'],
  ['', '其中：公务用车购置费'],
  ['', '公务用车运行维护费'],
  ['三、', '公务接待费'],
]);

/** Variant C: 序号 1–6, no 合计, no 因公出国 sub-rows (seed 003, 2023). */
export const T9_C = sanGong('C', 'seed 003 (2023)', [
  ['1', '“三公”经费小计'],
  ['2', '一、因公出国（境）费'],
  ['3', '二、公务用车购置及运维费'],
  ['4', '    其中：公务用车购置费'],
  ['5', '          公务用车运行维护费'],
  ['6', '三、公务接待费'],
]);

export const STANDARD_TEMPLATES: readonly TableTemplate[] = [T1, T2, T3, T4, T5, T6, T7, T8, T9_B, T9_A, T9_C];
