/**
 * Office.js port, read side: the workbook snapshot in one read batch of two round trips, constant in workbook
 * size — (1) the sheet list, (2) every sheet's used range at once (values, number formats, and fills through
 * getCellProperties where ExcelApi 1.9 exists). Never a sync per sheet or per cell.
 */
import type { FillState } from '../core/model/plan';
import type { SheetSnapshot, WorkbookSnapshot } from '../core/model/snapshot';

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

export async function readWorkbookSnapshot(ctx: Excel.RequestContext, withFills: boolean): Promise<WorkbookSnapshot> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await ctx.sync();
  const reads = sheets.items.map((ws) => {
    const used = ws.getUsedRange(true); // a blank sheet gives A1, never an error
    used.load('values,numberFormat,rowIndex,columnIndex');
    const fills = withFills ? used.getCellProperties({ format: { fill: { color: true, pattern: true, tintAndShade: true } } }) : null;
    return { ws, used, fills };
  });
  await ctx.sync();
  return {
    sheets: reads.map(({ ws, used, fills }): SheetSnapshot => {
      const visibility = ws.visibility === 'VeryHidden' ? 'veryHidden' : ws.visibility === 'Hidden' ? 'hidden' : 'visible';
      return {
        name: ws.name,
        origin: { row: used.rowIndex, col: used.columnIndex },
        values: used.values.map((r) => r.map((v) => (v === '' ? null : (v as string | number | boolean)))),
        numberFormats: used.numberFormat as string[][],
        fills: fills ? (fills.value as FillProps[][]).map((r) => r.map(officeFill)) : undefined,
        visibility,
      };
    }),
  };
}
