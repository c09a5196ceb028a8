/**
 * ExcelJS port, read side: turns a loaded workbook into the core's WorkbookSnapshot (stored values, number formats,
 * fills, merges, sheet visibility, and the stray cells far outside the tables skipped and counted), the same shape
 * the Office.js adapter reads in one batch.
 */
import type ExcelJS from 'exceljs';
import type { FillState } from '../core/model/plan';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../core/model/snapshot';
import { LIMITS } from './limits';

/** ExcelJS fill → FillState (null = No Fill), keeping the exact object for restoring. */
export function fillState(fill: ExcelJS.Fill | undefined): FillState | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return null;
  const argb = (fill.fgColor as { argb?: string } | undefined)?.argb;
  return { color: argb ? `#${argb.slice(-6)}` : null, pattern: fill.pattern, raw: JSON.parse(JSON.stringify(fill)) };
}

/**
 * Excel escapes characters XML cannot hold as _xHHHH_ (ECMA-376 ST_Xstring); ExcelJS leaves them escaped. One that
 * XML forbids (a control character, U+FFFE/U+FFFF, half a surrogate pair) stays escaped: decoded, it would make any
 * output that carries the text (a Word file, a copy) unreadable.
 */
export const decodeXString = (s: string) =>
  s.includes('_x')
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (whole, h: string) => {
        const n = parseInt(h, 16);
        const forbidden = (n < 0x20 && n !== 9 && n !== 10 && n !== 13) || n === 0xfffe || n === 0xffff || (n >= 0xd800 && n <= 0xdfff);
        return forbidden ? whole : String.fromCharCode(n);
      })
    : s;

/** ExcelJS's value type of a formula cell (lib/doc/enums.js). */
const FORMULA_TYPE = 6;
/** How a formula with neither text nor cached result reads: as 公式未计算 (E-02), never as blank. */
export const UNKNOWN_FORMULA = '=（公式文本缺失）';

/**
 * ExcelJS cell values (rich text, formulas, dates, errors, hyperlinks) reduced to a stored value. A formula is its
 * cached result; one without a result (written by a script, never calculated) is kept as its "=…" text, which the
 * core reports as 公式未计算 instead of reading it as blank. Error values stay as their text (#REF!).
 */
export function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return decodeXString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return decodeXString(v.richText.map((t) => t.text).join(''));
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) {
        const f = (v as ExcelJS.CellFormulaValue).formula ?? (v as ExcelJS.CellSharedFormulaValue).sharedFormula;
        return f ? `=${f}` : UNKNOWN_FORMULA;
      }
      if (typeof r === 'object' && 'error' in r) return String(r.error);
      if (typeof r === 'string') return r === '' ? null : decodeXString(r); // a cached empty string is blank
      return r instanceof Date ? r.toISOString().slice(0, 10) : (r as CellValue);
    }
    if ('error' in v) return String(v.error);
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

/**
 * The cell's value with a formula's cached result as stored: ExcelJS's `cell.value` copies a formula's fields only
 * when truthy, so a cached 0, false or "" would come back without a result (read as 公式未计算).
 */
function storedValue(cell: HeldCell): ExcelJS.CellValue {
  const model = (cell as unknown as { _value?: { model?: { result?: unknown; type?: number } } })._value?.model;
  if (cell.formula === undefined) {
    // a formula whose text the file does not give (unknown-formulas.ts): no text, no result
    if (model?.type === FORMULA_TYPE && !cell.isMerged) return { formula: '', result: model.result } as ExcelJS.CellValue;
    return cell.value;
  }
  if (!model || model.result === undefined) return cell.value;
  return { ...(cell.value as ExcelJS.CellFormulaValue), result: model.result } as ExcelJS.CellValue;
}

/** Merged areas as A1 ranges, from the sheet's merge table (not `ws.model`, which serializes the whole sheet). */
function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const table = (ws as unknown as { _merges?: Record<string, { range?: string }> })._merges;
  if (!table) return ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice();
  return Object.values(table)
    .map((m) => m.range ?? '')
    .filter(Boolean);
}

/** A run of this many empty rows (or columns) ends what is read: anything beyond is far outside any table. */
export const FAR = { rows: 10_000, columns: 500 };

/** What a sheet snapshot is read from: an ExcelJS cell, or the reader's own cell made from the parsed model. */
export interface HeldCell {
  readonly address: string;
  readonly value: ExcelJS.CellValue;
  readonly formula: string | undefined;
  readonly isMerged: boolean;
  readonly master: { address: string } | undefined;
  readonly numFmt: string | undefined;
  readonly fill: ExcelJS.Fill | undefined;
}

/** Visits the cells a sheet holds, rows then columns in ascending order (1-based). */
export type EachHeld = (visit: (cell: HeldCell, r: number, c: number) => void) => void;

/** Rows and cells the sheet holds (with a value or a style), without creating the missing ones. */
function eachHeld(ws: ExcelJS.Worksheet, visit: (cell: ExcelJS.Cell, r: number, c: number) => void): void {
  const rows = (ws as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows;
  if (!rows) {
    ws.eachRow((row, r) => row.eachCell((cell, c) => visit(cell, r, c)));
    return;
  }
  rows.forEach((row, i) => {
    const cells = (row as unknown as { _cells?: (ExcelJS.Cell | undefined)[] } | undefined)?._cells;
    cells?.forEach((cell, j) => cell && visit(cell, i + 1, j + 1));
  });
}

/** The last row and column worth reading: up to the first long empty run after content, within the limits. */
function extent(each: EachHeld): { rows: number; cols: number } {
  const rowsHeld: number[] = []; // ascending: rows are visited in order
  const colSeen: number[] = [];
  each((_cell, r, c) => {
    if (rowsHeld[rowsHeld.length - 1] !== r) rowsHeld.push(r);
    colSeen[c] = 1;
  });
  const cut = (ascending: Iterable<number>, gap: number, limit: number) => {
    let last = 0;
    for (const n of ascending) {
      if (n > limit || (last > 0 && n - last > gap)) break;
      last = n;
    }
    return last;
  };
  function* colsHeld() {
    for (let c = 1; c < colSeen.length; c++) if (colSeen[c]) yield c;
  }
  return { rows: cut(rowsHeld, FAR.rows, LIMITS.rows), cols: cut(colsHeld(), FAR.columns, LIMITS.columns) };
}

export function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  return sheetSnapshot(ws.name, ws.state, mergesOf(ws), (visit) =>
    eachHeld(ws, visit as (cell: ExcelJS.Cell, r: number, c: number) => void),
  );
}

/** One sheet's snapshot from the cells it holds (an ExcelJS worksheet's, or the reader's own: ./model-snapshot.ts). */
export function sheetSnapshot(name: string, state: string | undefined, merges: string[], each: EachHeld): SheetSnapshot {
  const { rows, cols } = extent(each);
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const fills: (FillState | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push(new Array<CellValue>(cols).fill(null));
    numberFormats.push(new Array<string>(cols).fill('General'));
    fills.push(new Array<FillState | null>(cols).fill(null));
  }
  let skipped = 0;
  let first = '';
  // Only the cells the file holds (values or styles); the rest stay blank, General, No Fill.
  each((cell, r, c) => {
    if (r > rows || c > cols) {
      if (cell.value !== null && cell.value !== undefined && !skipped++) first = cell.address;
      return;
    }
    // ExcelJS gives every cell of a merged area the master's value; Excel keeps it in the top-left cell only.
    const slave = cell.isMerged && cell.master && cell.master.address !== cell.address;
    values[r - 1]![c - 1] = slave ? null : plainValue(storedValue(cell));
    if (cell.numFmt) numberFormats[r - 1]![c - 1] = cell.numFmt;
    fills[r - 1]![c - 1] = fillState(cell.fill);
  });
  const visibility = state === 'veryHidden' ? 'veryHidden' : state === 'hidden' ? 'hidden' : 'visible';
  const sheet: SheetSnapshot = { name, origin: { row: 0, col: 0 }, values, numberFormats, merges, fills, visibility };
  if (skipped) sheet.skipped = { count: skipped, first };
  return sheet;
}

export function readSnapshot(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.map(readSheet) };
}
