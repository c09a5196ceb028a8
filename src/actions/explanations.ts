/**
 * 出错说明 on any host: the stored list (src/core/review/explanations.ts) is rewritten into its very hidden sheet —
 * one read (sheet names) and one plan; with a check's basis, the finding's sheets are read first, and nothing is
 * written (false) when they no longer print as at the check (another workbook, a later state). The user's own cells
 * are never touched.
 */
import type { WorkbookSnapshot } from '../core/model/snapshot';
import { planStoreExplanations, type Explanation } from '../core/review/explanations';
import type { WorkbookHost } from '../host/workbook-host';
import { checkBasis, type WorkbookBasis } from './basis';

export async function storeExplanations(
  host: WorkbookHost,
  list: readonly Explanation[],
  guard?: { basis: WorkbookBasis; sheets: string[] },
): Promise<boolean> {
  return host.batch(async (io) => {
    if (guard && !(await checkBasis(io, guard.basis, guard.sheets)).same) return false;
    const names = await io.sheetNames();
    const snap: WorkbookSnapshot = { sheets: names.map((name) => ({ name, origin: { row: 0, col: 0 }, values: [] })) };
    await io.apply(planStoreExplanations(snap, list));
    return true;
  });
}
