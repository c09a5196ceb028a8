/**
 * Size figures for `npm run bench`: the CLI `check` on generated workbooks of 10⁴, 10⁵ and 10⁶ rows (one 支出总表 with
 * that many coded rows) and on a 5,000-sheet workbook — wall time and peak RSS of the CLI process. Files are written
 * with ExcelJS's streaming writer so the bench itself stays small. Above the reader's limits the CLI must refuse
 * with a message (exit 2), quickly and in little memory.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { planInsert } from '../src/core/insert/plan-insert';

/** The 2023 支出总表 header as `insert` renders it (title, unit line, two header rows, 栏次). */
const HEADER = planInsert({ edition: '2023', level: '部门', code: '225', name: '测试部门', tables: ['T3'] }, []).addSheets[0]!.values.slice(
  0,
  5,
);

async function rowsFile(path: string, n: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const ws = wb.addWorksheet('支出总表');
  for (const r of HEADER) ws.addRow(r).commit();
  ws.addRow([1, '', '合计', n, n, 0, 0, 0, 0]).commit();
  ws.addRow([2, '201', '一般公共服务支出', n, n, 0, 0, 0, 0]).commit();
  for (let i = 0; i < n; i++) ws.addRow([i + 3, `201${String(i % 100).padStart(2, '0')}`, '款', 1, 1, 0, 0, 0, 0]).commit();
  await wb.commit();
}

async function sheetsFile(path: string, n: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  for (let s = 0; s < n; s++) {
    const ws = wb.addWorksheet(`S${s}`);
    for (const r of HEADER) ws.addRow(r).commit();
    ws.addRow([1, '', '合计', 2, 2, 0, 0, 0, 0]).commit();
    ws.addRow([2, '201', '一般公共服务支出', 2, 2, 0, 0, 0, 0]).commit();
    ws.commit();
  }
  await wb.commit();
}

/** Runs the CLI in a new process and reports its exit code, time and peak RSS. */
function measure(root: string, file: string): string {
  const wrapper = `const m=require(${JSON.stringify(join(root, 'dist', 'node', 'cli', 'main.js'))});m.main(['check',${JSON.stringify(file)},'--json'],{out:()=>{},err:(s)=>process.stderr.write(s+'\\n')}).then((c)=>{process.stderr.write('RSS '+process.resourceUsage().maxRSS+'\\n');process.exit(c)})`;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', wrapper], { encoding: 'utf8', maxBuffer: 1 << 26, timeout: 120_000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = /RSS (\d+)/.exec(r.stderr ?? '')?.[1];
  const msg = (r.stderr ?? '').split('\n').find((l) => l && !l.startsWith('RSS')) ?? '';
  return `exit ${r.status}, ${(ms / 1000).toFixed(1)} s, peak RSS ${rss ? (Number(rss) / 1024).toFixed(0) : '?'} MB${msg ? ` — ${msg.slice(0, 70)}` : ''}`;
}

export async function sizeBench(root: string, dir: string, line: (k: string, v: string) => void): Promise<void> {
  for (const n of [1e4, 1e5, 1e6]) {
    const f = join(dir, `rows-${n}.xlsx`);
    await rowsFile(f, n);
    line(`CLI check, one table of ${n.toLocaleString('en')} rows`, measure(root, f));
  }
  const f = join(dir, 'sheets-5000.xlsx');
  await sheetsFile(f, 5000);
  line('CLI check, 5,000 sheets', measure(root, f));
}
