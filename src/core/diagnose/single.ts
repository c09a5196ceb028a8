/**
 * Exact single-cell localization. If one cell j is wrong by d, every violated row contains j and every row that
 * contains j holds again after xⱼ ← vⱼ − d (error-localization.md, "Single error, exact"). So the candidates are the
 * cells common to all violated rows; for each, the corrections allowed by each of its rows (within that row's
 * rounding interval) are intersected on the grid of the cell's printed precision. Every candidate whose intersection
 * is not empty is an explanation; more than one is a tie, reported as such.
 */
import { isViolated, type LinearSystem } from './system';

export interface CellRepair {
  cell: number;
  /** Change in base units: repaired = value + delta. */
  delta: number;
  /** All changes that make every row hold, when more than one does (rounding intervals leave room). */
  range?: [number, number];
}

/** Cells common to every violated row. */
function common(sys: LinearSystem, violated: number[]): number[] {
  const sorted = [...violated].sort((a, b) => sys.rows[a]!.coef.size - sys.rows[b]!.coef.size);
  let cand = [...sys.rows[sorted[0]!]!.coef.keys()];
  for (const k of sorted.slice(1)) {
    const coef = sys.rows[k]!.coef;
    cand = cand.filter((j) => coef.has(j));
    if (cand.length === 0) break;
  }
  return cand;
}

/** The interval of changes of cell j that keeps (or makes) every row of j hold, snapped to the cell's grid. */
export function allowedChange(sys: LinearSystem, j: number): [number, number] | null {
  let lo = -Infinity;
  let hi = Infinity;
  for (const k of sys.rowsOf[j]!) {
    const row = sys.rows[k]!;
    const a = row.coef.get(j)!;
    // a·δ ∈ [min, max]
    const min = row.op === '<=' ? -Infinity : -row.tol - row.residual;
    const max = row.op === '>=' ? Infinity : row.tol - row.residual;
    const [l, h] = a > 0 ? [min / a, max / a] : [max / a, min / a];
    lo = Math.max(lo, l);
    hi = Math.min(hi, h);
    if (lo > hi) return null;
  }
  const step = sys.cells[j]!.step;
  const l = Math.ceil(lo / step) * step;
  const h = Math.floor(hi / step) * step;
  return l <= h ? [l, h] : null;
}

/** Best change within [lo, hi]: the one that makes the most rows hold exactly, then the smallest. */
export function bestChange(sys: LinearSystem, j: number, [lo, hi]: [number, number]): number {
  const step = sys.cells[j]!.step;
  const options = new Set<number>();
  for (const k of sys.rowsOf[j]!) {
    const row = sys.rows[k]!;
    const d = -row.residual / row.coef.get(j)!;
    if (d >= lo && d <= hi && Number.isInteger(d / step)) options.add(d);
  }
  if (options.size === 0) options.add(lo > 0 ? lo : hi < 0 ? hi : 0);
  let best = 0;
  let bestScore = -1;
  for (const d of options) {
    let exact = 0;
    for (const k of sys.rowsOf[j]!) {
      const row = sys.rows[k]!;
      if (row.residual + row.coef.get(j)! * d === 0) exact++;
    }
    if (exact > bestScore || (exact === bestScore && Math.abs(d) < Math.abs(best))) {
      best = d;
      bestScore = exact;
    }
  }
  return best;
}

/** Every single-cell explanation of the violated rows (empty when none exists). */
export function singleCellRepairs(sys: LinearSystem, violated: number[]): CellRepair[] {
  if (violated.length === 0) return [];
  const out: CellRepair[] = [];
  for (const j of common(sys, violated)) {
    const range = allowedChange(sys, j);
    if (!range) continue;
    const delta = bestChange(sys, j, range);
    if (delta === 0) continue;
    const ok = sys.rowsOf[j]!.every((k) => !isViolated(sys.rows[k]!, sys.rows[k]!.residual + sys.rows[k]!.coef.get(j)! * delta));
    if (ok) out.push(range[0] < range[1] ? { cell: j, delta, range } : { cell: j, delta });
  }
  return out;
}
