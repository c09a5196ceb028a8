/**
 * Preview host only: opens a .xlsx chosen by the user into the in-memory workbook (values, number formats, fills,
 * merges, widths), in the browser with ExcelJS, loaded on demand. The file never leaves the machine.
 */
import { parseRange } from '../core/a1';
import type { FakeWorkbook } from '../office/fake/model';
import { plainValue } from '../xlsx/read-snapshot';

export async function loadXlsxInto(model: FakeWorkbook, data: ArrayBuffer): Promise<number> {
  const ExcelJS = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data);
  model.sheets = [];
  model.activeSheet = 0;
  model.selection = null;
  for (const ws of wb.worksheets) {
    const sheet = model.addSheet(ws.name);
    sheet.visibility = ws.state === 'veryHidden' ? 'VeryHidden' : ws.state === 'hidden' ? 'Hidden' : 'Visible';
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = plainValue(cell.value);
        const fill =
          cell.fill && cell.fill.type === 'pattern' && cell.fill.pattern !== 'none'
            ? (cell.fill.fgColor as { argb?: string } | undefined)?.argb
            : undefined;
        if (v === null && !fill) return;
        const fc = sheet.cell(r - 1, c - 1);
        fc.value = v;
        fc.numberFormat = cell.numFmt || 'General';
        if (fill) fc.format.fill = `#${fill.slice(-6)}`;
        if (cell.font?.bold) fc.format.bold = true;
        if (cell.alignment?.horizontal) fc.format.hAlign = cell.alignment.horizontal[0]!.toUpperCase() + cell.alignment.horizontal.slice(1);
        if (cell.alignment?.wrapText) fc.format.wrap = true;
        if (cell.border?.top) fc.format.borders = { EdgeTop: 'Continuous' };
      });
    });
    for (const m of (ws.model as unknown as { merges?: string[] }).merges ?? []) sheet.merges.push(parseRange(m));
    (ws.columns ?? []).forEach((col, i) => {
      if (col.width) sheet.columnWidths[i] = col.width * 5.7;
    });
  }
  model.notify();
  return model.sheets.length;
}
