/**
 * ExcelJS port, write side: applies an edit plan to a workbook in memory (the CLI then saves a new file).
 * Mirrors the Office.js adapter so the same plan gives the same sheets in Excel and in .xlsx files.
 */
import type ExcelJS from 'exceljs';
import { parseRange } from '../core/a1';
import type { CellStyle, EditPlan, FillOp, NewSheet } from '../core/model/plan';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

function styleCell(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.bold || s.fontSize || s.fontName) {
    cell.font = { ...(cell.font ?? {}), bold: s.bold ?? false, size: s.fontSize ?? 11, name: s.fontName ?? '宋体' };
  }
  if (s.hAlign || s.vAlign || s.wrap) {
    cell.alignment = {
      horizontal: s.hAlign,
      vertical: s.vAlign === 'center' ? 'middle' : s.vAlign,
      wrapText: s.wrap ?? false,
    };
  }
  if (s.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.numberFormat) cell.numFmt = s.numberFormat;
}

function addSheet(wb: ExcelJS.Workbook, spec: NewSheet, styles: EditPlan['styles']): void {
  const ws = wb.addWorksheet(spec.name, {
    views: spec.freeze ? [{ state: 'frozen', ySplit: spec.freeze.rows, xSplit: spec.freeze.columns }] : [],
    pageSetup: spec.print
      ? {
          orientation: spec.print.landscape ? 'landscape' : 'portrait',
          fitToPage: spec.print.fitToWidth,
          fitToWidth: 1,
          fitToHeight: 0,
          paperSize: 9,
          printTitlesRow: spec.print.printTitleRows?.replace(/\$/g, ''),
        }
      : undefined,
  });
  spec.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  spec.values.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (spec.textOnly) cell.numFmt = '@';
      cell.value = spec.textOnly ? String(v) : v;
    });
  });
  if (spec.visibility === 'veryHidden' || spec.visibility === 'hidden') ws.state = spec.visibility;
  for (const f of spec.formats) {
    const s = styles[f.style];
    if (!s) throw new Error(`编辑计划引用了未定义的样式：${f.style}`);
    const g = parseRange(f.address);
    for (let r = g.r0; r <= g.r1; r++) for (let c = g.c0; c <= g.c1; c++) styleCell(ws.getCell(r + 1, c + 1), s);
  }
  for (const m of spec.merges) ws.mergeCells(m);
  for (const [r, h] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(r) + 1).height = h;
}

function applyFill(wb: ExcelJS.Workbook, op: FillOp): void {
  const ws = wb.getWorksheet(op.sheet);
  if (!ws) return;
  for (const address of op.cells) {
    const cell = ws.getCell(address);
    const style = { ...cell.style };
    if (op.fill === null) delete style.fill;
    else if (op.fill.raw) style.fill = JSON.parse(JSON.stringify(op.fill.raw)) as ExcelJS.Fill;
    else style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${(op.fill.color ?? '#FFFFFF').slice(1).toUpperCase()}` } };
    cell.style = style;
  }
}

/** Applies the plan. Throws before touching the workbook if a new sheet name already exists. */
export function applyPlanToWorkbook(wb: ExcelJS.Workbook, plan: EditPlan): void {
  const deleting = new Set((plan.deleteSheets ?? []).map((n) => n.toLowerCase()));
  const existing = new Set(wb.worksheets.map((w) => w.name.toLowerCase()).filter((n) => !deleting.has(n)));
  for (const s of plan.addSheets) {
    if (existing.has(s.name.toLowerCase())) throw new Error(`工作表“${s.name}”已存在，未做任何修改`);
  }
  for (const name of plan.deleteSheets ?? []) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  for (const s of plan.addSheets) addSheet(wb, s, plan.styles);
  for (const op of plan.fills ?? []) applyFill(wb, op);
  for (const w of plan.writes ?? []) {
    const ws = wb.getWorksheet(w.sheet);
    if (ws) ws.getCell(w.cell).value = w.value === '' ? null : w.value;
  }
}
