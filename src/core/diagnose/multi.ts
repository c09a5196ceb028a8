/**
 * Several wrong cells: the Fellegi–Holt mixed-integer program (error-localization.md). Corrections dⱼ (integers, in
 * steps of the cell's printed precision) and binaries zⱼ; minimize Σ zⱼ (weight 1 per cell, errorlocate's default:
 * no cell is presumed more reliable than another) subject to every row holding within its rounding interval and
 * |dⱼ| ≤ Mⱼ·zⱼ. Candidates are the cells of the violated rows (every row that contains one is a constraint); when
 * that has no solution, every cell of the connected part. A second program fixes the chosen cells and picks values
 * that make the most rows hold exactly; the result is then verified in integers. Alternatives of the same size are
 * found by excluding each optimum in turn (no-good cuts) under a cap of the optimum's size (so each search is a
 * feasibility proof, not a fresh optimization), so a tie is reported, not broken. Every solve is bounded by a work
 * budget (nodes), never by the wall clock, so the outcome does not depend on the machine's load; the clock is only a
 * safety net (SAFETY_SECONDS per part) that in practice never decides.
 */
import type { CellRepair } from './single';
import { DEFAULT_MAX_NODES, SAFETY_SECONDS, type MipSolve, type SolveLimits } from './solver';
import { isViolated, type LinearSystem } from './system';

/** LP coefficients are in 0.01 万元 (base / SCALE) to keep the numbers near 1. */
const SCALE = 1e5;
const num = (x: number) => Number(x.toPrecision(15)).toString();

export type MultiOutcome =
  { kind: 'found'; sets: CellRepair[][] } | { kind: 'limit' } | { kind: 'none' } | { kind: 'unsolved'; reason: string };

export interface MultiOptions {
  solve: MipSolve;
  /** Branch-and-bound nodes per solve (default DEFAULT_MAX_NODES): the deciding budget. */
  maxNodes?: number;
  /** Wall-clock seconds for the whole search of one part: a safety net only (default SAFETY_SECONDS). */
  safetySeconds?: number;
  /** Alternatives of equal size to look for (beyond the first). */
  alternatives?: number;
}

function rowsTouching(sys: LinearSystem, cells: number[]): number[] {
  const set = new Set<number>();
  for (const j of cells) for (const k of sys.rowsOf[j]!) set.add(k);
  return [...set].sort((a, b) => a - b);
}

/** Bounds of row k's sum over the candidate cells, in LP units. */
function bounds(sys: LinearSystem, k: number): [number, number] {
  const r = sys.rows[k]!;
  const lo = r.op === '<=' ? -Infinity : (-r.tol - r.residual) / SCALE;
  const hi = r.op === '>=' ? Infinity : (r.tol - r.residual) / SCALE;
  return [lo, hi];
}

function rowText(sys: LinearSystem, k: number, inSet: Set<number>): string {
  const terms: string[] = [];
  for (const [j, a] of sys.rows[k]!.coef) {
    if (!inSet.has(j)) continue;
    const c = (a * sys.cells[j]!.step) / SCALE;
    terms.push(`${c >= 0 ? '+' : '-'} ${num(Math.abs(c))} d${j}`);
  }
  return terms.join(' ');
}

/** Bounds and Generals sections: every correction free and integer (a loop: a table may hold 10⁵ cells). */
function freeIntegers(lines: string[], cells: number[]): void {
  lines.push('Bounds');
  for (const j of cells) lines.push(` d${j} free`);
  lines.push('Generals', ` ${cells.map((j) => `d${j}`).join(' ')}`);
}

/** The cardinality program over `cells`, with cuts excluding earlier optima. */
function supportModel(sys: LinearSystem, cells: number[], cuts: number[][], cap: number): string {
  const inSet = new Set(cells);
  const rows = rowsTouching(sys, cells);
  const maxAbs = cells.reduce((m, j) => Math.max(m, Math.abs(sys.cells[j]!.value)), 1);
  const residuals = rows.reduce((s, k) => s + Math.abs(sys.rows[k]!.residual), 0);
  const bigM = 2 * (maxAbs + residuals);
  const lines = ['Minimize', ` obj: ${cells.map((j) => `z${j}`).join(' + ')}`, 'Subject To'];
  for (const k of rows) {
    const [lo, hi] = bounds(sys, k);
    const expr = rowText(sys, k, inSet);
    if (lo > -Infinity) lines.push(` l${k}: ${expr} >= ${num(lo)}`);
    if (hi < Infinity) lines.push(` h${k}: ${expr} <= ${num(hi)}`);
  }
  for (const j of cells) {
    const m = Math.ceil(bigM / sys.cells[j]!.step);
    lines.push(` p${j}: d${j} - ${m} z${j} <= 0`, ` n${j}: d${j} + ${m} z${j} >= 0`);
  }
  cuts.forEach((cut, i) => lines.push(` cut${i}: ${cut.map((j) => `z${j}`).join(' + ')} <= ${cut.length - 1}`));
  if (Number.isFinite(cap)) lines.push(` card: ${cells.map((j) => `z${j}`).join(' + ')} <= ${cap}`);
  freeIntegers(lines, cells);
  lines.push('Binaries', ` ${cells.map((j) => `z${j}`).join(' ')}`, 'End');
  return lines.join('\n');
}

/** Values for a fixed set of cells: every row within its interval, as many rows as possible exactly (Σ|slack| min). */
function valuesModel(sys: LinearSystem, cells: number[]): string {
  const inSet = new Set(cells);
  const rows = rowsTouching(sys, cells);
  const lines = ['Minimize', ` obj: ${rows.map((k) => `ep${k} + en${k}`).join(' + ') || '0 d' + cells[0]}`, 'Subject To'];
  for (const k of rows) {
    const r = sys.rows[k]!;
    const expr = rowText(sys, k, inSet);
    lines.push(` e${k}: ${expr} - ep${k} + en${k} = ${num(-r.residual / SCALE)}`);
    if (r.op !== '>=') lines.push(` h${k}: ep${k} - en${k} <= ${num(r.tol / SCALE)}`);
    if (r.op !== '<=') lines.push(` l${k}: ep${k} - en${k} >= ${num(-r.tol / SCALE)}`);
  }
  freeIntegers(lines, cells);
  lines.push('End');
  return lines.join('\n');
}

/** The cells of these rows, ascending. */
function cellsOf(sys: LinearSystem, rows: number[]): number[] {
  const set = new Set<number>();
  for (const k of rows) for (const j of sys.rows[k]!.coef.keys()) set.add(j);
  return Array.from(set).sort((a, b) => a - b);
}

/** Exact check: with these changes every row of the system holds. */
export function verifies(sys: LinearSystem, repairs: CellRepair[]): boolean {
  const delta = new Map(repairs.map((r) => [r.cell, r.delta]));
  for (const k of rowsTouching(
    sys,
    repairs.map((r) => r.cell),
  )) {
    const row = sys.rows[k]!;
    let res = row.residual;
    for (const [j, a] of row.coef) res += a * (delta.get(j) ?? 0);
    if (isViolated(row, res)) return false;
  }
  return true;
}

function repairValues(sys: LinearSystem, cells: number[], opts: MultiOptions, limits: SolveLimits): CellRepair[] | null {
  const sol = opts.solve(valuesModel(sys, cells), limits);
  if (sol.status !== 'optimal') return null;
  const repairs = cells.map((j) => ({ cell: j, delta: Math.round(sol.values[`d${j}`] ?? 0) * sys.cells[j]!.step }));
  return repairs.every((r) => r.delta !== 0) && verifies(sys, repairs) ? repairs : null;
}

/** Minimal sets of cells whose change makes every row hold, with their repaired values. */
export function multiCellRepairs(sys: LinearSystem, violated: number[], component: number[], opts: MultiOptions): MultiOutcome {
  const started = Date.now();
  const safety = opts.safetySeconds ?? SAFETY_SECONDS;
  const limits = (): SolveLimits => ({
    maxNodes: opts.maxNodes ?? DEFAULT_MAX_NODES,
    safetySeconds: Math.max(0.05, safety - (Date.now() - started) / 1000),
  });
  const violatedCells = cellsOf(sys, violated);
  const componentCells = cellsOf(sys, component);
  for (const cells of [violatedCells, componentCells]) {
    const sets: CellRepair[][] = [];
    const cuts: number[][] = [];
    let size = Infinity;
    while (sets.length <= (opts.alternatives ?? 3)) {
      const sol = opts.solve(supportModel(sys, cells, cuts, size), limits());
      if (sol.status === 'limit') return sets.length ? { kind: 'found', sets } : { kind: 'limit' };
      if (sol.status !== 'optimal' || Math.round(sol.objective) > size) break;
      const chosen = cells.filter((j) => (sol.values[`z${j}`] ?? 0) > 0.5);
      size = chosen.length;
      cuts.push(chosen);
      const repairs = repairValues(sys, chosen, opts, limits());
      if (repairs) sets.push(repairs);
    }
    if (sets.length) return { kind: 'found', sets };
    if (cells.length === componentCells.length) break;
  }
  return { kind: 'none' };
}
