/** A sheet snapshot seen as an absolute grid (0-based sheet rows/columns), with displayed text per cell. */
import type { SheetSnapshot, CellValue } from '../model/snapshot';
import { cellAmount, type Amount } from '../money';
import { labelKey } from '../text';

export class Grid {
  readonly rows: number;
  readonly cols: number;
  /** Caches by row, then column (each row's array made on first use): recognition asks for the same cells many times. */
  private readonly keys: (string | undefined)[][] = [];
  private readonly amounts: (Amount | undefined)[][] = [];
  constructor(readonly sheet: SheetSnapshot) {
    this.rows = sheet.origin.row + sheet.values.length;
    this.cols = sheet.origin.col + sheet.values.reduce((m, r) => Math.max(m, r.length), 0);
  }
  value(row: number, col: number): CellValue {
    return this.sheet.values[row - this.sheet.origin.row]?.[col - this.sheet.origin.col] ?? null;
  }
  text(row: number, col: number): string {
    const t = this.sheet.texts?.[row - this.sheet.origin.row]?.[col - this.sheet.origin.col];
    if (t !== undefined && t !== null && t !== '') return String(t);
    const v = this.value(row, col);
    return v === null || v === undefined ? '' : String(v);
  }
  /** Normalised label of a cell (cached: recognition asks for the same cells many times). */
  key(row: number, col: number): string {
    const r = row - this.sheet.origin.row;
    const c = col - this.sheet.origin.col;
    const cached = this.keys[r]?.[c];
    if (cached !== undefined) return cached;
    const v = this.value(row, col);
    const k = v === null || v === '' ? (this.sheet.texts ? labelKey(this.text(row, col)) : '') : labelKey(this.text(row, col));
    if (r >= 0 && c >= 0) (this.keys[r] ??= [])[c] = k;
    return k;
  }
  amount(row: number, col: number): Amount {
    const r = row - this.sheet.origin.row;
    const c = col - this.sheet.origin.col;
    const cached = this.amounts[r]?.[c];
    if (cached !== undefined) return cached;
    const a = cellAmount(this.sheet.values[r]?.[c] ?? null, this.sheet.numberFormats?.[r]?.[c], this.sheet.texts?.[r]?.[c]);
    if (r >= 0 && c >= 0) (this.amounts[r] ??= [])[c] = a;
    return a;
  }
  /** Columns [from, to) a table placed beside another is read within (the whole width unless `window` made it). */
  protected colFrom = 0;
  protected colTo = Infinity;
  /** The same grid (same caches) seen through columns [from, to): a table that shares its rows with another. */
  window(from: number, to: number): Grid {
    const w = Object.create(this) as Grid;
    w.colFrom = from;
    w.colTo = to;
    return w;
  }
  /** Non-empty cells of a row as [col, key] (within the window). */
  rowKeys(row: number): [number, string][] {
    const out: [number, string][] = [];
    const end = Math.min(this.colTo, this.sheet.origin.col + (this.sheet.values[row - this.sheet.origin.row]?.length ?? 0));
    for (let c = Math.max(this.sheet.origin.col, this.colFrom); c < end; c++) {
      const k = this.key(row, c);
      if (k) out.push([c, k]);
    }
    return out;
  }
}
