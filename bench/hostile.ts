/**
 * Hostile-input figures for `npm run bench` (`npm run bench -- hostile` runs only these): the CLI `check` in a new
 * process on whole-column validations over 1, 10 and 100 columns; 10⁴, 2·10⁴ and 4·10⁴ one-row merges (the time ratio
 * of each doubling: about 2 when linear, 4 when quadratic); 2,000 columns × 10,000 rows; a folder holding a symlink
 * loop and a link to /. Each row: exit code, wall time, peak RSS (VmHWM of the child's own memory: getrusage's
 * maxRSS would carry over the parent's size across fork and exec), and the first line of the message. Then the
 * preview's and 离线版's loader (the same bounded reader with JSZip's inflater, in this process) on the same files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as H from '../test/fixtures/hostile-files';
import { seedWorkbook } from '../test/fixtures/seed-workbooks';
import { FakeWorkbook } from '../src/office/fake/model';
import { loadXlsxInto } from '../src/preview/load-xlsx';

const RUNNER =
  "require('./src/cli/main.ts').main(process.argv.slice(1),{out:()=>{},err:(s)=>process.stderr.write(s+'\\n')})" +
  ".then((c)=>{const h=/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'));process.stderr.write('RSS '+(h?h[1]:process.resourceUsage().maxRSS)+'\\n');process.exit(c)})";

/** Runs `check` from the sources in a new process: exit code, seconds, peak RSS (MB), first message line. */
function run(root: string, args: string[]): { code: number | null; s: number; mb: number; msg: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', RUNNER, 'check', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 1 << 26,
  });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const mb = Number(/RSS (\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN) / 1024;
  const msg = (r.stderr ?? '').split('\n').find((l) => l && !l.startsWith('RSS')) ?? '';
  return { code: r.status, s, mb, msg };
}

const shown = (r: ReturnType<typeof run>) =>
  `exit ${r.code}, ${r.s.toFixed(1)} s, peak RSS ${r.mb.toFixed(0)} MB${r.msg ? ` — ${r.msg.slice(0, 60)}` : ''}`;

export async function hostileBench(root: string, dir: string, line: (k: string, v: string) => void): Promise<void> {
  const seed = Buffer.from(await seedWorkbook('003').xlsx.writeBuffer());
  for (const n of [1, 10, 100]) {
    const f = join(dir, `validations-${n}.xlsx`);
    writeFileSync(f, await H.wholeColumnValidations(seed, n));
    line(`CLI check, whole-column validation on ${n} column(s)`, shown(run(root, [f, '--json'])));
  }
  let last = 0;
  for (const n of [10_000, 20_000, 40_000]) {
    const f = join(dir, `merges-${n}.xlsx`);
    writeFileSync(f, await H.manyMerges(seed, n));
    const r = run(root, [f, '--json']);
    line(`CLI check, ${n.toLocaleString('en')} one-row merges`, `${shown(r)}${last ? `; ×${(r.s / last).toFixed(2)} the previous` : ''}`);
    last = r.s;
  }
  const wide = join(dir, 'wide-2000x10000.xlsx');
  writeFileSync(wide, H.wideSheet(2000, 10_000));
  line('CLI check, 2,000 columns × 10,000 rows', shown(run(root, [wide, '--json'])));
  const folder = join(dir, 'looped');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'a.xlsx'), seed);
  symlinkSync(folder, join(folder, 'loop'));
  symlinkSync('/', join(folder, 'root'));
  line('CLI check, a folder with a symlink loop and a link to /', shown(run(root, [folder, '--json'])));
  for (const [what, file] of [
    ['whole-column validation on 100 columns', 'validations-100.xlsx'],
    ['40,000 one-row merges', 'merges-40000.xlsx'],
  ]) {
    const b = readFileSync(join(dir, file!));
    const t0 = process.hrtime.bigint();
    const sheets = await loadXlsxInto(new FakeWorkbook(), b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
    line(`preview/离线版 loader, ${what}`, `${sheets} sheets, ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2)} s`);
  }
}
