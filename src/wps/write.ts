/**
 * WPS 表格 adapter, write side: applies an edit plan through the ET object model. The caller turns
 * ScreenUpdating off around it (wps-host.ts). Values go in by rectangular blocks (one `Value2` per new sheet, banded
 * when large; cell writes by runs down a column), never cell by cell where a block will do; fills by multi-area
 * ranges. Text stays text: a string WPS would take for a formula
 * or a number gets the text format "@" on its own cells before the block is written, as in the Office adapter.
 */
/// <reference types="et-jsapi-declare" />
import { columnLetter, parseCell, rangeAddress } from '../core/a1';
import type { CellStyle, CellWrite, EditPlan, FillOp, NewSheet } from '../core/model/plan';
import { needsTextFormat } from '../office/apply-plan';
import { toBgr, val, workbookOf, XL } from './read';

/** Cells per Value2 block: a whole template sheet in one call; a very large one in a few. */
const BLOCK_CELLS = 50_000;
/** Range("A1,B2,…") takes an address of at most 255 characters (as in VBA). */
export const MAX_AREA_ADDRESS = 255;

const H_ALIGN = { left: -4131, center: -4108, right: -4152 } as const;
const V_ALIGN = { top: -4160, center: -4108, bottom: -4107 } as const;

function style(r: Et.Range, s: CellStyle): void {
  if (s.bold !== undefined || s.fontSize || s.fontName) {
    const f = r.Font;
    if (s.bold !== undefined) f.Bold = s.bold;
    if (s.fontSize) f.Size = s.fontSize;
    if (s.fontName) f.Name = s.fontName;
  }
  if (s.hAlign) r.HorizontalAlignment = H_ALIGN[s.hAlign];
  if (s.vAlign) r.VerticalAlignment = V_ALIGN[s.vAlign];
  if (s.wrap !== undefined) r.WrapText = s.wrap;
  if (s.border) r.Borders.LineStyle = 1; // xlContinuous: edges and inside lines
  if (s.numberFormat) r.NumberFormat = s.numberFormat;
}

/** Addresses joined into multi-area references that each stay within MAX_AREA_ADDRESS. */
export function areaGroups(cells: readonly string[], max = MAX_AREA_ADDRESS): string[] {
  const out: string[] = [];
  let cur = '';
  for (const c of cells) {
    if (cur && cur.length + 1 + c.length > max) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${c}` : c;
  }
  if (cur) out.push(cur);
  return out;
}

function writeValues(ws: Et.Worksheet, spec: NewSheet): void {
  const rows = spec.values.length;
  const cols = spec.values.reduce((m, r) => Math.max(m, r.length), 1);
  const full = spec.values.map((r) =>
    Array.from({ length: cols }, (_, c) => (r[c] === null || r[c] === undefined ? null : spec.textOnly ? String(r[c]) : r[c])),
  );
  const band = Math.max(1, Math.floor(BLOCK_CELLS / cols));
  const last = columnLetter(cols - 1);
  for (let r0 = 0; r0 < rows; r0 += band) {
    const part = full.slice(r0, r0 + band);
    const block = ws.Range(`A${r0 + 1}:${last}${r0 + part.length}`);
    if (spec.textOnly) block.NumberFormat = '@';
    else {
      const text: string[] = [];
      part.forEach((row, i) => row.forEach((v, c) => needsTextFormat(v) && text.push(`${columnLetter(c)}${r0 + i + 1}`)));
      for (const a of areaGroups(text)) ws.Range(a).NumberFormat = '@';
    }
    block.Value2 = part;
  }
}

function addSheet(app: WPSMergedRoot, spec: NewSheet, styles: EditPlan['styles'], pageSetup: boolean): void {
  const sheets = workbookOf(app).Worksheets;
  const ws = sheets.Add(undefined, sheets.Item(val(sheets, 'Count')));
  ws.Name = spec.name;
  if (spec.values.length > 0) writeValues(ws, spec);
  // One multi-area range per style (within the 255-character address limit): a style is set once, not per block.
  const byStyle = new Map<string, string[]>();
  for (const f of spec.formats) {
    if (!styles[f.style]) throw new Error(`编辑计划引用了未定义的样式：${f.style}`);
    byStyle.set(f.style, [...(byStyle.get(f.style) ?? []), f.address]);
  }
  for (const [name, addresses] of byStyle) for (const a of areaGroups(addresses)) style(ws.Range(a), styles[name]!);
  for (const m of spec.merges) ws.Range(m).Merge(false);
  spec.columnWidths.forEach((w, c) => {
    const col = columnLetter(c);
    ws.Range(`${col}:${col}`).ColumnWidth = w; // WPS, like VBA, takes characters (Office.js takes points)
  });
  for (const [r, h] of Object.entries(spec.rowHeights ?? {})) ws.Range(`${Number(r) + 1}:${Number(r) + 1}`).RowHeight = h;
  if (spec.freeze?.rows) {
    ws.Activate(); // ActiveWindow applies to the active sheet only
    const win = app.ActiveWindow;
    win.SplitColumn = 0;
    win.SplitRow = spec.freeze.rows;
    win.FreezePanes = true;
  }
  if (spec.print && pageSetup) {
    const p = ws.PageSetup;
    p.Orientation = spec.print.landscape ? 2 : 1;
    if (spec.print.fitToWidth) {
      p.Zoom = false as unknown as number;
      p.FitToPagesWide = 1;
      p.FitToPagesTall = false as unknown as number;
    }
    if (spec.print.printTitleRows) p.PrintTitleRows = spec.print.printTitleRows;
  }
  // Last: a very hidden sheet could not be activated for its panes.
  if (spec.visibility === 'veryHidden') ws.Visible = XL.veryHidden;
  else if (spec.visibility === 'hidden') ws.Visible = XL.hidden;
}

function fill(sheets: Et.Sheets, op: FillOp): void {
  const ws = sheets.Item(op.sheet) as Et.Worksheet;
  for (const a of areaGroups(op.cells)) {
    const it = ws.Range(a).Interior;
    if (op.fill === null || op.fill.color === null) it.ColorIndex = XL.none;
    else {
      it.Color = toBgr(op.fill.color);
      if (typeof op.fill.tintAndShade === 'number' && op.fill.tintAndShade !== 0) it.TintAndShade = op.fill.tintAndShade;
    }
  }
}

/**
 * Cell writes gathered into runs of consecutive rows of one column (a filled 科目名称 column is one run), in plan
 * order; a cell written twice starts a new run so the later value wins, as written one by one.
 */
export function writeRuns(writes: readonly CellWrite[]): { sheet: string; col: number; row: number; values: CellWrite['value'][] }[] {
  const runs: { sheet: string; col: number; row: number; values: CellWrite['value'][] }[] = [];
  const open = new Map<string, (typeof runs)[number]>();
  for (const w of writes) {
    const { row, col } = parseCell(w.cell);
    const key = `${w.sheet}\u0000${col}`;
    const run = open.get(key);
    if (run && run.row + run.values.length === row) run.values.push(w.value);
    else {
      const fresh = { sheet: w.sheet, col, row, values: [w.value] };
      runs.push(fresh);
      open.set(key, fresh);
    }
  }
  return runs;
}

/**
 * Applies `plan` in the order the Office adapter does: deletions, new sheets, fills, cell writes; then shows the
 * first new visible sheet — or, when only hidden sheets were added, the sheet the user was on (Add activates).
 */
export function applyPlan(app: WPSMergedRoot, plan: EditPlan, pageSetup = true): void {
  const sheets = workbookOf(app).Worksheets;
  const adding = plan.addSheets.length > 0;
  const before = adding ? val(app.ActiveSheet as Et.Worksheet, 'Name') : null;
  for (const name of plan.deleteSheets ?? []) {
    const ws = sheets.Item(name) as Et.Worksheet;
    ws.Visible = XL.visible; // a very hidden sheet is made visible before it goes, as in the Office adapter
    ws.Delete();
  }
  for (const s of plan.addSheets) addSheet(app, s, plan.styles, pageSetup);
  for (const op of plan.fills ?? []) fill(sheets, op);
  for (const run of writeRuns(plan.writes ?? [])) {
    const ws = sheets.Item(run.sheet) as Et.Worksheet;
    const text = run.values.map((v, i) => (needsTextFormat(v) ? `${columnLetter(run.col)}${run.row + i + 1}` : '')).filter(Boolean);
    for (const a of areaGroups(text)) ws.Range(a).NumberFormat = '@';
    const last = run.row + run.values.length - 1;
    const r = ws.Range(rangeAddress(run.row, run.col, last, run.col));
    r.Value2 = (run.values.length === 1 ? run.values[0] : run.values.map((v) => [v])) as string;
  }
  const firstVisible = plan.addSheets.find((s) => s.visibility !== 'veryHidden' && s.visibility !== 'hidden');
  if (firstVisible) (sheets.Item(firstVisible.name) as Et.Worksheet).Activate();
  else if (before !== null) (sheets.Item(String(before)) as Et.Worksheet).Activate();
}
