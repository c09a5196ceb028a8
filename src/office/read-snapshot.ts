/**
 * Office.js port, read side: the workbook snapshot in one read batch — the sheet list, the used ranges' extents,
 * then their values, number formats and fills (getCellProperties where ExcelApi 1.9 exists), chunked under Excel on
 * the web's 5 MB response limit. Three round trips for a workbook of ordinary size. Values far outside the read window
 * are not read but said: counted by Excel where it can (ExcelApi 1.9), else as 「至少 1 个」.
 */
import type { FillState } from '../core/model/plan';
import type { SheetSnapshot, WorkbookSnapshot } from '../core/model/snapshot';
import { cellAddress, rangeAddress } from '../core/a1';
import { BUDGET, READ_BYTES_PER_CELL, READ_LIMIT } from './payload';

interface FillProps {
  format?: { fill?: { color?: string; pattern?: string; tintAndShade?: number | null } };
}

/** Office reports No Fill as #FFFFFF with pattern None / tintAndShade null (office-js #4900): keep it distinct from white. */
export function officeFill(p: FillProps | undefined): FillState | null {
  const f = p?.format?.fill;
  if (
    !f ||
    f.pattern === 'None' ||
    (f.color?.toUpperCase() === '#FFFFFF' && (f.tintAndShade === null || f.tintAndShade === undefined) && f.pattern !== 'Solid')
  )
    return null;
  return { color: f.color ?? null, pattern: f.pattern ?? 'Solid', tintAndShade: f.tintAndShade ?? null };
}

interface Band {
  sheet: number;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Row bands of each used range, packed into requests whose responses stay under the payload budget. */
function bands(dims: { row: number; col: number; rows: number; cols: number }[], perCell: number): Band[][] {
  const batches: Band[][] = [[]];
  let bytes = 0;
  dims.forEach((d, sheet) => {
    const bandRows = Math.max(1, Math.floor(BUDGET / (d.cols * perCell)));
    for (let r = 0; r < d.rows; r += bandRows) {
      const b = { sheet, row: d.row + r, col: d.col, rows: Math.min(bandRows, d.rows - r), cols: d.cols };
      const size = b.rows * b.cols * perCell;
      if (bytes > 0 && bytes + size > BUDGET) {
        batches.push([]);
        bytes = 0;
      }
      batches.at(-1)!.push(b);
      bytes += size;
    }
  });
  return batches.filter((b) => b.length);
}

/**
 * The snapshot in one read batch: (1) the sheet list, (2) each used range's extent, (3) the used ranges' values,
 * number formats and (ExcelApi 1.9) fills — in one round trip while the estimated response fits Excel on the web's
 * payload limit, one more per ~4 MB beyond it — with the merged areas (ExcelApi 1.13) when asked. Never a sync per
 * sheet or per cell.
 */
export async function readWorkbookSnapshot(
  ctx: Excel.RequestContext,
  withFills: boolean,
  withMerges = false,
  /** getUsedRange(valuesOnly) is ExcelApi 1.2; below it the used range includes formatted cells. */
  valuesOnly = true,
  /** Range.getUsedRangeOrNullObject is ExcelApi 1.4: the used range within the read limits. */
  bounded = true,
  /** Range.getSpecialCellsOrNullObject is ExcelApi 1.9: the cells left out counted by Excel, without reading them. */
  countFar = false,
): Promise<WorkbookSnapshot> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await ctx.sync();
  const used = sheets.items.map((ws) =>
    (valuesOnly ? ws.getUsedRange(true) : ws.getUsedRange()).load('rowIndex,columnIndex,rowCount,columnCount'),
  );
  // The used range counts values only (formats and validations over whole columns do not stretch it); one stray value
  // far away still would: the used range within the read limits is what is read (same round trip, ExcelApi 1.4), the
  // rest is said. Below 1.4 the read starts at the used range's corner and stops at the same limits.
  const window = rangeAddress(0, 0, READ_LIMIT.rows - 1, READ_LIMIT.cols - 1);
  const inner = bounded
    ? sheets.items.map((ws) => ws.getRange(window).getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'))
    : null;
  await ctx.sync();
  const whole = used.map((u) => ({ row: u.rowIndex, col: u.columnIndex, rows: u.rowCount, cols: u.columnCount }));
  const dims = whole.map((w, i) => {
    const u = inner?.[i];
    const d = !u
      ? w
      : u.isNullObject
        ? { row: whole[i]!.row, col: whole[i]!.col, rows: 1, cols: 1 }
        : { row: u.rowIndex, col: u.columnIndex, rows: u.rowCount, cols: u.columnCount };
    const cols = Math.min(d.cols, READ_LIMIT.cols);
    return { ...d, cols, rows: Math.min(d.rows, Math.max(1, Math.floor(READ_LIMIT.cells / cols))) };
  });
  const beyond = (i: number) =>
    whole[i]!.row + whole[i]!.rows > dims[i]!.row + dims[i]!.rows || whole[i]!.col + whole[i]!.cols > dims[i]!.col + dims[i]!.cols;
  const out: SheetSnapshot[] = sheets.items.map((ws, i) => ({
    name: ws.name,
    origin: { row: dims[i]!.row, col: dims[i]!.col },
    values: [],
    numberFormats: [],
    fills: withFills ? [] : undefined,
    visibility: ws.visibility === 'VeryHidden' ? 'veryHidden' : ws.visibility === 'Hidden' ? 'hidden' : 'visible',
    ...(beyond(i)
      ? {
          skipped: {
            count: 1,
            first: cellAddress(whole[i]!.row + whole[i]!.rows - 1, whole[i]!.col + whole[i]!.cols - 1),
            atLeast: true,
          },
        }
      : {}),
  }));
  // The cells left out, counted by Excel (constants and formulas) in the used range beyond what is read: the strip to
  // the right of it and the strip below it. They ride with the first cells read: no round trip of their own.
  const far = countFar
    ? sheets.items.map((ws, i) => {
        if (!beyond(i)) return [];
        const w = whole[i]!;
        const d = dims[i]!;
        const [right, bottom] = [d.col + d.cols, d.row + d.rows];
        const [lastCol, lastRow] = [w.col + w.cols - 1, w.row + w.rows - 1];
        const parts: string[] = [];
        if (right <= lastCol) parts.push(rangeAddress(w.row, right, lastRow, lastCol));
        if (bottom <= lastRow) parts.push(rangeAddress(bottom, w.col, lastRow, Math.min(right - 1, lastCol)));
        return parts.flatMap((a) =>
          (['Constants', 'Formulas'] as const).map((t) =>
            ws
              .getRange(a)
              .getSpecialCellsOrNullObject(t as Excel.SpecialCellType)
              .load('cellCount'),
          ),
        );
      })
    : [];
  // Merged areas (ExcelApi 1.13) ride with the first cell read: no round trip of their own.
  const merged = withMerges ? sheets.items.map((ws) => ws.getRange().getMergedAreasOrNullObject().load('address')) : [];
  for (const batch of bands(dims, withFills ? READ_BYTES_PER_CELL.withFills : READ_BYTES_PER_CELL.plain)) {
    const reads = batch.map((b) => {
      const range = sheets.items[b.sheet]!.getRange(rangeAddress(b.row, b.col, b.row + b.rows - 1, b.col + b.cols - 1));
      range.load('values,numberFormat');
      const fills = withFills ? range.getCellProperties({ format: { fill: { color: true, pattern: true, tintAndShade: true } } }) : null;
      return { b, range, fills };
    });
    await ctx.sync(); // one per ~4 MB of response (payload limit)
    for (const { b, range, fills } of reads) {
      const s = out[b.sheet]!;
      s.values.push(...range.values.map((r) => r.map((v) => (v === '' ? null : (v as string | number | boolean)))));
      s.numberFormats!.push(...(range.numberFormat as string[][]));
      if (fills) s.fills!.push(...(fills.value as FillProps[][]).map((r) => r.map(officeFill)));
    }
  }
  far.forEach((areas, i) => {
    // Loaded with the first cells read above; a part without such cells gives a null object.
    const n = areas.reduce((sum, a) => sum + (a.isNullObject ? 0 : a.cellCount), 0);
    if (areas.length && n > 0) out[i]!.skipped = { count: n, first: out[i]!.skipped!.first };
  });
  if (withMerges) {
    merged.forEach((m, i) => {
      // Loaded with the first cell read above; a sheet without merged areas gives a null object.
      out[i]!.merges = m.isNullObject ? [] : m.address.split(',').map((a) => a.slice(a.lastIndexOf('!') + 1).replace(/\$/g, ''));
    });
  }
  return { sheets: out };
}
