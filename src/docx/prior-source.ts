/**
 * Last year's disclosure, as the user gives it (the pane's 「上年公开文件」, the CLI's --prior): an .xlsx (its tables,
 * and a 说明 sheet in it), a .docx (its text), or text copied from its PDF (.txt, UTF-8 or GB18030) → prior facts.
 * The workbook reader is the host's (ExcelJS in the browser, the bounded reader in the CLI). Every failure is a
 * PriorSourceError with a message for the user; nothing read from the file is ever written anywhere but the
 * workbook's own very hidden sheet.
 */
import type { WorkbookSnapshot } from '../core/model/snapshot';
import type { PriorFacts } from '../core/narrative/prior-facts';
import { priorFromText, priorFromWorkbook } from '../core/narrative/read-prior';
import { FileError } from '../xlsx/file-error';
import { docxText, DocxTextError } from './docx-text';

export class PriorSourceError extends Error {}

export const TEXT_LIMIT = 20 * 2 ** 20;

export type PriorKind = 'xlsx' | 'docx' | 'txt';

/** The kind of file by its name (and, for a zip, it is still opened as what the name says). */
export function priorKind(name: string): PriorKind | null {
  const m = /\.(xlsx|docx|txt)$/i.exec(name);
  return m ? (m[1]!.toLowerCase() as PriorKind) : null;
}

/** Text as saved from a PDF or a page: UTF-8 (with or without BOM), else GB18030 (Windows 中文 Notepad). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length > TEXT_LIMIT) throw new PriorSourceError(`文本文件超过 ${TEXT_LIMIT / 2 ** 20} MB，未读取`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    try {
      return new TextDecoder('gb18030').decode(bytes);
    } catch {
      throw new PriorSourceError('文本文件不是 UTF-8 或 GBK 编码，无法读取');
    }
  }
}

export async function priorFromBytes(
  bytes: Uint8Array,
  name: string,
  readWorkbook: (bytes: Uint8Array) => Promise<WorkbookSnapshot>,
): Promise<PriorFacts> {
  const kind = priorKind(name);
  if (!kind) throw new PriorSourceError(`上年公开文件应为 .xlsx、.docx 或 .txt：${name}`);
  let prior: PriorFacts;
  try {
    if (kind === 'xlsx') prior = priorFromWorkbook(await readWorkbook(bytes), name);
    else prior = priorFromText(kind === 'docx' ? await docxText(bytes) : decodeText(bytes), name);
  } catch (e) {
    if (e instanceof PriorSourceError) throw e;
    if (e instanceof FileError) throw new PriorSourceError(e.message);
    if (e instanceof DocxTextError) throw new PriorSourceError(`${name}：${e.message}`);
    throw new PriorSourceError(`${name}：无法读取（${kind === 'xlsx' ? '不是有效的 .xlsx 文件' : '文件已损坏'}）`);
  }
  if (Object.keys(prior.values).length === 0)
    throw new PriorSourceError(`${name} 中没有读到上年的预算数字（既未识别到预算公开表，也未读到说明中的金额），未使用`);
  return prior;
}
