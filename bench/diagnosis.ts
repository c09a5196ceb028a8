/**
 * 诊断 at scale, for `npm run bench`: the 900-table workbook clean and with a two-cell part in every department (a
 * 三公 合计 wrong in both its 合计 and 一般公共预算 columns, test/fixtures/two-cell-break.ts), each as one .xlsx. The
 * CLI's `check --json` and ExcelJS merely loading the same file run in turn, new processes, five rounds (best times
 * give the ratio, the median of the pairs' ratios is printed beside it). Then, in process, how the broken workbook's
 * parts were solved: exact small-part enumerations vs MIP solves (HiGHS calls).
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { checkWorkbookWith } from '../src/core/review/check';
import type { MipSolve } from '../src/core/diagnose/solver';
import type { WorkbookSnapshot } from '../src/core/model/snapshot';
import { loadNodeSolver } from '../src/solver/node';
import { withSanGongBreak } from '../test/fixtures/two-cell-break';

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

export async function writeXlsx(snap: WorkbookSnapshot, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of snap.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = v;
        const fmt = s.numberFormats?.[r]?.[c];
        if (fmt && fmt !== 'General') cell.numFmt = fmt;
      }),
    );
  }
  await wb.xlsx.writeFile(file);
}

export async function diagnosisBench(
  root: string,
  dir: string,
  big: WorkbookSnapshot,
  line: (k: string, v: string) => void,
): Promise<void> {
  const broken = withSanGongBreak(big);
  const files = { clean: join(dir, 'big-900-clean.xlsx'), broken: join(dir, 'big-900-100-breaks.xlsx') };
  await writeXlsx(big, files.clean);
  await writeXlsx(broken, files.broken);
  const run = (args: string[]) => {
    const t0 = process.hrtime.bigint();
    try {
      execFileSync(process.execPath, args, { cwd: root, maxBuffer: 1 << 28, stdio: ['ignore', 'ignore', 'ignore'] });
    } catch {
      /* exit 1 when errors are found */
    }
    return ms(t0);
  };
  const loader = (f: string) => `(async()=>{await new (require('exceljs').Workbook)().xlsx.readFile(${JSON.stringify(f)});})()`;
  const cli = join(root, 'bin', 'budget-disclosure.js');
  const times = { clean: { load: [] as number[], check: [] as number[] }, broken: { load: [] as number[], check: [] as number[] } };
  // The machine's load beside the ratios: on a shared machine both sides slow down, the check (more code, colder) more.
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  const loadBefore = load();
  for (let i = 0; i < 5; i++)
    for (const k of ['clean', 'broken'] as const) {
      times[k].load.push(run(['-e', loader(files[k])]));
      times[k].check.push(run([cli, 'check', files[k], '--json']));
    }
  line('machine load average (1/5/15 min) before / after the runs', `${loadBefore} / ${load()} (${cpus().length} cores)`);
  for (const k of ['clean', 'broken'] as const) {
    const { load, check } = times[k];
    const ratios = load.map((l, i) => check[i]! / l).sort((a, b) => a - b);
    const label = k === 'clean' ? '900 tables, clean (goal ≤ 1.2)' : '900 tables, 100 two-cell breaks (goal ≤ 1.3)';
    line(
      `${label}: CLI / ExcelJS load`,
      `${(Math.min(...check) / Math.min(...load)).toFixed(2)} (${Math.min(...check).toFixed(0)} / ${Math.min(...load).toFixed(0)} ms best of 5; median pair ${ratios[2]!.toFixed(2)})`,
    );
  }
  let loads = 0;
  let solves = 0;
  const counting = async (): Promise<MipSolve> => {
    loads++;
    const solve = await loadNodeSolver();
    return (lp, t) => {
      solves++;
      return solve(lp, t);
    };
  };
  const r = await checkWorkbookWith(broken, {}, counting);
  const by = (m: string) => r.diagnoses.filter((d) => d.method === m).length;
  line(
    '100 two-cell breaks: parts by single / exact small-part / MIP',
    `${by('single')} / ${by('small')} / ${by('mip')} (undiagnosed ${r.undiagnosed.length}); HiGHS loaded ${loads}×, ${solves} MIP solves`,
  );
}
