/**
 * Atomic writes: a temporary file in the target folder, renamed over the target once complete. An interrupted or
 * failed save leaves the previous file (or none) — never a torn or empty one.
 * The temporary file is created exclusively before the content is made (O_CREAT|O_EXCL: a name that exists, a
 * planted symlink included, is never opened — another random name is tried), with a random name
 * `.<target>.~bd<pid>-<random>.tmp` (at most 255 bytes: the target's part is shortened), the target's permissions
 * when it exists, and is removed on failure and on SIGINT/SIGTERM. SIGKILL cannot be caught: such a leftover is
 * recognized by its name (`isLeftover`), never read as a workbook (it does not end in .xlsx), and removed by the next
 * write of the same target once its process is gone.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { FileError } from './file-error';

const LEFTOVER = /^\..*\.~bd(\d+)-[0-9a-f]{12}\.tmp$/;

/** A temporary file of this tool's writes (possibly left by a killed run). */
export const isLeftover = (name: string): boolean => LEFTOVER.test(name);

/** The target's name, shortened (whole characters) so the temporary name fits in 255 bytes. */
function stem(name: string): string {
  let s = name;
  while (Buffer.byteLength(s) > 200) s = Array.from(s).slice(0, -1).join('');
  return s;
}

const live = new Set<string>();
const onSignal = (signal: NodeJS.Signals) => {
  for (const t of live) {
    try {
      unlinkSync(t);
    } catch {
      /* already gone */
    }
  }
  live.clear();
  process.exit(signal === 'SIGINT' ? 130 : 143);
};
function track(tmp: string): void {
  if (live.size === 0) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
  live.add(tmp);
}
function untrack(tmp: string): void {
  live.delete(tmp);
  if (live.size === 0) {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes this target's leftovers from killed runs (regular files of our name pattern whose process is gone). */
function sweep(dir: string, name: string): void {
  const prefix = `.${stem(name)}.~bd`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    const m = LEFTOVER.exec(n);
    if (!m || !n.startsWith(prefix) || alive(Number(m[1]))) continue;
    try {
      if (lstatSync(join(dir, n)).isFile()) unlinkSync(join(dir, n));
    } catch {
      /* not ours to fight over */
    }
  }
}

/** Creates the temporary file exclusively; returns its path and descriptor. */
function createTemp(dir: string, name: string, mode: number): { tmp: string; fd: number } {
  for (let attempt = 0; ; attempt++) {
    const tmp = join(dir, `.${stem(name)}.~bd${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
    try {
      const fd = openSync(tmp, 'wx', mode);
      track(tmp);
      return { tmp, fd };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 20) throw e;
    }
  }
}

const REASONS: Record<string, string> = {
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '所在位置只读',
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘配额已满',
  ENAMETOOLONG: '文件名过长',
  ENOENT: '文件夹不存在',
  ENOTDIR: '路径中有一段不是文件夹',
  EISDIR: '目标是文件夹',
  EEXIST: '无法建立临时文件',
  EMFILE: '打开的文件过多',
};
/** A system error as the user reads it (the code kept in brackets for support). */
export const reason = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  return code ? `${REASONS[code] ?? '系统错误'}（${code}）` : '写入失败';
};

export async function writeAtomic(out: string, produce: () => Promise<Uint8Array | string> | Uint8Array | string): Promise<void> {
  const target = resolve(out);
  const dir = dirname(target);
  const name = basename(target);
  try {
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new FileError(`无法创建输出文件夹 ${dir}：${reason(e)}`);
  }
  sweep(dir, name);
  let mode = 0o666;
  try {
    const st = statSync(target);
    if (st.isFile()) mode = st.mode & 0o777;
  } catch {
    /* a new file: the default mode, less the umask */
  }
  let tmp = '';
  let fd = -1;
  try {
    ({ tmp, fd } = createTemp(dir, name, mode));
    if (existsSync(target)) fchmodSync(fd, mode);
    const data = await produce();
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = -1;
    renameSync(tmp, target);
    untrack(tmp);
  } catch (e) {
    if (fd >= 0)
      try {
        closeSync(fd);
      } catch {
        /* closing a failed file */
      }
    if (tmp) {
      try {
        unlinkSync(tmp);
      } catch {
        /* the target is untouched either way */
      }
      untrack(tmp);
    }
    if (e instanceof FileError) throw e;
    throw new FileError(`无法写入 ${out}：${reason(e)}（原有文件未改动）`);
  }
}

export const writeFileAtomic = (out: string, data: string | Uint8Array) => writeAtomic(out, () => data);
