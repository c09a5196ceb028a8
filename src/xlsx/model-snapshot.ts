/**
 * A worksheet's snapshot made from its parsed, reconciled model without ExcelJS's rows and cells: the cell objects
 * are most of what loading a thousand-sheet workbook builds, and `check` without a marked copy only reads them once.
 * What the snapshot reads from a cell — value (a formula's cached result, a shared formula translated from its
 * master), number format, fill, merged or not — is taken here exactly as ExcelJS's `row.model = …`, `cell.model = …`
 * and the reader's merges (bounds.ts `applyMerges`) would give it, and the snapshot is then made by the same code
 * (read-snapshot.ts `sheetSnapshot`). A sheet outside the common case this covers (a cell without a plain address or
 * outside its row, two cells or rows at one place, a value kind the parser does not make, a shared formula whose
 * master is not a formula) throws `Unusual`, and the caller reads the file the full way instead.
 * `test/xlsx/model-snapshot.test.ts` compares both on the seeds, every part kind and the hostile files.
 */
import type ExcelJS from 'exceljs';
import type { SheetSnapshot } from '../core/model/snapshot';
import { boxText, MergeOverlap, type Box, type SheetModel } from './bounds';
import { sheetSnapshot, type EachHeld, type HeldCell } from './read-snapshot';

/* eslint-disable @typescript-eslint/no-require-imports -- ExcelJS internals, pinned to exceljs 4.4.0 */
const Range = require('exceljs/lib/doc/range');
const { slideFormula } = require('exceljs/lib/utils/shared-formula') as { slideFormula(f: string, from: string, to: string): string };
/* eslint-enable @typescript-eslint/no-require-imports */

/** A sheet this reading does not cover: read it the full way. */
export class Unusual extends Error {}

/** ExcelJS's value types (lib/doc/enums.js). */
const T = {
  Null: 0,
  Merge: 1,
  Number: 2,
  String: 3,
  Date: 4,
  Hyperlink: 5,
  Formula: 6,
  SharedString: 7,
  RichText: 8,
  Boolean: 9,
  Error: 10,
};

interface CellModel {
  address?: string;
  type: number;
  value?: unknown;
  text?: unknown;
  hyperlink?: unknown;
  tooltip?: unknown;
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
  ref?: unknown;
  shareType?: unknown;
  style?: Style;
}
interface Style {
  numFmt?: string;
  fill?: ExcelJS.Fill;
}
interface RowModel {
  number: number;
  cells?: CellModel[];
  style?: Style;
}

/** ExcelJS's FormulaValue `_copyModel`: the formula fields that are set. */
function formulaValue(m: CellModel): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const k of ['formula', 'result', 'ref', 'shareType', 'sharedFormula'] as const) if (m[k]) copy[k] = m[k];
  return copy;
}

/** `cell.value` of ExcelJS's Value classes, for the model the cell was given. */
function valueOf(m: CellModel): ExcelJS.CellValue {
  switch (m.type) {
    case T.Null:
      return null;
    case T.Hyperlink: {
      const v: Record<string, unknown> = { text: m.text, hyperlink: m.hyperlink };
      if (m.tooltip) v.tooltip = m.tooltip;
      return v as unknown as ExcelJS.CellValue;
    }
    case T.Formula:
      return formulaValue(m) as unknown as ExcelJS.CellValue;
    default:
      return m.value as ExcelJS.CellValue;
  }
}

const KNOWN = new Set([T.Null, T.Number, T.String, T.Date, T.Hyperlink, T.Formula, T.SharedString, T.RichText, T.Boolean, T.Error]);
const ADDRESS = /^([A-Z]{1,3})([1-9]\d{0,6})$/;
const colNumber = (letters: string) => {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
};

/** One cell as the snapshot reads it (the fields `sheetSnapshot` uses of an ExcelJS cell). */
class Cell implements HeldCell {
  /** Merges this cell is the top-left of (ExcelJS's merge count). */
  merges = 0;
  /** The top-left cell of the merge this cell lies in (not itself). */
  mergedInto: Cell | undefined;
  private translated: string | undefined;
  constructor(
    readonly address: string,
    /** The model the cell was given (ExcelJS keeps it as its value's model); null: made by a merge, blank. */
    readonly model: CellModel | null,
    readonly style: Style,
    private readonly sheet: Grid,
  ) {}
  get _value(): { model: CellModel | null } {
    return { model: this.model };
  }
  get value(): ExcelJS.CellValue {
    if (this.mergedInto) return this.mergedInto.value;
    return this.model ? valueOf(this.model) : null;
  }
  get formula(): string | undefined {
    if (this.mergedInto || this.model?.type !== T.Formula) return undefined;
    return this.model.formula || this.translatedFormula();
  }
  /** ExcelJS's `_getTranslatedFormula`: the master's formula slid to this cell. */
  private translatedFormula(): string | undefined {
    const at = this.model!.sharedFormula;
    if (this.translated || !at) return this.translated;
    const m = ADDRESS.exec(at);
    if (!m) throw new Unusual(`shared formula at ${at}`);
    const master = this.sheet.find(Number(m[2]), colNumber(m[1]!));
    if (!master) return undefined;
    const f = master.formula;
    if (typeof f !== 'string') throw new Unusual(`shared formula master ${at}`);
    return (this.translated = slideFormula(f, master.address, this.model!.address!));
  }
  get isMerged(): boolean {
    return this.merges > 0 || this.mergedInto !== undefined;
  }
  get master(): { address: string } {
    return this.mergedInto ?? this;
  }
  get numFmt(): string | undefined {
    return this.style.numFmt;
  }
  get fill(): ExcelJS.Fill | undefined {
    return this.style.fill;
  }
}

/** The cells by row and column (1-based, sparse: in order when visited). */
class Grid {
  readonly rows: (Cell | undefined)[][] = [];
  readonly rowStyles: Style[] = [];
  find(r: number, c: number): Cell | undefined {
    return this.rows[r - 1]?.[c - 1];
  }
}

/** `(style && JSON.parse(JSON.stringify(style))) || {}`, without the round trip for an empty plain style. */
function copyStyle(style: Style | undefined): Style {
  if (style && Object.getPrototypeOf(style) === Object.prototype && Object.keys(style).length === 0) return {};
  return (style && JSON.parse(JSON.stringify(style))) || {};
}

/**
 * The column number of `address` when it matches ADDRESS and lies in row `row`; -1 otherwise (the same test as
 * `ADDRESS.exec(address)` with `Number(m[2]) === row`, without a match object per cell).
 */
export function columnIn(address: string | undefined, row: number): number {
  if (typeof address !== 'string') return -1;
  let i = 0;
  let col = 0;
  for (; i < address.length && i < 4; i++) {
    const ch = address.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + (ch - 64);
  }
  if (i === 0 || i > 3) return -1;
  const first = address.charCodeAt(i);
  if (!(first >= 49 && first <= 57) || address.length - i > 7) return -1;
  let r = 0;
  for (let j = i; j < address.length; j++) {
    const ch = address.charCodeAt(j);
    if (ch < 48 || ch > 57) return -1;
    r = r * 10 + (ch - 48);
  }
  return r === row ? col : -1;
}

/** The sheet's cells as ExcelJS's `row.model = …` for each row model would make them. */
function cellsOf(m: SheetModel, grid: Grid): void {
  for (const row of (m.rows ?? []) as unknown as RowModel[]) {
    const n = row.number;
    if (!Number.isInteger(n) || n < 1 || grid.rows[n - 1] || !row.cells) throw new Unusual(`row ${n}`);
    const cells: (Cell | undefined)[] = [];
    grid.rows[n - 1] = cells;
    // ExcelJS's row keeps a copy of the row's style; cells a merge adds take its number format and fill.
    grid.rowStyles[n - 1] = copyStyle(row.style);
    for (const cm of row.cells) {
      if (cm.type === T.Merge) continue;
      const c = columnIn(cm.address, n);
      if (c < 0 || !KNOWN.has(cm.type)) throw new Unusual(`cell ${cm.address}`);
      if (c > 16384 || cells[c - 1]) throw new Unusual(`cell ${cm.address}`);
      cells[c - 1] = new Cell(cm.address!, cm, cm.style || {}, grid);
    }
  }
}

/**
 * The reader's merges (bounds.ts `applyMerges`, with ExcelJS's `getCell` and `merge(master, true)`): a cell a merge
 * covers that the file does not hold is made with its row's, else its column's, number format and fill.
 */
function mergeCells(ws: ExcelJS.Worksheet, grid: Grid, merges: Box[]): string[] {
  const cellAt = (r: number, c: number): Cell => {
    const row = (grid.rows[r - 1] ??= []);
    let cell = row[c - 1];
    if (!cell) {
      const rowStyle = grid.rowStyles[r - 1] ?? {};
      const colStyle = (ws.getColumn(c) as unknown as { style?: Style }).style ?? {};
      const style: Style = {};
      const numFmt = rowStyle.numFmt || colStyle.numFmt;
      if (numFmt) style.numFmt = numFmt;
      const fill = rowStyle.fill || colStyle.fill;
      if (fill) style.fill = fill;
      cell = row[c - 1] = new Cell(boxText({ top: r, left: c, bottom: r, right: c }), null, style, grid);
    }
    return cell;
  };
  const ranges = new Map<string, string>();
  for (const b of merges) {
    const master = cellAt(b.top, b.left);
    if (master.isMerged) throw new MergeOverlap(boxText(b));
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) {
        if (r === b.top && c === b.left) continue;
        const cell = cellAt(r, c);
        if (cell.isMerged) throw new MergeOverlap(boxText(b));
        cell.mergedInto = master;
        master.merges++;
      }
    ranges.set(master.address, new Range(b.top, b.left, b.bottom, b.right).range as string);
  }
  return [...ranges.values()];
}

/** The snapshot of one sheet whose worksheet `ws` was made from `m` without its rows. */
export function modelSnapshot(ws: ExcelJS.Worksheet, m: SheetModel, merges: Box[], name: string): SheetSnapshot {
  const grid = new Grid();
  cellsOf(m, grid);
  const ranges = mergeCells(ws, grid, merges);
  const each: EachHeld = (visit) => grid.rows.forEach((cells, i) => cells.forEach((cell, j) => cell && visit(cell, i + 1, j + 1)));
  return sheetSnapshot(name, ws.state, ranges, each);
}
