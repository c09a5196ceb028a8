/**
 * A workbook file's bytes read without trusting them, the same on every platform (the CLI through ./files.ts, the
 * preview and the 离线版 through src/preview/load-xlsx.ts): it must be a workbook; its parts may not inflate beyond
 * LIMITS.inflatedBytes (as stated, then as really inflated: ./zlib-load.ts); each worksheet is scanned before ExcelJS
 * parses it — no table beyond LIMITS.rows rows or LIMITS.columns columns, no more cells than the memory budget holds,
 * no merged area over LIMITS.mergeCells cells; ranges are bounded before they are expanded (./bounds.ts). Other
 * formats (.xls, .ods, encrypted, XML spreadsheets) are named with what to do. Messages are Chinese, never the
 * parser's English.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { columnIndex, columnLetter } from '../core/a1';
import { FileError } from './file-error';
import type { Inflater } from './inflater';
import { LIMITS } from './limits';
import { Workbook } from './workbook';
import { attribute } from './attributes';
import { Unusual } from './model-snapshot';
import { Budget, loadXlsx, PartError, streamPart, type Counted, type LoadHooks } from './zlib-load';

export interface WorkbookFileInfo {
  macros: boolean;
  externalLinks: boolean;
}

/** What the platform gives the reader: its inflater and what one workbook's cells may cost (bytes). */
export interface ReadEnv {
  inflater: Inflater;
  memory: () => number;
}

const colNumber = (letters: string) => columnIndex(letters) + 1;

/**
 * Cell references that may lie beyond the limits: a column of as many letters as the column limit's, or a row of as
 * many digits as the row limit's (a shorter one is within it), in any quoting. Most cells match neither.
 */
let far: { key: string; re: RegExp } | undefined;
const farCells = () => {
  const letters = columnLetter(LIMITS.columns - 1).length;
  const digits = String(LIMITS.rows).length;
  const key = `${letters},${digits}`;
  if (far?.key !== key)
    far = {
      key,
      re: new RegExp(`<(?:\\w+:)?c\\s[^>]*?\\br\\s*=\\s*["'](?:([A-Z]{${letters},3})(\\d+)|[A-Z]{1,3}(\\d{${digits},}))["']`, 'g'),
    };
  far.re.lastIndex = 0;
  return far.re;
};

/** How many cells (`<c`) and rows (`<row`) open in the text (any namespace prefix), counted in one pass without allocating. */
function countCellsAndRows(text: string): { cells: number; rows: number } {
  const word = (ch: number) => (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57) || ch === 95;
  const ends = (ch: number) => ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;
  let cells = 0;
  let rows = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    let j = i + 1;
    let k = j;
    while (k < j + 16 && word(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) === 58 && k > j) j = k + 1; // a prefix: <x:c
    if (text.charCodeAt(j) === 99 /* c */ && ends(text.charCodeAt(j + 1))) cells++;
    else if (text.startsWith('row', j) && ends(text.charCodeAt(j + 3))) rows++;
  }
  return { cells, rows };
}

/** Bytes one cell costs the reader (ExcelJS's model and cell objects, the snapshot, the check), measured: ~400. */
const BYTES_PER_CELL = 600;
/** A row's own cost, beyond its cells. */
const BYTES_PER_ROW = 400;

/** One workbook's cells against the memory budget, counted before they are parsed. */
class CellBudget {
  private bytes = 0;
  /** Asked once per workbook (the heap's statistics cost more than a small sheet's scan). */
  private readonly budget: number;
  constructor(
    private readonly path: string,
    memory: () => number,
  ) {
    this.budget = memory();
  }
  add(cells: number, rows: number, where: string): void {
    this.bytes += cells * BYTES_PER_CELL + rows * BYTES_PER_ROW;
    const budget = this.budget;
    if (this.bytes > budget)
      throw new FileError(
        `无法读取 ${this.path}：${where}单元格过多（约 ${Math.round(this.bytes / BYTES_PER_CELL).toLocaleString('en')} 个），` +
          `超过本机可用内存能容纳的 ${Math.floor(budget / BYTES_PER_CELL).toLocaleString('en')} 个，未读取。请删去表格以外的内容，或把各表分存为几个文件后再检查`,
      );
  }
}

/** Rows, columns and cells of one sheet's XML against the limits and the memory budget, fed in pieces. */
class SheetScan {
  private tail = '';
  private beyond = 0;
  private maxRow = 0;
  private maxCol = 0;
  private cells = 0;
  private rows = 0;
  refusal: string | null = null;
  constructor(
    private readonly path: string,
    private readonly name: string,
    private readonly budget: CellBudget,
  ) {}

  /** Takes the next piece of text; false once the sheet is refused. */
  feed(chunk: string): boolean {
    const text = this.tail + chunk;
    const cut = text.lastIndexOf('<');
    if (cut < 0) {
      this.tail = text;
      return true;
    }
    this.scan(text.slice(0, cut));
    this.tail = text.slice(cut);
    return this.refusal === null;
  }

  finish(): void {
    this.scan(this.tail);
    if (this.refusal) throw new FileError(this.refusal);
  }

  /**
   * `feed(text)` and `finish()`, with the cells and rows of text[counted.start, counted.end) (a sheetData's content:
   * whole elements) as counted by ./sheet-data.ts instead of counted again here.
   */
  whole(text: string, counted: Counted): void {
    const cut = text.lastIndexOf('<');
    const before = countCellsAndRows(text.slice(0, counted.start));
    const after = countCellsAndRows(text.slice(counted.end, cut));
    this.scan(text.slice(0, cut), { cells: before.cells + counted.cells + after.cells, rows: before.rows + counted.rows + after.rows });
    this.tail = text.slice(cut);
    this.finish();
  }

  private scan(text: string, counts = countCellsAndRows(text)): void {
    const where = `${this.path}：工作表「${this.name}」`;
    for (const m of text.matchAll(farCells())) {
      const r = Number(m[2] ?? m[3]);
      const c = m[1] ? colNumber(m[1]) : 0;
      if (r <= LIMITS.rows && c <= LIMITS.columns) continue;
      this.beyond++;
      this.maxRow = Math.max(this.maxRow, r);
      this.maxCol = Math.max(this.maxCol, c);
    }
    const { cells, rows } = counts;
    this.cells += cells;
    this.rows += rows;
    try {
      this.budget.add(cells, rows, `工作表「${this.name}」`);
    } catch (e) {
      this.refusal ??= (e as Error).message;
    }
    // A few stray cells far away are skipped by the reader (and said); a table that large is refused.
    if (this.beyond > LIMITS.strayCells && this.maxRow > LIMITS.rows)
      this.refusal ??= `${where}有内容到第 ${this.maxRow} 行，超过读取上限 ${LIMITS.rows} 行，未读取`;
    if (this.beyond > LIMITS.strayCells && this.maxCol > LIMITS.columns)
      this.refusal ??= `${where}有内容到第 ${this.maxCol} 列，超过读取上限 ${LIMITS.columns} 列，未读取`;
  }
}

/** What could not be parsed, said for the user (the parser's English stays out of the message). */
function unreadable(e: unknown): string {
  const where = e instanceof PartError ? (e.sheet ? `工作表「${e.sheet}」` : `部件 ${e.part} `) : '文件';
  const what = (e as Error).message ?? '';
  const cause = /Maximum call stack|too deep/i.test(what)
    ? '嵌套过深'
    : /Unexpected xml node|Invalid|Unclosed|Unexpected close|Text data outside|not well-formed|Non-whitespace/i.test(what)
      ? '不是格式正确的 XML'
      : '结构不符合 .xlsx 规范';
  return `${where}${cause}，无法读取。请在 Excel 或 WPS 中打开、另存为 .xlsx 后再检查`;
}

/** Whether `data` holds `needle` anywhere. */
function holds(data: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = data.indexOf(needle[0]!); i >= 0 && i + needle.length <= data.length; i = data.indexOf(needle[0]!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
const utf16le = (text: string) => new Uint8Array([...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]));
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Formats that are not a zip, recognized by their first bytes: what they are and what to do. */
function otherFormat(data: Uint8Array): string | null {
  if (OLE.every((b, i) => data[i] === b)) {
    // An OLE compound file: an encrypted .xlsx keeps its package in an "EncryptedPackage" stream (names in UTF-16).
    if (holds(data, utf16le('EncryptedPackage')) || holds(data, utf16le('EncryptionInfo')))
      return '工作簿设有打开密码（已加密），无法读取。请在 Excel 中打开，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中删除密码并保存后再检查（WPS：“文件 → 文档加密”）';
    return '这是旧版 Excel 97–2003 工作簿（.xls）或 WPS 表格（.et），本工具只读取 .xlsx。请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）后再检查';
  }
  const head = new TextDecoder('latin1').decode(data.subarray(0, 512));
  if (/^\s*<\?xml[\s\S]*urn:schemas-microsoft-com:office:spreadsheet/.test(head) || /^\s*<(html|!DOCTYPE html)/i.test(head))
    return '这是 XML 表格或网页格式的文件（扩展名改成了 .xlsx），本工具只读取 .xlsx。请在 Excel 中打开，另存为 Excel 工作簿（.xlsx）后再检查';
  return null;
}

/** Opens the zip without trusting it: a workbook, whose parts' stated sizes stay within the limit. */
async function openZip(path: string, data: Uint8Array): Promise<{ zip: JSZip; info: WorkbookFileInfo }> {
  const other = otherFormat(data);
  if (other) throw new FileError(`无法读取 ${path}：${other}`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new FileError(
      `无法读取 ${path}：不是有效的 Excel 工作簿（.xlsx，不是 zip 压缩包）。请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）后再检查`,
    );
  }
  if (/opendocument\.spreadsheet/.test((await zip.file('mimetype')?.async('string')) ?? ''))
    throw new FileError(
      `无法读取 ${path}：这是 OpenDocument 表格（.ods），本工具只读取 .xlsx。请在 WPS 或 LibreOffice 中另存为 Excel 工作簿（.xlsx）后再检查`,
    );
  if (!zip.file('xl/workbook.xml')) throw new FileError(`无法读取 ${path}：压缩包中没有工作簿（不是 Excel 工作簿）`);
  let inflated = 0;
  for (const f of Object.values(zip.files))
    inflated += (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  if (inflated > LIMITS.inflatedBytes)
    throw new FileError(`无法读取 ${path}：解压后 ${Math.round(inflated / 2 ** 20)} MB，超过上限 ${LIMITS.inflatedBytes / 2 ** 20} MB`);
  const names = Object.keys(zip.files);
  return {
    zip,
    info: { macros: names.some((n) => /vbaProject\.bin$/i.test(n)), externalLinks: names.some((n) => n.startsWith('xl/externalLinks/')) },
  };
}

/** Sheet names by part name (xl/worksheets/sheet3.xml → 支出总表), for messages that name what the user sees. */
async function sheetNames(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  try {
    const book = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
    const target = new Map<string, string>();
    for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      const id = attribute(m[0], 'Id');
      const t = attribute(m[0], 'Target');
      if (id && t) target.set(id, `xl/${t.replace(/^(\s|\/xl\/)+/, '')}`);
    }
    for (const m of book.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
      const name = attribute(m[0], 'name');
      const part = target.get(attribute(m[0], 'r:id') ?? '');
      if (name && part) out.set(part, name);
    }
  } catch {
    /* names are for messages only */
  }
  return out;
}

/** Each worksheet is scanned against the limits before ExcelJS parses it; a large one streamed, before it is inflated. */
const scanHooks = (path: string, zip: JSZip, names: Map<string, string>, env: ReadEnv): LoadHooks => {
  const budget = new CellBudget(path, env.memory);
  const nameOf = (entry: string) => names.get(entry.replace(/^\//, '')) ?? entry.replace(/^.*\//, '');
  // A sheet scanned streamed before it was inflated is the same text once inflated: scanned (and counted) once.
  const streamed = new Set<string>();
  return {
    scan(entry, text, counted) {
      if (streamed.has(entry)) return;
      const s = new SheetScan(path, nameOf(entry), budget);
      if (counted) s.whole(text, counted);
      else {
        s.feed(text);
        s.finish();
      }
    },
    async scanLarge(entry) {
      const s = new SheetScan(path, nameOf(entry), budget);
      await streamPart(zip, entry, env.inflater, (text) => s.feed(text));
      s.finish();
      streamed.add(entry);
    },
    expansion(cells) {
      budget.add(cells, 0, '合并区域与数据验证涉及的');
    },
    sheetName: nameOf,
  };
};

/**
 * The workbook in `data` (named `path` in messages), opened within the limits and handed to `read` (ExcelJS's full
 * load, or the snapshot straight from the parsed parts); FileError with a Chinese message otherwise. `Unusual` (a sheet
 * the snapshot reading does not cover) passes through for the caller to read the full way.
 */
export async function readWorkbookWith<T>(
  path: string,
  data: Uint8Array,
  env: ReadEnv,
  read: (wb: ExcelJS.Workbook, zip: JSZip, budget: Budget, hooks: LoadHooks) => Promise<T>,
): Promise<{ wb: ExcelJS.Workbook; info: WorkbookFileInfo; out: T }> {
  if (data.length > LIMITS.fileBytes)
    throw new FileError(`${path} 有 ${Math.round(data.length / 2 ** 20)} MB，超过上限 ${LIMITS.fileBytes / 2 ** 20} MB`);
  const { zip, info } = await openZip(path, data);
  const wb = new Workbook();
  try {
    const out = await read(wb, zip, new Budget(path, env.inflater), scanHooks(path, zip, await sheetNames(zip), env));
    return { wb, info, out };
  } catch (e) {
    if (e instanceof Unusual) throw e;
    if (e instanceof FileError) throw e.message.startsWith('工作') ? new FileError(`无法读取 ${path}：${e.message}`) : e;
    throw new FileError(`无法读取 ${path}：${unreadable(e)}`);
  }
}

/** The workbook in `data` (named `path` in messages), read within the limits; FileError with a Chinese message otherwise. */
export async function readWorkbookBytes(
  path: string,
  data: Uint8Array,
  env: ReadEnv,
): Promise<{ wb: ExcelJS.Workbook; info: WorkbookFileInfo }> {
  return readWorkbookWith(path, data, env, (wb, zip, budget, hooks) => loadXlsx(wb, zip, budget, hooks));
}
