/**
 * 出错说明 in Excel: the stored list (src/core/review/explanations.ts) is rewritten into its very hidden sheet —
 * one read (sheet names; with a check's basis, also the prints of the finding's sheets) and one write batch. Returns
 * false, having written nothing, when those sheets no longer print as at the check (another workbook, a later
 * state). The user's own cells are never touched.
 */
import type { WorkbookSnapshot } from '../core/model/snapshot';
import { planStoreExplanations, type Explanation } from '../core/review/explanations';
import { writePlan } from './apply-plan';
import { basisSync, queueBasisCheck, type WorkbookBasis } from './basis';
import type { ExcelHost } from './excel-host';

export async function storeExplanations(
  host: ExcelHost,
  list: readonly Explanation[],
  guard?: { basis: WorkbookBasis; sheets: string[] },
): Promise<boolean> {
  const api19 = host.supports('1.9');
  return host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    const verdict = guard && queueBasisCheck(ctx, guard.basis, guard.sheets);
    if (!(await basisSync(ctx)) || (verdict && !verdict().same)) return false;
    const snap: WorkbookSnapshot = { sheets: sheets.items.map((ws) => ({ name: ws.name, origin: { row: 0, col: 0 }, values: [] })) };
    await writePlan(ctx, planStoreExplanations(snap, list), api19);
    return true;
  });
}
