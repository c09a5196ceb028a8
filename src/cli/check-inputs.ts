/**
 * What `check` reads: files and folders given on the command line, expanded to workbooks (.xlsx and .xlsm; Office's
 * ~$ lock files and this tool's temporary files skipped). A folder is walked without leaving it: a symlink to a
 * folder is followed only when its real path lies inside the given folder and has not been walked (a loop ends), at
 * most WALK.depth levels deep and WALK.entries entries; whatever is not read — a link out of the folder, a loop, a
 * broken link, a FIFO, a permission error, a .xls/.ods/.et file — is listed with its reason instead of crashing,
 * hanging or vanishing. Names are walked as the bytes the file system holds: a name not in UTF-8 (GBK, as Windows
 * tools and zip archives made on a Chinese Windows write it) is read through its bytes (`raw`) and shown decoded
 * as GBK. Each workbook keeps its path relative to the common root of the inputs, so marked copies mirror the
 * folders (under the shown name).
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { isLeftover } from '../xlsx/atomic-write';

export interface InputFile {
  /** The path as shown (a GBK name decoded). */
  path: string;
  /** The path's bytes on disk, when they are not `path` in UTF-8 (a GBK name): what is opened. */
  raw?: Buffer;
  /** Path below the common root of all inputs (for mirrored outputs). */
  rel: string;
  /** Why it cannot be read, when it cannot. */
  error?: string;
  /** Not a workbook to read, but skipped and said (a link out of the folder, a loop): listed, not an error. */
  note?: string;
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;
/** Spreadsheets this tool does not read, and what to do about them. */
const OTHER_FORMATS: [RegExp, string][] = [
  [/\.xls$/i, '是旧版 Excel 97–2003 工作簿（.xls），未检查。请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）后再检查'],
  [/\.et$/i, '是 WPS 表格文件（.et），未检查。请在 WPS 中另存为 Excel 工作簿（.xlsx）后再检查'],
  [/\.ods$/i, '是 OpenDocument 表格（.ods），未检查。请另存为 Excel 工作簿（.xlsx）后再检查'],
  [/\.(xlsb|xltx|xltm|csv)$/i, '不是 .xlsx 工作簿，未检查。请另存为 Excel 工作簿（.xlsx）后再检查'],
];
/** How far a folder is walked. */
export const WALK = { depth: 32, entries: 100_000 };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gbk = (() => {
  try {
    return new TextDecoder('gbk');
  } catch {
    return null;
  }
})();

interface Walk {
  /** The given folder's real path, as bytes (latin1 text: byte for byte). */
  root: string;
  seen: Set<string>;
  entries: number;
  out: { path: string; raw?: Buffer; error?: string; note?: string }[];
}

const inside = (root: string, real: string) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);

/** A name's bytes shown: UTF-8, else GBK, else byte by byte. */
export function shownName(b: Buffer): { name: string; utf8: boolean } {
  try {
    return { name: utf8.decode(b), utf8: true };
  } catch {
    return { name: gbk?.decode(b) ?? b.toString('latin1'), utf8: false };
  }
}

const realBytes = (raw: Buffer) => realpathSync.native(raw, { encoding: 'buffer' }).toString('latin1');
const shownReal = (latin1: string) => shownName(Buffer.from(latin1, 'latin1')).name;

/** `dir` as shown, `rawDir` as on disk (the same bytes when every name on the way is UTF-8). */
function walk(dir: string, rawDir: Buffer, w: Walk, depth: number): void {
  let real: string;
  try {
    real = realBytes(rawDir);
  } catch (e) {
    w.out.push({ path: dir, error: `无法读取文件夹 ${dir}（${(e as NodeJS.ErrnoException).code}）` });
    return;
  }
  if (!inside(w.root, real)) {
    w.out.push({ path: dir, note: `已跳过 ${dir}：是指向所给文件夹以外（${shownReal(real)}）的链接，未进入` });
    return;
  }
  if (w.seen.has(real)) {
    w.out.push({ path: dir, note: `已跳过 ${dir}：指向已检查过的文件夹（链接成环或重复），未再进入` });
    return;
  }
  w.seen.add(real);
  if (depth > WALK.depth) {
    w.out.push({ path: dir, note: `已跳过 ${dir}：文件夹嵌套超过 ${WALK.depth} 层，未进入` });
    return;
  }
  let raw: Buffer[];
  try {
    raw = readdirSync(rawDir, { encoding: 'buffer' }).sort(Buffer.compare);
  } catch (e) {
    w.out.push({ path: dir, error: `无法读取文件夹 ${dir}（${(e as NodeJS.ErrnoException).code}）` });
    return;
  }
  for (const b of raw) {
    if (++w.entries > WALK.entries) {
      w.out.push({
        path: dir,
        error: `${dir}：文件夹中的项目超过 ${WALK.entries.toLocaleString('en')} 个，其余未检查。请只给出要检查的文件夹`,
      });
      return;
    }
    const { name } = shownName(b);
    const full = join(dir, name);
    const rawFull = Buffer.concat([rawDir, Buffer.from(sep), b]);
    const exact = rawFull.equals(Buffer.from(full));
    const at = exact ? {} : { raw: rawFull };
    if (isLeftover(name)) continue;
    let st;
    try {
      st = statSync(rawFull);
    } catch (e) {
      if (WORKBOOK.test(name))
        w.out.push({ path: full, error: `无法读取 ${full}：链接失效或成环（${(e as NodeJS.ErrnoException).code}）` });
      continue;
    }
    if (st.isDirectory()) walk(full, rawFull, w, depth + 1);
    else if (WORKBOOK.test(name) && !name.startsWith('~$'))
      w.out.push(st.isFile() ? { path: full, ...at } : { path: full, ...at, error: `${full} 不是普通文件，不读取` });
    else {
      const other = OTHER_FORMATS.find(([re]) => re.test(name) && !name.startsWith('~$'));
      if (other && st.isFile()) w.out.push({ path: full, error: `${full} ${other[1]}` });
    }
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
  const found: Walk['out'] = [];
  const seen = new Set<string>();
  for (const a of args) {
    let st;
    try {
      st = statSync(a);
    } catch {
      found.push({ path: a, error: `找不到文件：${a}` });
      continue;
    }
    if (st.isDirectory()) {
      let root: string;
      try {
        root = realBytes(Buffer.from(a));
      } catch {
        root = Buffer.from(resolve(a)).toString('latin1');
      }
      const w: Walk = { root, seen, entries: 0, out: found };
      walk(a, Buffer.from(a), w, 0);
    } else found.push(st.isFile() ? { path: a } : { path: a, error: `${a} 不是普通文件（管道、设备等），不读取` });
  }
  const root = commonRoot(found.map((f) => f.path));
  return found.map((f) => ({ ...f, rel: relative(root, resolve(f.path)) || basename(f.path) }));
}
