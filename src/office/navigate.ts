/** Jump to a finding: activate its sheet and select its cell (one write round trip). */
import type { ExcelHost } from './excel-host';

export async function selectCell(host: ExcelHost, sheet: string, cell: string): Promise<void> {
  await host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await ctx.sync();
  });
}
