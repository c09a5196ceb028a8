/** A sheet snapshot seen as an absolute grid (0-based sheet rows/columns), with displayed text per cell. */
import type { SheetSnapshot, CellValue } from '../model/snapshot';
import { cellAmount, type Amount } from '../money';
import { labelKey } from '../text';

export class Grid {
  readonly rows: number;
  readonly cols: number;
  private readonly keys = new Map<number, string>();
  private readonly amounts = new Map<number, Amount>();
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
    const id = row * 16384 + col;
    let k = this.keys.get(id);
    if (k === undefined) {
      const v = this.value(row, col);
      k = v === null || v === '' ? (this.sheet.texts ? labelKey(this.text(row, col)) : '') : labelKey(this.text(row, col));
      this.keys.set(id, k);
    }
    return k;
  }
  amount(row: number, col: number): Amount {
    const id = row * 16384 + col;
    let a = this.amounts.get(id);
    if (a === undefined) {
      const r = row - this.sheet.origin.row;
      const c = col - this.sheet.origin.col;
      a = cellAmount(this.sheet.values[r]?.[c] ?? null, this.sheet.numberFormats?.[r]?.[c], this.sheet.texts?.[r]?.[c]);
      this.amounts.set(id, a);
    }
    return a;
  }
  /** Non-empty cells of a row as [col, key]. */
  rowKeys(row: number): [number, string][] {
    const out: [number, string][] = [];
    const end = this.sheet.origin.col + (this.sheet.values[row - this.sheet.origin.row]?.length ?? 0);
    for (let c = this.sheet.origin.col; c < end; c++) {
      const k = this.key(row, c);
      if (k) out.push([c, k]);
    }
    return out;
  }
}
