/**
 * Preview host only: 保存为 .xlsx. The in-memory workbook (values, number formats, bold/alignment/borders, fills,
 * merges, widths, hidden and very hidden sheets — the add-in's marks and 出错说明 among them) becomes one edit plan,
 * written by the same ExcelJS writer the CLI uses (src/xlsx/apply-plan.ts), so a whole session can be done and
 * reopened without Excel. Text stays text: a value that starts with "=" is written as a string, never a formula.
 */
import { cellAddress, parseRange } from '../core/a1';
import type { CellStyle, EditPlan, FillOp, NewSheet } from '../core/model/plan';
import type { CellValue } from '../core/model/snapshot';
import type { FakeSheet, FakeWorkbook } from '../office/fake/model';
import { applyPlanToWorkbook } from '../xlsx/apply-plan';

const VISIBILITY: Record<string, NewSheet['visibility']> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };
const H_ALIGN: Record<string, CellStyle['hAlign']> = { Left: 'left', Center: 'center', Right: 'right' };

function sheetPlan(s: FakeSheet, styles: Record<string, CellStyle>, fills: FillOp[]): NewSheet {
  const used = s.usedRange(false);
  const values: CellValue[][] = [];
  const formats: NewSheet['formats'] = [];
  const byColor = new Map<string, string[]>();
  for (const [address, c] of s.cells) {
    const { r0, c0 } = parseRange(address);
    (values[r0] ??= [])[c0] = c.value;
    const style: CellStyle = {
      ...(c.format.bold ? { bold: true } : {}),
      ...(c.format.hAlign && H_ALIGN[c.format.hAlign] ? { hAlign: H_ALIGN[c.format.hAlign] } : {}),
      ...(c.format.wrap ? { wrap: true } : {}),
      ...(c.format.borders ? { border: true } : {}),
      ...(c.numberFormat && c.numberFormat !== 'General' ? { numberFormat: c.numberFormat } : {}),
    };
    const key = JSON.stringify(style);
    if (key !== '{}') {
      styles[key] = style;
      formats.push({ address, style: key });
    }
    if (c.format.fill) byColor.set(c.format.fill, [...(byColor.get(c.format.fill) ?? []), address]);
  }
  for (const [color, cells] of byColor) fills.push({ sheet: s.name, cells, fill: { color } });
  const rows = used ? used.r1 + 1 : 0;
  const width = used ? used.c1 + 1 : 0;
  const rect = Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => values[r]?.[c] ?? null));
  const columnWidths = Array.from({ length: width }, (_, i) => (s.columnWidths[i] ? Math.round(s.columnWidths[i]! / 5.7) : 9));
  return {
    name: s.name,
    values: rect,
    merges: s.merges.map((m) => `${cellAddress(m.r0, m.c0)}:${cellAddress(m.r1, m.c1)}`),
    formats,
    columnWidths,
    visibility: VISIBILITY[s.visibility] ?? 'visible',
  };
}

export function modelPlan(model: FakeWorkbook): EditPlan {
  const styles: Record<string, CellStyle> = {};
  const fills: FillOp[] = [];
  const addSheets = model.sheets.map((s) => sheetPlan(s, styles, fills));
  return { description: '保存为 .xlsx', styles, addSheets, fills };
}

/** The .xlsx bytes of the in-memory workbook. */
export async function saveModelAsXlsx(model: FakeWorkbook): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = '预算公开助手';
  applyPlanToWorkbook(wb, modelPlan(model));
  return new Uint8Array(await wb.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}
