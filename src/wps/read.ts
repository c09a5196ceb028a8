/**
 * WPS 表格 adapter, read side: the workbook snapshot over the ET object model (typed with Kingsoft's
 * et-jsapi-declare). The model is synchronous, every member access is a call into WPS, so reads are by whole used
 * range: one `Value2` per sheet, and per-cell properties (number formats, fills, merges) by bisection — a range whose
 * property reads as one value is settled in one call; one that reads null (mixed, as VBA answers) is halved.
 * Number formats are read only where they matter, over the numeric cells (the core uses them for a number's shown
 * decimals); other cells read as General. A sheet of uniform formats costs a handful of calls whatever its size.
 */
/// <reference types="et-jsapi-declare" />
import { parseRange, rangeAddress, type RangeRef } from '../core/a1';
import type { FillState } from '../core/model/plan';
import type { CellValue, SheetSnapshot } from '../core/model/snapshot';

/** The open workbook; WPS gives null when none is open (the pane can be open on an empty window). */
export function workbookOf(app: WPSMergedRoot): Et.Workbook {
  const wb = app.ActiveWorkbook as Et.Workbook | null;
  if (!wb) throw new Error('没有打开的工作簿。请先在 WPS 表格中打开或新建一个工作簿，再使用本加载项。');
  return wb;
}

type Unwrap<V> = V extends (...a: never[]) => infer R ? R : V;

/**
 * A member read that accepts both forms WPS builds use for the same member: a property on one build, a
 * zero-argument method on another (PI-WPS jsapi.ts; delivery notes §3.2).
 */
export function val<T extends object, K extends keyof T>(o: T, k: K): Unwrap<T[K]> {
  const v = o[k] as unknown;
  return (typeof v === 'function' ? (v as () => unknown).call(o) : v) as Unwrap<T[K]>;
}

/** A range's address without $ signs, whichever form `Address` takes on this build. */
export function addressOf(r: Et.Range): string {
  const a = r.Address as unknown;
  const s = typeof a === 'function' ? r.Address(false, false) : String(a);
  return s.replace(/\$/g, '');
}

/** ET constants (XlSheetVisibility, XlColorIndex): Visible −1/0/2, No Fill −4142. */
export const XL = { visible: -1, hidden: 0, veryHidden: 2, none: -4142 } as const;

/** "#RRGGBB" ↔ WPS's BGR integer. */
export const toBgr = (hex: string): number => {
  const n = parseInt(hex.replace('#', ''), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
};
export const fromBgr = (bgr: number): string =>
  `#${(((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff)).toString(16).toUpperCase().padStart(6, '0')}`;

/** Value2 of a range as a matrix of stored values (a scalar for one cell; blanks as null). */
export function valueMatrix(raw: unknown, rows: number, cols: number): CellValue[][] {
  const grid = Array.isArray(raw) ? (Array.isArray(raw[0]) || rows > 1 ? (raw as unknown[][]) : [raw as unknown[]]) : [[raw]];
  const cell = (v: unknown): CellValue =>
    v === undefined || v === null || v === '' ? null : typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cell(grid[r]?.[c])));
}

/**
 * Settles a per-cell property over `g` by bisection: `read(range)` gives the value shared by every cell of the range,
 * or null when they differ; `put` receives each uniform block (absolute 0-based rows/columns).
 */
export function bisect<T>(ws: Et.Worksheet, g: RangeRef, read: (r: Et.Range) => T | null, put: (g: RangeRef, v: T) => void): void {
  const v = read(ws.Range(rangeAddress(g.r0, g.c0, g.r1, g.c1)));
  if (v !== null && v !== undefined) return put(g, v);
  if (g.r0 === g.r1 && g.c0 === g.c1) return; // a single cell that cannot say: left as unknown
  if (g.r1 > g.r0) {
    const m = (g.r0 + g.r1) >> 1;
    bisect(ws, { ...g, r1: m }, read, put);
    bisect(ws, { ...g, r0: m + 1 }, read, put);
  } else {
    const m = (g.c0 + g.c1) >> 1;
    bisect(ws, { ...g, c1: m }, read, put);
    bisect(ws, { ...g, c0: m + 1 }, read, put);
  }
}

/** Chinese builds may answer General in its local spelling. */
const normalFormat = (f: string) => (f === 'G/通用格式' || f === '常规' ? 'General' : f);

function fillOf(it: Et.Interior): FillState | null | undefined {
  const index = it.ColorIndex as unknown;
  if (index === XL.none) return null; // No Fill
  if (index === null || index === undefined) return undefined; // mixed
  const color = it.Color as unknown;
  if (typeof color !== 'number') return undefined;
  return { color: fromBgr(color), pattern: 'Solid', tintAndShade: 0 };
}

/** Merged areas inside `g`: ranges whose MergeCells is all-true are resolved through their first cell's MergeArea. */
function mergesIn(ws: Et.Worksheet, g: RangeRef, out: Map<string, RangeRef>): void {
  const covered = (x: RangeRef) => [...out.values()].some((m) => x.r0 >= m.r0 && x.r1 <= m.r1 && x.c0 >= m.c0 && x.c1 <= m.c1);
  if (covered(g)) return;
  const range = ws.Range(rangeAddress(g.r0, g.c0, g.r1, g.c1));
  const merged = range.MergeCells as unknown;
  if (merged === false) return;
  if (merged === true) {
    const first = ws.Range(rangeAddress(g.r0, g.c0, g.r0, g.c0)).MergeArea;
    const area = parseRange(addressOf(first));
    out.set(rangeAddress(area.r0, area.c0, area.r1, area.c1), area);
    if (g.r0 >= area.r0 && g.r1 <= area.r1 && g.c0 >= area.c0 && g.c1 <= area.c1) return;
  }
  if (g.r0 === g.r1 && g.c0 === g.c1) return;
  if (g.r1 > g.r0) {
    const m = (g.r0 + g.r1) >> 1;
    mergesIn(ws, { ...g, r1: m }, out);
    mergesIn(ws, { ...g, r0: m + 1 }, out);
  } else {
    const m = (g.c0 + g.c1) >> 1;
    mergesIn(ws, { ...g, c1: m }, out);
    mergesIn(ws, { ...g, c0: m + 1 }, out);
  }
}

/**
 * Rectangles covering exactly the numeric cells of `values` (whose top-left is at g.r0, g.c0): each row's runs of
 * numbers, stacked while the next row has a run over the same columns — an amount block of a table is one rectangle.
 */
export function numericBlocks(values: CellValue[][], g: RangeRef): RangeRef[] {
  const done: RangeRef[] = [];
  let open = new Map<string, RangeRef>();
  values.forEach((row, r) => {
    const next = new Map<string, RangeRef>();
    for (let c = 0; c < row.length; c++) {
      if (typeof row[c] !== 'number') continue;
      let e = c;
      while (e + 1 < row.length && typeof row[e + 1] === 'number') e++;
      const key = `${c}:${e}`;
      const prev = open.get(key);
      if (prev) {
        prev.r1 = g.r0 + r;
        open.delete(key);
        next.set(key, prev);
      } else next.set(key, { r0: g.r0 + r, r1: g.r0 + r, c0: g.c0 + c, c1: g.c0 + e });
      c = e;
    }
    done.push(...open.values());
    open = next;
  });
  return [...done, ...open.values()];
}

const VISIBILITY: Record<number, SheetSnapshot['visibility']> = { [-1]: 'visible', 0: 'hidden', 2: 'veryHidden' };

/** One sheet's snapshot: used range values, number formats, and fills/merges when asked. */
export function readSheet(ws: Et.Worksheet, o: { fills: boolean; merges: boolean }): SheetSnapshot {
  const name = String(val(ws, 'Name'));
  const visible = ws.Visible as unknown;
  const used = val(ws, 'UsedRange');
  const g = parseRange(addressOf(used));
  const rows = g.r1 - g.r0 + 1;
  const cols = g.c1 - g.c0 + 1;
  const values = valueMatrix(val(used, 'Value2'), rows, cols);
  // A number format changes only how a number reads (its shown decimals): read over the blocks of numeric cells.
  const numberFormats = Array.from({ length: rows }, () => new Array<string>(cols).fill('General'));
  for (const block of numericBlocks(values, g))
    bisect(
      ws,
      block,
      (r) => {
        const f = r.NumberFormat as unknown;
        return typeof f === 'string' ? f : null;
      },
      (b, f) => {
        for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) numberFormats[r - g.r0]![c - g.c0] = normalFormat(f);
      },
    );
  const sheet: SheetSnapshot = {
    name,
    origin: { row: g.r0, col: g.c0 },
    values,
    numberFormats,
    visibility: VISIBILITY[visible === true ? -1 : visible === false ? 0 : Number(visible)] ?? 'visible',
  };
  if (o.fills) {
    const fills = Array.from({ length: rows }, () => new Array<FillState | null>(cols).fill(null));
    bisect(
      ws,
      g,
      (r) => {
        const f = fillOf(r.Interior);
        return f === undefined ? null : { f };
      },
      (b, { f }) => {
        for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) fills[r - g.r0]![c - g.c0] = f && { ...f };
      },
    );
    sheet.fills = fills;
  }
  if (o.merges) {
    const found = new Map<string, RangeRef>();
    mergesIn(ws, g, found);
    sheet.merges = [...found.keys()];
  }
  return sheet;
}
