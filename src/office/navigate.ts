/**
 * Jump to a finding: activate its sheet and select its cell — and, where ExcelApi 1.18 has RangeAreas.select, the
 * related cells on the same sheet too (addresses kept under getRanges' ~8 k character limit, office-js #5198).
 * One write round trip; with a check's basis, one read first (the sheet's print): false, nothing selected, when the
 * sheet is gone or no longer prints as at the check.
 */
import { basisSync, queueBasisCheck, type WorkbookBasis } from './basis';
import type { ExcelHost } from './excel-host';

const MAX_ADDRESS_CHARS = 8000;

export async function selectCell(
  host: ExcelHost,
  sheet: string,
  cell: string,
  related: { sheet: string; cell: string }[] = [],
  basis?: WorkbookBasis,
): Promise<boolean> {
  const withRelated = host.supports('1.18');
  return host.run(async (ctx) => {
    if (basis) {
      const verdict = queueBasisCheck(ctx, basis, [sheet]);
      if (!(await basisSync(ctx)) || !verdict().same) return false;
    }
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
    return true;
  });
}
