/**
 * 检查 and 清除标记 on any host. Check and mark: one snapshot read (Office: 3 round trips — sheet list, used-range
 * extents, cells with fills) and one plan (1); more only past Excel on the web's 5 MB payload limit (payload.ts).
 * Clear: the stored marks (2 reads) and one plan. Neither ever writes a value to the user's cells.
 */
import { checkWorkbookWith } from '../core/review/check';
import type { MipSolve } from '../core/diagnose/solver';
import type { CheckResult } from '../core/review/result';
import type { Edition } from '../core/catalog/types';
import { planClear, planMarks } from '../core/marks/marks';
import { MARKS_SHEET } from '../core/internal-sheets';
import type { WorkbookSnapshot } from '../core/model/snapshot';
import { fingerprintsOf } from '../core/model/fingerprint';
import type { WorkbookHost } from '../host/workbook-host';
import type { WorkbookBasis } from './basis';

const NO_SOLVER = () => Promise.reject(new Error('no solver'));

/** `loadSolver` (HiGHS, lazy) is asked for only when some part needs several cells changed to hold. */
export async function checkAndMark(
  host: WorkbookHost,
  editions: Edition[] = [],
  loadSolver: () => Promise<MipSolve> = NO_SOLVER,
): Promise<CheckResult> {
  return (await checkAndMarkWithBasis(host, editions, loadSolver)).result;
}

/** The same, with what the results are about (basis.ts): the prints of the tables' sheets, the host's workbook. */
export async function checkAndMarkWithBasis(
  host: WorkbookHost,
  editions: Edition[] = [],
  loadSolver: () => Promise<MipSolve> = NO_SOLVER,
): Promise<{ result: CheckResult; basis: WorkbookBasis }> {
  const fills = host.supports('fills');
  const workbook = host.workbookId?.();
  return host.batch(async (io) => {
    const { snapshot } = await io.readSnapshot({ fills });
    const result = await checkWorkbookWith(snapshot, { editions }, loadSolver);
    await io.apply(planMarks(snapshot, result));
    const sheets = fingerprintsOf(
      snapshot,
      result.tables.map((t) => t.sheet),
    );
    return { result, basis: workbook === undefined ? { sheets } : { workbook, sheets } };
  });
}

/** Reads only what clearing needs (sheet names, then the stored marks: 2 round trips), then restores in one. */
export async function clearMarks(host: WorkbookHost): Promise<number> {
  return host.batch(async (io) => {
    const { values: stored, sheetNames } = await io.readStored(MARKS_SHEET);
    if (!stored) return 0;
    const snap: WorkbookSnapshot = {
      sheets: sheetNames.map((name) => ({ name, origin: { row: 0, col: 0 }, values: name === MARKS_SHEET ? stored : [] })),
    };
    const plan = planClear(snap);
    await io.apply(plan);
    return (plan.fills ?? []).reduce((n, op) => n + op.cells.length, 0);
  });
}
