/**
 * The rule kinds the compiler knows, one small unit each. A catalog row of any of these kinds needs no engine change;
 * a new kind is a new unit here plus its type in ../types.ts.
 */
import type { KindCompiler } from '../identity';
import type { Rule } from '../types';
import { compare, perCategory, perCode } from './compare';
import { blankWhen, emptyNote, emptyTable, header, incomeLayout } from './structural';
import { codeHierarchy, codeTotal, columnSum, rowSum } from './sums';
import { unitsSum } from './units';

type Compilers = { [K in Rule['kind']]: KindCompiler<Extract<Rule, { kind: K }>> };

export const COMPILERS: Compilers = {
  rowSum,
  columnSum,
  codeHierarchy,
  codeTotal,
  compare,
  perCategory,
  perCode,
  blankWhen,
  emptyTable,
  emptyNote,
  header,
  incomeLayout,
  unitsSum,
};

export function compileRule(rule: Rule, ctx: Parameters<KindCompiler>[1]): void {
  (COMPILERS[rule.kind] as KindCompiler)(rule, ctx);
}
