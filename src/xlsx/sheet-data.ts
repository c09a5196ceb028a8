/**
 * A worksheet's `<sheetData>` read without a general XML parser: the row and cell models ExcelJS 4.4.0's RowXform and
 * CellXform (with our `fixCellParser`, ./exceljs-fixes.ts) make of it, field for field (keys, values, order), before
 * `reconcile`. It reads the plain grammar writers use — `<row>` holding `<c>`, a cell holding `<f>` (plain, shared,
 * array), `<v>`, `<is><t>` — with the five XML entities and character references decoded. Anything else (CDATA,
 * comments, processing instructions, rich text `<r>`, any other element, a prefix, a carriage return, a tab or line
 * break in an attribute, text outside a value, a character or entity XML forbids, a second `<sheetData>`) gives up:
 * the sheet is then read by ExcelJS's parser as before. It never accepts what ExcelJS's XML parser (saxes) refuses.
 * `rest(text, scan)` is the worksheet's text without the sheetData's content, in the pieces ExcelJS's parser would
 * have been given, so the other parts of the sheet are parsed by the same events in the same chunks.
 * `test/xlsx/sheet-data.test.ts` compares it with ExcelJS's parser on fixture and generated sheets.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- ExcelJS internals, pinned to exceljs 4.4.0 */
const { xmlDecode } = require('exceljs/lib/utils/utils') as { xmlDecode(s: string): string };
const { ValueType: V } = require('exceljs/lib/doc/enums') as { ValueType: Record<string, number> };
/* eslint-enable @typescript-eslint/no-require-imports */

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

/** Thrown inside the scanner to give up; caught at its entry. */
class Give extends Error {}
const give = (reason: string): never => {
  throw new Give(reason);
};

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const LT = 60;
const GT = 62;
const AMP = 38;
const SLASH = 47;

const isSpace = (c: number) => c === 32 || c === 10 || c === 9;
const nameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
const nameChar = (c: number) => nameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
/** XML 1.0's Char production, for a character reference. */
const isChar = (n: number) =>
  n === 9 || n === 10 || n === 13 || (n >= 0x20 && n <= 0xd7ff) || (n >= 0xe000 && n <= 0xfffd) || (n >= 0x10000 && n <= 0x10ffff);

/** The attributes the models read, by index (any other is only checked: well-formed, given once). */
const A = { r: 0, s: 1, t: 2, spans: 3, hidden: 4, bestFit: 5, ht: 6, outlineLevel: 7, collapsed: 8, si: 9, ref: 10 };
const KNOWN = Object.keys(A);

/** The index of the known attribute named by text[a, b), or -1. */
function known(t: string, a: number, b: number): number {
  switch (b - a) {
    case 1: {
      const c = t.charCodeAt(a);
      return c === 114 ? A.r : c === 115 ? A.s : c === 116 ? A.t : -1;
    }
    case 2:
      return t.startsWith('ht', a) ? A.ht : t.startsWith('si', a) ? A.si : -1;
    case 3:
      return t.startsWith('ref', a) ? A.ref : -1;
    case 5:
      return t.startsWith('spans', a) ? A.spans : -1;
    case 6:
      return t.startsWith('hidden', a) ? A.hidden : -1;
    case 7:
      return t.startsWith('bestFit', a) ? A.bestFit : -1;
    case 9:
      return t.startsWith('collapsed', a) ? A.collapsed : -1;
    case 12:
      return t.startsWith('outlineLevel', a) ? A.outlineLevel : -1;
    default:
      return -1;
  }
}

/** The scanner over one text: a cursor, and the last tag's name and attributes. */
class Scanner {
  i: number;
  name = '';
  /** The known attributes' values (those in `given`). */
  readonly values: string[] = KNOWN.map(() => '');
  /** The known attributes given, one bit each. */
  given = 0;
  /** The other attributes' names. */
  readonly others: string[] = [];
  selfClosing = false;
  /** A row or cell without its `r` was seen. */
  unpositioned = false;
  constructor(
    readonly text: string,
    at: number,
  ) {
    this.i = at;
  }

  /** An entity or character reference at `&` (this.i), decoded; the cursor after its `;`. */
  entity(): string {
    const t = this.text;
    const semi = t.indexOf(';', this.i + 1);
    if (semi < 0 || semi - this.i > 12) give('entity');
    const body = t.slice(this.i + 1, semi);
    this.i = semi + 1;
    const named = NAMED[body];
    if (named !== undefined && Object.prototype.hasOwnProperty.call(NAMED, body)) return named;
    let n = NaN;
    if (/^#x[0-9a-fA-F]+$/.test(body)) n = parseInt(body.slice(2), 16);
    else if (/^#[0-9]+$/.test(body)) n = parseInt(body.slice(1), 10);
    if (!isChar(n)) give('entity');
    return String.fromCodePoint(n);
  }

  /**
   * Character data up to the next `<`, decoded (null: whitespace only, when `keep` is false: anything else gives up).
   * Refuses what XML forbids: control characters, a half surrogate pair, U+FFFE/U+FFFF, `]]>`; a carriage return
   * (the parser would turn it into a line feed).
   */
  chars(keep: boolean): string | null {
    const t = this.text;
    let i = this.i;
    let out = '';
    let from = i;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === LT) break;
      if (i >= t.length) give('unclosed');
      if (c < 0x20) {
        if (c !== 10 && c !== 9) give('character');
      } else if (c === AMP) {
        if (!keep) give('text outside a value');
        out += t.slice(from, i);
        this.i = i;
        out += this.entity();
        i = from = this.i;
        continue;
      } else if (c === GT) {
        if (t.charCodeAt(i - 1) === 93 && t.charCodeAt(i - 2) === 93) give(']]>');
      } else if (c >= 0xd800) {
        if (c <= 0xdbff) {
          const d = t.charCodeAt(i + 1);
          if (!(d >= 0xdc00 && d <= 0xdfff)) give('character');
          i++;
        } else if (c <= 0xdfff || c >= 0xfffe) give('character');
      }
      if (!keep && !isSpace(c)) give('text outside a value');
      i++;
    }
    this.i = i;
    if (!keep) return null;
    return from === i ? out : out + t.slice(from, i);
  }

  /**
   * An attribute's value from its opening quote (this.i), decoded (`keep`) or only checked; tabs and line breaks
   * (normalised by XML) give up.
   */
  value(keep: boolean): string | undefined {
    const t = this.text;
    const q = t.charCodeAt(this.i);
    if (q !== 34 && q !== 39) give('attribute');
    let i = ++this.i;
    let out = '';
    let from = i;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === q) break;
      if (c < 0x20 || c === LT || c === GT || i >= t.length) give('attribute'); // `>`: ./normalise.ts withPositions's reading
      if (c === AMP) {
        if (keep) out += t.slice(from, i);
        this.i = i;
        const e = this.entity();
        if (keep) out += e;
        i = from = this.i;
        continue;
      }
      if (c >= 0xd800) {
        if (c <= 0xdbff) {
          const d = t.charCodeAt(i + 1);
          if (!(d >= 0xdc00 && d <= 0xdfff)) give('character');
          i++;
        } else if (c <= 0xdfff || c >= 0xfffe) give('character');
      }
      i++;
    }
    this.i = i + 1;
    if (!keep) return undefined;
    return from === i ? out : out + t.slice(from, i);
  }

  /** A start tag at `<` (this.i): its name, attributes (each once) and whether it closes itself; the cursor after it. */
  open(): void {
    const t = this.text;
    let i = this.i + 1;
    const s = i;
    if (!nameStart(t.charCodeAt(i))) give('markup');
    while (nameChar(t.charCodeAt(i))) i++;
    this.name = elementName(t, s, i);
    const values = this.values;
    let given = 0;
    if (this.others.length) this.others.length = 0;
    for (;;) {
      let c = t.charCodeAt(i);
      const spaced = isSpace(c);
      while (isSpace(c)) c = t.charCodeAt(++i);
      if (c === GT) {
        this.selfClosing = false;
        break;
      }
      if (c === SLASH) {
        if (t.charCodeAt(i + 1) !== GT) give('tag');
        this.selfClosing = true;
        i++;
        break;
      }
      if (!spaced || !nameStart(c)) give('tag');
      const a = i;
      while (nameChar(t.charCodeAt(i))) i++;
      const k = known(t, a, i);
      if (k < 0) {
        const name = t.slice(a, i);
        if (this.others.includes(name)) give('duplicate attribute');
        this.others.push(name);
      } else if (given & (1 << k)) give('duplicate attribute');
      while (isSpace(t.charCodeAt(i))) i++;
      if (t.charCodeAt(i) !== 61) give('attribute');
      i++;
      while (isSpace(t.charCodeAt(i))) i++;
      this.i = i;
      if (k < 0) this.value(false);
      else {
        values[k] = this.value(true)!;
        given |= 1 << k;
      }
      i = this.i;
    }
    this.given = given;
    this.i = i + 1;
  }

  /** A known attribute's value (`A.r`, …), undefined when not given. */
  attr(k: number): string | undefined {
    return this.given & (1 << k) ? this.values[k] : undefined;
  }

  /** A tag at `<` (this.i): -1 for an end tag `</name>` (checked against `expected`), else 1 after `open()`. */
  tag(expected: string): number {
    const t = this.text;
    const c = t.charCodeAt(this.i + 1);
    if (c === SLASH) {
      const end = this.i + 2 + expected.length;
      if (t.charCodeAt(end) !== GT || !t.startsWith(expected, this.i + 2)) give('end tag');
      this.i = end + 1;
      return -1;
    }
    this.open();
    return 1;
  }
}

/** The grammar's element names (constants, not sliced from the text); any other name as it is. */
function elementName(t: string, a: number, b: number): string {
  const c = t.charCodeAt(a);
  switch (b - a) {
    case 1:
      if (c === 99) return 'c';
      if (c === 118) return 'v';
      if (c === 102) return 'f';
      if (c === 116) return 't';
      break;
    case 2:
      if (c === 105 && t.charCodeAt(a + 1) === 115) return 'is';
      break;
    case 3:
      if (t.startsWith('row', a)) return 'row';
      break;
    case 9:
      if (t.startsWith('sheetData', a)) return 'sheetData';
      break;
  }
  return t.slice(a, b);
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
