/**
 * --prior LASTYEAR.(xlsx|docx|txt): last year's disclosure for 比上年, read once per command. It is an input like the
 * others: a regular file, never written, and every output is checked against it by file identity (paths.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { PriorFacts } from '../core/narrative/prior-facts';
import { DOCX_LIMITS } from '../docx/docx-text';
import { priorFromBytes, priorKind, PriorSourceError, TEXT_LIMIT } from '../docx/prior-source';
import { loadSnapshot } from '../xlsx/files';
import { FileError } from '../xlsx/file-error';
import { UsageError } from './args';
import { checkInputFile } from './paths';

export async function readPriorInput(path: string): Promise<PriorFacts> {
  const kind = priorKind(path);
  if (!kind) throw new UsageError(`--prior 应为上年公开的 .xlsx、.docx 或 .txt 文件 / --prior must be .xlsx, .docx or .txt: ${path}`);
  checkInputFile(path);
  const limit = kind === 'docx' ? DOCX_LIMITS.fileBytes : TEXT_LIMIT;
  if (kind !== 'xlsx' && statSync(path).size > limit)
    throw new FileError(`${path} 有 ${Math.round(statSync(path).size / 2 ** 20)} MB，超过上限 ${limit / 2 ** 20} MB`);
  const bytes = kind === 'xlsx' ? new Uint8Array(0) : new Uint8Array(readFileSync(path));
  try {
    return await priorFromBytes(bytes, basename(path), async () => loadSnapshot(path));
  } catch (e) {
    if (e instanceof PriorSourceError) throw new FileError(`上年公开文件 ${e.message}`);
    throw e;
  }
}

/** --reason-share: a percentage above 0. */
export function reasonShareOf(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.replace(/%$/, ''));
  if (!Number.isFinite(n) || n <= 0 || n >= 1000)
    throw new UsageError(`--reason-share 应为百分数，如 10 / --reason-share must be a percentage: ${v}`);
  return n;
}
