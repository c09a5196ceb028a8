/**
 * The strict XML reading the worksheet scanners share (./sheet-data.ts, ./sheet-rest.ts): a cursor over a text that
 * reads character data, attribute values, entity and character references and start and end tags the way saxes (the
 * XML parser ExcelJS uses) reads them — or gives up (`Give`) on anything it might read differently or refuse: a
 * carriage return, a tab or line break in an attribute value (normalised there), `>` in an attribute value, a
 * control character, half a surrogate pair, U+FFFE/U+FFFF, `]]>`, an undefined entity, a name that is not ASCII,
 * a duplicate attribute, markup (`<!`, `<?`).
 */
/** A start tag as saxes reports it (with namespaces off). */
export interface SaxTag {
  name: string;
  attributes: Record<string, string>;
  isSelfClosing: boolean;
}

/** Thrown inside the scanner to give up; caught at its entry. */
export class Give extends Error {}
export const give = (reason: string): never => {
  throw new Give(reason);
};

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const LT = 60;
export const GT = 62;
export const AMP = 38;
export const SLASH = 47;

export const isSpace = (c: number) => c === 32 || c === 10 || c === 9;
export const nameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
export const nameChar = (c: number) => nameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
/** XML 1.0's Char production, for a character reference. */
const isChar = (n: number) =>
  n === 9 || n === 10 || n === 13 || (n >= 0x20 && n <= 0xd7ff) || (n >= 0xe000 && n <= 0xfffd) || (n >= 0x10000 && n <= 0x10ffff);

/** The attributes the models read, by index (any other is only checked: well-formed, given once). */
export const A = { r: 0, s: 1, t: 2, spans: 3, hidden: 4, bestFit: 5, ht: 6, outlineLevel: 7, collapsed: 8, si: 9, ref: 10 };
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
export class Scanner {
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

  /**
   * A start tag at `<` (this.i) as saxes gives it (`{ name, attributes, isSelfClosing }`, the attributes in a
   * prototype-less object in the order written); the cursor after it.
   */
  openAll(): SaxTag {
    const t = this.text;
    let i = this.i + 1;
    const s = i;
    if (!nameStart(t.charCodeAt(i))) give('markup');
    while (nameChar(t.charCodeAt(i))) i++;
    const tag: SaxTag = { name: t.slice(s, i), attributes: Object.create(null) as Record<string, string>, isSelfClosing: false };
    for (;;) {
      let c = t.charCodeAt(i);
      const spaced = isSpace(c);
      while (isSpace(c)) c = t.charCodeAt(++i);
      if (c === GT) break;
      if (c === SLASH) {
        if (t.charCodeAt(i + 1) !== GT) give('tag');
        tag.isSelfClosing = true;
        i++;
        break;
      }
      if (!spaced || !nameStart(c)) give('tag');
      const a = i;
      while (nameChar(t.charCodeAt(i))) i++;
      const name = t.slice(a, i);
      if (name in tag.attributes) give('duplicate attribute');
      while (isSpace(t.charCodeAt(i))) i++;
      if (t.charCodeAt(i) !== 61) give('attribute');
      i++;
      while (isSpace(t.charCodeAt(i))) i++;
      this.i = i;
      tag.attributes[name] = this.value(true)!;
      i = this.i;
    }
    this.i = i + 1;
    return tag;
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
