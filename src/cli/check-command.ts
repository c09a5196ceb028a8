/**
 * budget-disclosure check <file.xlsx|folder>… [--json] [--out marked.xlsx|dir] [--force] [--prior LASTYEAR.xlsx|docx|txt]
 * [--reason-share 10]: checks every workbook (比上年 against last year's disclosure when given),
 * prints the findings and 诊断 (or JSON, one object per file: tables recognized, problems, findings with their
 * 出错说明, diagnosis, readiness 可以报送),
 * optionally writes marked copies (a folder output mirrors the input folders). Inputs are never written: every
 * output is checked against every input by file identity before any work, and written atomically.
 * Exit 0: complete and no 错误; 1: some 错误; 2: a file could not be read or written, or holds no recognizable table;
 * 3: an internal error (the findings already computed are still printed); 4: no 错误 but the check is not complete
 * (EXIT below).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Edition } from '../core/catalog/types';
import { TITLE_ALIASES } from '../core/catalog/row-roles';
import { checkWorkbookWith } from '../core/review/check';
import type { CheckResult, YearOverYearVerdict } from '../core/review/result';
import type { PriorFacts, PriorReport } from '../core/narrative/prior-facts';
import { unfilledText } from '../core/check/fill-state';
import { unjudgedGaps, unjudgedText, type UnjudgedGap } from '../core/check/unjudged';
import type { Readiness } from '../core/review/readiness';
import { countsText, findingCounts, type FindingCounts } from '../core/review/counts';
import { planMarks } from '../core/marks/marks';
import { loadNodeSolver } from '../solver/node';
import { applyPlanToWorkbook } from '../xlsx/apply-plan';
import { assertCopyable, loadSnapshot, loadWorkbook, saveWorkbook } from '../xlsx/files';
import { FileError } from '../xlsx/file-error';
import { readSnapshot } from '../xlsx/read-snapshot';
import { parseCommandArgs, UsageError } from './args';
import { expandInputs, type InputFile } from './check-inputs';
import { diagnosisReport, type DiagnosisReport } from './diagnosis-report';
import { findingJson, findingLine } from './finding-json';
import { customEditions } from './edition-command';
import type { Io } from './main';
import { guardOutput, optionFiles } from './paths';
import { readPriorInput, reasonShareOf } from './prior-input';

interface FileReport {
  file: string;
  /** Tables recognized (0 = nothing checked: exit 2). */
  tables: number;
  /** The standard tables of each 部门/单位 found that were not found (not checked: said, never taken as empty). */
  missingTables: { level: string | null; unit: string | null; tables: string[] }[];
  /** What could not be recognized or read (tables, rows, cells, skipped parts). */
  problems: { sheet: string; cell: string; message: string }[];
  /** Standard tables not filled yet (their 勾稽关系 not judged) and tables missing from a 部门/单位. */
  unfilled: CheckResult['unfilled'];
  missing: CheckResult['missing'];
  /** Rows or columns a filled table lacks that its template prints: the 勾稽关系 left 未核对 by each. */
  unjudged: UnjudgedGap[];
  findings: Omit<CheckResult['findings'][number], 'title' | 'unit' | 'table' | 'identity'>[];
  /** 诊断: the cells most likely wrong, their current and repaired values, the identities repaired, ties. */
  diagnosis: DiagnosisReport;
  /** 可以报送: no 错误, every 尾差/提示 explained or dismissed, no placeholder in the 说明 (null: not read). */
  readiness: Readiness | null;
  /** The counts every view shows (roots only: src/core/review/counts.ts). */
  counts: FindingCounts;
  /** Last year's disclosure used for 比上年 (--prior, else the one kept in the workbook; null: none). */
  prior: PriorReport | null;
  /** Every 比上年 statement of the 说明 kept in the workbook, with its verdict. */
  yearOverYear: YearOverYearVerdict[];
  /** What the add-in keeps in the workbook (出错说明, 情况说明 inputs, 上年公开文件) that was damaged and ignored. */
  damaged: { part: string; sheet: string; problems: string[] }[];
  error?: string;
}

const emptyReport = (file: string, error: string): FileReport => ({
  file,
  tables: 0,
  missingTables: [],
  problems: [],
  unfilled: [],
  missing: [],
  unjudged: [],
  findings: [],
  diagnosis: { diagnoses: [], undiagnosed: [] },
  readiness: null,
  counts: { error: 0, rounding: 0, advisory: 0, explained: 0, dismissed: 0 },
  prior: null,
  yearOverYear: [],
  damaged: [],
  error,
});

/** Per 部门/单位 recognized, the standard tables (T1–T9) not found (the check's own list), by their printed names. */
function missingTables(r: CheckResult): FileReport['missingTables'] {
  return r.missing.map((m) => ({
    level: m.level,
    unit: m.unit,
    tables: m.tables.map((id) => `${m.level ?? ''}${m.level ? '预算' : ''}${TITLE_ALIASES[id]![0]}`),
  }));
}

function toReport(file: string, r: CheckResult): FileReport {
  return {
    file,
    tables: r.tables.length,
    missingTables: missingTables(r),
    problems: r.problems,
    unfilled: r.unfilled,
    missing: r.missing,
    unjudged: unjudgedGaps(r.notEvaluated),
    findings: r.findings.map((f) => ({
      id: f.id,
      ...findingJson(f),
      ...(f.causedBy ? { causedBy: f.causedBy } : {}),
      ...(f.diagnosis ? { diagnosis: f.diagnosis } : {}),
      ...(f.explanation ? { explanation: f.explanation } : {}),
    })),
    diagnosis: diagnosisReport(r),
    readiness: r.readiness ?? null,
    counts: findingCounts(r),
    prior: r.prior ?? null,
    yearOverYear: r.yearOverYear ?? [],
    damaged: (r.damaged ?? []).map(({ part, sheet, problems }) => ({ part, sheet, problems })),
  };
}

interface Options {
  /** Files the options name (--edition-file …): inputs too. */
  optionFiles: string[];
  json: boolean;
  out?: string;
  force: boolean;
  editions: Edition[];
  /** --prior LASTYEAR.(xlsx|docx|txt) */
  prior?: string;
  reasonShare?: number;
}

function parse(argv: string[]): { files: string[]; o: Options } {
  const parsed = parseCommandArgs(argv, {
    json: { type: 'boolean' },
    out: { type: 'string' },
    'edition-file': { type: 'string' },
    force: { type: 'boolean' },
    prior: { type: 'string' },
    'reason-share': { type: 'string' },
  });
  if (parsed.positionals.length === 0) throw new UsageError('请指定要检查的 .xlsx 文件或文件夹 / give at least one .xlsx file or folder');
  const editions = customEditions(parsed.values['edition-file']);
  const o: Options = {
    optionFiles: optionFiles(parsed.values),
    json: !!parsed.values.json,
    out: parsed.values.out,
    force: !!parsed.values.force,
    editions,
  };
  if (parsed.values.prior) o.prior = parsed.values.prior;
  const share = reasonShareOf(parsed.values['reason-share']);
  if (share !== undefined) o.reasonShare = share;
  return { files: parsed.positionals, o };
}

/** Where each marked copy goes: the file itself, or the mirrored path under an output folder. */
function targets(inputs: InputFile[], args: string[], out: string): Map<InputFile, string> {
  if (existsSync(out) && !statSync(out).isDirectory() && !statSync(out).isFile())
    throw new UsageError(`--out 不是普通文件（管道、设备或套接字）：${out}，不会写入 / --out is not a regular file`);
  const folderMode =
    inputs.length > 1 ||
    /[/\\]$/.test(out) ||
    (existsSync(out) && statSync(out).isDirectory()) ||
    args.some((a) => existsSync(a) && statSync(a).isDirectory());
  // Several workbooks' copies go to a folder: a name that looks like a workbook is not silently made one.
  if (folderMode && /\.(xlsx|xlsm|xls|docx|json)$/i.test(out) && !(existsSync(out) && statSync(out).isDirectory()))
    throw new UsageError(
      `要写出多个标记副本，--out 应是文件夹，而 ${out} 像一个文件名。请给出文件夹（如 --out 标记副本/），或每次检查一个文件 / --out must be a folder for several files`,
    );
  return new Map(inputs.map((f) => [f, folderMode ? join(out, f.rel) : out]));
}

async function checkOne(
  f: InputFile,
  o: Options,
  target: string | undefined,
  io: Io,
  prior: PriorFacts | undefined,
): Promise<{ report: FileReport; errors: number; incomplete: boolean }> {
  // Without a marked copy to write, the snapshot is read without ExcelJS's cell objects (the same snapshot).
  const wb = target ? await loadWorkbook(f.path, f.raw) : null;
  const snap = wb ? readSnapshot(wb) : await loadSnapshot(f.path, f.raw);
  const result = await checkWorkbookWith(snap, { editions: o.editions, prior, reasonShare: o.reasonShare }, loadNodeSolver);
  const report = toReport(f.path, result);
  if (!o.json) printHuman(io, f.path, result);
  if (result.tables.length === 0)
    throw Object.assign(new FileError(`${f.path}：未识别到预算公开表（按标题与栏次行识别），未作检查`), { report });
  if (wb && target) {
    try {
      assertCopyable(wb, f.path);
      applyPlanToWorkbook(wb, planMarks(snap, result));
      await saveWorkbook(wb, target);
    } catch (e) {
      // What was computed stays in the report (--json), with the copy's problem beside it.
      throw Object.assign(e as Error, { report });
    }
    if (!o.json) io.out(`  已写出标记副本：${target}`);
  }
  return { report, errors: result.findings.filter((x) => x.severity === 'error').length, incomplete: incomplete(result) };
}

/**
 * The check did not cover the whole workbook: a standard table not filled yet or not found, a 勾稽关系 left 未核对
 * for a missing row or column or a formula without result, something not recognized, a 情况说明 sheet not readable. (An unreadable amount is an
 * 错误: exit 1 first.)
 */
const incomplete = (r: CheckResult): boolean =>
  !r.readiness ||
  r.readiness.unfilled +
    r.readiness.missing +
    r.readiness.unjudged +
    r.readiness.uncomputed +
    r.readiness.unrecognized +
    r.readiness.narrativeUnread >
    0;

/**
 * Exit codes: 0 every file complete and no 错误 (可以报送 once the 尾差/提示 are explained); 1 some 错误; 4 no 错误 but
 * some file not complete (未填写, 缺表, 未核对, 未识别), so a script never takes an unfinished workbook as ready;
 * 2 a file or argument could not be read; 3 a program defect.
 */
export const EXIT = { ok: 0, errors: 1, unreadable: 2, defect: 3, incomplete: 4 } as const;

export async function checkCommand(argv: string[], io: Io): Promise<number> {
  const { files: args, o } = parse(argv);
  const walked = expandInputs(args);
  for (const n of walked) if (n.note) io.err(n.note);
  const inputs = walked.filter((f) => !f.note);
  if (inputs.length === 0) throw new UsageError(`没有找到 .xlsx 文件 / no .xlsx files in: ${args.join(' ')}`);
  const outs = o.out ? targets(inputs, args, o.out) : new Map<InputFile, string>();
  // Option files (--prior: last year's disclosure, read once for every file) are inputs too: never an output.
  const allInputs = [...inputs.map((f) => f.path), ...o.optionFiles];
  for (const t of outs.values()) await guardOutput(t, allInputs, o.force);
  const prior = o.prior ? await readPriorInput(o.prior) : undefined;
  if (prior && !o.json) printPrior(io, prior);
  const reports: FileReport[] = [];
  let errors = 0;
  let unreadable = 0;
  let unfinished = 0;
  let bug = false;
  for (const f of inputs) {
    if (f.error) {
      unreadable++;
      reports.push(emptyReport(f.path, f.error));
      io.err(f.error);
      continue;
    }
    try {
      const r = await checkOne(f, o, outs.get(f), io, prior);
      reports.push(r.report);
      errors += r.errors;
      if (r.incomplete) unfinished++;
    } catch (e) {
      const known = e instanceof FileError || e instanceof UsageError;
      if (known) unreadable++;
      else bug = true;
      const message = known ? (e as Error).message : `内部错误 / internal error（${f.path}）：${(e as Error).message}`;
      reports.push({ ...((e as { report?: FileReport }).report ?? emptyReport(f.path, message)), error: message });
      io.err(message.split('\n')[0]!);
    }
  }
  if (o.json) io.out(JSON.stringify(reports, null, 2));
  return bug ? EXIT.defect : unreadable ? EXIT.unreadable : errors ? EXIT.errors : unfinished ? EXIT.incomplete : EXIT.ok;
}

function printPrior(io: Io, p: PriorFacts): void {
  const n = Object.values(p.values);
  io.out(
    `上年公开文件：${p.source}（${p.year ?? '年度未识别'}年；读到 ${n.length} 个数，表 ${n.filter((v) => v.from === 'table').length}、说明 ${n.filter((v) => v.from === 'text').length}）`,
  );
  for (const d of p.disagreements)
    io.out(
      `  [上年表与上年说明不一致] ${d.what}：表 ${d.table.value.toFixed(2)}万元（${d.table.where}），说明 ${d.text.value.toFixed(2)}万元（${d.text.where}）；以表为准`,
    );
}

function printHuman(io: Io, file: string, r: CheckResult): void {
  io.out(`${file}：识别${r.tables.length}张表；${countsText(findingCounts(r))}`);
  if (r.readiness) io.out(`  ${r.readiness.text}`);
  for (const f of r.findings) {
    const note = f.explanation ? `（${f.explanation.kind === 'dismissed' ? '已忽略' : '出错说明'}：${f.explanation.text}）` : '';
    io.out(`${findingLine(f)}${f.causedBy ? `（由 ${f.causedBy} 引起）` : ''}${note}`);
  }
  for (const u of diagnosisReport(r).undiagnosed) io.out(`  [${u.reason.replace('：', '] ')}（${u.rules.join('、')}）`);
  for (const u of r.unfilled) io.out(`  [未填写] ${u.sheet}!${u.cell} ${unfilledText(u)}`);
  for (const u of unjudgedGaps(r.notEvaluated)) io.out(`  [未核对] ${u.sheet}!${u.cell} ${unjudgedText(u)}`);
  for (const p of r.problems) io.out(`  [未识别] ${p.sheet}!${p.cell} ${p.message}`);
  for (const m of missingTables(r)) io.out(`  [未找到] ${m.unit ? `${m.unit} ` : ''}${m.tables.join('、')}：未在工作簿中识别到，未核对`);
  for (const d of r.damaged ?? []) io.out(`  [已损坏] ${d.text}`);
  const yoy = r.yearOverYear ?? [];
  if (yoy.length) {
    const count = (v: string) => yoy.filter((x) => x.verdict === v).length;
    io.out(
      `  比上年：${yoy.length} 处；一致 ${count('一致')}，不一致 ${count('不一致')}，口径不同 ${count('口径不同')}，未核对 ${count('未核对')}`,
    );
    for (const x of yoy) io.out(`    [${x.verdict}] ${x.sheet}!${x.cell} ${x.text} ${x.note}`);
  }
}
