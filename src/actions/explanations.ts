/**
 * 出错说明 on any host: the stored list (src/core/review/explanations.ts) is rewritten into its very hidden sheet —
 * one read (sheet names) and one plan. The user's own cells are never touched.
 */
import type { WorkbookSnapshot } from '../core/model/snapshot';
import { planStoreExplanations, type Explanation } from '../core/review/explanations';
import type { WorkbookHost } from '../host/workbook-host';

export async function storeExplanations(host: WorkbookHost, list: readonly Explanation[]): Promise<void> {
  await host.batch(async (io) => {
    const names = await io.sheetNames();
    const snap: WorkbookSnapshot = { sheets: names.map((name) => ({ name, origin: { row: 0, col: 0 }, values: [] })) };
    await io.apply(planStoreExplanations(snap, list));
  });
}
