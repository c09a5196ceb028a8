/**
 * The host seam (src/host/workbook-host.ts) over Office.js: one `batch` is one Excel.run, so an action keeps its
 * round trips — a snapshot read is 3 syncs (sheets, extents, cells), sheet names 1, stored data 2 (names, then the
 * sheet's values; 1 when it is absent), cell values 1, a plan 1 (more only past Excel on the web's payload limit).
 * Requirement sets are feature-detected through one table (requirements.ts): fills and page setup need ExcelApi 1.9,
 * related-cell selection 1.18, merged areas 1.13; below 1.2/1.7 a plan is written without merges, widths, hiding
 * and frozen panes, and `limitations()` says so in Chinese.
 */
import type { CellValue } from '../core/model/snapshot';
import { selectionAddress } from '../host/selection';
import type { CellRef, HostBatch, HostFeatures, WorkbookHost } from '../host/workbook-host';
import { writePlan } from './apply-plan';
import type { ExcelHost } from './excel-host';
import { readWorkbookSnapshot } from './read-snapshot';
import { API_SETS, capabilitiesOf, capabilitySet, degradationNotes } from './requirements';

const FEATURE_SET: Record<keyof HostFeatures, string> = {
  fills: capabilitySet('originalFills'),
  pageSetup: capabilitySet('printSetup'),
  selectRelated: capabilitySet('multiSelect'),
};
/** RangeAreas addresses longer than this fail in getRanges (office-js #5198). */
const MAX_ADDRESS_CHARS = 8000;

function officeBatch(ctx: Excel.RequestContext, host: ExcelHost): HostBatch {
  const caps = capabilitiesOf(host);
  const names = async () => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    return sheets.items;
  };
  return {
    sheetNames: async () => (await names()).map((s) => s.name),
    async readSnapshot(req) {
      const sel = req.selection ? ctx.workbook.getSelectedRange().load('address,rowIndex,columnIndex') : null;
      const snapshot = await readWorkbookSnapshot(
        ctx,
        req.fills && caps.originalFills,
        !!req.merges && host.supports(API_SETS['Range.getMergedAreasOrNullObject']),
        caps.layout,
        host.supports(API_SETS['Range.getUsedRangeOrNullObject']),
        host.supports(API_SETS['Range.getSpecialCellsOrNullObject']),
      );
      if (!sel) return { snapshot };
      // `sel` was loaded with the snapshot's first sync.
      const address = sel.address;
      const sheet = address.includes('!') ? address.slice(0, address.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'") : '';
      return { snapshot, selection: { sheet, row: sel.rowIndex, column: sel.columnIndex } };
    },
    async readCells(cells: readonly CellRef[]) {
      const ranges = cells.map((c) => ctx.workbook.worksheets.getItem(c.sheet).getRange(c.cell).load('values'));
      await ctx.sync();
      return ranges.map((r) => (r.values[0]?.[0] ?? null) as CellValue);
    },
    async readStored(sheet, address) {
      const items = await names();
      const sheetNames = items.map((s) => s.name);
      const ws = items.find((s) => s.name === sheet);
      if (!ws) return { values: null, sheetNames };
      const range = (address ? ws.getRange(address) : caps.layout ? ws.getUsedRange(true) : ws.getUsedRange()).load('values');
      await ctx.sync();
      return { values: (range.values as CellValue[][]).map((r) => r.map((v) => (v === '' ? null : v))), sheetNames };
    },
    apply: async (plan) => void (await writePlan(ctx, plan, caps)),
  };
}

export function officeWorkbookHost(host: ExcelHost): WorkbookHost {
  return {
    kind: 'office',
    supports: (f) => host.supports(FEATURE_SET[f]),
    batch: (work) => host.run((ctx) => work(officeBatch(ctx, host))),
    /** Activate the sheet and select the cell — and the related cells on it where ExcelApi 1.18 can. One sync. */
    async select(sheet, cell, related = []) {
      const withRelated = capabilitiesOf(host).multiSelect;
      await host.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        const address = selectionAddress(sheet, cell, related, MAX_ADDRESS_CHARS);
        if (withRelated && address !== cell) ws.getRanges(address).select();
        else ws.getRange(cell).select();
        await ctx.sync();
      });
    },
    watchChanges: host.watchChanges?.bind(host),
    ...(host.workbookId ? { workbookId: host.workbookId.bind(host) } : {}),
    limitations: () => degradationNotes(capabilitiesOf(host)),
  };
}
