/**
 * The user's file is sacred: every file a command writes is compared with every input by real identity (device +
 * inode where the platform has them, else the resolved real path; case-insensitively on Windows and macOS), so a
 * symlink, a hard link, `dir/../x.xlsx` or a different spelling of the same path is still the input. Outputs are
 * written to a temporary file in the target folder and renamed over the target, so an interrupted save never leaves
 * a torn or empty file. An existing file that is not a previous output of this tool is replaced only with --force.
 */
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isPreviousOutput } from '../xlsx/files';
import { FileError } from '../xlsx/file-error';
import { UsageError } from './args';

const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';

/** The real path a (possibly not yet existing) file would have. */
export function realTarget(p: string): string {
  const abs = resolve(p);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    try {
      real = join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      real = abs;
    }
  }
  return CASE_INSENSITIVE ? real.toLowerCase() : real;
}

function inode(p: string): string | null {
  try {
    const s = statSync(p);
    return s.ino ? `${s.dev}:${s.ino}` : null;
  } catch {
    return null;
  }
}

/** True when the two paths name the same file (or would, once written). */
export function sameFile(a: string, b: string): boolean {
  const ia = inode(a);
  const ib = inode(b);
  if (ia && ib) return ia === ib;
  return realTarget(a) === realTarget(b);
}

export interface OutputCheck {
  inputs: string[];
  force: boolean;
  /** A file this tool wrote before (may be replaced without --force). */
  isPreviousOutput?: (path: string) => boolean | Promise<boolean>;
}

/** Refuses (exit 2) an output that is an input, a folder, or an existing unrelated file without --force. */
export async function checkOutput(out: string, o: OutputCheck): Promise<void> {
  const input = o.inputs.find((i) => sameFile(i, out));
  if (input) throw new UsageError(`输出文件就是输入文件（${input}），不会改写原文件。请换一个 --out / the output is an input file: ${out}`);
  if (!existsSync(out)) return;
  const st = statSync(out);
  if (st.isDirectory()) throw new UsageError(`--out 是一个文件夹：${out}。请给出文件名 / --out is a folder`);
  if (!st.isFile())
    throw new UsageError(`--out 不是普通文件（管道、设备或套接字）：${out}，不会写入。请给出一个文件名 / --out is not a regular file`);
  if (!o.force && !(await o.isPreviousOutput?.(out)))
    throw new UsageError(`${out} 已存在，且不是本工具先前写出的文件。如确需覆盖，请加 --force / ${out} exists; add --force to replace it`);
}

/** An input must be a regular file (not a folder, FIFO, device or broken link). */
export function checkInputFile(p: string): void {
  let st;
  try {
    st = statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const link = (() => {
      try {
        return lstatSync(p).isSymbolicLink();
      } catch {
        return false;
      }
    })();
    if (link) throw new FileError(`无法读取 ${p}：链接指向的文件不存在或链接成环（${code}）`);
    throw new FileError(`找不到文件：${p}`);
  }
  if (st.isDirectory()) throw new FileError(`${p} 是文件夹，不是 .xlsx 文件`);
  if (!st.isFile()) throw new FileError(`${p} 不是普通文件（管道、设备等），不读取`);
}

/** A file this tool wrote before: .xlsx/.docx whose properties name 预算公开助手, or an edition JSON it exported. */
export async function previousOutput(path: string): Promise<boolean> {
  if (/\.(xlsx|docx)$/i.test(path)) return isPreviousOutput(path);
  if (/\.json$/i.test(path)) {
    try {
      return String((JSON.parse(readFileSync(path, 'utf8')) as { provenance?: unknown }).provenance ?? '').startsWith('导入自样表');
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Every file a command reads besides its workbooks: the options that name a file. A new option that reads a file is
 * added here, and is then an input to every output check.
 */
export const FILE_OPTIONS = ['into', 'edition-file', 'inputs', 'codes', 'prior'] as const;

/** The files named by the parsed options (see FILE_OPTIONS). */
export function optionFiles(values: Record<string, unknown>): string[] {
  return FILE_OPTIONS.flatMap((k) => {
    const v = values[k];
    return typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  });
}

/** The output guard every writing command runs before doing any work. */
export const guardOutput = (out: string, inputs: string[], force: boolean) =>
  checkOutput(out, { inputs, force, isPreviousOutput: previousOutput });
