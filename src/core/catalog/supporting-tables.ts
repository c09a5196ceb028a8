/**
 * Supporting tables the 情况说明 cites (optional group): 机构设置情况, 政府采购预算, 固定资产占用情况表, 项目绩效目标表.
 * Layout as printed in seed 000 (海港区编办 2023, 部门 and 单位本级) and seed 001 (2022).
 */
import type { TableTemplate } from './types';

export const S1: TableTemplate = {
  id: 'S1',
  name: '机构设置情况',
  title: '{level}机构设置情况',
  source: 'seeds 000, 001, 003 (2022/2023)',
  columns: [
    { key: 'unitName', kind: 'text', width: 40 },
    { key: 'nature', kind: 'text', width: 12 },
    { key: 'rank', kind: 'text', width: 14 },
    { key: 'funding', kind: 'text', width: 20 },
  ],
  headerLine: 'none',
  header: [[{ text: '单位名称' }, { text: '单位性质' }, { text: '单位规格' }, { text: '经费保障形式' }]],
  hasLanci: false,
  body: { kind: 'blank', rows: 5 },
};

export const S2: TableTemplate = {
  id: 'S2',
  name: '政府采购预算',
  title: '{level}政府采购预算',
  source: 'seed 000 (2023), seed 001 (2022)',
  columns: [
    { key: 'project', kind: 'text', width: 28 },
    { key: 'projectBudget', kind: 'amount', width: 10 },
    { key: 'item', kind: 'text', width: 16 },
    { key: 'catalogNo', kind: 'text', width: 14 },
    { key: 'measure', kind: 'text', width: 6 },
    { key: 'quantity', kind: 'quantity', width: 6 },
    { key: 'unitPrice', kind: 'amount', width: 9 },
    { key: 'total', kind: 'amount', width: 10 },
    { key: 'general', kind: 'amount', width: 10 },
    { key: 'fund', kind: 'amount', width: 10 },
    { key: 'stateCapital', kind: 'amount', width: 10 },
    { key: 'specialAccount', kind: 'amount', width: 10 },
    { key: 'unitFunds', kind: 'amount', width: 10 },
    { key: 'fiscalCarryOver', kind: 'amount', width: 10 },
    { key: 'otherCarryOver', kind: 'amount', width: 10 },
    { key: 'smeShare', kind: 'amount', width: 10 },
  ],
  headerLine: 'unit-money',
  header: [
    [
      { text: '政府采购项目来源', colSpan: 2 },
      { text: '采购物品名称', rowSpan: 2 },
      { text: '政府采购\n目录序号', rowSpan: 2 },
      { text: '计量  单位', rowSpan: 2 },
      { text: '数量', rowSpan: 2 },
      { text: '单价', rowSpan: 2 },
      { text: '政府采购金额（当年部门预算安排资金）', colSpan: 8 },
      { text: '{year}年\n预留中\n小微企\n业份额', rowSpan: 2 },
    ],
    [
      { text: '项目名称' },
      { text: '预算\n资金' },
      { text: '合计' },
      { text: '一般公共预算拨款' },
      { text: '基金预算拨款' },
      { text: '国有资本经营预算\n拨款' },
      { text: '财政专户核拨' },
      { text: '单位\n资金' },
      { text: '财政拨款结转' },
      { text: '非财政\n拨款结\n转结余' },
    ],
  ],
  hasLanci: false,
  body: { kind: 'blank', rows: 10, leading: ['合  计'] },
  footnote: '注：同一采购目录序号的物品，其单价会因配置规格不同而变动，均符合资产配置标准。涉密采购事项按照相关规定执行。',
};

/** 固定资产占用情况表, layout I; the equipment threshold is 50万元 in seed 000, 20万元 in seeds 001/003/004. */
export const assetTable = (threshold: '50' | '20'): TableTemplate => ({
  id: 'S3',
  name: '固定资产占用情况表',
  title: '{level}固定资产占用情况表',
  variant: threshold,
  source: threshold === '50' ? 'seed 000 (2023)' : 'seeds 001 (2022), 003 (2023)',
  columns: [
    { key: 'item', kind: 'label', width: 34 },
    { key: 'quantity', kind: 'quantity', width: 12 },
    { key: 'value', kind: 'amount', width: 22 },
  ],
  headerLine: 'unit-cutoff',
  header: [[{ text: '项   目' }, { text: '数量' }, { text: '价值（金额单位：万元）' }]],
  hasLanci: false,
  body: {
    kind: 'fixed',
    rows: [
      ['资产总额'],
      ['1、房屋（平方米）'],
      ['　　其中：办公用房（平方米）'],
      ['2、车辆（台、辆）'],
      [`3、单价在${threshold}万元以上的设备`],
      ['4、其他固定资产'],
    ],
  },
});

export const S4: TableTemplate = {
  id: 'S4',
  name: '项目绩效目标表',
  title: '{project}绩效目标表',
  source: 'seeds 000, 001, 003 (2022/2023)',
  columns: [
    { key: 'level1', kind: 'text', width: 12 },
    { key: 'level2', kind: 'text', width: 18 },
    { key: 'level3', kind: 'text', width: 20 },
    { key: 'description', kind: 'text', width: 30 },
    { key: 'target', kind: 'text', width: 12 },
    { key: 'basis', kind: 'text', width: 16 },
  ],
  headerLine: 'none',
  header: [
    [{ text: '绩效目标' }, { text: '', colSpan: 5 }],
    [
      { text: '一级指标' },
      { text: '二级指标' },
      { text: '三级指标' },
      { text: '绩效指标描述' },
      { text: '指标值' },
      { text: '指标值确定依据' },
    ],
  ],
  hasLanci: false,
  body: {
    kind: 'fixed',
    rows: [
      ['产出指标', '数量指标'],
      ['', '质量指标'],
      ['', '时效指标'],
      ['', '成本指标'],
      ['效益指标', '经济效益指标'],
      ['', '社会效益指标'],
      ['', '生态效益指标'],
      ['', '可持续影响指标'],
      ['满意度指标', '服务对象满意度指标'],
    ],
  },
};
