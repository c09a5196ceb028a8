/**
 * npm run bench: speed, memory and round-trip figures (printed, never asserted).
 * - check of a synthetic workbook of 100 departments (900 tables): core ms per table;
 * - 100 single-department .xlsx files: CLI `check --json` wall time vs ExcelJS load time of the same files;
 * - Office adapter sync counts for insert, check and clear on the strict fake, small vs large workbook;
 * - 诊断 at scale: the 900-table workbook clean and with 100 two-cell breaks, CLI vs ExcelJS load, solver counts;
 * - the pane: first-load gzip against its budget, what shared.js holds, lazy chunks, highs.wasm fetched or not;
 * - per action, Office round trips beside WPS host calls (bench/hosts.ts; alone: npm run bench -- hosts);
 * - task-pane bundle sizes (gzip) from dist/web when built; the 离线版 page size and `npm run package` time (release.ts);
 * - 说明核对 over the seeds and the external corpus: figures read, 未核对 share, 错误 precision, recall;
 * - 比上年 over the multi-year external series and the seeds (`npm run bench -- prior` runs this section alone).
 */
import { officeWorkbookHost } from '../src/office/office-host';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkbook } from '../src/core/review/check';
import type { WorkbookSnapshot } from '../src/core/model/snapshot';
import { recognizeWorkbook } from '../src/core/recognize/recognize';
import { planInsert } from '../src/core/insert/plan-insert';
import { checkAndMark, clearMarks } from '../src/actions/check';
import { insertTemplates } from '../src/actions/insert';
import { createFakeExcel } from '../src/office/fake/fake-excel';
import { manyDepartments, seedSnapshot, seedWorkbook } from '../test/fixtures/seed-workbooks';
import { fakeFrom } from '../test/office/fake-from';
import { buildBooks } from '../src/core/codes/books';
import * as CODE_DATA from '../src/core/codes/data.generated';
import { planNames } from '../src/core/codes/names';
import { cellAddress } from '../src/core/a1';
import { builtinVocabulary } from '../src/core/catalog/vocabulary';
import { releaseFigures } from './release';
import { compileRules } from '../src/core/check/compile';
import { RULES } from '../src/core/check/rules';
import { diagnose } from '../src/core/diagnose/diagnose';
import { narrativeCorpus } from './narrative-corpus';
import { priorYearBench } from './prior-year';
import { buildSystem } from '../src/core/diagnose/system';
import { withValue } from '../test/diagnose/helpers';
import { sizeBench } from './size';
import { hostileBench } from './hostile';
import { fillStatesBench } from './fill-states';
import { hostBench } from './hosts';
import { loadWorkbook } from '../src/xlsx/files';
import { readSnapshot } from '../src/xlsx/read-snapshot';
import { diagnosisBench, writeXlsx } from './diagnosis';
import { paneBench } from './pane';

const root = join(__dirname, '..');
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const line = (k: string, v: string) => console.log(`${k.padEnd(58)} ${v}`);

/** `npm run bench -- diagnosis pane`: only the named sections (all when none is named). */
const SECTIONS: Record<string, () => Promise<void>> = {
  diagnosis: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-bench-'));
    if (existsSync(join(root, 'dist', 'node', 'cli', 'main.js')))
      await diagnosisBench(root, dir, manyDepartments(await seedSnapshot('001'), 100), line);
    else line('诊断 at scale', 'dist/node missing: run npm run build:node first');
    rmSync(dir, { recursive: true, force: true });
  },
  pane: () => paneBench(root, line),
  hostile: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-bench-'));
    await hostileBench(root, dir, line);
    rmSync(dir, { recursive: true, force: true });
  },
  hosts: async () => {
    const seed = await seedSnapshot('001');
    await hostBench(line, seed, manyDepartments(seed, 100));
  },
  prior: () => priorYearBench(line),
};

async function main() {
  console.log('预算公开助手 benchmark', new Date().toISOString(), `node ${process.version}`);
  const only = process.argv.slice(2);
  if (only.length) {
    for (const name of only) {
      if (!SECTIONS[name]) throw new Error(`unknown section ${name}: ${Object.keys(SECTIONS).join(', ')}`);
      await SECTIONS[name]();
    }
    return;
  }
  const seed = await seedSnapshot('001');

  // 1. Core check over 900 tables
  const big = manyDepartments(seed, 100);
  checkWorkbook(manyDepartments(seed, 2)); // warm-up
  const heap0 = process.memoryUsage().heapUsed;
  let t0 = process.hrtime.bigint();
  const rec = recognizeWorkbook(big);
  const tRec = ms(t0);
  t0 = process.hrtime.bigint();
  const result = checkWorkbook(big);
  const tAll = ms(t0);
  const heap1 = process.memoryUsage().heapUsed;
  line('synthetic workbook: departments / sheets / tables', `100 / ${big.sheets.length} / ${rec.tables.length}`);
  line('core recognition (900 tables)', `${tRec.toFixed(0)} ms`);
  line('core check = recognition + rules (900 tables)', `${tAll.toFixed(0)} ms → ${(tAll / rec.tables.length).toFixed(2)} ms per table`);
  line('findings (100 × 17 expected)', `${result.findings.length}`);
  line('heap growth during the check', `${((heap1 - heap0) / 1048576).toFixed(1)} MiB`);
  localization(big);
  await fillStatesBench(line);

  // 2. 100 single-department files: CLI vs ExcelJS load
  const dir = mkdtempSync(join(tmpdir(), 'bd-bench-'));
  const files = join(dir, 'files');
  mkdirSync(files);
  const wb = seedWorkbook('001');
  const buf = await wb.xlsx.writeBuffer();
  for (let i = 0; i < 100; i++)
    await new ExcelJS.Workbook().xlsx
      .load(buf as ArrayBuffer)
      .then((w) => w.xlsx.writeFile(join(files, `dept-${String(i).padStart(3, '0')}.xlsx`)));
  t0 = process.hrtime.bigint();
  for (const f of readdirSync(files)) await new ExcelJS.Workbook().xlsx.readFile(join(files, f));
  const tLoad = ms(t0);
  const cli = join(root, 'dist', 'node', 'cli', 'main.js');
  if (existsSync(cli)) {
    t0 = process.hrtime.bigint();
    let out = '';
    try {
      out = execFileSync(process.execPath, [join(root, 'bin', 'budget-disclosure.js'), 'check', files, '--json'], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
    } catch (e) {
      out = (e as { stdout: string }).stdout; // exit 1 when errors are found
    }
    const tCli = ms(t0);
    const reports = JSON.parse(out) as unknown[];
    // The same loads in a new process, as the CLI pays them (startup, module loading, cold JIT).
    const loader = `const E=require('exceljs');const fs=require('fs'),p=require('path');(async()=>{for(const f of fs.readdirSync(${JSON.stringify(files)}))await new E.Workbook().xlsx.readFile(p.join(${JSON.stringify(files)},f));})()`;
    t0 = process.hrtime.bigint();
    execFileSync(process.execPath, ['-e', loader], { cwd: root });
    const tLoadCold = ms(t0);
    line('100 files: ExcelJS load only (warm, in process)', `${tLoad.toFixed(0)} ms`);
    line('100 files: ExcelJS load only (new process)', `${tLoadCold.toFixed(0)} ms`);
    line('100 files: CLI check --json (new process, load + check)', `${tCli.toFixed(0)} ms (${reports.length} reports)`);
    line('CLI time / ExcelJS load time (both new processes)', `${(tCli / tLoadCold).toFixed(2)}`);
  } else line('CLI', 'dist/node missing: run npm run build first');
  await bigFile(big, dir, cli);
  if (existsSync(cli)) await diagnosisBench(root, dir, big, line);
  await narrativeCorpus(line);
  await priorYearBench(line);
  if (existsSync(cli)) await sizeBench(root, dir, line);
  await hostileBench(root, dir, line);
  rmSync(dir, { recursive: true, force: true });

  // 3. Office adapter round trips on the strict fake
  const insertFake = createFakeExcel();
  await insertTemplates(officeWorkbookHost({ run: (b) => insertFake.run(b as never), supports: () => true }), {
    edition: '2023',
    level: '部门',
    code: '225',
    name: '测试部门',
  });
  line('Office insert (9 tables): syncs', `${insertFake.contexts[0]!.syncCount}`);
  for (const [label, snap] of [
    ['small (9 tables)', seed],
    ['large (100 departments, 900 tables)', big],
  ] as const) {
    const excel = fakeFrom(snap);
    const host = officeWorkbookHost({ run: (b) => excel.run(b as never), supports: () => true });
    t0 = process.hrtime.bigint();
    await checkAndMark(host);
    const tc = ms(t0);
    await clearMarks(host);
    line(`Office check + mark, ${label}: syncs / time on fake`, `${excel.contexts[0]!.syncCount} / ${tc.toFixed(0)} ms`);
    line(`Office clear, ${label}: syncs`, `${excel.contexts[1]!.syncCount}`);
  }
  await hostBench(line, seed, big);
  t0 = process.hrtime.bigint();
  for (let i = 0; i < 100; i++) planInsert({ edition: '2023', level: '部门', code: '225', name: 'x' }, []);
  line('insert plan (9 tables), core', `${(ms(t0) / 100).toFixed(2)} ms`);

  // 4. 科目名称: lookup build and a fill of 10,000 coded rows
  t0 = process.hrtime.bigint();
  const books = buildBooks(CODE_DATA);
  line(
    'code books built (function + economic, all editions)',
    `${ms(t0).toFixed(1)} ms (${books.function.size} + ${books.economic.size} codes)`,
  );
  t0 = process.hrtime.bigint();
  for (let i = 0; i < 1000; i++) books.function.get('2013201', 2023);
  line('lookup of one code in an edition (mean of 1000)', `${((ms(t0) * 1000) / 1000).toFixed(1)} µs`);
  const codes = CODE_DATA.FUNCTION_CODES.split('\n').map((l) => l.split('\t')[0]!);
  const rows: (string | number | null)[][] = [
    ['部门预算支出总表'],
    ['225测试部门', '预算年度：2023', '单位：万元'],
    ['序号', '功能分类科目'],
    ['', '科目编码', '科目名称'],
    ['栏次', '1', '2', '3', '4', '5', '6', '7', '8'],
    [1, null, '合计'],
  ];
  for (let i = 0; i < 10000; i++) rows.push([i + 2, codes[i % codes.length]!, null, 1, 1]);
  const fillSnap: WorkbookSnapshot = { sheets: [{ name: 'big', origin: { row: 0, col: 0 }, values: rows }] };
  t0 = process.hrtime.bigint();
  const names = planNames(fillSnap, books, 2027);
  line('fill of 10,000 coded rows (recognize + plan)', `${ms(t0).toFixed(0)} ms (${names.writes.length} names written)`);

  // 5. The pane's weight, and whether it fetched the solver
  await paneBench(root, line);
  releaseFigures(root, line);
}

/** 诊断 on 900 tables: one mistyped figure in each department (100 exact single-cell diagnoses). */
function localization(big: WorkbookSnapshot): void {
  const rec = recognizeWorkbook(big);
  const t3 = rec.tables.filter((t) => t.id === 'T3');
  let snap = big;
  for (const t of t3) {
    const cell = t.rows.find((r) => r.code && r.cells.basic?.amount.kind === 'number')!.cells.basic!;
    snap = withValue(snap, cell.sheet, cellAddress(cell.row, cell.col), 12345.67);
  }
  const broken = recognizeWorkbook(snap);
  const t0 = process.hrtime.bigint();
  const compiled = compileRules(broken, RULES, builtinVocabulary());
  const tCompile = ms(t0);
  const t1 = process.hrtime.bigint();
  const system = buildSystem(compiled.identities);
  const { diagnoses } = diagnose(system);
  const tLoc = ms(t1);
  line(
    '诊断, 900 tables with 100 mistyped figures: compile identities',
    `${tCompile.toFixed(0)} ms (${compiled.identities.length} identities)`,
  );
  line(
    '诊断: linear system + localization (900 tables)',
    `${tLoc.toFixed(0)} ms (${system.cells.length} cells, ${system.rows.length} rows, ${diagnoses.length} diagnoses, ${diagnoses.filter((d) => !d.tie).length} exact)`,
  );
}

/**
 * The 900-table workbook as one .xlsx: CLI check --json vs ExcelJS merely loading it, both in a new process. The two
 * are run in turn, five times each (this machine's speed drifts: side by side, both see the same drift); the ratio
 * of the best times is the goal's figure, the median of the five pairs' ratios is printed beside it.
 */
async function bigFile(big: WorkbookSnapshot, dir: string, cli: string): Promise<void> {
  if (!existsSync(cli)) return;
  const file = join(dir, 'big-900.xlsx');
  await writeXlsx(big, file);
  const loader = `require('exceljs');(async()=>{await new (require('exceljs').Workbook)().xlsx.readFile(${JSON.stringify(file)});})()`;
  const timed = (f: () => void) => {
    const t0 = process.hrtime.bigint();
    f();
    return ms(t0);
  };
  const loads: number[] = [];
  const checks: number[] = [];
  for (let i = 0; i < 5; i++) {
    loads.push(timed(() => execFileSync(process.execPath, ['-e', loader], { cwd: root })));
    checks.push(
      timed(() => {
        try {
          execFileSync(process.execPath, [join(root, 'bin', 'budget-disclosure.js'), 'check', file, '--json'], { maxBuffer: 1 << 28 });
        } catch {
          /* exit 1 on errors */
        }
      }),
    );
  }
  const tLoad = Math.min(...loads);
  const tCli = Math.min(...checks);
  const ratios = loads.map((l, i) => checks[i]! / l).sort((a, b) => a - b);
  line('900-table workbook (1 file): ExcelJS load only (new process, best of 5)', `${tLoad.toFixed(0)} ms`);
  line('900-table workbook (1 file): CLI check --json (new process, best of 5)', `${tCli.toFixed(0)} ms`);
  line(
    '900-table workbook: CLI time / ExcelJS load time (goal ≤ 1.3)',
    `${(tCli / tLoad).toFixed(2)} (median of 5 pairs ${ratios[2]!.toFixed(2)})`,
  );
  await bigFileParts(file);
}

/** Where the CLI's time goes on the 900-table file, in this (already warm) process: reading, snapshot, core. */
async function bigFileParts(file: string): Promise<void> {
  const best = async (f: () => Promise<unknown>) => {
    let b = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = process.hrtime.bigint();
      await f();
      b = Math.min(b, ms(t0));
    }
    return b;
  };
  const tStock = await best(() => new ExcelJS.Workbook().xlsx.readFile(file));
  const tOurs = await best(() => loadWorkbook(file));
  const loaded = await loadWorkbook(file);
  const tSnap = await best(async () => readSnapshot(loaded));
  const snap = readSnapshot(loaded);
  const tCore = await best(async () => checkWorkbook(snap));
  line('900-table file, warm: ExcelJS load / our reader', `${tStock.toFixed(0)} / ${tOurs.toFixed(0)} ms`);
  line('900-table file, warm: snapshot / core check', `${tSnap.toFixed(0)} / ${tCore.toFixed(0)} ms`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
