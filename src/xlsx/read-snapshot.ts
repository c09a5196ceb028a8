/**
 * ExcelJS port, read side: turns a loaded workbook into the core's WorkbookSnapshot
 * (stored values, number formats, merges), the same shape the Office.js adapter reads in one batch.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/model/snapshot';

/** ExcelJS cell values (rich text, formulas, dates, errors, hyperlinks) reduced to a stored value. */
export function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return null;
      if (typeof r === 'object' && 'error' in r) return String(r.error);
      return r instanceof Date ? r.toISOString().slice(0, 10) : (r as CellValue);
    }
    if ('error' in v) return String(v.error);
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

export function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const rows = ws.actualRowCount ? ws.rowCount : 0;
  const cols = ws.columnCount;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 1; r <= rows; r++) {
    const vr: CellValue[] = [];
    const fr: string[] = [];
    const row = ws.getRow(r);
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      vr.push(plainValue(cell.value));
      fr.push(cell.numFmt ?? 'General');
    }
    values.push(vr);
    numberFormats.push(fr);
  }
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice();
  return { name: ws.name, origin: { row: 0, col: 0 }, values, numberFormats, merges };
}

export function readSnapshot(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.map(readSheet) };
}
