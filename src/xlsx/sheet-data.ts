/**
 * A worksheet's `<sheetData>` read without a general XML parser: the row and cell models ExcelJS 4.4.0's RowXform and
 * CellXform (with our `fixCellParser`, ./exceljs-fixes.ts) make of it, field for field (keys, values, order), before
 * `reconcile`. It reads the plain grammar writers use — `<row>` holding `<c>`, a cell holding `<f>` (plain, shared,
 * array), `<v>`, `<is><t>` — with the five XML entities and character references decoded. Anything else (CDATA,
 * comments, processing instructions, rich text `<r>`, any other element, a prefix, a carriage return, a tab or line
 * break in an attribute, text outside a value, a character or entity XML forbids, a second `<sheetData>`) gives up:
 * the sheet is then read by ExcelJS's parser as before. It never accepts what ExcelJS's XML parser (saxes) refuses.
 * `piecesWithout` is the worksheet's text without the sheetData's content, in the pieces ExcelJS's parser would
 * have been given, so the other parts of the sheet are parsed by the same events in the same chunks (./sheet-rest.ts
 * makes those events itself where it can). The strict XML reading is ./xml-scan.ts's.
 * `test/xlsx/sheet-data.test.ts` compares it with ExcelJS's parser on fixture and generated sheets.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- ExcelJS internals, pinned to exceljs 4.4.0 */
const { xmlDecode } = require('exceljs/lib/utils/utils') as { xmlDecode(s: string): string };
const { ValueType: V } = require('exceljs/lib/doc/enums') as { ValueType: Record<string, number> };
/* eslint-enable @typescript-eslint/no-require-imports */
import { A, give, Give, GT, isSpace, Scanner, SLASH } from './xml-scan';

export interface CellModel {
  address: string | undefined;
  styleId?: number;
  si?: string;
  shareType?: string;
  ref?: string;
  formula?: string;
  value?: unknown;
  type?: number;
  result?: unknown;
}
export interface RowModel {
  number: number;
  min: number | undefined;
  max: number | undefined;
  cells: CellModel[];
  styleId?: number;
  hidden?: boolean;
  bestFit?: boolean;
  height?: number;
  outlineLevel?: number;
  collapsed?: boolean;
}

/** The sheetData's rows, and where its content lies in the text (after `<sheetData…>`, before `</sheetData>`). */
export interface SheetData {
  rows: RowModel[];
  start: number;
  end: number;
  /** Its `<c>` elements (its `<row>` elements: `rows.length`). */
  cells: number;
  /** Whether each of them has its `r` (./normalise.ts `withPositions` has nothing to give them). */
  positioned: boolean;
}
/** Why the scanner left the sheet to ExcelJS's parser. */
export interface GaveUp {
  reason: string;
}

const parseBoolean = (v: string | undefined) => v === 'true' || v === '1';

/** RowXform's model of an opening `<row>`. */
function rowModel(s: Scanner): RowModel {
  // `spans.split(':').map((x) => parseInt(x, 10))`'s first two: parseInt stops at the colon.
  const spans = s.attr(A.spans);
  const colon = spans ? spans.indexOf(':') : -1;
  const min = spans ? parseInt(spans, 10) : undefined;
  const max = colon >= 0 ? parseInt(spans!.slice(colon + 1), 10) : undefined;
  const r = s.attr(A.r);
  if (r === undefined) s.unpositioned = true;
  const model: RowModel = { number: parseInt(r!, 10), min, max, cells: [] };
  const st = s.attr(A.s);
  if (st) model.styleId = parseInt(st, 10);
  if (parseBoolean(s.attr(A.hidden))) model.hidden = true;
  if (parseBoolean(s.attr(A.bestFit))) model.bestFit = true;
  const ht = s.attr(A.ht);
  if (ht) model.height = parseFloat(ht);
  const ol = s.attr(A.outlineLevel);
  if (ol) model.outlineLevel = parseInt(ol, 10);
  if (parseBoolean(s.attr(A.collapsed))) model.collapsed = true;
  return model;
}

/** CellXform's `parseClose('c')`, with `fixCellParser`'s corrections around it. */
function closeCell(m: CellModel, t: string | undefined, sawValue: boolean): void {
  const formula = !!(m.formula || m.shareType);
  if (t === 'd' && typeof m.value === 'string') {
    const text = m.value;
    settle(m, t);
    if (formula) m.result = text;
    else {
      m.type = V.String;
      m.value = text;
    }
    return;
  }
  settle(m, t);
  if (formula && t === 'str' && sawValue && m.result === undefined) m.result = '';
}

/** ExcelJS 4.4.0 CellXform `parseClose('c')`, as written there. */
function settle(model: CellModel, t: string | undefined): void {
  const value = model.value as string | undefined;
  if (model.formula || model.shareType) {
    model.type = V.Formula;
    if (value) {
      if (t === 'str') model.result = xmlDecode(value);
      else if (t === 'b') model.result = parseInt(value, 10) !== 0;
      else if (t === 'e') model.result = { error: value };
      else model.result = parseFloat(value);
      model.value = undefined;
    }
  } else if (value !== undefined) {
    switch (t) {
      case 's':
        model.type = V.String;
        model.value = parseInt(value, 10);
        break;
      case 'str':
        model.type = V.String;
        model.value = xmlDecode(value);
        break;
      case 'inlineStr':
        model.type = V.String;
        break;
      case 'b':
        model.type = V.Boolean;
        model.value = parseInt(value, 10) !== 0;
        break;
      case 'e':
        model.type = V.Error;
        model.value = { error: value };
        break;
      default:
        model.type = V.Number;
        model.value = parseFloat(value);
        break;
    }
  } else if (model.styleId) model.type = V.Null;
  else model.type = V.Merge;
}

/** Text appended as CellXform's `parseText` appends it. */
const append = (prev: string | undefined, text: string) => (prev ? prev + text : text);

/** One cell from its opening tag (the scanner after it) to its end. */
function cell(s: Scanner): CellModel {
  const r = s.attr(A.r);
  if (r === undefined) s.unpositioned = true;
  const model: CellModel = { address: r };
  const t = s.attr(A.t);
  const st = s.attr(A.s);
  if (st) model.styleId = parseInt(st, 10);
  let sawValue = false;
  if (!s.selfClosing)
    for (;;) {
      s.chars(false);
      if (s.tag('c') < 0) break;
      const name = s.name;
      if (name === 'f') {
        model.si = s.attr(A.si);
        model.shareType = s.attr(A.t);
        model.ref = s.attr(A.ref);
        if (!s.selfClosing) {
          const text = s.chars(true)!;
          if (text) model.formula = append(model.formula, text);
          if (s.tag('f') > 0) give('element in <f>');
        }
      } else if (name === 'v') {
        sawValue = true;
        if (!s.selfClosing) {
          const text = s.chars(true)!;
          if (text) model.value = append(model.value as string | undefined, text);
          if (s.tag('v') > 0) give('element in <v>');
        }
      } else if (name === 'is') {
        if (!s.selfClosing)
          for (;;) {
            s.chars(false);
            if (s.tag('is') < 0) break;
            if (s.name !== 't') give(`<${s.name}> in <is>`);
            if (s.selfClosing) continue;
            const text = s.chars(true)!;
            if (text) model.value = append(model.value as string | undefined, text);
            if (s.tag('t') > 0) give('element in <t>');
          }
      } else give(`<${name}> in <c>`);
    }
  closeCell(model, t, sawValue);
  return model;
}

/**
 * The common cell, matched whole by one expression (native code from the first sheet on, where the scanner's loops
 * are still being compiled): `r`, then `s`, then `t`, plain values, and at most a `<v>` of plain characters — nothing
 * to decode, nothing XML refuses. The model is made by the same code as `cell`'s.
 */
const PLAIN_CELL =
  /<c r="([A-Z]{1,3}[1-9]\d{0,6})"(?: s="(\d{1,9})")?(?: t="([a-zA-Z]{1,9})")?(?:\/>|>(?:<v>([^<&>\x00-\x1f\ud800-\udfff\ufffe\uffff]*)<\/v>)?<\/c>)/y;

/** The common cell at the cursor (the cursor after it), or null (the cursor unmoved). */
function plainCell(s: Scanner): CellModel | null {
  PLAIN_CELL.lastIndex = s.i;
  const m = PLAIN_CELL.exec(s.text);
  if (!m) return null;
  s.i = PLAIN_CELL.lastIndex;
  const model: CellModel = { address: m[1] };
  if (m[2]) model.styleId = parseInt(m[2], 10);
  const v = m[4];
  if (v) model.value = v;
  closeCell(model, m[3], v !== undefined);
  return model;
}

/**
 * The common row's opening tag, matched whole (see PLAIN_CELL): `r`, then optionally `spans`, `s` with
 * `customFormat`, `ht`, `customHeight`, `x14ac:dyDescent`, in the order Excel, WPS and ExcelJS write them.
 */
const PLAIN_ROW =
  /<row r="([1-9]\d{0,6})"(?: spans="(\d{1,5}):(\d{1,5})")?(?: s="(\d{1,9})" customFormat="1")?(?: ht="(\d{1,3}(?:\.\d{1,6})?)")?(?: customHeight="1")?(?: x14ac:dyDescent="[\d.]{1,8}")?(\/?)>/y;

/** The common row's opening tag at the cursor as `rowModel` reads it (the cursor after it), or null (unmoved). */
function plainRow(s: Scanner): RowModel | null {
  PLAIN_ROW.lastIndex = s.i;
  const m = PLAIN_ROW.exec(s.text);
  if (!m) return null;
  s.i = PLAIN_ROW.lastIndex;
  s.selfClosing = m[6] === '/';
  const spans = m[2] !== undefined;
  const model: RowModel = {
    number: parseInt(m[1]!, 10),
    min: spans ? parseInt(m[2]!, 10) : undefined,
    max: spans ? parseInt(m[3]!, 10) : undefined,
    cells: [],
  };
  if (m[4]) model.styleId = parseInt(m[4], 10);
  if (m[5]) model.height = parseFloat(m[5]);
  return model;
}

/** Where `<sheetData` opens (followed by a space, `>` or `/`), or -1. */
function sheetDataAt(text: string, from: number): number {
  for (let i = text.indexOf('<sheetData', from); i >= 0; i = text.indexOf('<sheetData', i + 1)) {
    const c = text.charCodeAt(i + 10);
    if (isSpace(c) || c === GT || c === SLASH || c === 13) return i;
  }
  return -1;
}

/** The sheetData's rows as ExcelJS's parser makes them, or why not (see the header). */
export function scanSheetData(text: string): SheetData | GaveUp {
  const at = sheetDataAt(text, 0);
  if (at < 0) return { reason: 'no <sheetData>' };
  // Markup before it that could hide or hold a tag: a comment, CDATA, a doctype, a processing instruction.
  if (text.lastIndexOf('<!', at) >= 0 || text.lastIndexOf('<?', at) > 0) return { reason: 'markup before <sheetData>' };
  const s = new Scanner(text, at);
  try {
    s.open();
    if (s.selfClosing) return { reason: 'empty <sheetData/>' };
    const start = s.i;
    const rows: RowModel[] = [];
    let cells = 0;
    for (;;) {
      s.chars(false);
      const end = s.i;
      let row = plainRow(s);
      if (!row) {
        if (s.tag('sheetData') < 0) {
          if (sheetDataAt(text, s.i) >= 0) give('a second <sheetData>');
          return { rows, start, end, cells, positioned: !s.unpositioned };
        }
        if (s.name !== 'row') give(`<${s.name}> in <sheetData>`);
        row = rowModel(s);
      }
      if (!s.selfClosing)
        for (;;) {
          s.chars(false);
          const plain = plainCell(s);
          if (plain) {
            row.cells.push(plain);
            continue;
          }
          if (s.tag('row') < 0) break;
          if (s.name !== 'c') give(`<${s.name}> in <row>`);
          row.cells.push(cell(s));
        }
      rows.push(row);
      cells += row.cells.length;
    }
  } catch (e) {
    if (e instanceof Give) return { reason: e.message };
    throw e;
  }
}

export const gaveUp = (r: SheetData | GaveUp): r is GaveUp => 'reason' in r;

/**
 * The text without the sheetData's content, cut where ExcelJS's parser would have been given pieces of `size`
 * characters (./zlib-load.ts `pieces`), the empty pieces left out.
 */
export function* piecesWithout(text: string, start: number, end: number, size: number): Generator<string> {
  for (let a = 0; a < text.length; a += size) {
    const b = Math.min(a + size, text.length);
    const piece =
      b <= start || a >= end ? text.slice(a, b) : text.slice(a, Math.max(a, start)) + text.slice(Math.min(b, Math.max(a, end)), b);
    if (piece) yield piece;
  }
}
