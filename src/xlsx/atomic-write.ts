/**
 * Atomic writes: a temporary file in the target folder, renamed over the target once complete. An interrupted or
 * failed save leaves the previous file (or none) — never a torn or empty one — and removes the temporary file.
 */
import { existsSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FileError } from './file-error';

export async function writeAtomic(out: string, write: (tmp: string) => Promise<void> | void): Promise<void> {
  const dir = dirname(resolve(out));
  try {
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new FileError(`无法创建输出文件夹 ${dir}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const tmp = join(dir, `.${basename(out)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await write(tmp);
    renameSync(tmp, out);
  } catch (e) {
    try {
      if (existsSync(tmp)) unlinkSync(tmp);
    } catch {
      /* the target is untouched either way */
    }
    if (e instanceof FileError) throw e;
    throw new FileError(`无法写入 ${out}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}（原有文件未改动）`);
  }
}

export const writeFileAtomic = (out: string, data: string | Uint8Array) => writeAtomic(out, (tmp) => writeFileSync(tmp, data));
