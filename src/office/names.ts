/**
 * 填充科目名称 in Excel: one read batch (3 round trips) and one write batch (1; more only past Excel on the web's
 * payload limit); filled cells are highlighted (green) until the next check restores their fills; the undo plan puts
 * back exactly what was there. 采用标准名称, 为此编码填写名称 and 撤销 are one write batch each.
 */
import type { CodeBooks } from '../core/codes/books';
import { codeNameWrites, namesPlan, planNames, undoNamesPlan, type NamesResult, type NameWrite } from '../core/codes/names';
import { planHighlight, planUnhighlight } from '../core/marks/marks';
import type { EditPlan } from '../core/model/plan';
import type { WorkbookSnapshot } from '../core/model/snapshot';
import { writePlan } from './apply-plan';
import type { ExcelHost } from './excel-host';
import { readWorkbookSnapshot } from './read-snapshot';
import { capabilitiesOf } from './requirements';

export interface FillOutcome {
  result: NamesResult;
  snapshot: WorkbookSnapshot;
  /** Puts back the values and fills as they were (null: nothing was written). */
  undo: EditPlan | null;
}

/**
 * The writes, and (where the host reads fills: ExcelApi 1.9) the filled cells highlighted until the next check;
 * with the plan that undoes both (values, highlight and stored marks as they were).
 */
function withHighlight(
  snapshot: WorkbookSnapshot,
  writes: NameWrite[],
  description: string,
  fills: boolean,
): { plan: EditPlan; undo: EditPlan } {
  const names = namesPlan(writes, description);
  const undoValues = undoNamesPlan(writes);
  if (!fills || !writes.length) return { plan: names, undo: undoValues };
  const plan = { ...planHighlight(snapshot, writes, description), writes: names.writes, description: names.description };
  const undo = { ...planUnhighlight(snapshot, writes, undoValues.description), writes: undoValues.writes };
  return { plan, undo };
}

export async function fillNames(host: ExcelHost, books: CodeBooks, defaultYear: number): Promise<FillOutcome> {
  const caps = capabilitiesOf(host);
  const fills = caps.originalFills;
  return host.run(async (ctx) => {
    const snapshot = await readWorkbookSnapshot(ctx, fills, caps.layout);
    const result = planNames(snapshot, books, defaultYear);
    if (!result.writes.length) return { result, snapshot, undo: null };
    const { plan, undo } = withHighlight(snapshot, result.writes, '填充科目名称', fills);
    await writePlan(ctx, plan, caps);
    return { result, snapshot, undo };
  });
}

/** 为此编码填写名称: every blank name of a row with that code (one read batch, one write); returns the undo plan. */
export async function fillCodeName(host: ExcelHost, code: string, name: string): Promise<{ filled: number; kept: number; undo: EditPlan }> {
  const caps = capabilitiesOf(host);
  const fills = caps.originalFills;
  return host.run(async (ctx) => {
    const snapshot = await readWorkbookSnapshot(ctx, fills, caps.layout);
    const { writes, kept } = codeNameWrites(snapshot, code, name);
    const { plan, undo } = withHighlight(snapshot, writes, `为 ${code} 填写名称`, fills);
    if (writes.length) await writePlan(ctx, plan, caps);
    return { filled: writes.length, kept, undo };
  });
}

/** Applies a plan of cell writes (accept, undo) in one round trip. */
export async function applyWrites(host: ExcelHost, plan: EditPlan): Promise<void> {
  await host.run(async (ctx) => {
    await writePlan(ctx, plan, capabilitiesOf(host));
  });
}
