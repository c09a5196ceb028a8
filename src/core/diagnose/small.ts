/**
 * Two or three wrong cells, exactly and without a solver. The same question as the MIP (multi.ts, first pass): the
 * smallest sets of candidate cells (the cells of the violated rows) whose change, on each cell's printed grid, makes
 * every row hold within its rounding interval — and, for each set, the values that make the rows hold as exactly as
 * possible (least Σ|residual|). Sets are enumerated smallest first by branching: a minimum set must hit every violated
 * row, and once the cells chosen so far hit them all, it must hold a cell sharing a row with them (otherwise the
 * chosen cells alone would already be an explanation). Each set is then solved on the integer grid: bounds for the
 * first k − 1 corrections from k independent rows, the last one as the interval the rows leave, every row checked in
 * integers. Ties are every set of the minimum size (as many as the MIP reports). When the search would be too large,
 * or a set's rows leave a free direction that cannot be ruled out, the answer is 'unsure' and the MIP decides.
 */
import type { CellRepair } from './single';
import { isViolated, type LinearSystem } from './system';

export type SmallOutcome = { kind: 'found'; sets: CellRepair[][] } | { kind: 'none' } | { kind: 'unsure' };

export interface SmallOptions {
  /** Smallest set enumerated (default 1; 2 when every single cell is known not to explain the part). */
  minCells?: number;
  /** Largest set enumerated (default 3). */
  maxCells?: number;
  /** Sets examined before giving up to the MIP (default 20,000). */
  budget?: number;
  /** Explanations of equal size reported at most (default 4, as the MIP's alternatives). */
  maxSets?: number;
}

/** Grid points examined for one set before giving up to the MIP. */
const MAX_POINTS = 200_000;

/** One row seen from a set of cells: coefficients in grid steps of each cell, and the allowed total change. */
interface Restricted {
  c: number[];
  lo: number;
  hi: number;
  /** The change that makes the row hold exactly. */
  exact: number;
}

function restrict(sys: LinearSystem, set: number[]): Restricted[] {
  const rows = new Set<number>();
  for (const j of set) for (const k of sys.rowsOf[j]!) rows.add(k);
  const out: Restricted[] = [];
  for (const k of rows) {
    const r = sys.rows[k]!;
    out.push({
      c: set.map((j) => (r.coef.get(j) ?? 0) * sys.cells[j]!.step),
      lo: r.op === '<=' ? -Infinity : -r.tol - r.residual,
      hi: r.op === '>=' ? Infinity : r.tol - r.residual,
      exact: -r.residual,
    });
  }
  return out;
}

const det2 = (a: number, b: number, c: number, d: number) => a * d - b * c;

/** Inverse of a 1×1, 2×2 or 3×3 matrix (rows of coefficients), or null when singular. */
function inverse(m: number[][]): number[][] | null {
  const n = m.length;
  if (n === 1) return m[0]![0] ? [[1 / m[0]![0]!]] : null;
  if (n === 2) {
    const [[a, b], [c, d]] = m as [[number, number], [number, number]];
    const det = det2(a, b, c, d);
    return det
      ? [
          [d / det, -b / det],
          [-c / det, a / det],
        ]
      : null;
  }
  const [[a, b, c], [d, e, f], [g, h, i]] = m as [[number, number, number], [number, number, number], [number, number, number]];
  const A = det2(e, f, h, i);
  const B = -det2(d, f, g, i);
  const C = det2(d, e, g, h);
  const det = a * A + b * B + c * C;
  if (!det) return null;
  return [
    [A / det, -det2(b, c, h, i) / det, det2(b, c, e, f) / det],
    [B / det, det2(a, c, g, i) / det, -det2(a, c, d, f) / det],
    [C / det, -det2(a, b, g, h) / det, det2(a, b, d, e) / det],
  ];
}

function combinations<T>(items: T[], k: number, from = 0, acc: T[] = [], out: T[][] = []): T[][] {
  if (acc.length === k) out.push(acc.slice());
  else
    for (let i = from; i < items.length; i++) {
      acc.push(items[i]!);
      combinations(items, k, i + 1, acc, out);
      acc.pop();
    }
  return out;
}

const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : Math.abs(a));

/**
 * When the rows leave the corrections a free direction v (rank < k), some grid point can move along v until a
 * coordinate is 0 — a smaller set, already ruled out — if v, made primitive, has a ±1 entry. Then the set is no
 * minimum explanation; otherwise the case is left to the MIP.
 */
function freeDirectionRulesOut(rows: Restricted[], k: number): boolean {
  const independent = rows.map((r) => r.c).filter((c) => c.some((x) => x !== 0));
  const candidates: number[][] = [];
  if (k === 2) for (const [a, b] of independent) candidates.push([b!, -a!]);
  else
    for (const c of independent) {
      const [a, b, d] = c as [number, number, number];
      candidates.push([b, -a, 0], [d, 0, -a], [0, d, -b]);
      for (const e of independent) {
        const [x, y, z] = e as [number, number, number];
        candidates.push([b * z - d * y, d * x - a * z, a * y - b * x]);
      }
    }
  return candidates.some((v) => {
    if (v.every((x) => x === 0)) return false;
    if (!rows.every((r) => r.c.reduce((s, x, i) => s + x * v[i]!, 0) === 0)) return false;
    const g = v.reduce((s, x) => gcd(s, x), 0);
    return v.some((x) => Math.abs(x / g) === 1);
  });
}

type Solved = { kind: 'ok'; n: number[] } | { kind: 'none' } | { kind: 'unsure' };

/** Best grid point for the set (integer steps per cell), all rows within their intervals, least Σ|residual|. */
function solveSet(sys: LinearSystem, set: number[]): Solved {
  const rows = restrict(sys, set);
  const k = set.length;
  for (const r of rows) if (r.c.every((x) => x === 0) && (r.lo > 0 || r.hi < 0)) return { kind: 'none' };
  // Bounds of each correction from k rows with finite intervals and independent coefficients: the tightest box.
  const finite = rows.filter((r) => r.lo > -Infinity && r.hi < Infinity && r.c.some((x) => x !== 0));
  let box: [number, number][] | null = null;
  let volume = Infinity;
  for (const basis of combinations(finite, k)) {
    const inv = inverse(basis.map((r) => r.c));
    if (!inv) continue;
    const b = inv.map((line) => {
      let lo = 0;
      let hi = 0;
      line.forEach((w, i) => {
        const r = basis[i]!;
        lo += w >= 0 ? w * r.lo : w * r.hi;
        hi += w >= 0 ? w * r.hi : w * r.lo;
      });
      return [Math.ceil(lo - 1e-6), Math.floor(hi + 1e-6)] as [number, number];
    });
    if (b.some(([l, h]) => l > h)) return { kind: 'none' };
    const v = b.reduce((s, [l, h]) => s * (h - l + 1), 1);
    if (v < volume) [box, volume] = [b, v];
  }
  if (!box) return freeDirectionRulesOut(rows, k) ? { kind: 'none' } : { kind: 'unsure' };
  const outer = box.slice(0, k - 1).reduce((s, [l, h]) => s * (h - l + 1), 1);
  if (outer > MAX_POINTS) return { kind: 'unsure' };
  let best: number[] | null = null;
  let bestCost = Infinity;
  let bestSize = Infinity;
  const n = new Array<number>(k).fill(0);
  const last = k - 1;
  const visit = (i: number): void => {
    if (i < last) {
      for (let x = box[i]![0]; x <= box[i]![1]; x++) {
        if (x === 0) continue;
        n[i] = x;
        visit(i + 1);
      }
      return;
    }
    // The last correction: the interval every row leaves it, then the best point of it.
    let lo = box[last]![0];
    let hi = box[last]![1];
    const targets: number[] = [];
    for (const r of rows) {
      let fixed = 0;
      for (let t = 0; t < last; t++) fixed += r.c[t]! * n[t]!;
      const a = r.c[last]!;
      if (a === 0) {
        if (fixed < r.lo || fixed > r.hi) return;
        continue;
      }
      const [l, h] = a > 0 ? [(r.lo - fixed) / a, (r.hi - fixed) / a] : [(r.hi - fixed) / a, (r.lo - fixed) / a];
      lo = Math.max(lo, Math.ceil(l));
      hi = Math.min(hi, Math.floor(h));
      if (lo > hi) return;
      const e = (r.exact - fixed) / a;
      targets.push(Math.floor(e), Math.ceil(e));
    }
    for (const x of [lo, hi, ...targets]) {
      if (x < lo || x > hi || x === 0) continue;
      n[last] = x;
      let cost = 0;
      for (const r of rows) {
        let s = 0;
        for (let t = 0; t < k; t++) s += r.c[t]! * n[t]!;
        cost += Math.abs(s - r.exact);
      }
      const size = n.reduce((s, y) => s + Math.abs(y), 0);
      if (cost < bestCost || (cost === bestCost && size < bestSize)) [best, bestCost, bestSize] = [n.slice(), cost, size];
    }
  };
  visit(0);
  return best ? { kind: 'ok', n: best } : { kind: 'none' };
}

/** Exact check: with these changes every row the cells take part in holds. */
function holds(sys: LinearSystem, repairs: CellRepair[]): boolean {
  const delta = new Map(repairs.map((r) => [r.cell, r.delta]));
  const rows = new Set<number>();
  for (const r of repairs) for (const k of sys.rowsOf[r.cell]!) rows.add(k);
  for (const k of rows) {
    const row = sys.rows[k]!;
    let res = row.residual;
    for (const [j, a] of row.coef) res += a * (delta.get(j) ?? 0);
    if (isViolated(row, res)) return false;
  }
  return true;
}

/** Minimum sets of at most `maxCells` cells of the violated rows that explain them, with their repaired values. */
export function smallCellRepairs(sys: LinearSystem, violated: number[], options: SmallOptions = {}): SmallOutcome {
  const maxCells = options.maxCells ?? 3;
  let budget = options.budget ?? 20_000;
  const maxSets = options.maxSets ?? 4;
  const allowed = new Set<number>();
  for (const k of violated) for (const j of sys.rows[k]!.coef.keys()) allowed.add(j);
  for (let size = options.minCells ?? 1; size <= maxCells; size++) {
    const seen = new Set<string>();
    const found: { cells: number[]; n: number[] }[] = [];
    let unsure = false;
    const grow = (chosen: number[]): boolean => {
      if (chosen.length === size) {
        const cells = [...chosen].sort((a, b) => a - b);
        const key = cells.join(',');
        if (seen.has(key)) return true;
        seen.add(key);
        if (--budget < 0) return false;
        const s = solveSet(sys, cells);
        if (s.kind === 'unsure') unsure = true;
        if (s.kind === 'ok') found.push({ cells, n: s.n });
        return true;
      }
      // A violated row none of the chosen cells is in: the set must take one of its cells.
      const touched = new Set<number>();
      for (const j of chosen) for (const k of sys.rowsOf[j]!) touched.add(k);
      let next: number[] | null = null;
      const unhit = violated.filter((k) => !touched.has(k));
      for (const k of unhit) {
        const coef = sys.rows[k]!.coef;
        if (!next || coef.size < next.length) next = [...coef.keys()];
      }
      // The last cell must then be in every such row.
      if (next && chosen.length === size - 1) next = next.filter((j) => unhit.every((k) => sys.rows[k]!.coef.has(j)));
      if (!next) {
        // Every violated row is hit: a further cell shares a row with the chosen ones.
        const near = new Set<number>();
        for (const k of touched) for (const j of sys.rows[k]!.coef.keys()) if (allowed.has(j)) near.add(j);
        next = [...near];
      }
      for (const j of next) {
        if (chosen.includes(j)) continue;
        chosen.push(j);
        const ok = grow(chosen);
        chosen.pop();
        if (!ok) return false;
      }
      return true;
    };
    if (!grow([])) return { kind: 'unsure' };
    if (unsure) return { kind: 'unsure' };
    if (found.length) {
      const sets = found
        .map(({ cells, n }) => cells.map((j, i) => ({ cell: j, delta: n[i]! * sys.cells[j]!.step })))
        .filter((repairs) => holds(sys, repairs))
        .slice(0, maxSets);
      if (sets.length) return { kind: 'found', sets };
      return { kind: 'unsure' };
    }
  }
  return { kind: 'none' };
}
