/** A1 addresses: column letters, cell and range addresses (0-based row/column indices in, "A1" out). */

/** Letters of the columns asked for so far (every cell address of a check asks: the same few columns). */
const LETTERS: string[] = [];

export function columnLetter(col: number): string {
  if (Number.isInteger(col) && col >= 0 && col < 16384) return (LETTERS[col] ??= letters(col));
  return letters(col);
}

function letters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeAddress(r0: number, c0: number, r1: number, c1: number): string {
  const a = cellAddress(r0, c0);
  const b = cellAddress(r1, c1);
  return a === b ? a : `${a}:${b}`;
}

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** Parses "B3" (optionally with $ and a sheet prefix "Sheet1!B3"). */
export function parseCell(address: string): CellRef {
  const m = /^(?:.*!)?\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`不是有效的单元格地址：${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

/** Parses "A1:C3", "B2", whole columns "A:C" or whole rows "3:5" into a normalised range. */
export function parseRange(address: string): RangeRef {
  const body = (address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address).replace(/\$/g, '');
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(body);
  if (cols) {
    const [x, y] = [columnIndex(cols[1]!), columnIndex(cols[2]!)];
    return { r0: 0, r1: MAX_ROW, c0: Math.min(x, y), c1: Math.max(x, y) };
  }
  const rows = /^(\d+):(\d+)$/.exec(body);
  if (rows) {
    const [x, y] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    return { r0: Math.min(x, y), r1: Math.max(x, y), c0: 0, c1: MAX_COL };
  }
  const [a, b] = body.split(':');
  const p = parseCell(a!);
  const q = b ? parseCell(b) : p;
  return {
    r0: Math.min(p.row, q.row),
    c0: Math.min(p.col, q.col),
    r1: Math.max(p.row, q.row),
    c1: Math.max(p.col, q.col),
  };
}
