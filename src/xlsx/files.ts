/**
 * Loading and saving .xlsx files for the CLI and tests, with Chinese messages for unreadable input. The bytes are read
 * without trusting them by ./read-workbook.ts (shared with the preview and the 离线版), here with Node's zlib and half
 * this process's heap as the memory budget. What ExcelJS cannot keep in a copy — macros, external links — is
 * recorded, and saving a copy of such a workbook is refused rather than losing them. Saves go through a temporary file.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { writeAtomic } from './atomic-write';
import { FileError } from './file-error';
import { LIMITS } from './limits';
import { nodeInflater } from './node-inflater';
import { Unusual } from './model-snapshot';
import { readSnapshot } from './read-snapshot';
import { readWorkbookBytes, readWorkbookWith, type WorkbookFileInfo } from './read-workbook';
import { snapshotXlsx } from './zlib-load';
import type { WorkbookSnapshot } from '../core/model/snapshot';

export type { WorkbookFileInfo } from './read-workbook';

const INFO = new WeakMap<ExcelJS.Workbook, WorkbookFileInfo>();
const fileInfo = (wb: ExcelJS.Workbook): WorkbookFileInfo => INFO.get(wb) ?? { macros: false, externalLinks: false };

/** What this process may spend on one workbook's cells: half its heap (LIMITS.memoryBytes when set, for tests). */
export const memoryBudget = (): number => LIMITS.memoryBytes ?? Math.floor(getHeapStatistics().heap_size_limit / 2);

/** The bytes of the workbook at `path` (shown in messages); `raw`: the path's bytes on disk when they are not `path` in UTF-8 (a GBK name). */
function workbookBytes(path: string, raw?: Buffer): Buffer {
  const at = raw ?? path;
  if (!existsSync(at)) throw new FileError(`找不到文件：${path}`);
  const st = statSync(at);
  if (!st.isFile()) throw new FileError(`${path} 不是普通文件，不读取`);
  if (st.size > LIMITS.fileBytes)
    throw new FileError(`${path} 有 ${Math.round(st.size / 2 ** 20)} MB，超过上限 ${LIMITS.fileBytes / 2 ** 20} MB`);
  return readFileSync(at);
}

const ENV = { inflater: nodeInflater, memory: memoryBudget };

/** The workbook at `path` (shown in messages); `raw`: the path's bytes on disk when they are not `path` in UTF-8 (a GBK name). */
export async function loadWorkbook(path: string, raw?: Buffer): Promise<ExcelJS.Workbook> {
  const { wb, info } = await readWorkbookBytes(path, workbookBytes(path, raw), ENV);
  INFO.set(wb, info);
  return wb;
}

/**
 * The snapshot `readSnapshot(await loadWorkbook(path))` gives, without making ExcelJS's rows and cells (for reading
 * only: no copy of the workbook can be saved from it). A sheet outside what that reading covers (./model-snapshot.ts)
 * is read the full way; the same refusals either way.
 */
export async function loadSnapshot(path: string, raw?: Buffer): Promise<WorkbookSnapshot> {
  const data = workbookBytes(path, raw);
  try {
    return { sheets: (await readWorkbookWith(path, data, ENV, snapshotXlsx)).out };
  } catch (e) {
    if (!(e instanceof Unusual)) throw e;
    const { wb, info } = await readWorkbookBytes(path, data, ENV);
    INFO.set(wb, info);
    return readSnapshot(wb);
  }
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
  await writeAtomic(path, async () => Buffer.from(await wb.xlsx.writeBuffer()));
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
