/**
 * In-memory workbook behind the Office.js fake: sheets of sparse cells with value, number format and format.
 * The preview host shows it as a grid; tests inspect it. It knows nothing of budgets.
 */
import { cellAddress, parseRange, type RangeRef } from '../../core/a1';

export type FakeValue = string | number | boolean;

export interface FakeCellFormat {
  bold?: boolean;
  fontSize?: number;
  fontName?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  fill?: string | null;
  borders?: Record<string, string>;
}

export interface FakeCell {
  value: FakeValue | null;
  /** Set when a string written as a value was taken for a formula (as Excel does unless the cell is formatted "@"). */
  formula?: string;
  numberFormat: string;
  format: FakeCellFormat;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  merges: RangeRef[] = [];
  freezeRows = 0;
  columnWidths: Record<number, number> = {};
  rowHeights: Record<number, number> = {};
  page: { orientation?: string; zoom?: Record<string, number>; printTitleRows?: string } = {};
  visibility = 'Visible';
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell {
    const key = cellAddress(row, col);
    let c = this.cells.get(key);
    if (!c) {
      c = { value: null, numberFormat: 'General', format: {} };
      this.cells.set(key, c);
    }
    return c;
  }

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(cellAddress(row, col));
  }

  /** Smallest range holding every non-blank value (or any formatted cell when valuesOnly is false), within `inside`. */
  usedRange(valuesOnly: boolean, inside?: RangeRef): RangeRef | null {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    for (const [addr, c] of this.cells) {
      if (valuesOnly && (c.value === null || c.value === '')) continue;
      const g = parseRange(addr);
      if (inside && (g.r0 < inside.r0 || g.r0 > inside.r1 || g.c0 < inside.c0 || g.c0 > inside.c1)) continue;
      r0 = Math.min(r0, g.r0);
      c0 = Math.min(c0, g.c0);
      r1 = Math.max(r1, g.r0);
      c1 = Math.max(c1, g.c0);
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  activeSheet = 0;
  settings = new Map<string, unknown>();
  selection: { sheet: string; cell: string } | null = null;
  private listeners = new Set<() => void>();
  /** worksheets.onChanged handlers registered through the fake API. */
  readonly changeHandlers = new Set<(e: { worksheetId: string; address: string; changeType: string }) => void>();

  /** A cell typed by the user (preview grid): writes the value and raises onChanged, as Excel does. */
  userEdit(sheet: string, row: number, col: number, value: string | number | null): void {
    const s = this.sheet(sheet);
    if (!s) return;
    s.cell(row, col).value = value;
    this.notify();
    for (const h of this.changeHandlers) h({ worksheetId: sheet, address: `${row},${col}`, changeType: 'RangeEdited' });
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  notify(): void {
    for (const fn of this.listeners) fn();
  }
}
