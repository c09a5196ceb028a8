/**
 * Judging one identity on its own: Σ left − Σ right (− constant). Zero is fine; a nonzero difference is 尾差 when it
 * lies within the sum of its terms' rounding intervals (XBRL Calculations 1.1), 错误 beyond it; advisory rules give
 * 提示. The finding sits on the identity's first printed cell (its total side); 诊断 may later name another cell.
 */
import { cellAddress } from '../a1';
import { Decimal } from '../money';
import type { Desc, Identity } from './identity';
import { BASE_PER_WAN, format, ZERO, type Term } from './terms';
import { makeFinding } from './finding';
import { breakMessage } from './message';
import type { Finding, FindingSeverity } from './types';

const sum = (ts: Term[], start: Decimal = ZERO) => ts.reduce((s, t) => s.plus(t.value), start);
const text = (d: Desc) => (typeof d === 'function' ? d() : d);

/** Σ left and Σ right in integer base units; undefined when a figure is not representable, a sum could be inexact, or a constant is set. */
function unitSums(id: Identity): { l: number; r: number; tol: number } | undefined {
  if (id.constant && !id.constant.isZero()) return undefined;
  let l = 0;
  let r = 0;
  let tol = 0;
  let size = 0;
  for (const t of id.left) {
    if (!t.units) return undefined;
    l += t.units.value;
    tol += t.units.tol;
    size += Math.abs(t.units.value);
  }
  for (const t of id.right) {
    if (!t.units) return undefined;
    r += t.units.value;
    tol += t.units.tol;
    size += Math.abs(t.units.value);
  }
  // Every partial sum stays below 2⁵³, so each is exact.
  return size + tol <= Number.MAX_SAFE_INTEGER ? { l, r, tol } : undefined;
}

/** Base units as 万元, exactly: the integer read with its exponent (n × 10⁻⁷) instead of divided. */
const BASE_DIGITS = String(BASE_PER_WAN).length - 1;
const fromUnits = (n: number) =>
  Number.isSafeInteger(n) && n !== 0 ? new Decimal(`${n}e-${BASE_DIGITS}`) : new Decimal(n).div(BASE_PER_WAN);

/** The two sides and how far the identity breaks (all in 万元): null when it holds. */
export function judge(id: Identity): { severity: FindingSeverity; diff: Decimal; left: Decimal; right: Decimal } | null {
  const u = unitSums(id);
  if (u) {
    // Integers below 2⁵³: exact, and no Decimal unless the identity breaks.
    const d = u.l - u.r;
    const excess = id.op === '=' ? Math.abs(d) : id.op === '<=' ? d : -d;
    if (d === 0 || excess <= 0) return null;
    const severity = id.rule.severity !== 'strict' ? 'advisory' : excess <= u.tol ? 'rounding' : 'error';
    return { severity, diff: fromUnits(d), left: fromUnits(u.l), right: fromUnits(u.r) };
  }
  const left = sum(id.left);
  const right = sum(id.right, id.constant ?? ZERO);
  const diff = left.minus(right);
  if (diff.isZero()) return null;
  const excess = id.op === '=' ? diff.abs() : id.op === '<=' ? diff : diff.neg();
  if (excess.lte(0)) return null;
  if (id.rule.severity !== 'strict') return { severity: 'advisory', diff, left, right };
  let tol = ZERO;
  for (const t of id.left) tol = tol.plus(t.tol);
  for (const t of id.right) tol = tol.plus(t.tol);
  return { severity: excess.lte(tol) ? 'rounding' : 'error', diff, left, right };
}

export const cellOf = (t: Term) => ({ sheet: t.cell.sheet, cell: cellAddress(t.cell.row, t.cell.col) });

/** The finding of a broken identity, or null when it holds. */
export function evaluate(id: Identity): Finding | null {
  const o = judge(id);
  if (!o) return null;
  const judged = id.left[0] ?? id.right[0];
  if (!judged) return null;
  const actual = format(o.left, judged);
  const expected = format(o.right, judged);
  const difference = format(o.diff, judged);
  return makeFinding({
    rule: id.rule.id,
    title: id.rule.title,
    severity: o.severity,
    message: breakMessage({
      left: text(id.leftDesc),
      actual,
      op: id.op,
      right: text(id.rightDesc),
      expected,
      difference,
      constant: id.constant !== undefined && id.right.length === 0,
      rounding: o.severity === 'rounding',
    }),
    at: cellOf(judged),
    related: [...id.left, ...id.right].filter((t) => t !== judged).map(cellOf),
    figures: { expected, actual, difference },
    unit: id.group.unit,
    table: judged.table.id,
    identity: id.index,
  });
}
