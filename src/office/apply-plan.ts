/**
 * Office.js port, write side: queues a whole edit plan on one request context; the caller syncs once.
 * Kept thin: no domain logic, only the mapping from plan to Excel API calls. Every call above ExcelApi 1.1 is made
 * only where the host has it (requirements.ts): merges, widths and hiding 1.2, freeze panes 1.7, page setup and fill
 * patterns 1.9; without them the plan's values, formats and fills are still written whole.
 */
import { columnLetter, parseRange } from '../core/a1';
import type { CellStyle, EditPlan, FillOp, NewSheet } from '../core/model/plan';
import { Batch, BUDGET, sentBytes } from './payload';
import { ALL_CAPABILITIES, type Capabilities } from './requirements';

/** What a write may use: the host's capabilities, or (older callers) true = ExcelApi 1.9+, false = 1.7–1.8. */
export type WriteCaps = Capabilities | boolean;
const capsOf = (c: WriteCaps): Capabilities =>
  typeof c === 'boolean'
    ? c
      ? ALL_CAPABILITIES
      : { ...ALL_CAPABILITIES, originalFills: false, printSetup: false, changeEvents: false, ownChangeFlag: false, multiSelect: false }
    : c;

/** Excel column width in points for a width in characters (Calibri 11: 8.43 chars ≈ 48 pt). */
export const charsToPoints = (chars: number) => Math.round(chars * 5.7 * 100) / 100;

const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;
const BORDERS = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

function queueStyle(range: Excel.Range, s: CellStyle, rows: number, cols: number): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.fontSize) f.font.size = s.fontSize;
  if (s.fontName) f.font.name = s.fontName;
  if (s.hAlign) f.horizontalAlignment = H_ALIGN[s.hAlign] as Excel.HorizontalAlignment;
  if (s.vAlign) f.verticalAlignment = V_ALIGN[s.vAlign] as Excel.VerticalAlignment;
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.border) for (const b of BORDERS) f.borders.getItem(b).style = 'Continuous' as Excel.BorderLineStyle;
  if (s.numberFormat) range.numberFormat = Array.from({ length: rows }, () => Array.from({ length: cols }, () => s.numberFormat!));
}

/**
 * Text stays text: Excel takes a string written to `values` for a formula when it starts with = + - or @, and for a
 * number when it reads as one. Such strings (a 部门职责 line, a sheet name like "=1+1", a 科目名称 from an imported
 * list, a code with leading zeros) get the text number format "@" on exactly their cells, queued before the values
 * in the same batch. "@" rather than a leading apostrophe: the format is documented API behaviour and leaves the
 * stored string exactly as given; other cells keep their format (null entries in the matrix change nothing).
 */
export function needsTextFormat(v: unknown): boolean {
  if (typeof v !== 'string' || v === '') return false;
  if (/^[=+\-@]/.test(v)) return true;
  const t = v.trim();
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) && String(Number(t)) !== t;
}

/** Values of a new sheet in row bands, each band's request under the payload budget. */
async function queueValues(ws: Excel.Worksheet, spec: NewSheet, batch: Batch): Promise<void> {
  const rows = spec.values.length;
  const cols = spec.values.reduce((m, r) => Math.max(m, r.length), 1);
  const full = spec.values.map((r) =>
    Array.from({ length: cols }, (_, c) => (r[c] === null || r[c] === undefined ? null : spec.textOnly ? String(r[c]) : r[c])),
  );
  const perRow = Math.max(1, sentBytes(full) / Math.max(1, rows)) * 2; // values + the format matrix
  const band = Math.max(1, Math.floor(BUDGET / 2 / perRow));
  for (let r0 = 0; r0 < rows; r0 += band) {
    const part = full.slice(r0, r0 + band);
    await batch.room(sentBytes(part) * 2);
    const range = ws.getRange(`A${r0 + 1}:${columnLetter(cols - 1)}${r0 + part.length}`);
    if (spec.textOnly) range.numberFormat = part.map((r) => r.map(() => '@'));
    else if (part.some((r) => r.some(needsTextFormat)))
      range.numberFormat = part.map((r) => r.map((v) => (needsTextFormat(v) ? '@' : null))) as unknown as string[][];
    range.values = part as unknown as (string | number | boolean)[][];
  }
}

async function queueSheet(
  ctx: Excel.RequestContext,
  spec: NewSheet,
  styles: EditPlan['styles'],
  caps: Capabilities,
  batch: Batch,
): Promise<void> {
  await batch.room(256);
  const ws = ctx.workbook.worksheets.add(spec.name);
  if (spec.values.length > 0) await queueValues(ws, spec, batch);
  await batch.room(128 * (spec.formats.length + spec.merges.length + spec.columnWidths.length + 8));
  if (caps.layout && spec.visibility === 'veryHidden') ws.visibility = 'VeryHidden' as Excel.SheetVisibility;
  else if (caps.layout && spec.visibility === 'hidden') ws.visibility = 'Hidden' as Excel.SheetVisibility;
  for (const f of spec.formats) {
    const s = styles[f.style];
    if (!s) throw new Error(`编辑计划引用了未定义的样式：${f.style}`);
    const g = parseRange(f.address);
    queueStyle(ws.getRange(f.address), s, g.r1 - g.r0 + 1, g.c1 - g.c0 + 1);
  }
  if (caps.layout) {
    for (const m of spec.merges) ws.getRange(m).merge(false);
    spec.columnWidths.forEach((w, c) => {
      const col = columnLetter(c);
      ws.getRange(`${col}:${col}`).format.columnWidth = charsToPoints(w);
    });
    for (const [r, h] of Object.entries(spec.rowHeights ?? {})) ws.getRange(`${Number(r) + 1}:${Number(r) + 1}`).format.rowHeight = h;
  }
  if (spec.freeze?.rows && caps.freezePanes) ws.freezePanes.freezeRows(spec.freeze.rows);
  if (spec.print && caps.printSetup) {
    ws.pageLayout.orientation = (spec.print.landscape ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
    if (spec.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1 };
    if (spec.print.printTitleRows) ws.pageLayout.setPrintTitleRows(spec.print.printTitleRows);
  }
}

async function queueFill(ctx: Excel.RequestContext, op: FillOp, caps: Capabilities, batch: Batch): Promise<void> {
  const api19 = caps.originalFills;
  const ws = ctx.workbook.worksheets.getItem(op.sheet);
  for (const address of op.cells) {
    await batch.room(160 + sentBytes(op.sheet));
    const range = ws.getRange(address);
    if (op.fill === null || op.fill.color === null) range.format.fill.clear();
    else {
      range.format.fill.color = op.fill.color;
      if (api19 && op.fill.pattern && op.fill.pattern !== 'Solid') range.format.fill.pattern = op.fill.pattern as Excel.FillPattern;
      if (api19 && typeof op.fill.tintAndShade === 'number' && op.fill.tintAndShade !== 0)
        range.format.fill.tintAndShade = op.fill.tintAndShade;
    }
  }
}

/**
 * Writes the plan: one round trip for a plan of ordinary size, one more per ~4 MB beyond it (Excel on the web's
 * payload limit). `writeCaps`: what the host has (requirements.ts). Returns the round trips used.
 */
export async function writePlan(ctx: Excel.RequestContext, plan: EditPlan, writeCaps: WriteCaps): Promise<number> {
  const caps = capsOf(writeCaps);
  const batch = new Batch(ctx);
  for (const name of plan.deleteSheets ?? []) {
    await batch.room(256);
    const ws = ctx.workbook.worksheets.getItem(name);
    if (caps.layout) ws.visibility = 'Visible' as Excel.SheetVisibility; // a very hidden sheet cannot be deleted as it is
    ws.delete();
  }
  for (const s of plan.addSheets) await queueSheet(ctx, s, plan.styles, caps, batch);
  for (const op of plan.fills ?? []) await queueFill(ctx, op, caps, batch);
  for (const w of plan.writes ?? []) {
    await batch.room(256 + sentBytes(w));
    const range = ctx.workbook.worksheets.getItem(w.sheet).getRange(w.cell);
    if (needsTextFormat(w.value)) range.numberFormat = [['@']];
    range.values = [[w.value]];
  }
  const firstVisible = plan.addSheets.find((s) => s.visibility !== 'veryHidden');
  if (firstVisible) {
    await batch.room(128);
    ctx.workbook.worksheets.getItem(firstVisible.name).activate();
  }
  await batch.room(1);
  await batch.flush();
  return batch.syncs;
}
