/**
 * The edit plan: what the core returns. An adapter applies one plan in one write batch.
 * Everything is explicit (addresses, values, styles) so that applying it needs no domain knowledge.
 */
import type { CellValue } from './snapshot';

export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'center' | 'bottom';

/** A named cell style. Fonts are the conventional ones of the printed tables. */
export interface CellStyle {
  bold?: boolean;
  fontSize?: number;
  fontName?: string;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  /** Thin borders around and inside the range. */
  border?: boolean;
  numberFormat?: string;
}

export interface StyledRange {
  /** A1 range on the sheet, e.g. "A3:E5". */
  address: string;
  style: string;
}

/** A new worksheet, fully described. */
export interface NewSheet {
  name: string;
  /** Rectangular values starting at A1; null = leave blank. */
  values: CellValue[][];
  merges: string[];
  formats: StyledRange[];
  /** Column widths in characters (Excel's unit); adapters convert. */
  columnWidths: number[];
  /** Row heights in points, by 0-based row; absent rows keep the default. */
  rowHeights?: Record<number, number>;
  freeze?: { rows: number; columns: number };
  print?: { landscape: boolean; fitToWidth: boolean; printTitleRows?: string };
  /** Internal sheets are very hidden (the stored original fills of marked cells). */
  visibility?: 'visible' | 'hidden' | 'veryHidden';
  /** Cells written as text (number format "@"), e.g. stored addresses. */
  textOnly?: boolean;
}

/** Fill of a cell: a colour, or No Fill (color null). `raw` carries an adapter's own exact form for restoring. */
export interface FillState {
  color: string | null;
  pattern?: string | null;
  tintAndShade?: number | null;
  raw?: unknown;
}

/** Set (or restore) the fill of cells on an existing sheet; fill null = No Fill (Excel's clear(), not white). */
export interface FillOp {
  sheet: string;
  cells: string[];
  fill: FillState | null;
}

export interface EditPlan {
  /** Short Chinese description for messages and the undo list. */
  description: string;
  styles: Record<string, CellStyle>;
  /** Removed first (internal sheets only, e.g. the stored marks). */
  deleteSheets?: string[];
  addSheets: NewSheet[];
  fills?: FillOp[];
  /** Values written into existing cells ('' clears a cell). */
  writes?: CellWrite[];
}

export interface CellWrite {
  sheet: string;
  cell: string;
  value: string | number | boolean;
}
