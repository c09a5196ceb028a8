/**
 * Row roles: how recognition names the rows of the fixed-label tables, so rules can refer to them.
 * Keys are bare labels (no ordinal, no 其中：, no whitespace, straight quotes). Data, read by recognition.
 */
import { bareLabel } from '../text';
import { CATEGORIES_2022 } from './categories';
import { FISCAL_INCOME_ROWS, INCOME_ROWS } from './standard-tables';

/** Every 类 row label ever printed (2022 list + 2023's 人行科目), bare. */
export const CATEGORY_LABELS: readonly string[] = [...CATEGORIES_2022, '三十一、人行科目'].map(bareLabel);

/** 收支总表 income rows (five-row layout) and the 单位资金 row of the 2025+ layout, bare. */
export const T1_INCOME_LABELS: readonly string[] = [...INCOME_ROWS.map(bareLabel), '单位资金'];

export const T1_LEFT_TOTALS = { 本年收入合计: 'incomeSubtotal', 上年结转结余: 'carryOver', 收入总计: 'incomeTotal' } as const;
export const T1_RIGHT_TOTALS = { 本年支出合计: 'expenseSubtotal', 年终结转结余: 'yearEndBalance', 支出总计: 'expenseTotal' } as const;

export const T4_INCOME_LABELS: readonly string[] = FISCAL_INCOME_ROWS.map(bareLabel);
export const T4_LEFT_TOTALS = { 本年收入合计: 'incomeSubtotal', 年初财政拨款结转和结余: 'carryOver', 收入总计: 'incomeTotal' } as const;
export const T4_RIGHT_TOTALS = {
  本年支出合计: 'expenseSubtotal',
  年末财政拨款结转和结余: 'yearEndBalance',
  支出总计: 'expenseTotal',
} as const;

/** “三公” rows: bare label → role. */
export const SANGONG_ROLES: Record<string, string> = {
  合计: 'total',
  '"三公"经费小计': 'subtotal',
  三公经费小计: 'subtotal',
  '因公出国(境)费': 'abroad',
  '教学科研人员因公出国(境)费': 'abroadTeaching',
  '其他因公出国(境)费': 'abroadOther',
  公务用车购置及运维费: 'car',
  公务用车购置及运行费: 'car',
  公务用车购置费: 'carPurchase',
  公务用车运行维护费: 'carRunning',
  公务用车运行费: 'carRunning',
  公务接待费: 'reception',
};

/** Table titles as printed (without 部门预算/单位预算), bare, with accepted aliases. Longest match wins. */
export const TITLE_ALIASES: Record<string, readonly string[]> = {
  T1: ['收支总表', '收支预算总表'],
  T2: ['收入总表', '收入预算总表'],
  T3: ['支出总表', '支出预算总表'],
  T4: ['财政拨款收支总表', '财政拨款收支预算总表'],
  T5: ['一般公共预算财政拨款支出表', '一般公共预算支出表'],
  T6: ['一般公共预算财政拨款基本支出表', '一般公共预算基本支出表'],
  T7: ['政府基金预算财政拨款支出表', '政府性基金预算财政拨款支出表', '政府性基金预算支出表'],
  T8: ['国有资本经营预算财政拨款支出表', '国有资本经营预算支出表'],
  T9: ['财政拨款"三公"经费支出表', '财政拨款三公经费支出表', '"三公"经费支出表', '三公经费支出表'],
};
