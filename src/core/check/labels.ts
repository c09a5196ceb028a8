/** Chinese names of template columns and special rows, for finding messages. */
export const COLUMN_NAMES: Record<string, string> = {
  income: '收入',
  expense: '支出',
  total: '合计',
  subtotal: '本年收入小计',
  fiscal: '财政拨款收入',
  specialAccount: '财政专户收入',
  business: '事业收入',
  operating: '经营支出',
  superiorSubsidy: '上级补助收入',
  subordinateRemit: '附属单位上缴收入',
  other: '其他收入',
  unitFunds: '单位资金',
  carryOver: '上年结转',
  basic: '基本支出',
  project: '项目支出',
  remitSuperior: '上解上级支出',
  subsidySubordinate: '对附属单位补助支出',
  general: '一般公共预算',
  fund: '政府性基金',
  stateCapital: '国有资本经营',
  personnel: '人员经费',
  public: '公用经费',
};

/** Where one key means different columns in different tables. */
const OVERRIDES: Record<string, Record<string, string>> = { T2: { operating: '经营收入', total: '合计' } };

export function columnName(table: string, key: string): string {
  return OVERRIDES[table]?.[key] ?? COLUMN_NAMES[key] ?? key;
}
