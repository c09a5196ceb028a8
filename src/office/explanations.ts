/**
 * 出错说明 in Excel: the stored list (src/core/review/explanations.ts) is rewritten into its very hidden sheet —
 * one read (sheet names) and one write batch. The user's own cells are never touched.
 */
import type { WorkbookSnapshot } from '../core/model/snapshot';
import { planStoreExplanations, type Explanation } from '../core/review/explanations';
import { writePlan } from './apply-plan';
import type { ExcelHost } from './excel-host';
import { capabilitiesOf } from './requirements';

export async function storeExplanations(host: ExcelHost, list: readonly Explanation[]): Promise<void> {
  const caps = capabilitiesOf(host);
  await host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const snap: WorkbookSnapshot = { sheets: sheets.items.map((ws) => ({ name: ws.name, origin: { row: 0, col: 0 }, values: [] })) };
    await writePlan(ctx, planStoreExplanations(snap, list), caps);
  });
}
