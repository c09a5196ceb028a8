/**
 * Loading and saving .xlsx files for the CLI and tests, with Chinese messages for unreadable input. Before ExcelJS
 * reads a file, the zip is inspected without trusting it: it must be a workbook; its parts may not inflate beyond
 * LIMITS.inflatedBytes; no sheet may hold a table beyond LIMITS.rows rows or a merged area over LIMITS.mergeCells cells
 * (ExcelJS expands merges cell by cell). What ExcelJS cannot keep in a copy — macros, external links — is recorded,
 * and saving a copy of such a workbook is refused rather than losing them. Saves go through a temporary file.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { columnIndex } from '../core/a1';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { writeAtomic } from './atomic-write';
import { FileError } from './file-error';
import { LIMITS } from './limits';

export { FileError } from './file-error';

export { LIMITS } from './limits';

export interface WorkbookFileInfo {
  macros: boolean;
  externalLinks: boolean;
}

const INFO = new WeakMap<ExcelJS.Workbook, WorkbookFileInfo>();
export const fileInfo = (wb: ExcelJS.Workbook): WorkbookFileInfo => INFO.get(wb) ?? { macros: false, externalLinks: false };

const colNumber = (letters: string) => columnIndex(letters) + 1;

interface RawEntry {
  compressedContent?: Uint8Array;
  compression?: { magic?: string };
  uncompressedSize?: number;
}

/**
 * Feeds an entry's text to `take` in chunks until it returns false. Deflated entries are inflated by Node's zlib
 * directly from the zip's bytes (JSZip's own workers tick once per chunk: slow over a thousand sheets); anything
 * else goes through JSZip's stream. Memory stays bounded by the chunk size.
 */
async function inflateChunks(zip: JSZip, entry: string, take: (text: string) => boolean): Promise<void> {
  const raw = (zip.file(entry) as unknown as { _data?: RawEntry })._data;
  if (raw?.compressedContent && raw.compression?.magic === '\x08\x00' && (raw.uncompressedSize ?? Infinity) <= 8 * 2 ** 20) {
    take(inflateRawSync(raw.compressedContent).toString('utf8'));
    return;
  }
  if (raw?.compressedContent && raw.compression?.magic === '\x08\x00') {
    const inflater = createInflateRaw({ chunkSize: 1 << 20 });
    const decoder = new TextDecoder('utf-8');
    await new Promise<void>((done, fail) => {
      inflater.on('data', (b: Buffer) => {
        if (!take(decoder.decode(b, { stream: true }))) {
          inflater.destroy();
          done();
        }
      });
      inflater.on('end', () => done());
      inflater.on('error', fail);
      inflater.end(raw.compressedContent);
    });
    return;
  }
  await new Promise<void>((done, fail) => {
    const stream = zip.file(entry)!.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      if (!take(chunk.toString('utf8'))) {
        (stream as unknown as { pause(): void }).pause();
        done();
      }
    });
    stream.on('end', () => done());
    stream.on('error', fail);
  });
}

/** Rows, columns and merged areas of one sheet's XML against the limits, streamed: memory stays small. */
async function scanSheet(zip: JSZip, entry: string, path: string): Promise<void> {
  const name = entry.replace(/^.*\//, '');
  let tail = '';
  let beyond = 0;
  let maxRow = 0;
  let maxCol = 0;
  let refusal: string | null = null;
  const scan = (text: string) => {
    for (const m of text.matchAll(/<c r="([A-Z]{1,3})(\d+)"/g)) {
      const r = Number(m[2]);
      const c = colNumber(m[1]!);
      if (r <= LIMITS.rows && c <= LIMITS.columns) continue;
      beyond++;
      maxRow = Math.max(maxRow, r);
      maxCol = Math.max(maxCol, c);
    }
    for (const m of text.matchAll(/<mergeCell ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"/g)) {
      const area = (Number(m[4]) - Number(m[2]) + 1) * (colNumber(m[3]!) - colNumber(m[1]!) + 1);
      if (area > LIMITS.mergeCells) refusal ??= `${path}：工作表 ${name} 有一个合并区域 ${m[1]}${m[2]}:${m[3]}${m[4]} 过大，未读取`;
    }
    // A few stray cells far away are skipped by the reader (and said); a table that large is refused.
    if (beyond > LIMITS.strayCells && maxRow > LIMITS.rows)
      refusal ??= `${path}：工作表 ${name} 有内容到第 ${maxRow} 行，超过读取上限 ${LIMITS.rows} 行，未读取`;
    if (beyond > LIMITS.strayCells && maxCol > LIMITS.columns)
      refusal ??= `${path}：工作表 ${name} 有内容到第 ${maxCol} 列，超过读取上限 ${LIMITS.columns} 列，未读取`;
  };
  await inflateChunks(zip, entry, (chunk) => {
    const text = tail + chunk;
    const cut = text.lastIndexOf('<');
    if (cut < 0) {
      tail = text;
      return true;
    }
    scan(text.slice(0, cut));
    tail = text.slice(cut);
    return refusal === null;
  });
  scan(tail);
  if (refusal) throw new FileError(refusal);
}

/** Inspects the zip before ExcelJS reads it: a workbook, within the limits. */
export async function inspectXlsx(path: string, data: Buffer): Promise<WorkbookFileInfo> {
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
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) await scanSheet(zip, name, path);
  const names = Object.keys(zip.files);
  return { macros: names.some((n) => /vbaProject\.bin$/i.test(n)), externalLinks: names.some((n) => n.startsWith('xl/externalLinks/')) };
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  if (!existsSync(path)) throw new FileError(`找不到文件：${path}`);
  const st = statSync(path);
  if (!st.isFile()) throw new FileError(`${path} 不是普通文件，不读取`);
  if (st.size > LIMITS.fileBytes)
    throw new FileError(`${path} 有 ${Math.round(st.size / 2 ** 20)} MB，超过上限 ${LIMITS.fileBytes / 2 ** 20} MB`);
  const data = readFileSync(path);
  const info = await inspectXlsx(path, data);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
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
