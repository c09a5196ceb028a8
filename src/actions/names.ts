/**
 * 填充科目名称 on any host: one snapshot read (Office: 3 round trips) and one plan (1; more only past Excel on the
 * web's payload limit); filled cells are highlighted (green) until the next check restores their fills; the undo plan puts
 * back exactly what was there. 采用标准名称, 为此编码填写名称 and 撤销 are one write batch each.
 */
import type { CodeBooks } from '../core/codes/books';
import { analyzeWorkbook } from '../core/analysis';
import type { Edition } from '../core/catalog/types';
import { codeNameWrites, namesPlan, undoNamesPlan, type NamesResult, type NameWrite } from '../core/codes/names';
import { planHighlight, planUnhighlight } from '../core/marks/marks';
import type { EditPlan } from '../core/model/plan';
import type { WorkbookSnapshot } from '../core/model/snapshot';
import type { WorkbookHost } from '../host/workbook-host';

export interface FillOutcome {
  result: NamesResult;
  snapshot: WorkbookSnapshot;
  /** Puts back the values and fills as they were (null: nothing was written). */
  undo: EditPlan | null;
}

/**
 * The writes, and (where the host reads fills: Office with ExcelApi 1.9, WPS) the filled cells highlighted until the next check;
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

/** `editions`: the same editions 检查 uses (imported 样表), so recognition — and every count — is the same. */
export async function fillNames(host: WorkbookHost, books: CodeBooks, defaultYear: number, editions: Edition[] = []): Promise<FillOutcome> {
  const fills = host.supports('fills');
  return host.batch(async (io) => {
    const { snapshot } = await io.readSnapshot({ fills });
    const result = analyzeWorkbook(snapshot, { editions }).names(books, defaultYear);
    if (!result.writes.length) return { result, snapshot, undo: null };
    const { plan, undo } = withHighlight(snapshot, result.writes, '填充科目名称', fills);
    await io.apply(plan);
    return { result, snapshot, undo };
  });
}

/** 为此编码填写名称: every blank name of a row with that code (one read batch, one write); returns the undo plan. */
export async function fillCodeName(
  host: WorkbookHost,
  code: string,
  name: string,
): Promise<{ filled: number; kept: number; undo: EditPlan }> {
  const fills = host.supports('fills');
  return host.batch(async (io) => {
    const { snapshot } = await io.readSnapshot({ fills });
    const { writes, kept } = codeNameWrites(snapshot, code, name);
    const { plan, undo } = withHighlight(snapshot, writes, `为 ${code} 填写名称`, fills);
    if (writes.length) await io.apply(plan);
    return { filled: writes.length, kept, undo };
  });
}

/** Applies a plan of cell writes (accept, undo) in one write (Office: 1 round trip). */
export async function applyWrites(host: WorkbookHost, plan: EditPlan): Promise<void> {
  await host.batch((io) => io.apply(plan));
}
