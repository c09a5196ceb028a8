/**
 * The host seam (src/host/workbook-host.ts) over WPS 表格's JS object model — the `Application` global a WPS 加载项
 * page is given (typed with et-jsapi-declare; in tests, the strict fake of src/wps/fake). The model is synchronous:
 * a batch is a stretch of calls with ScreenUpdating off (restored after, even on error) and DisplayAlerts off while
 * writing (Delete and Merge would otherwise ask the user). WPS's SheetChange does not say who made a change, so
 * changes made during our own batch are reported as ours and the rest as someone else's.
 */
/// <reference types="et-jsapi-declare" />
import type { CellValue } from '../core/model/snapshot';
import { selectionAddress } from '../host/selection';
import type { HostBatch, WorkbookHost } from '../host/workbook-host';
import { addressOf, readSheet, val, valueMatrix, workbookOf } from './read';
import { parseRange } from '../core/a1';
import { applyPlan, MAX_AREA_ADDRESS } from './write';

function sheetList(app: WPSMergedRoot): Et.Worksheet[] {
  const sheets = workbookOf(app).Worksheets;
  const n = Number(val(sheets, 'Count'));
  return Array.from({ length: n }, (_, i) => sheets.Item(i + 1) as Et.Worksheet);
}

function wpsBatch(app: WPSMergedRoot, writing: () => void): HostBatch {
  const names = () => sheetList(app).map((ws) => String(val(ws, 'Name')));
  return {
    sheetNames: async () => names(),
    async readSnapshot(req) {
      const sheets = sheetList(app).map((ws) => readSheet(ws, { fills: req.fills, merges: !!req.merges }));
      if (!req.selection) return { snapshot: { sheets } };
      const active = app.ActiveSheet as Et.Worksheet | null;
      const cell = app.ActiveCell;
      const selection = active && cell ? { sheet: String(val(active, 'Name')), row: cell.Row - 1, column: cell.Column - 1 } : undefined;
      return { snapshot: { sheets }, selection };
    },
    async readCells(cells) {
      const sheets = workbookOf(app).Worksheets;
      const cache = new Map<string, Et.Worksheet>();
      return cells.map((c) => {
        let ws = cache.get(c.sheet);
        if (!ws) cache.set(c.sheet, (ws = sheets.Item(c.sheet) as Et.Worksheet));
        return valueMatrix(val(ws.Range(c.cell), 'Value2'), 1, 1)[0]![0]!;
      });
    },
    async readStored(sheet, address) {
      const list = sheetList(app);
      const sheetNames = list.map((ws) => String(val(ws, 'Name')));
      const i = sheetNames.indexOf(sheet);
      if (i < 0) return { values: null, sheetNames };
      const ws = list[i]!;
      const a = address ?? `A1:${addressOf(val(ws, 'UsedRange')).split(':').at(-1)}`;
      const g = parseRange(a);
      const values: CellValue[][] = valueMatrix(val(ws.Range(a), 'Value2'), g.r1 - g.r0 + 1, g.c1 - g.c0 + 1);
      return { values, sheetNames };
    },
    async apply(plan) {
      writing();
      app.ScreenUpdating = false;
      const alerts = app.DisplayAlerts;
      const events = app.EnableEvents;
      app.DisplayAlerts = false;
      app.EnableEvents = false;
      try {
        applyPlan(app, plan);
      } finally {
        app.DisplayAlerts = alerts;
        app.EnableEvents = events;
      }
    },
  };
}

export function wpsWorkbookHost(app: WPSMergedRoot): WorkbookHost {
  /** Depth of our own batches: SheetChange while it is > 0 is our own writing. */
  let ours = 0;
  return {
    kind: 'wps',
    supports: () => true,
    async batch(work) {
      let wrote = false;
      ours++;
      try {
        return await work(wpsBatch(app, () => (wrote = true)));
      } finally {
        ours--;
        if (wrote) app.ScreenUpdating = true;
      }
    },
    async select(sheet, cell, related = []) {
      const ws = workbookOf(app).Worksheets.Item(sheet) as Et.Worksheet;
      ws.Activate();
      ws.Range(selectionAddress(sheet, cell, related, MAX_AREA_ADDRESS)).Select();
    },
    async watchChanges(handler) {
      // Outside our batches WPS cannot say who changed the sheet (undefined: the pane's quiet window decides).
      const listener = () => handler({ ours: ours > 0 ? true : undefined });
      const events = app.ApiEvent;
      events.AddApiEventListener('SheetChange', listener);
      return async () => events.RemoveApiEventListener('SheetChange', listener);
    },
  };
}
