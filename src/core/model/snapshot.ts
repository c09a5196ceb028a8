/**
 * The workbook snapshot: what the core reads. Adapters (Office.js, ExcelJS, the preview host) produce it
 * in one batch; the core never sees Office, the DOM or the file system.
 */

/** A cell value as stored: a number, a string, a boolean or blank (null). */
export type CellValue = string | number | boolean | null;

import type { FillState } from './plan';

export interface SheetSnapshot {
  name: string;
  /** 0-based row/column of values[0][0] (a used range need not start at A1). */
  origin: { row: number; col: number };
  /** Stored values of the used range, row-major. */
  values: CellValue[][];
  /** Number formats of the same cells (same shape as values), when the adapter read them. */
  numberFormats?: string[][];
  /** Displayed text of the same cells, when the adapter read it. */
  texts?: string[][];
  /** Merged areas as A1 ranges ("A1:M1"), when the host can report them. */
  merges?: string[];
  /** Fills of the same cells (null = No Fill), when the adapter read them. */
  fills?: (FillState | null)[][];
  visibility?: 'visible' | 'hidden' | 'veryHidden';
  /**
   * Cells the reader left out because they lie far outside any table (a stray cell at XFD1048576): said, not read.
   * `atLeast`: the host could not count them cheaply, `count` is a lower bound.
   */
  skipped?: { count: number; first: string; atLeast?: boolean };
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

/** A cheap first look (no string building): some text cell of the sheet contains `word`. */
export function mentions(s: SheetSnapshot, word: string): boolean {
  return s.values.some((row) => row.some((v) => typeof v === 'string' && v.includes(word)));
}
