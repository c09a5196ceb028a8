/**
 * 诊断: which cell is wrong, and what it should be. The strict identities of the workbook form one linear system
 * (system.ts); in each connected part with violated rows (beyond their rounding intervals), the smallest set of
 * cells whose change makes every row hold is found — exactly for one cell (single.ts) and for two or three
 * (small.ts, an enumeration), with a MIP solver for more (multi.ts, when the adapter gives one). Equally small
 * explanations are all reported (a tie), never one picked. Rows within their rounding interval (尾差) are not errors
 * and are never "repaired". A check does this without building the whole system (neighbourhood.ts): one to three
 * cells are found from the violated rows and the rows their cells are in.
 */
import { Decimal } from '../money';
import { tableName, describe } from '../check/terms';
import { multiCellRepairs, type MultiOutcome } from './multi';
import { singleCellRepairs, type CellRepair } from './single';
import { smallCellRepairs } from './small';
import type { MipSolve } from './solver';
import { components, isViolated, type LinearSystem, type SysCell } from './system';
import { BASE_PER_WAN } from '../check/terms';
import type { Diagnosis, DiagnosisCell, Undiagnosed } from './types';

export interface DiagnoseOptions {
  /** A loaded MIP solver; without one, parts needing four cells or more are reported as pending. */
  solve?: MipSolve;
  /** Branch-and-bound nodes per solve (default DEFAULT_MAX_NODES in solver.ts): the budget that decides. */
  maxNodes?: number;
  /** Wall-clock seconds per part: a safety net only (default SAFETY_SECONDS in solver.ts). */
  safetySeconds?: number;
}

export function showUnits(c: SysCell, value: number): string {
  const yuan = c.term.table.money === '元';
  const decimals = Math.max(c.term.decimals, yuan ? 0 : 2);
  return new Decimal(value).div(yuan ? BASE_PER_WAN / 1e4 : BASE_PER_WAN).toFixed(decimals);
}

function diagnosisCell(sys: LinearSystem, r: CellRepair): DiagnosisCell {
  const c = sys.cells[r.cell]!;
  return {
    sheet: c.sheet,
    cell: c.address,
    table: c.term.table.id,
    tableName: tableName(c.term.table.id),
    where: describe(c.term),
    current: showUnits(c, c.value),
    repaired: showUnits(c, c.value + r.delta),
    ...(r.range ? { range: [showUnits(c, c.value + r.range[0]), showUnits(c, c.value + r.range[1])] as [string, string] } : {}),
    isTotal: c.isTotal,
  };
}

/** Typed figures before computed totals, then sheet order: the reading order of a tie, not a choice. */
const byLeafFirst = (sys: LinearSystem) => (a: CellRepair, b: CellRepair) =>
  Number(sys.cells[a.cell]!.isTotal) - Number(sys.cells[b.cell]!.isTotal) || a.cell - b.cell;

function makeDiagnosis(sys: LinearSystem, violated: number[], sets: CellRepair[][], method: Diagnosis['method']): Diagnosis {
  const ordered = sets.map((s) => [...s].sort(byLeafFirst(sys)));
  if (ordered.every((s) => s.length === 1)) ordered.sort((a, b) => byLeafFirst(sys)(a[0]!, b[0]!));
  const rows = violated.map((k) => sys.rows[k]!.identity);
  return {
    id: '',
    method,
    explanations: ordered.map((s) => s.map((r) => diagnosisCell(sys, r))),
    tie: ordered.length > 1,
    repairs: rows.map((id) => ({ rule: id.rule.id, title: id.rule.title, identity: id.index })),
    unit: rows[0]!.group.unit,
  };
}

function fromMulti(sys: LinearSystem, violated: number[], out: MultiOutcome): Diagnosis | Undiagnosed {
  const unit = sys.rows[violated[0]!]!.identity.group.unit;
  const identities = violated.map((k) => sys.rows[k]!.identity.index);
  if (out.kind === 'found') return makeDiagnosis(sys, violated, out.sets, 'mip');
  if (out.kind === 'limit') return { unit, identities, reason: 'workLimit' };
  if (out.kind === 'none') return { unit, identities, reason: 'noRepair' };
  return { unit, identities, reason: 'pending' };
}

export function diagnose(sys: LinearSystem, options: DiagnoseOptions = {}): { diagnoses: Diagnosis[]; undiagnosed: Undiagnosed[] } {
  const diagnoses: Diagnosis[] = [];
  const undiagnosed: Undiagnosed[] = [];
  for (const part of components(sys)) {
    const violated = part.filter((k) => isViolated(sys.rows[k]!));
    if (violated.length === 0) continue;
    const d = diagnosePart(sys, violated, () => ({ sys, violated, part }), options);
    if ('explanations' in d) diagnoses.push(d);
    else undiagnosed.push(d);
  }
  return { diagnoses, undiagnosed };
}

/** A part as the MIP needs it: the system holding it whole, its violated rows and all its rows there. */
export type WholePart = () => { sys: LinearSystem; violated: number[]; part: number[] };

/**
 * 诊断 of one part from `sys`, which holds its violated rows and every row any cell of them is in (the part itself,
 * or only that neighbourhood of it: one and two or three cells are found there alone); `whole` gives the part whole
 * for the MIP.
 */
export function diagnosePart(sys: LinearSystem, violated: number[], whole: WholePart, options: DiagnoseOptions): Diagnosis | Undiagnosed {
  const single = singleCellRepairs(sys, violated);
  if (single.length)
    return makeDiagnosis(
      sys,
      violated,
      single.map((r) => [r]),
      'single',
    );
  const small = smallCellRepairs(sys, violated, { minCells: 2 });
  if (small.kind === 'found') return makeDiagnosis(sys, violated, small.sets, 'small');
  const identities = violated.map((k) => sys.rows[k]!.identity.index);
  const unit = sys.rows[violated[0]!]!.identity.group.unit;
  if (!options.solve) return { unit, identities, reason: 'pending' };
  const w = whole();
  const out = multiCellRepairs(w.sys, w.violated, w.part, {
    solve: options.solve,
    ...(options.maxNodes !== undefined ? { maxNodes: options.maxNodes } : {}),
    ...(options.safetySeconds !== undefined ? { safetySeconds: options.safetySeconds } : {}),
  });
  return fromMulti(w.sys, w.violated, out);
}
