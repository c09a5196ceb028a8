/**
 * 检查 and 清除标记 in Excel. Check and mark: one read batch (3 round trips: sheet list, used-range extents, cells
 * with fills) and one write batch (1 round trip); more only past Excel on the web's 5 MB payload limit (payload.ts).
 * Clear: 2 reads + 1 write. Neither ever writes a value to the user's cells.
 */
import { checkWorkbookWith } from '../core/check/check';
import type { MipSolve } from '../core/diagnose/solver';
import type { CheckResult } from '../core/check/types';
import type { Edition } from '../core/catalog/types';
import { MARKS_SHEET, planClear, planMarks } from '../core/marks/marks';
import type { WorkbookSnapshot } from '../core/model/snapshot';
import { writePlan } from './apply-plan';
import type { ExcelHost } from './excel-host';
import { readWorkbookSnapshot } from './read-snapshot';
import { capabilitiesOf } from './requirements';

const NO_SOLVER = () => Promise.reject(new Error('no solver'));

/** `loadSolver` (HiGHS, lazy) is asked for only when some part needs several cells changed to hold. */
export async function checkAndMark(
  host: ExcelHost,
  editions: Edition[] = [],
  loadSolver: () => Promise<MipSolve> = NO_SOLVER,
): Promise<CheckResult> {
  const caps = capabilitiesOf(host);
  return host.run(async (ctx) => {
    const snap = await readWorkbookSnapshot(ctx, caps.originalFills, caps.layout);
    const result = await checkWorkbookWith(snap, { editions }, loadSolver);
    await writePlan(ctx, planMarks(snap, result), caps);
    return result;
  });
}

/** Reads only what clearing needs (sheet names, then the stored marks: 2 round trips), then restores in one. */
export async function clearMarks(host: ExcelHost): Promise<number> {
  const caps = capabilitiesOf(host);
  return host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const marks = sheets.items.find((ws) => ws.name === MARKS_SHEET);
    if (!marks) return 0;
    const used = caps.layout ? marks.getUsedRange(true) : marks.getUsedRange();
    used.load('values');
    await ctx.sync();
    const stored = used.values as (string | number | boolean)[][];
    const snap: WorkbookSnapshot = {
      sheets: sheets.items.map((ws) => ({ name: ws.name, origin: { row: 0, col: 0 }, values: ws === marks ? stored : [] })),
    };
    const plan = planClear(snap);
    await writePlan(ctx, plan, caps);
    return (plan.fills ?? []).reduce((n, op) => n + op.cells.length, 0);
  });
}
