/**
 * Ranges are bounded before ExcelJS expands them. ExcelJS turns a merged area, a data validation's `sqref` and a
 * defined name into one entry per cell, and a `<col min max>` span into one column object per column: a whole-column
 * validation (`D1:O1048576`, as Excel writes it) or a whole-sheet merge is millions of objects, 40,000 merges are
 * checked pairwise for overlap (quadratic). Here, after the parts are parsed and before the worksheets are built:
 * - every range larger than SMALL_RANGE cells is clipped to the sheet's used extent (the cells it holds), or
 *   dropped when it lies wholly outside; whatever the spelling in the file ($, quotes, entities, whitespace: the
 *   XML parser has already decoded the attribute), the clipped range is what is used;
 * - data validations are parsed without expansion (our worksheet parser keeps large ranges aside: `deferLargeValidations`, set on that parser only) and
 *   expanded here over the clipped range;
 * - merges are applied in one pass (an overlap is found by the cells, not by comparing every pair);
 * - the cells all this will create are counted against the memory budget before any is created (`BudgetError`).
 * Only the reader's copy of the workbook changes: a marked copy keeps validations, merges and names within the
 * tables, the parts beyond the used extent are not carried into it.
 */
import { LIMITS } from './limits';

/** A range of at most this many cells is used as written (a table's merges, a validation on its amounts). */
export const SMALL_RANGE = 10_000;
/** Excel's sheet size. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const colOf = (letters: string): number => {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
};
const letters = (col: number): string => {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/**
 * "A1:B2", "$A$1:$B$2", "A:C", "3:5", " a1 ", "Sheet!A1:B2" → a box (1-based, inclusive), or null when it is not a
 * range. Whole columns and rows run to the sheet's edge.
 */
export function parseBox(text: string): Box | null {
  const body = (text.includes('!') ? text.slice(text.lastIndexOf('!') + 1) : text).replace(/[\s$]/g, '').toUpperCase();
  let m = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/.exec(body);
  if (m) {
    const [r0, c0] = [Number(m[2]), colOf(m[1]!)];
    const [r1, c1] = m[3] ? [Number(m[4]), colOf(m[3])] : [r0, c0];
    return { top: Math.min(r0, r1), left: Math.min(c0, c1), bottom: Math.max(r0, r1), right: Math.max(c0, c1) };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(body);
  if (m) {
    const [c0, c1] = [colOf(m[1]!), colOf(m[2]!)];
    return { top: 1, left: Math.min(c0, c1), bottom: MAX_ROWS, right: Math.max(c0, c1) };
  }
  m = /^(\d{1,7}):(\d{1,7})$/.exec(body);
  if (m) {
    const [r0, r1] = [Number(m[1]), Number(m[2])];
    return { top: Math.min(r0, r1), left: 1, bottom: Math.max(r0, r1), right: MAX_COLS };
  }
  return null;
}

export const area = (b: Box): number => (b.bottom - b.top + 1) * (b.right - b.left + 1);
export const boxText = (b: Box): string =>
  b.top === b.bottom && b.left === b.right ? `${letters(b.left)}${b.top}` : `${letters(b.left)}${b.top}:${letters(b.right)}${b.bottom}`;

/** The box clipped to the used extent (null when nothing of it is left); a small box is kept as it is. */
export function bounded(b: Box, used: { rows: number; cols: number }): Box | null {
  if (area(b) <= SMALL_RANGE) return b;
  const c = { top: b.top, left: b.left, bottom: Math.min(b.bottom, used.rows), right: Math.min(b.right, used.cols) };
  return c.bottom < c.top || c.right < c.left ? null : c;
}

// ---- data validations: parsed without expansion -------------------------------------------------------------

/** Where the parser keeps a validation's large ranges (a symbol: ExcelJS's by-address map never sees it). */
export const DEFERRED = Symbol('deferred validations');
type Deferred = { box: Box; dv: unknown }[];

interface ValidationsParser {
  _address: string;
  _dataValidation: { formulae?: unknown[]; operator?: unknown };
  model: Record<string | symbol, unknown>;
  parseClose(this: ValidationsParser, name: string): boolean;
}

/**
 * Sets on one ExcelJS DataValidationsXform instance (the one our reader's worksheet parser holds; the class stays as
 * it is): a range larger than SMALL_RANGE is kept aside (under DEFERRED) instead of being expanded address by address.
 */
export function deferLargeValidations(parser: unknown): void {
  const p = parser as ValidationsParser;
  const original = p.parseClose;
  p.parseClose = function parseClose(name: string): boolean {
    if (name !== 'dataValidation') return original.call(this, name);
    const large: Deferred = [];
    const small = (this._address ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .filter((addr) => {
        const b = parseBox(addr);
        if (!b || area(b) <= SMALL_RANGE) return true;
        large.push({ box: b, dv: this._dataValidation });
        return false;
      });
    this._address = small.join(' ');
    const done = original.call(this, name);
    // ExcelJS files a validation with no address left under "" (its split of an empty string): none here.
    if (!small.length) delete this.model[''];
    if (large.length) {
      const list = (this.model[DEFERRED] as Deferred | undefined) ?? [];
      if (!this.model[DEFERRED]) Object.defineProperty(this.model, DEFERRED, { value: list, enumerable: false });
      list.push(...large);
    }
    return done;
  };
}

// ---- a parsed sheet model, bounded --------------------------------------------------------------------------

interface CellModel {
  address?: string;
}
export interface SheetModel {
  id: number;
  name: string;
  state?: string;
  rows?: { number: number; cells?: CellModel[] }[];
  cols?: { min: number; max: number }[];
  mergeCells?: string[];
  dataValidations?: Record<string | symbol, unknown>;
}

/** Extents already measured: the loader asks three times per sheet, and a sheet's rows do not change meanwhile. */
const EXTENTS = new WeakMap<NonNullable<SheetModel['rows']>, { rows: number; cols: number; cells: number }>();

/** The rows and columns the sheet's cells reach (a cell's own address; rows in order). */
export function usedExtent(m: SheetModel): { rows: number; cols: number; cells: number } {
  const known = m.rows && EXTENTS.get(m.rows);
  if (known) return { ...known };
  const e = measure(m);
  if (m.rows) EXTENTS.set(m.rows, e);
  return { ...e };
}

function measure(m: SheetModel): { rows: number; cols: number; cells: number } {
  let rows = 0;
  let cols = 0;
  let cells = 0;
  for (const row of m.rows ?? []) {
    if (!row.cells?.length) continue;
    rows = Math.max(rows, row.number);
    for (const c of row.cells) {
      cells++;
      const a = c.address ?? '';
      let i = 0;
      while (i < a.length && a.charCodeAt(i) >= 65) i++;
      cols = Math.max(cols, colOf(a.slice(0, i)));
    }
  }
  return { rows, cols, cells };
}

export interface BoundedSheet {
  /** Merges to apply, bounded. */
  merges: Box[];
  /** Cells the merges and validations will create or touch beyond those the file holds (for the budget). */
  cells: number;
}

/**
 * Bounds one parsed sheet in place: `<col>` spans, validations (the deferred ones expanded over their clipped range),
 * merges (returned, bounded: the caller applies them in one pass).
 */
export function boundSheet(m: SheetModel): BoundedSheet {
  const used = usedExtent(m);
  let cells = 0;
  if (m.cols) {
    const last = Math.min(MAX_COLS, Math.max(used.cols, 256));
    m.cols = m.cols.filter((c) => c.min <= last).map((c) => ({ ...c, max: Math.min(c.max, last) }));
  }
  const dv = m.dataValidations;
  const deferred = dv?.[DEFERRED] as Deferred | undefined;
  for (const { box, dv: rule } of deferred ?? []) {
    const b = bounded(box, used);
    if (!b) continue;
    cells += area(b);
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) dv![`${letters(c)}${r}`] = rule;
  }
  const merges: Box[] = [];
  for (const text of m.mergeCells ?? []) {
    const box = parseBox(text);
    const b = box && bounded(box, used);
    if (!b) continue;
    // A merge that large over the cells the sheet holds would hide them: refused, not guessed at.
    if (area(box) > LIMITS.mergeCells) throw new MergeTooLarge(boxText(box));
    merges.push(b);
    cells += area(b);
  }
  m.mergeCells = [];
  return { merges, cells };
}

/** Estimated cells a validation map will expand to, before expanding (the budget check runs first). */
export function deferredCells(m: SheetModel): number {
  const used = usedExtent(m);
  let n = 0;
  for (const { box } of (m.dataValidations?.[DEFERRED] as Deferred | undefined) ?? []) {
    const b = bounded(box, used);
    if (b) n += area(b);
  }
  for (const text of m.mergeCells ?? []) {
    const box = parseBox(text);
    const b = box && bounded(box, used);
    if (b) n += area(b);
  }
  return n;
}

/** A defined name's ranges, each bounded by its sheet's used extent (a range on no known sheet, if large, dropped). */
export function boundNames(
  names: { name: string; ranges: string[] }[] | undefined,
  usedBySheet: Map<string, { rows: number; cols: number }>,
): { name: string; ranges: string[] }[] | undefined {
  if (!names) return names;
  return names.map((n) => ({
    ...n,
    ranges: n.ranges.flatMap((r) => {
      const box = parseBox(r);
      if (!box || area(box) <= SMALL_RANGE) return [r];
      const bang = r.lastIndexOf('!');
      const sheet =
        bang > 0
          ? r
              .slice(0, bang)
              .replace(/^'(.*)'$/, '$1')
              .replace(/''/g, "'")
          : '';
      const used = usedBySheet.get(sheet);
      const b = used && bounded(box, used);
      if (!b) return [];
      const abs = boxText(b).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
      return [`${r.slice(0, bang + 1)}${abs}`];
    }),
  }));
}

export class MergeTooLarge extends Error {
  constructor(readonly range: string) {
    super(range);
  }
}

export class MergeOverlap extends Error {
  constructor(readonly range: string) {
    super(range);
  }
}

interface CellLike {
  isMerged: boolean;
  address: string;
  merge(master: CellLike, ignoreStyle: boolean): void;
}
interface SheetLike {
  getCell(r: number, c: number): CellLike;
  _merges: Record<string, unknown>;
}
/* eslint-disable @typescript-eslint/no-require-imports */
const Range = require('exceljs/lib/doc/range');
/* eslint-enable @typescript-eslint/no-require-imports */

/** ExcelJS's merge without its pairwise overlap check: an overlap is seen on the cells (linear in the merged cells). */
export function applyMerges(ws: SheetLike, merges: Box[]): void {
  for (const b of merges) {
    const master = ws.getCell(b.top, b.left);
    if (master.isMerged) throw new MergeOverlap(boxText(b));
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) {
        if (r === b.top && c === b.left) continue;
        const cell = ws.getCell(r, c);
        if (cell.isMerged) throw new MergeOverlap(boxText(b));
        cell.merge(master, true);
      }
    ws._merges[master.address] = new Range(b.top, b.left, b.bottom, b.right);
  }
}
