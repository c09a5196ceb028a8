/**
 * The rule engine: the catalog (data, rules.ts, ids of shared/domain/identities.md) is compiled into identities over
 * the recognized tables (compile.ts, one small unit per rule kind in ./kinds); each identity is judged on its own,
 * exactly (evaluate.ts: integer base units below 2⁵³, decimal.js beyond; 尾差 within the XBRL rounding interval,
 * 错误 beyond it, 提示 for advisory rules); the
 * strict ones form one linear system whose violated rows are explained by 诊断 (src/core/diagnose): the cell(s)
 * most likely wrong and their repaired values. Broken identities are listed under the diagnosis that explains them.
 * A rule whose table or row is absent is "not evaluated", never passed or failed.
 */
import { cellAddress } from '../a1';
import { builtinVocabulary, type Vocabulary } from '../catalog/vocabulary';
import { diagnose, type DiagnoseOptions } from '../diagnose/diagnose';
import { buildSystem, type LinearSystem } from '../diagnose/system';
import type { Identity } from './identity';
import { groupKey, type Recognition } from '../recognize/types';
import { compileRules } from './compile';
import { diagnosisFindings } from './diagnosis-findings';
import { evaluate } from './evaluate';
import { groupRounding } from './grouping';
import type { CheckResult, Finding } from './types';
import type { Rule } from './types';

export interface RuleAnalysis {
  result: CheckResult;
  identities: Identity[];
  system: LinearSystem;
}

/** The findings with the compiled identities and their linear system (for 诊断 tests and the repair plan). */
export function analyzeRules(
  rec: Recognition,
  rules: readonly Rule[],
  vocabulary: Vocabulary = builtinVocabulary(),
  options: DiagnoseOptions = {},
): RuleAnalysis {
  const compiled = compileRules(rec, rules, vocabulary);
  const findings: Finding[] = [];
  for (const id of compiled.identities) {
    const f = evaluate(id);
    if (f) findings.push(f);
  }
  findings.push(...compiled.structural, ...cellValueFindings(rec));
  assignIds(findings);
  // The system is built only when a strict identity breaks beyond its rounding interval: a clean (or 尾差-only)
  // workbook has nothing for 诊断 to explain. evaluate() and the system judge with the same interval.
  let system: LinearSystem | undefined;
  const getSystem = () => (system ??= buildSystem(compiled.identities));
  const broken = findings.some(
    (f) => f.severity === 'error' && f.identity !== undefined && compiled.identities[f.identity]!.rule.severity === 'strict',
  );
  const { diagnoses, undiagnosed } = broken ? diagnose(getSystem(), options) : { diagnoses: [], undiagnosed: [] };
  const roots = diagnosisFindings(diagnoses, findings);
  groupRounding(findings);
  const problems = rec.problems
    .filter((p) => p.kind !== 'errorValue' && p.kind !== 'uncomputed')
    .map((p) => ({ sheet: p.sheet, cell: cellAddress(p.row, p.col), message: p.message }));
  const seen = new Set<string>();
  for (const t of rec.tables) {
    const key = `${groupKey(t)}\u0000${t.id}`;
    if (seen.has(key))
      problems.push({ sheet: t.sheet, cell: cellAddress(t.titleRow, t.titleCol), message: `同一单位有两张“${t.title}”，只检查第一张` });
    seen.add(key);
  }
  const result: CheckResult = {
    findings: [...roots, ...findings],
    notEvaluated: compiled.notEvaluated,
    problems,
    tables: rec.tables.map((t) => ({
      id: t.id,
      sheet: t.sheet,
      unit: t.unitCode,
      unitName: t.unitName,
      level: t.level,
      year: t.year,
      title: t.title,
    })),
    diagnoses,
    undiagnosed,
  };
  return {
    result,
    identities: compiled.identities,
    get system() {
      return getSystem();
    },
  };
}

/** Amount cells holding an Excel error value (错误) or a formula without a stored result (提示, never a false 错误). */
function cellValueFindings(rec: Recognition): Finding[] {
  const out: Finding[] = [];
  for (const p of rec.problems) {
    if (p.kind !== 'errorValue' && p.kind !== 'uncomputed') continue;
    const error = p.kind === 'errorValue';
    out.push({
      id: '',
      rule: error ? 'E-01' : 'E-02',
      title: error ? '金额单元格为错误值' : '公式未计算',
      severity: error ? 'error' : 'advisory',
      message: p.message,
      sheet: p.sheet,
      cell: cellAddress(p.row, p.col),
      related: [],
      expected: '',
      actual: '',
      difference: '',
      unit: null,
      table: null,
    });
  }
  return out;
}

/** Ids stable within one check: rule + cell (+ #n when one rule breaks twice on a cell). */
function assignIds(findings: Finding[]): void {
  const count = new Map<string, number>();
  for (const f of findings) {
    const base = `${f.rule}@${f.sheet}!${f.cell}`;
    const n = (count.get(base) ?? 0) + 1;
    count.set(base, n);
    f.id = n === 1 ? base : `${base}#${n}`;
  }
}
