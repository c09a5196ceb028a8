/**
 * The strict identities of a workbook as one sparse linear system over its cells (error localization, the
 * Fellegi–Holt setting; shared/notes/error-localization.md). Each identity k is a row Σⱼ aₖⱼ·xⱼ op cₖ with its
 * rounding interval tₖ (Σ half-units of its printed terms). Arithmetic is exact on integers: every amount is held
 * in BASE units of 10⁻⁷ 万元 (0.001 元), so a 万元 figure with up to 7 decimals and a 元 figure with up to 3 are
 * integers; a group holding anything finer or larger than 2⁵³ units is left out and said to be 未诊断.
 */
import { cellAddress } from '../a1';
import type { Identity } from '../check/identity';
import { BASE_PER_WAN, type Term, type Units } from '../check/terms';
import type { Op } from '../check/types';

/** A cell that takes part in at least one strict identity. */
export interface SysCell {
  index: number;
  term: Term;
  sheet: string;
  address: string;
  /** Printed value in base units. */
  value: number;
  /** Smallest change the cell can print, in base units (0.01 万元, 1 元, or its own finer decimals). */
  step: number;
  /** The cell is the total side of a sum identity (a computed figure) rather than a typed one. */
  isTotal: boolean;
}

export interface SysRow {
  identity: Identity;
  /** Cell index → coefficient (±1; a cell used twice adds up). */
  coef: Map<number, number>;
  op: Op;
  /** Σ aₖⱼ·vⱼ − cₖ at the printed values, in base units. */
  residual: number;
  tol: number;
}

export interface LinearSystem {
  cells: SysCell[];
  rows: SysRow[];
  /** Rows each cell takes part in. */
  rowsOf: number[][];
  /** Strict identities left out (a figure beyond exact integer range): 未诊断. */
  skipped: Identity[];
}

const SUM_KINDS = new Set(['rowSum', 'columnSum', 'codeHierarchy', 'codeTotal', 'unitsSum']);

export function isViolated(row: Pick<SysRow, 'op' | 'residual' | 'tol'>, residual = row.residual): boolean {
  if (row.op === '=') return Math.abs(residual) > row.tol;
  return row.op === '<=' ? residual > row.tol : -residual > row.tol;
}

/** A system cell; its A1 address is made when a diagnosis names it (most cells are never named). */
class Cell implements SysCell {
  readonly sheet: string;
  readonly value: number;
  readonly step: number;
  isTotal = false;
  constructor(
    readonly index: number,
    readonly term: Term,
    u: Units,
  ) {
    this.sheet = term.cell.sheet;
    this.value = u.value;
    this.step = u.step;
  }
  get address(): string {
    return cellAddress(this.term.cell.row, this.term.cell.col);
  }
}

export function buildSystem(identities: readonly Identity[]): LinearSystem {
  const sys: LinearSystem = { cells: [], rows: [], rowsOf: [], skipped: [] };
  // System cell of each term, by the term's dense id (one term per cell: identities of one compilation share them).
  const byTerm: number[] = [];
  const cellIndex = (t: Term, u: Units) => {
    let i = byTerm[t.id];
    if (i === undefined) {
      i = byTerm[t.id] = sys.cells.length;
      sys.cells.push(new Cell(i, t, u));
      sys.rowsOf.push([]);
    }
    return i;
  };
  const seen: number[] = []; // the identity that last named each term: a cell named twice in one row
  for (const id of identities) {
    if (id.rule.severity !== 'strict') continue;
    const row = toRow(id, cellIndex, seen);
    if (!row) {
      sys.skipped.push(id);
      continue;
    }
    const k = sys.rows.length;
    sys.rows.push(row);
    for (const j of row.coef.keys()) sys.rowsOf[j]!.push(k);
    const total = SUM_KINDS.has(id.rule.kind) && id.left.length === 1 ? byTerm[id.left[0]!.id] : undefined;
    if (total !== undefined && row.coef.has(total)) sys.cells[total]!.isTotal = true;
  }
  return sys;
}

/**
 * The figures of a strict identity's row — Σ aₖⱼ·vⱼ − cₖ and its rounding interval, in base units — or null when a
 * figure is beyond exact integers (the row is left out). `repeated`: a term is named twice (its coefficients add up,
 * and may cancel). `seen` holds, per term id, the identity that last named it.
 */
export function rowFigures(id: Identity, seen: number[]): { residual: number; tol: number; repeated: boolean } | null {
  let residual = id.constant && !id.constant.isZero() ? -id.constant.times(BASE_PER_WAN).toNumber() : 0;
  let tol = 0;
  let repeated = false;
  for (let side = 0; side < 2; side++) {
    const sign = side === 0 ? 1 : -1;
    for (const t of side === 0 ? id.left : id.right) {
      const u = t.units;
      if (!u) return null;
      if (seen[t.id] === id.index) repeated = true;
      seen[t.id] = id.index;
      residual += sign * u.value;
      tol += u.tol;
    }
  }
  return Number.isSafeInteger(residual) ? { residual, tol, repeated } : null;
}

/**
 * The row of a strict identity, or null when it is left out. A cell is numbered when a row first names it with a
 * nonzero coefficient (a cell named twice whose coefficients cancel is not in the row), so the cells of any set of
 * rows keep among themselves the order the whole system gives them (neighbourhood.ts relies on it).
 */
function toRow(id: Identity, cellIndex: (t: Term, u: Units) => number, seen: number[]): SysRow | null {
  const figures = rowFigures(id, seen);
  if (!figures) return null;
  const coef = new Map<number, number>();
  if (!figures.repeated) {
    for (const t of id.left) coef.set(cellIndex(t, t.units!), 1);
    for (const t of id.right) coef.set(cellIndex(t, t.units!), -1);
  } else for (const [t, a] of termCoefficients(id)) if (a !== 0) coef.set(cellIndex(t, t.units!), a);
  return { identity: id, coef, op: id.op, residual: figures.residual, tol: figures.tol };
}

/** Each term of an identity with its coefficient (a term on both sides, or twice on one, adds up), in order. */
export function termCoefficients(id: Identity): Map<Term, number> {
  const byTerm = new Map<Term, number>();
  for (const t of id.left) byTerm.set(t, (byTerm.get(t) ?? 0) + 1);
  for (const t of id.right) byTerm.set(t, (byTerm.get(t) ?? 0) - 1);
  return byTerm;
}

/** Connected parts of the system: rows linked through shared cells (union–find over cells). */
export function components(sys: LinearSystem): number[][] {
  const parent = sys.cells.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const row of sys.rows) {
    let first: number | undefined;
    for (const j of row.coef.keys()) {
      if (first === undefined) first = j;
      else parent[find(j)] = find(first);
    }
  }
  const byRoot = new Map<number, number[]>();
  sys.rows.forEach((row, k) => {
    const first = row.coef.keys().next().value;
    const root = first === undefined ? -1 - k : find(first);
    const list = byRoot.get(root);
    if (list) list.push(k);
    else byRoot.set(root, [k]);
  });
  return [...byRoot.values()];
}
