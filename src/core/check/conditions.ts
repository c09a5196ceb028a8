/**
 * Conditions a catalog rule can be judged under (CompareRule.when): each is a value with its test and the reason
 * recorded as 未核对 when it does not hold. A rule refers to the value itself, so a misspelt one fails the type check.
 */
import type { Group } from './terms';
import type { Condition } from './types';

/** 收支总表 with 单位资金 and 收入总表 with five columns, or the reverse. */
export function mixedIncomeLayout(g: Group): boolean {
  const t1 = g.byId.get('T1');
  const t2 = g.byId.get('T2');
  if (!t1 || !t2) return false;
  return t1.rows.some((r) => r.role === 'in:unitFunds') !== (t2.columns.unitFunds !== undefined);
}

/** 收支总表 and 收入总表 print their income in different layouts (单位资金 vs 事业收入等五项). */
export const MIXED_INCOME_LAYOUT: Condition = {
  holds: mixedIncomeLayout,
  otherwise: '收支总表与收入总表的收入口径相同，逐项比较',
};
