/** A sheet snapshot seen as an absolute grid (0-based sheet rows/columns), with displayed text per cell. */
import type { SheetSnapshot, CellValue } from '../model/snapshot';
import { cellAmount, type Amount } from '../money';
import { labelKey } from '../text';

export class Grid {
  readonly rows: number;
  readonly cols: number;
  constructor(readonly sheet: SheetSnapshot) {
    this.rows = sheet.origin.row + sheet.values.length;
    this.cols = sheet.origin.col + Math.max(0, ...sheet.values.map((r) => r.length));
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
  key(row: number, col: number): string {
    return labelKey(this.text(row, col));
  }
  amount(row: number, col: number): Amount {
    const r = row - this.sheet.origin.row;
    const c = col - this.sheet.origin.col;
    return cellAmount(this.sheet.values[r]?.[c] ?? null, this.sheet.numberFormats?.[r]?.[c], this.sheet.texts?.[r]?.[c]);
  }
  /** Non-empty cells of a row as [col, key]. */
  rowKeys(row: number): [number, string][] {
    const out: [number, string][] = [];
    for (let c = this.sheet.origin.col; c < this.cols; c++) {
      const k = this.key(row, c);
      if (k) out.push([c, k]);
    }
    return out;
  }
}
