/**
 * A strict in-memory fake of WPS 表格's JS object model (the ET API) over the same workbook model as the Office.js
 * fake (src/office/fake/model.ts: cells, number formats, fills, merges, sheet states), so one workbook can be driven
 * through either host. Like the real program it is synchronous and VBA-like, and where it can hurt it behaves as
 * the object model does:
 * - only members that Kingsoft's et-jsapi-declare declares exist (declared.ts, generated); any other member — or a
 *   declared one this fake does not model — throws, so an adapter cannot use what WPS lacks;
 * - collections are 1-based (`Item(1)`), by index or name; `Value2` is a scalar for one cell and a 2-D array
 *   otherwise; a property that differs across a range (`NumberFormat`, `MergeCells`, `Interior.Color`) reads null;
 * - colours are BGR integers (red = 255), No Fill is ColorIndex/Pattern xlNone (−4142), `Visible` is −1/0/2
 *   (2 = very hidden); `Range.Select()` needs its sheet active; `Delete()` would ask the user unless DisplayAlerts is
 *   off; a string starting with "=" (or + − @, or reading as a number) written to `Value2` is entered as a formula
 *   (a number) unless the cell is text-formatted ("@"), exactly as the Office fake's `writeValue`;
 * - builds differ between properties and zero-argument methods (`Count`, `Address`, `Name`, `Value2`, `UsedRange`):
 *   `forms: 'swapped'` serves each of those in the other form, so an adapter must accept both;
 * - every host call (property read or write, method call) is counted (`calls`), and writes made while
 *   `ScreenUpdating` is on are counted apart (`unbatchedWrites`).
 */
/// <reference types="et-jsapi-declare" />
import { cellAddress, columnLetter, parseRange, rangeAddress, type RangeRef } from '../../core/a1';
import { charsToPoints } from '../../office/apply-plan';
import { displayText, writeValue } from '../../office/fake/fake-excel';
import { FakeSheet, FakeWorkbook, type FakeCell, type FakeValue } from '../../office/fake/model';
import { DECLARED } from './declared';

export class WpsFakeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WpsFakeError';
  }
}

/** ET constants used here (XlSheetVisibility, XlColorIndex, XlPattern, XlHAlign, XlVAlign, XlBordersIndex). */
export const ET = {
  xlSheetVisible: -1,
  xlSheetHidden: 0,
  xlSheetVeryHidden: 2,
  xlNone: -4142,
  xlSolid: 1,
  xlContinuous: 1,
  xlLeft: -4131,
  xlCenter: -4108,
  xlRight: -4152,
  xlTop: -4160,
  xlBottom: -4107,
  xlLandscape: 2,
  xlPortrait: 1,
} as const;
const BORDER_INDEX: Record<number, string> = {
  7: 'EdgeLeft',
  8: 'EdgeTop',
  9: 'EdgeBottom',
  10: 'EdgeRight',
  11: 'InsideVertical',
  12: 'InsideHorizontal',
};
const VISIBLE_CODE: Record<string, number> = { Visible: -1, Hidden: 0, VeryHidden: 2 };
const VISIBLE_NAME: Record<number, string> = { [-1]: 'Visible', 0: 'Hidden', 2: 'VeryHidden' };

/** "#RRGGBB" ↔ BGR integer (WPS and VBA store colours as B·65536 + G·256 + R). */
export const hexToBgr = (hex: string): number => {
  const n = parseInt(hex.replace('#', ''), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
};
export const bgrToHex = (bgr: number): string => {
  const rgb = ((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff);
  return `#${rgb.toString(16).toUpperCase().padStart(6, '0')}`;
};

/** Members whose form (property or zero-argument method) differs between WPS builds. */
export const VARYING = new Set(['Count', 'Address', 'Name', 'Value2', 'UsedRange']);

/** Members any JS runtime probes on an object (promises, JSON, test matchers): answered as absent, never counted. */
const PROBES = new Set(['then', 'toJSON', 'constructor', '$$typeof', 'asymmetricMatch', 'nodeType', 'tagName', 'inspect']);

export interface FakeEtOptions {
  /** 'declared': as et-jsapi-declare says; 'swapped': VARYING members in the other form (another build). */
  forms?: 'declared' | 'swapped';
}

/** The root: call counters, options, and the guard that makes every object strict. */
class Runtime {
  calls = 0;
  unbatchedWrites = 0;
  screenUpdating = true;
  enableEvents = true;
  displayAlerts = true;
  readonly byMember = new Map<string, number>();
  /** Proxy → its implementation (so the fake can look inside an object handed back to it, uncounted). */
  readonly impls = new WeakMap<object, object>();
  constructor(
    readonly model: FakeWorkbook,
    readonly forms: 'declared' | 'swapped',
  ) {}
  count(key: string): void {
    this.calls++;
    this.byMember.set(key, (this.byMember.get(key) ?? 0) + 1);
  }
  write(): void {
    if (this.screenUpdating) this.unbatchedWrites++;
  }
  /** Wraps `impl` so that only the members `ifaces` declare can be reached, each counted. */
  guard<T extends object>(ifaces: string[], impl: T): T {
    const declared = (p: string) => {
      for (const i of ifaces) {
        const k = DECLARED[i]?.[p];
        if (k) return k;
      }
      return undefined;
    };
    const name = ifaces[0]!;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const rt = this;
    const proxy = new Proxy(impl, {
      get(target, prop) {
        if (typeof prop === 'symbol' || PROBES.has(prop)) return undefined;
        const kind = declared(prop);
        if (!kind) throw new WpsFakeError(`${name}.${prop} 不存在：et-jsapi-declare 未声明此成员`);
        if (!(prop in target)) throw new WpsFakeError(`${name}.${prop}: declared, but not modelled by the WPS fake`);
        const swapped = rt.forms === 'swapped' && VARYING.has(prop);
        if (kind === 'm') {
          const fn = Reflect.get(target, prop, target) as (...a: unknown[]) => unknown;
          if (swapped) {
            rt.count(`${name}.${prop}`);
            return fn.call(target);
          }
          return (...args: unknown[]) => {
            rt.count(`${name}.${prop}`);
            return fn.apply(target, args);
          };
        }
        rt.count(`${name}.${prop}`);
        const value: unknown = Reflect.get(target, prop, target);
        return swapped ? () => value : value;
      },
      set(target, prop, value) {
        if (typeof prop === 'symbol') throw new WpsFakeError('symbol members are not part of the object model');
        const kind = declared(prop);
        if (!kind) throw new WpsFakeError(`${name}.${prop} 不存在：et-jsapi-declare 未声明此成员`);
        if (kind !== 'p') throw new WpsFakeError(`${name}.${prop} is ${kind === 'm' ? 'a method' : 'read-only'}`);
        const d = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(target), prop) ?? Object.getOwnPropertyDescriptor(target, prop);
        if (!d || (!d.set && !d.writable)) throw new WpsFakeError(`${name}.${prop}: setting it is not modelled by the WPS fake`);
        rt.count(`${name}.${prop}=`);
        return Reflect.set(target, prop, value, target);
      },
    });
    this.impls.set(proxy, impl);
    return proxy;
  }
}

const overlaps = (a: RangeRef, b: RangeRef) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
const inside = (a: RangeRef, b: RangeRef) => a.r0 >= b.r0 && a.r1 <= b.r1 && a.c0 >= b.c0 && a.c1 <= b.c1;
const abs = (g: RangeRef) => {
  const a = `$${columnLetter(g.c0)}$${g.r0 + 1}`;
  const b = `$${columnLetter(g.c1)}$${g.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
};

/** One value for all cells, or null when they differ (VBA's "mixed" answer). */
function uniform<T>(values: T[]): T | null {
  if (!values.length) return null;
  const first = values[0]!;
  return values.every((v) => v === first) ? first : null;
}

class RangeImpl {
  constructor(
    private readonly rt: Runtime,
    private readonly sheetOf: () => FakeSheet,
    readonly areas: RangeRef[],
  ) {}
  private get g(): RangeRef {
    if (this.areas.length !== 1) throw new WpsFakeError('this property needs a single-area range');
    return this.areas[0]!;
  }
  private cells(): { cell: () => FakeCell; peek: FakeCell | undefined; r: number; c: number }[] {
    const s = this.sheetOf();
    const out: { cell: () => FakeCell; peek: FakeCell | undefined; r: number; c: number }[] = [];
    for (const g of this.areas)
      for (let r = g.r0; r <= g.r1; r++)
        for (let c = g.c0; c <= g.c1; c++) out.push({ cell: () => s.cell(r, c), peek: s.peek(r, c), r, c });
    return out;
  }
  private sub(g: RangeRef) {
    return wrapRange(this.rt, this.sheetOf, [g]);
  }
  private changed(): void {
    const s = this.sheetOf();
    this.rt.model.notify();
    if (!this.rt.enableEvents) return;
    for (const h of this.rt.model.changeHandlers)
      h({ worksheetId: s.name, address: this.areas.map((g) => abs(g)).join(','), changeType: 'RangeEdited' });
  }
  get Value2(): unknown {
    const { r0, c0, r1, c1 } = this.g;
    const s = this.sheetOf();
    const v = (r: number, c: number) => s.peek(r, c)?.value ?? undefined;
    if (r0 === r1 && c0 === c1) return v(r0, c0);
    return Array.from({ length: r1 - r0 + 1 }, (_, i) => Array.from({ length: c1 - c0 + 1 }, (_, j) => v(r0 + i, c0 + j)));
  }
  set Value2(m: unknown) {
    this.rt.write();
    const { r0, c0, r1, c1 } = this.g;
    const rows = r1 - r0 + 1;
    const cols = c1 - c0 + 1;
    const put = (cell: FakeCell, v: unknown) => {
      if (v === null || v === undefined) {
        cell.value = null;
        delete cell.formula;
      } else writeValue(cell, v as FakeValue);
    };
    if (!Array.isArray(m)) for (const x of this.cells()) put(x.cell(), m);
    else {
      const grid = (rows === 1 && !Array.isArray(m[0]) ? [m] : m) as unknown[][];
      if (grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== cols))
        throw new WpsFakeError(`Value2: a ${grid.length}-row array does not fit ${abs(this.g)}`);
      for (const x of this.cells()) put(x.cell(), grid[x.r - r0]![x.c - c0]);
    }
    this.changed();
  }
  get Formula(): unknown {
    const cells = this.cells().map((x) => x.peek?.formula ?? (x.peek?.value === null || x.peek === undefined ? '' : String(x.peek.value)));
    return cells.length === 1 ? cells[0] : uniform(cells);
  }
  get HasFormula(): boolean | null {
    return uniform(this.cells().map((x) => !!x.peek?.formula));
  }
  get Text(): string | null {
    return uniform(this.cells().map((x) => displayText(x.peek)));
  }
  get NumberFormat(): string | null {
    return uniform(this.cells().map((x) => x.peek?.numberFormat ?? 'General'));
  }
  set NumberFormat(v: string) {
    this.rt.write();
    for (const x of this.cells()) x.cell().numberFormat = v;
  }
  get Interior() {
    return this.rt.guard(['Interior'], new InteriorImpl(this.rt, () => this.cells()));
  }
  get Font() {
    return this.rt.guard(['Font'], new FontImpl(this.rt, () => this.cells()));
  }
  get Borders() {
    return this.rt.guard(['Borders'], new BordersImpl(this.rt, () => this.cells()));
  }
  set HorizontalAlignment(v: number) {
    this.rt.write();
    const name = { [ET.xlLeft]: 'Left', [ET.xlCenter]: 'Center', [ET.xlRight]: 'Right' }[v];
    if (!name) throw new WpsFakeError(`HorizontalAlignment ${v}`);
    for (const x of this.cells()) x.cell().format.hAlign = name;
  }
  set VerticalAlignment(v: number) {
    this.rt.write();
    const name = { [ET.xlTop]: 'Top', [ET.xlCenter]: 'Center', [ET.xlBottom]: 'Bottom' }[v];
    if (!name) throw new WpsFakeError(`VerticalAlignment ${v}`);
    for (const x of this.cells()) x.cell().format.vAlign = name;
  }
  set WrapText(v: boolean) {
    this.rt.write();
    for (const x of this.cells()) x.cell().format.wrap = v;
  }
  set ColumnWidth(chars: number) {
    this.rt.write();
    const s = this.sheetOf();
    for (let c = this.g.c0; c <= this.g.c1; c++) s.columnWidths[c] = charsToPoints(chars);
  }
  set RowHeight(points: number) {
    this.rt.write();
    const s = this.sheetOf();
    for (let r = this.g.r0; r <= this.g.r1; r++) s.rowHeights[r] = points;
  }
  get MergeCells(): boolean | null {
    const merges = this.sheetOf().merges;
    return uniform(this.cells().map((x) => merges.some((m) => inside({ r0: x.r, c0: x.c, r1: x.r, c1: x.c }, m))));
  }
  get MergeArea() {
    const g = this.g;
    const m = this.sheetOf().merges.find((a) => inside({ r0: g.r0, c0: g.c0, r1: g.r0, c1: g.c0 }, a));
    if (m && !inside(g, m)) throw new WpsFakeError('MergeArea of a range larger than one merged area');
    return this.sub(m ?? { r0: g.r0, c0: g.c0, r1: g.r0, c1: g.c0 });
  }
  Merge(across?: boolean): void {
    this.rt.write();
    const s = this.sheetOf();
    const g = this.g;
    if (this.rt.displayAlerts && this.cells().filter((x) => x.peek && x.peek.value !== null).length > 1)
      throw new WpsFakeError('Merge would ask the user to confirm losing values (DisplayAlerts is on)');
    const parts = across ? Array.from({ length: g.r1 - g.r0 + 1 }, (_, i) => ({ ...g, r0: g.r0 + i, r1: g.r0 + i })) : [g];
    for (const p of parts) {
      if (s.merges.some((m) => overlaps(m, p))) throw new WpsFakeError(`Merge ${abs(p)}: overlaps a merged area`);
      s.merges.push(p);
    }
  }
  UnMerge(): void {
    this.rt.write();
    const s = this.sheetOf();
    s.merges = s.merges.filter((m) => !overlaps(m, this.g));
  }
  Address(rowAbsolute = true, columnAbsolute = true): string {
    return this.areas
      .map((g) => {
        const one = (r: number, c: number) => `${columnAbsolute ? '$' : ''}${columnLetter(c)}${rowAbsolute ? '$' : ''}${r + 1}`;
        const a = one(g.r0, g.c0);
        const b = one(g.r1, g.c1);
        return a === b ? a : `${a}:${b}`;
      })
      .join(',');
  }
  get Row(): number {
    return this.areas[0]!.r0 + 1;
  }
  get Column(): number {
    return this.areas[0]!.c0 + 1;
  }
  get Count(): number {
    return this.cells().length;
  }
  get Rows() {
    const g = this.g;
    return wrapCount(this.rt, g.r1 - g.r0 + 1);
  }
  get Columns() {
    const g = this.g;
    return wrapCount(this.rt, g.c1 - g.c0 + 1);
  }
  get Cells() {
    return wrapRange(this.rt, this.sheetOf, this.areas);
  }
  /** 1-based, relative to the range's first cell (VBA's Cells.Item(row, column)). */
  Item(row: number, column = 1) {
    if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1)
      throw new WpsFakeError(`Item(${row}, ${column}): 1-based`);
    const g = this.g;
    return this.sub({ r0: g.r0 + row - 1, c0: g.c0 + column - 1, r1: g.r0 + row - 1, c1: g.c0 + column - 1 });
  }
  get Worksheet() {
    return wrapSheet(this.rt, this.sheetOf());
  }
  Select(): boolean {
    const m = this.rt.model;
    const s = this.sheetOf();
    if (m.sheets[m.activeSheet] !== s) throw new WpsFakeError('Range.Select: the sheet is not active (activate it first)');
    m.selection = { sheet: s.name, cell: this.areas.map((g) => rangeAddress(g.r0, g.c0, g.r1, g.c1)).join(',') };
    m.notify();
    return true;
  }
}

/** `Rows` / `Columns` as far as this product reads them: their Count. */
function wrapCount(rt: Runtime, n: number) {
  return rt.guard(['Range'], {
    get Count() {
      return n;
    },
  });
}

type CellsOf = () => { cell: () => FakeCell; peek: FakeCell | undefined }[];

class InteriorImpl {
  constructor(
    private readonly rt: Runtime,
    private readonly cells: CellsOf,
  ) {}
  private fills = () => this.cells().map((x) => x.peek?.format.fill ?? null);
  /** No Fill reads as white (16777215), as in VBA; mixed → null. */
  get Color(): number | null {
    return uniform(this.fills().map((f) => (f ? hexToBgr(f) : 16777215)));
  }
  set Color(bgr: number) {
    this.rt.write();
    for (const x of this.cells()) x.cell().format.fill = bgrToHex(bgr);
  }
  get ColorIndex(): number | null {
    // Palette indexes are not modelled: a filled cell reads as its colour's own index, No Fill as xlNone.
    return uniform(this.fills().map((f) => (f ? 1000 + hexToBgr(f) : ET.xlNone)));
  }
  set ColorIndex(v: number) {
    this.rt.write();
    if (v !== ET.xlNone) throw new WpsFakeError('ColorIndex: only xlNone is modelled; set Color instead');
    for (const x of this.cells()) x.cell().format.fill = null;
  }
  get Pattern(): number | null {
    return uniform(this.fills().map((f) => (f ? ET.xlSolid : ET.xlNone)));
  }
  set Pattern(v: number) {
    this.rt.write();
    if (v === ET.xlNone) for (const x of this.cells()) x.cell().format.fill = null;
    else if (v !== ET.xlSolid) throw new WpsFakeError(`Pattern ${v}: only xlSolid and xlNone are modelled`);
  }
  get TintAndShade(): number | null {
    return uniform(this.fills().map(() => 0));
  }
  set TintAndShade(_v: number) {
    this.rt.write();
  }
}

class FontImpl {
  constructor(
    private readonly rt: Runtime,
    private readonly cells: CellsOf,
  ) {}
  private put(fn: (c: FakeCell) => void) {
    this.rt.write();
    for (const x of this.cells()) fn(x.cell());
  }
  get Bold(): boolean | null {
    return uniform(this.cells().map((x) => !!x.peek?.format.bold));
  }
  set Bold(v: boolean) {
    this.put((c) => void (c.format.bold = v));
  }
  set Size(v: number) {
    this.put((c) => void (c.format.fontSize = v));
  }
  set Name(v: string) {
    this.put((c) => void (c.format.fontName = v));
  }
}

class BordersImpl {
  constructor(
    private readonly rt: Runtime,
    private readonly cells: CellsOf,
  ) {}
  /** All edges and inside lines at once (VBA's Borders.LineStyle). */
  set LineStyle(v: number) {
    this.rt.write();
    const style = v === ET.xlContinuous ? 'Continuous' : String(v);
    for (const x of this.cells()) {
      const c = x.cell();
      c.format.borders = { ...(c.format.borders ?? {}), ...Object.fromEntries(Object.values(BORDER_INDEX).map((k) => [k, style])) };
    }
  }
  Item(index: number) {
    const key = BORDER_INDEX[index];
    if (!key) throw new WpsFakeError(`Borders.Item(${index})`);
    const rt = this.rt;
    const cells = this.cells;
    return rt.guard(['Border'], {
      set LineStyle(v: number) {
        rt.write();
        for (const x of cells()) {
          const c = x.cell();
          c.format.borders = { ...(c.format.borders ?? {}), [key]: v === ET.xlContinuous ? 'Continuous' : String(v) };
        }
      },
    });
  }
}

function wrapRange(rt: Runtime, sheetOf: () => FakeSheet, areas: RangeRef[]) {
  return rt.guard(['Range'], new RangeImpl(rt, sheetOf, areas));
}

class PageSetupImpl {
  constructor(
    private readonly rt: Runtime,
    private readonly sheet: FakeSheet,
  ) {}
  set Orientation(v: number) {
    this.rt.write();
    this.sheet.page.orientation = v === ET.xlLandscape ? 'Landscape' : 'Portrait';
  }
  set Zoom(v: number | false) {
    this.rt.write();
    if (v !== false) this.sheet.page.zoom = { scale: v };
  }
  set FitToPagesWide(v: number | false) {
    this.rt.write();
    this.sheet.page.zoom = { ...(this.sheet.page.zoom ?? {}), ...(v === false ? {} : { horizontalFitToPages: v }) };
  }
  set FitToPagesTall(v: number | false) {
    this.rt.write();
    if (v !== false) this.sheet.page.zoom = { ...(this.sheet.page.zoom ?? {}), verticalFitToPages: v };
  }
  set PrintTitleRows(v: string) {
    this.rt.write();
    this.sheet.page.printTitleRows = v;
  }
}

class WorksheetImpl {
  constructor(
    private readonly rt: Runtime,
    readonly sheet: FakeSheet,
  ) {}
  private live(): FakeSheet {
    if (!this.rt.model.sheets.includes(this.sheet)) throw new WpsFakeError('the worksheet was deleted');
    return this.sheet;
  }
  get Name(): string {
    return this.live().name;
  }
  set Name(v: string) {
    this.rt.write();
    const s = this.live();
    if (!v || v.length > 31 || /[:\\/?*[\]]/.test(v)) throw new WpsFakeError(`工作表名称无效：${v}`);
    const other = this.rt.model.sheet(v);
    if (other && other !== s) throw new WpsFakeError(`已有名为 ${v} 的工作表`);
    s.name = v;
  }
  get Index(): number {
    return this.rt.model.sheets.indexOf(this.live()) + 1;
  }
  get Visible(): number {
    return VISIBLE_CODE[this.live().visibility] ?? -1;
  }
  set Visible(v: number | boolean) {
    this.rt.write();
    const code = v === true ? -1 : v === false ? 0 : v;
    const name = VISIBLE_NAME[code];
    if (!name) throw new WpsFakeError(`Visible ${String(v)}: use -1, 0 or 2`);
    const m = this.rt.model;
    const s = this.live();
    if (name !== 'Visible' && m.sheets.every((x) => x === s || x.visibility !== 'Visible'))
      throw new WpsFakeError('工作簿中至少要有一个可见的工作表');
    s.visibility = name;
    if (name !== 'Visible' && m.sheets[m.activeSheet] === s) m.activeSheet = m.sheets.findIndex((x) => x.visibility === 'Visible');
  }
  /** The used range (formatted cells included, as in VBA); A1 on a blank sheet. */
  get UsedRange() {
    const s = this.live();
    return wrapRange(this.rt, () => s, [s.usedRange(false) ?? { r0: 0, c0: 0, r1: 0, c1: 0 }]);
  }
  Range(cell1: string, cell2?: string) {
    const areas = cell1.split(',').map((a) => parseRange(a.trim()));
    if (cell2 !== undefined) {
      const b = parseRange(cell2);
      const a = areas[0]!;
      areas.splice(0, areas.length, {
        r0: Math.min(a.r0, b.r0),
        c0: Math.min(a.c0, b.c0),
        r1: Math.max(a.r1, b.r1),
        c1: Math.max(a.c1, b.c1),
      });
    }
    return wrapRange(this.rt, () => this.live(), areas);
  }
  get Cells() {
    return wrapRange(this.rt, () => this.live(), [{ r0: 0, c0: 0, r1: 1048575, c1: 16383 }]);
  }
  get PageSetup() {
    return this.rt.guard(['PageSetup'], new PageSetupImpl(this.rt, this.live()));
  }
  Activate(): boolean {
    const s = this.live();
    if (s.visibility !== 'Visible') throw new WpsFakeError('a hidden worksheet cannot be activated');
    this.rt.model.activeSheet = this.rt.model.sheets.indexOf(s);
    this.rt.model.notify();
    return true;
  }
  Delete(): boolean {
    this.rt.write();
    const m = this.rt.model;
    const s = this.live();
    if (this.rt.displayAlerts) throw new WpsFakeError('Delete would ask the user to confirm (DisplayAlerts is on)');
    if (m.sheets.every((x) => x === s || x.visibility !== 'Visible')) throw new WpsFakeError('工作簿中至少要有一个可见的工作表');
    const active = m.sheets[m.activeSheet];
    m.sheets.splice(m.sheets.indexOf(s), 1);
    m.activeSheet =
      active && active !== s
        ? m.sheets.indexOf(active)
        : Math.max(
            0,
            m.sheets.findIndex((x) => x.visibility === 'Visible'),
          );
    m.notify();
    return true;
  }
}

function wrapSheet(rt: Runtime, s: FakeSheet) {
  return rt.guard(['Worksheet'], new WorksheetImpl(rt, s));
}

class SheetsImpl {
  constructor(private readonly rt: Runtime) {}
  get Count(): number {
    return this.rt.model.sheets.length;
  }
  /** 1-based index or name (case-insensitive), as in VBA; anything else throws. */
  Item(index: number | string) {
    const m = this.rt.model;
    const s = typeof index === 'number' ? (Number.isInteger(index) && index >= 1 ? m.sheets[index - 1] : undefined) : m.sheet(index);
    if (!s) throw new WpsFakeError(`Item(${JSON.stringify(index)})：下标越界`);
    return wrapSheet(this.rt, s);
  }
  /** Add(Before, After, Count, Type): a new "SheetN" before the active sheet (or as placed), which becomes active. */
  Add(before?: object, after?: object) {
    this.rt.write();
    const m = this.rt.model;
    let n = m.sheets.length + 1;
    while (m.sheet(`Sheet${n}`)) n++;
    const s = new FakeSheet(`Sheet${n}`);
    const sheetOf = (w: object) => {
      const impl = this.rt.impls.get(w);
      if (!(impl instanceof WorksheetImpl)) throw new WpsFakeError('Sheets.Add: Before/After must be a worksheet');
      return m.sheets.indexOf(impl.sheet);
    };
    const at = after ? sheetOf(after) + 1 : before ? sheetOf(before) : m.activeSheet;
    m.sheets.splice(at, 0, s);
    m.activeSheet = at;
    m.notify();
    return wrapSheet(this.rt, s);
  }
}

class WindowImpl {
  private split = { row: 0, column: 0 };
  constructor(private readonly rt: Runtime) {}
  private active(): FakeSheet {
    const s = this.rt.model.sheets[this.rt.model.activeSheet];
    if (!s) throw new WpsFakeError('no active sheet');
    return s;
  }
  set SplitRow(n: number) {
    this.rt.write();
    this.split.row = n;
  }
  set SplitColumn(n: number) {
    this.rt.write();
    this.split.column = n;
  }
  get FreezePanes(): boolean {
    return this.active().freezeRows > 0;
  }
  /** Freezes the active sheet at the split set before (ActiveWindow applies to the active sheet only). */
  set FreezePanes(v: boolean) {
    this.rt.write();
    this.active().freezeRows = v ? this.split.row : 0;
  }
}

class WorkbookImpl {
  constructor(private readonly rt: Runtime) {}
  get Worksheets() {
    return this.rt.guard(['Worksheets'], new SheetsImpl(this.rt));
  }
  get Sheets() {
    return this.rt.guard(['Sheets'], new SheetsImpl(this.rt));
  }
  get ActiveSheet() {
    const s = this.rt.model.sheets[this.rt.model.activeSheet];
    return s ? wrapSheet(this.rt, s) : null;
  }
}

export interface FakeTaskPane {
  url: string;
  visible: boolean;
}

class ApplicationImpl {
  readonly taskPanes: FakeTaskPane[] = [];
  private readonly storage = new Map<string, string>();
  private readonly listeners = new Map<unknown, (e: { worksheetId: string; address: string }) => void>();
  private readonly window: WindowImpl;
  constructor(private readonly rt: Runtime) {
    this.window = new WindowImpl(rt);
  }
  get ActiveWorkbook() {
    return this.rt.guard(['Workbook'], new WorkbookImpl(this.rt));
  }
  get Worksheets() {
    return this.rt.guard(['Worksheets'], new SheetsImpl(this.rt));
  }
  get ActiveSheet() {
    const s = this.rt.model.sheets[this.rt.model.activeSheet];
    return s ? wrapSheet(this.rt, s) : null;
  }
  get ActiveWindow() {
    return this.rt.guard(['Window'], this.window);
  }
  private selected(): { sheet: FakeSheet; areas: RangeRef[] } {
    const m = this.rt.model;
    const active = m.sheets[m.activeSheet];
    if (!active) throw new WpsFakeError('no active sheet');
    const sel = m.selection && m.sheet(m.selection.sheet) === active ? m.selection.cell : 'A1';
    return { sheet: active, areas: sel.split(',').map((a) => parseRange(a)) };
  }
  get Selection() {
    const { sheet, areas } = this.selected();
    return wrapRange(this.rt, () => sheet, areas);
  }
  get ActiveCell() {
    const { sheet, areas } = this.selected();
    const g = areas[0]!;
    return wrapRange(this.rt, () => sheet, [{ r0: g.r0, c0: g.c0, r1: g.r0, c1: g.c0 }]);
  }
  get ScreenUpdating(): boolean {
    return this.rt.screenUpdating;
  }
  set ScreenUpdating(v: boolean) {
    this.rt.screenUpdating = v;
    if (v) this.rt.model.notify();
  }
  get EnableEvents(): boolean {
    return this.rt.enableEvents;
  }
  set EnableEvents(v: boolean) {
    this.rt.enableEvents = v;
  }
  get DisplayAlerts(): boolean {
    return this.rt.displayAlerts;
  }
  set DisplayAlerts(v: boolean) {
    this.rt.displayAlerts = v;
  }
  get Version(): string {
    return '12.1.0 (fake)';
  }
  get ApiEvent() {
    const rt = this.rt;
    const listeners = this.listeners;
    return rt.guard(['EtApiEvent', 'ApiEvent'], {
      AddApiEventListener(event: string, cb: (ws: unknown, range: unknown) => void) {
        if (event !== 'SheetChange') throw new WpsFakeError(`${event}: only SheetChange is modelled by the WPS fake`);
        const h = (e: { worksheetId: string; address: string }) => {
          const s = rt.model.sheet(e.worksheetId);
          if (!s) return cb(null, null);
          const areas = /^[A-Z$]/.test(e.address) ? e.address.split(',').map((a) => parseRange(a)) : [{ r0: 0, c0: 0, r1: 0, c1: 0 }];
          cb(
            wrapSheet(rt, s),
            wrapRange(rt, () => s, areas),
          );
        };
        listeners.set(cb, h);
        rt.model.changeHandlers.add(h as never);
      },
      RemoveApiEventListener(event: string, cb?: unknown) {
        if (event !== 'SheetChange') throw new WpsFakeError(`${event}: only SheetChange is modelled by the WPS fake`);
        for (const [k, h] of [...listeners]) {
          if (cb !== undefined && k !== cb) continue;
          rt.model.changeHandlers.delete(h as never);
          listeners.delete(k);
        }
      },
    });
  }
  CreateTaskPane(url: string) {
    const pane: FakeTaskPane = { url, visible: false };
    this.taskPanes.push(pane);
    const id = this.taskPanes.length;
    return this.rt.guard(['CustomTaskpane'], {
      get ID() {
        return id;
      },
      get Visible() {
        return pane.visible;
      },
      set Visible(v: boolean) {
        pane.visible = v;
      },
      Navigate(u: string) {
        pane.url = u;
      },
    });
  }
  GetTaskPane(id: number) {
    const pane = this.taskPanes[id - 1];
    if (!pane) throw new WpsFakeError(`GetTaskPane(${id})`);
    return this.rt.guard(['CustomTaskpane'], {
      get ID() {
        return id;
      },
      get Visible() {
        return pane.visible;
      },
      set Visible(v: boolean) {
        pane.visible = v;
      },
    });
  }
  get PluginStorage() {
    const storage = this.storage;
    return this.rt.guard(['PluginStorage'], {
      setItem: (k: string, v: unknown) => void storage.set(k, String(v)),
      getItem: (k: string) => storage.get(k) ?? null,
    });
  }
}

export interface FakeEt {
  /** The `Application` global a WPS page sees (strict, counted). */
  Application: WPSMergedRoot;
  model: FakeWorkbook;
  /** Host calls so far (every property read or write and method call). */
  readonly calls: number;
  /** Writes made while ScreenUpdating was on. */
  readonly unbatchedWrites: number;
  /** Calls by member ("Range.Value2=", "Sheets.Item"…), for tests and the bench. */
  byMember: Map<string, number>;
  taskPanes: FakeTaskPane[];
}

/** A fake WPS 表格 over `model` (a new blank workbook by default). */
export function createFakeEt(model = new FakeWorkbook(), options: FakeEtOptions = {}): FakeEt {
  const rt = new Runtime(model, options.forms ?? 'declared');
  const impl = new ApplicationImpl(rt);
  const app = rt.guard(['AddonRoot', 'EtAddonRoot', 'Application'], impl) as unknown as WPSMergedRoot;
  return {
    Application: app,
    model,
    get calls() {
      return rt.calls;
    },
    get unbatchedWrites() {
      return rt.unbatchedWrites;
    },
    byMember: rt.byMember,
    taskPanes: impl.taskPanes,
  };
}

export { cellAddress };
