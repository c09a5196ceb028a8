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
import { groupKey } from '../recognize/types';

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
  for (const id of identities) {
    if (id.rule.severity !== 'strict') continue;
    const row = toRow(id, cellIndex);
    if (!row) {
      sys.skipped.push(id);
      continue;
    }
    const k = sys.rows.length;
    sys.rows.push(row);
    for (const j of row.coef.keys()) sys.rowsOf[j]!.push(k);
    if (SUM_KINDS.has(id.rule.kind) && id.left.length === 1) sys.cells[byTerm[id.left[0]!.id]!]!.isTotal = true;
  }
  return sys;
}

/**
 * The system of the connected parts that hold the given identities, and of no other: a workbook of a hundred 部门 with
 * one break need not be built whole. Identities are linked when their terms lie in the tables of the same 部门/单位
 * (a cheap superset of sharing a cell: every cell lies in one table, every table in one group), so each part of the
 * full system that holds a given identity is held here whole, its rows and cells in the full system's relative order
 * — the parts, and what 诊断 finds in them, are the same as in `buildSystem(identities)`.
 */
export function buildSystemAround(identities: readonly Identity[], around: readonly number[]): LinearSystem {
  const groupOf = new Map<Term['table'], string>();
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    for (let p = parent.get(r); p !== undefined && p !== r; p = parent.get(r)) r = p;
    parent.set(k, r);
    return r;
  };
  const keyOf = (t: Term) => {
    let k = groupOf.get(t.table);
    if (k === undefined) groupOf.set(t.table, (k = groupKey(t.table)));
    return k;
  };
  const strict = identities.filter((id) => id.rule.severity === 'strict');
  for (const id of strict) {
    const own = id.group.byId;
    for (const side of [id.left, id.right])
      for (const t of side) {
        if (own.get(t.table.id) === t.table) continue; // most terms: a table of the identity's own group
        const a = find(id.group.key);
        const b = find(keyOf(t));
        if (b !== a) parent.set(b, a);
      }
  }
  const roots = new Set(around.map((i) => find(identities[i]!.group.key)));
  return buildSystem(strict.filter((id) => roots.has(find(id.group.key))));
}

function toRow(id: Identity, cellIndex: (t: Term, u: Units) => number): SysRow | null {
  const coef = new Map<number, number>();
  let residual = id.constant && !id.constant.isZero() ? -id.constant.times(BASE_PER_WAN).toNumber() : 0;
  let tol = 0;
  // A coefficient can only cancel to 0 when a cell is used twice.
  let repeated = false;
  for (let side = 0; side < 2; side++) {
    const sign = side === 0 ? 1 : -1;
    for (const t of side === 0 ? id.left : id.right) {
      const u = t.units;
      if (!u) return null;
      const j = cellIndex(t, u);
      const before = coef.get(j);
      if (before !== undefined) repeated = true;
      coef.set(j, (before ?? 0) + sign);
      residual += sign * u.value;
      tol += u.tol;
    }
  }
  if (repeated) for (const [j, a] of coef) if (a === 0) coef.delete(j);
  if (!Number.isSafeInteger(residual)) return null;
  return { identity: id, coef, op: id.op, residual, tol };
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
