/**
 * Loading and saving .xlsx files for the CLI and tests, with Chinese messages for unreadable input. The zip is read
 * without trusting it: it must be a workbook; its parts may not inflate beyond LIMITS.inflatedBytes (as stated, then
 * as really inflated: ./zlib-load.ts); each worksheet is scanned before ExcelJS parses it — no table beyond
 * LIMITS.rows rows or LIMITS.columns columns, no merged area over LIMITS.mergeCells cells (ExcelJS expands merges cell
 * by cell). What ExcelJS cannot keep in a copy — macros, external links — is recorded, and saving a copy of such a
 * workbook is refused rather than losing them. Saves go through a temporary file.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { columnIndex, columnLetter } from '../core/a1';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { writeAtomic } from './atomic-write';
import { FileError } from './file-error';
import { LIMITS } from './limits';
import { Workbook } from './workbook';
import { Budget, loadXlsx, streamPart, type LoadHooks } from './zlib-load';

export { FileError } from './file-error';

export { LIMITS } from './limits';

export interface WorkbookFileInfo {
  macros: boolean;
  externalLinks: boolean;
}

const INFO = new WeakMap<ExcelJS.Workbook, WorkbookFileInfo>();
export const fileInfo = (wb: ExcelJS.Workbook): WorkbookFileInfo => INFO.get(wb) ?? { macros: false, externalLinks: false };

const colNumber = (letters: string) => columnIndex(letters) + 1;

/**
 * Cell references that may lie beyond the limits: a column of as many letters as the column limit's, or a row of as
 * many digits as the row limit's (a shorter one is within it). Most cells match neither, so the scan allocates little.
 */
const farCells = () => {
  const letters = columnLetter(LIMITS.columns - 1).length;
  const digits = String(LIMITS.rows).length;
  return new RegExp(`<c r="(?:([A-Z]{${letters},3})(\\d+)|[A-Z]{1,3}(\\d{${digits},}))"`, 'g');
};

/** Rows, columns and merged areas of one sheet's XML against the limits, fed in pieces: memory stays small. */
class SheetScan {
  private tail = '';
  private beyond = 0;
  private maxRow = 0;
  private maxCol = 0;
  refusal: string | null = null;
  constructor(
    private readonly path: string,
    private readonly name: string,
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

  private scan(text: string): void {
    const where = `${this.path}：工作表 ${this.name}`;
    for (const m of text.matchAll(farCells())) {
      const r = Number(m[2] ?? m[3]);
      const c = m[1] ? colNumber(m[1]) : 0;
      if (r <= LIMITS.rows && c <= LIMITS.columns) continue;
      this.beyond++;
      this.maxRow = Math.max(this.maxRow, r);
      this.maxCol = Math.max(this.maxCol, c);
    }
    for (const m of text.matchAll(/<mergeCell ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"/g)) {
      const area = (Number(m[4]) - Number(m[2]) + 1) * (colNumber(m[3]!) - colNumber(m[1]!) + 1);
      if (area > LIMITS.mergeCells) this.refusal ??= `${where} 有一个合并区域 ${m[1]}${m[2]}:${m[3]}${m[4]} 过大，未读取`;
    }
    // A few stray cells far away are skipped by the reader (and said); a table that large is refused.
    if (this.beyond > LIMITS.strayCells && this.maxRow > LIMITS.rows)
      this.refusal ??= `${where} 有内容到第 ${this.maxRow} 行，超过读取上限 ${LIMITS.rows} 行，未读取`;
    if (this.beyond > LIMITS.strayCells && this.maxCol > LIMITS.columns)
      this.refusal ??= `${where} 有内容到第 ${this.maxCol} 列，超过读取上限 ${LIMITS.columns} 列，未读取`;
  }
}

/** Opens the zip without trusting it: a workbook, whose parts' stated sizes stay within the limit. */
async function openZip(path: string, data: Buffer): Promise<{ zip: JSZip; info: WorkbookFileInfo }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new FileError(`无法读取 ${path}：不是有效的 .xlsx 文件（不是 zip 压缩包）`);
  }
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

/** Each worksheet is scanned against the limits before ExcelJS parses it; a large one streamed, before it is inflated. */
const scanHooks = (path: string, zip: JSZip): LoadHooks => ({
  scan(entry, text) {
    const s = new SheetScan(path, entry.replace(/^.*\//, ''));
    s.feed(text);
    s.finish();
  },
  async scanLarge(entry) {
    const s = new SheetScan(path, entry.replace(/^.*\//, ''));
    await streamPart(zip, entry, (text) => s.feed(text));
    s.finish();
  },
});

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  if (!existsSync(path)) throw new FileError(`找不到文件：${path}`);
  const st = statSync(path);
  if (!st.isFile()) throw new FileError(`${path} 不是普通文件，不读取`);
  if (st.size > LIMITS.fileBytes)
    throw new FileError(`${path} 有 ${Math.round(st.size / 2 ** 20)} MB，超过上限 ${LIMITS.fileBytes / 2 ** 20} MB`);
  const data = readFileSync(path);
  const { zip, info } = await openZip(path, data);
  const wb = new Workbook();
  try {
    await loadXlsx(wb, zip, new Budget(path), scanHooks(path, zip));
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError(`无法读取 ${path}：不是有效的 .xlsx 文件（${(e as Error).message.split('\n')[0]}）`);
  }
  INFO.set(wb, info);
  return wb;
}

/** Refuses copies that would silently lose what ExcelJS does not keep (macros, external links). */
export function assertCopyable(wb: ExcelJS.Workbook, source: string): void {
  const info = fileInfo(wb);
  if (info.macros)
    throw new FileError(`${source} 含宏（VBA），另存副本会丢失宏，未写出副本。检查结果已列出，请在 Excel 中按结果修改原文件`);
  if (info.externalLinks)
    throw new FileError(`${source} 含外部链接，另存副本会使链接公式失效，未写出副本。检查结果已列出，请在 Excel 中按结果修改原文件`);
}

/** Saves through a temporary file in the target folder, renamed over the target: never a torn or empty file. */
export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  wb.lastModifiedBy = '预算公开助手';
  await writeAtomic(path, (tmp) => wb.xlsx.writeFile(tmp));
}

/** A file this tool wrote before: its document properties name 预算公开助手 (set on every saved copy). */
export async function isPreviousOutput(path: string): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(readFileSync(path));
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    return /<dc:creator>预算公开助手<\/dc:creator>|<cp:lastModifiedBy>预算公开助手<\/cp:lastModifiedBy>/.test(core);
  } catch {
    return false;
  }
}
