/**
 * budget-disclosure check <file.xlsx|folder>… [--json] [--out marked.xlsx|dir]: checks every workbook, prints the
 * findings (or a JSON array, one object per file), optionally writes marked copies. Inputs are never modified.
 * Exit 0: no 错误; 1: some 错误; 2: a file could not be read.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkWorkbookWith, SEVERITY_LABEL } from '../core/check/check';
import { loadNodeSolver } from '../solver/node';
import { diagnosisReport, type DiagnosisReport } from './diagnosis-report';
import type { CheckResult } from '../core/check/types';
import { planMarks } from '../core/marks/marks';
import { applyPlanToWorkbook } from '../xlsx/apply-plan';
import { FileError, loadWorkbook, saveWorkbook } from '../xlsx/files';
import { readSnapshot } from '../xlsx/read-snapshot';
import { UsageError } from './args';
import { readEditionFile } from './edition-command';
import { BUILTIN_DELTAS, resolveEdition } from '../core/catalog/editions';
import type { Io } from './main';

function expand(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) {
      out.push(p); // reported as unreadable
      continue;
    }
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) {
        const full = join(p, f);
        if (statSync(full).isDirectory()) out.push(...expand([full]));
        else if (/\.xlsx$/i.test(f) && !f.startsWith('~$')) out.push(full);
      }
    } else out.push(p);
  }
  return out;
}

interface FileReport {
  file: string;
  findings: Omit<CheckResult['findings'][number], 'title' | 'unit' | 'table' | 'identity'>[];
  /** 诊断: the cells most likely wrong, their current and repaired values, the identities repaired, ties. */
  diagnosis: DiagnosisReport;
  error?: string;
}

export async function checkCommand(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, out: { type: 'string' }, 'edition-file': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(`参数错误 / bad arguments: ${(e as Error).message}`);
  }
  const inputs = parsed.positionals;
  if (inputs.length === 0) throw new UsageError('请指定要检查的 .xlsx 文件或文件夹 / give at least one .xlsx file or folder');
  const custom = parsed.values['edition-file'] ? readEditionFile(parsed.values['edition-file']) : null;
  const editions = custom ? [resolveEdition(custom.id, [...BUILTIN_DELTAS, custom])] : [];
  const files = expand(inputs);
  if (files.length === 0) throw new UsageError(`没有找到 .xlsx 文件 / no .xlsx files in: ${inputs.join(' ')}`);
  const out = parsed.values.out;
  const many = files.length > 1;
  if (out && files.some((f) => resolve(f) === resolve(out)))
    throw new UsageError('--out 不能是输入文件（不修改原文件）/ --out must not be an input file');
  if (out && many) mkdirSync(out, { recursive: true });

  const reports: FileReport[] = [];
  let errors = 0;
  let unreadable = 0;
  for (const file of files) {
    try {
      const wb = await loadWorkbook(file);
      const snap = readSnapshot(wb);
      const result = await checkWorkbookWith(snap, { editions }, loadNodeSolver);
      errors += result.findings.filter((f) => f.severity === 'error').length;
      reports.push({
        file,
        findings: result.findings.map((f) => ({
          id: f.id,
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          sheet: f.sheet,
          cell: f.cell,
          related: f.related,
          expected: f.expected,
          actual: f.actual,
          difference: f.difference,
          ...(f.causedBy ? { causedBy: f.causedBy } : {}),
          ...(f.diagnosis ? { diagnosis: f.diagnosis } : {}),
        })),
        diagnosis: diagnosisReport(result),
      });
      if (!parsed.values.json) printHuman(io, file, result);
      if (out) {
        applyPlanToWorkbook(wb, planMarks(snap, result));
        const target = many ? join(out, basename(file)) : out;
        await saveWorkbook(wb, target);
        if (!parsed.values.json) io.out(`  已写出标记副本：${target}`);
      }
    } catch (e) {
      if (!(e instanceof FileError)) throw e;
      unreadable++;
      reports.push({ file, findings: [], diagnosis: { diagnoses: [], undiagnosed: [] }, error: e.message });
      io.err(e.message);
    }
  }
  if (parsed.values.json) io.out(JSON.stringify(reports, null, 2));
  return unreadable ? 2 : errors ? 1 : 0;
}

function printHuman(io: Io, file: string, r: CheckResult): void {
  const count = (s: string) => r.findings.filter((f) => f.severity === s).length;
  io.out(`${file}：识别${r.tables.length}张表；错误 ${count('error')}，尾差 ${count('rounding')}，提示 ${count('advisory')}`);
  for (const f of r.findings)
    io.out(`  [${SEVERITY_LABEL[f.severity]}] ${f.sheet}!${f.cell} ${f.rule} ${f.message}${f.causedBy ? `（由 ${f.causedBy} 引起）` : ''}`);
  for (const u of diagnosisReport(r).undiagnosed) io.out(`  [未诊断] ${u.reason}（${u.rules.join('、')}）`);
  for (const p of r.problems) io.out(`  [未识别] ${p.sheet}!${p.cell} ${p.message}`);
  if (r.tables.length === 0) io.out('  未识别到部门预算公开表（按标题与栏次行识别）。');
}
