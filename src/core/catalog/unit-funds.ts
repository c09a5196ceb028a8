/**
 * The 单位资金 income layout (预算管理一体化 term), known from one Hebei 2025 收支总表 (平山县下口镇财政所,
 * shared/data/external/hb-pingshan-xiakou-2025-T1.txt): rows 五–九 of the income side become one row 五、单位资金
 * (rows 6–9 stay, blank). Whether 收入总表 likewise has one 单位资金 column is not evidenced: variant "U" here is
 * the provisional form the pane offers (default from 2025), beside the five-column variant "5" of 2022/2023.
 */
import type { TableTemplate } from './types';

export const T1_UNIT_FUNDS_LEFT: string[] = [
  '一、一般公共预算拨款收入',
  '二、政府性基金预算拨款收入',
  '三、国有资本经营预算拨款收入',
  '四、财政专户管理资金收入',
  '五、单位资金',
];

const amount = (key: string, lanci: string) => ({ key, kind: 'amount' as const, width: 13, lanci });

export const T2_UNIT_FUNDS: TableTemplate = {
  id: 'T2',
  name: '收入总表',
  title: '{level}预算收入总表',
  variant: 'U',
  source: '暂定：收支总表2025年单位资金口径（河北平山县下口镇财政所）推及收入总表，未见原件',
  columns: [
    { key: 'seq', kind: 'seq', width: 6 },
    { key: 'code', kind: 'code', width: 11, lanci: '1' },
    { key: 'name', kind: 'name', width: 30, lanci: '2' },
    amount('total', '3'),
    amount('subtotal', '4'),
    amount('fiscal', '5'),
    amount('specialAccount', '6'),
    amount('unitFunds', '7'),
    amount('carryOver', '8'),
  ],
  headerLine: 'unit-year-money',
  header: [
    [
      { text: '序号', rowSpan: 2 },
      { text: '功能分类科目', colSpan: 2 },
      { text: '合计', rowSpan: 2 },
      { text: '本年收入', colSpan: 4 },
      { text: '上年\n结转', rowSpan: 2 },
    ],
    [
      { text: '科目\n编码' },
      { text: '科目名称' },
      { text: '小计' },
      { text: '财政拨\n款收入' },
      { text: '财政专\n户收入' },
      { text: '单位\n资金' },
    ],
  ],
  hasLanci: true,
  body: { kind: 'coded', seqCol: 0, totalCol: 2, totalLabel: '合计', blankRows: 20 },
};
