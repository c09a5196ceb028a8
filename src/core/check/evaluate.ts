/**
 * Judging one identity on its own: Σ left − Σ right (− constant). Zero is fine; a nonzero difference is 尾差 when it
 * lies within the sum of its terms' rounding intervals (XBRL Calculations 1.1), 错误 beyond it; advisory rules give
 * 提示. The finding sits on the identity's first printed cell (its total side); 诊断 may later name another cell.
 */
import { cellAddress } from '../a1';
import type { Decimal } from '../money';
import type { Desc, Identity } from './identity';
import { format, ZERO, type Term } from './terms';
import type { Finding, FindingSeverity, Op } from './types';

const OP_BREAK: Record<Op, string> = { '=': '≠', '<=': '>', '>=': '<' };
const sum = (ts: Term[], start: Decimal = ZERO) => ts.reduce((s, t) => s.plus(t.value), start);
const text = (d: Desc) => (typeof d === 'function' ? d() : d);

/** Exact integer test that an identity holds (no allocation); undefined when a figure is not representable. */
function holdsExactly(id: Identity): boolean | undefined {
  if (id.constant && !id.constant.isZero()) return undefined;
  let r = 0;
  for (const t of id.left) {
    if (!t.units) return undefined;
    r += t.units.value;
  }
  for (const t of id.right) {
    if (!t.units) return undefined;
    r -= t.units.value;
  }
  return r === 0;
}

/** How far an identity breaks: null when it holds. */
export function judge(id: Identity): { severity: FindingSeverity; diff: Decimal } | null {
  if (holdsExactly(id)) return null;
  const diff = sum(id.left).minus(sum(id.right, id.constant ?? ZERO));
  if (diff.isZero()) return null;
  const excess = id.op === '=' ? diff.abs() : id.op === '<=' ? diff : diff.neg();
  if (excess.lte(0)) return null;
  if (id.rule.severity !== 'strict') return { severity: 'advisory', diff };
  let tol = ZERO;
  for (const t of id.left) tol = tol.plus(t.tol);
  for (const t of id.right) tol = tol.plus(t.tol);
  return { severity: excess.lte(tol) ? 'rounding' : 'error', diff };
}

export const cellOf = (t: Term) => ({ sheet: t.cell.sheet, cell: cellAddress(t.cell.row, t.cell.col) });

/** The finding of a broken identity, or null when it holds. */
export function evaluate(id: Identity): Finding | null {
  const o = judge(id);
  if (!o) return null;
  const judged = id.left[0] ?? id.right[0];
  if (!judged) return null;
  const L = sum(id.left);
  const R = sum(id.right, id.constant ?? ZERO);
  const actual = format(L, judged);
  const expected = format(R, judged);
  const difference = format(o.diff, judged);
  const tag = o.severity === 'rounding' ? '（尾差）' : '';
  return {
    id: '',
    rule: id.rule.id,
    title: id.rule.title,
    severity: o.severity,
    message: `${text(id.leftDesc)} ${actual} ${OP_BREAK[id.op]} ${text(id.rightDesc)} ${expected}，差 ${difference}${tag}`,
    ...cellOf(judged),
    related: [...id.left, ...id.right].filter((t) => t !== judged).map(cellOf),
    expected,
    actual,
    difference,
    unit: id.group.unit,
    table: judged.table.id,
    identity: id.index,
  };
}
