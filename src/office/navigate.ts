/**
 * Jump to a finding: activate its sheet and select its cell — and, where ExcelApi 1.18 has RangeAreas.select, the
 * related cells on the same sheet too (requirements.ts: multiSelect) (addresses kept under getRanges' ~8 k character limit, office-js #5198).
 * One write round trip.
 */
import type { ExcelHost } from './excel-host';
import { capabilitiesOf } from './requirements';

const MAX_ADDRESS_CHARS = 8000;

export async function selectCell(
  host: ExcelHost,
  sheet: string,
  cell: string,
  related: { sheet: string; cell: string }[] = [],
): Promise<void> {
  const withRelated = capabilitiesOf(host).multiSelect;
  await host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    const same = related.filter((r) => r.sheet === sheet && r.cell !== cell).map((r) => r.cell);
    let address = cell;
    for (const a of same) {
      if (address.length + a.length + 1 > MAX_ADDRESS_CHARS) break;
      address += `,${a}`;
    }
    if (withRelated && address !== cell) ws.getRanges(address).select();
    else ws.getRange(cell).select();
    await ctx.sync();
  });
}
