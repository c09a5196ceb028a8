/**
 * What `check` reads: files and folders given on the command line, expanded to workbooks (.xlsx and .xlsm; Office's
 * ~$ lock files skipped). Folders are walked once per real folder (a symlink loop ends), and every entry that cannot
 * be read — a broken link, a FIFO, a permission error — is listed with its reason instead of crashing or vanishing.
 * Each workbook keeps its path relative to the common root of the inputs, so marked copies mirror the folders.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

export interface InputFile {
  path: string;
  /** Path below the common root of all inputs (for mirrored outputs). */
  rel: string;
  /** Why it cannot be read, when it cannot. */
  error?: string;
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;

function walk(dir: string, seen: Set<string>, out: { path: string; error?: string }[]): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    out.push({ path: dir, error: `无法读取文件夹 ${dir}（${(e as NodeJS.ErrnoException).code}）` });
    return;
  }
  if (seen.has(real)) return; // a link back to a folder already walked
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    out.push({ path: dir, error: `无法读取文件夹 ${dir}（${(e as NodeJS.ErrnoException).code}）` });
    return;
  }
  for (const name of names) {
    const full = join(dir, name);
    let st;
    try {
      st = statSync(full);
    } catch (e) {
      if (WORKBOOK.test(name)) out.push({ path: full, error: `无法读取 ${full}：链接失效或成环（${(e as NodeJS.ErrnoException).code}）` });
      continue;
    }
    if (st.isDirectory()) walk(full, seen, out);
    else if (WORKBOOK.test(name) && !name.startsWith('~$'))
      out.push(st.isFile() ? { path: full } : { path: full, error: `${full} 不是普通文件，不读取` });
  }
}

function commonRoot(paths: string[]): string {
  const dirs = paths.map((p) => dirname(resolve(p)).split(sep));
  const first = dirs[0] ?? [];
  let n = first.length;
  for (const d of dirs) {
    let i = 0;
    while (i < n && i < d.length && d[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(sep) || sep;
}

export function expandInputs(args: string[]): InputFile[] {
  const found: { path: string; error?: string }[] = [];
  const seen = new Set<string>();
  for (const a of args) {
    let st;
    try {
      st = statSync(a);
    } catch {
      found.push({ path: a, error: `找不到文件：${a}` });
      continue;
    }
    if (st.isDirectory()) walk(a, seen, found);
    else found.push(st.isFile() ? { path: a } : { path: a, error: `${a} 不是普通文件（管道、设备等），不读取` });
  }
  const root = commonRoot(found.map((f) => f.path));
  return found.map((f) => ({ ...f, rel: relative(root, resolve(f.path)) || basename(f.path) }));
}
