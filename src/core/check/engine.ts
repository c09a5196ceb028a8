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
import { blankNameFindings } from './blank-names';
import { makeFinding } from './finding';
import { assignUniqueIds } from './finding-ids';
import { compileRules } from './compile';
import { diagnosisFindings } from './diagnosis-findings';
import { evaluate } from './evaluate';
import { groupRounding } from './grouping';
import { fillState, type MissingTables } from './fill-state';
import type { Group } from './terms';
import { STANDARD_TABLES } from '../catalog/types';
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
  findings.push(...compiled.structural, ...cellValueFindings(rec), ...blankNameFindings(rec));
  assignUniqueIds(findings);
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
    .filter((p) => p.kind === undefined)
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
    unfilled: compiled.unfilled,
    missing: missingTables(compiled.groups),
    problems,
    tables: rec.tables.map((t) => ({
      id: t.id,
      sheet: t.sheet,
      unit: t.unitCode,
      unitName: t.unitName,
      level: t.level,
      year: t.year,
      title: t.title,
      fill: fillState(t),
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

/** The standard tables each 部门/单位 lacks (tables without a unit line are taken together). */
function missingTables(groups: Group[]): MissingTables[] {
  const out: MissingTables[] = [];
  const loose = groups.filter((g) => g.unit === null).flatMap((g) => [...g.byId.values()]);
  const sets = groups.filter((g) => g.unit !== null).map((g) => ({ unit: g.unit, tables: [...g.byId.values()] }));
  if (loose.length) sets.push({ unit: null, tables: loose });
  for (const s of sets) {
    const have = new Set(s.tables.map((t) => t.id));
    const tables = STANDARD_TABLES.filter((id) => !have.has(id));
    if (tables.length) out.push({ unit: s.unit, level: s.tables[0]?.level ?? null, tables });
  }
  return out;
}

const CELL_VALUE = {
  errorValue: { rule: 'E-01', title: '金额单元格为错误值', severity: 'error' },
  uncomputed: { rule: 'E-02', title: '公式未计算', severity: 'advisory' },
  text: { rule: 'E-03', title: '金额无法识别', severity: 'error' },
} as const;

/**
 * Amount cells that are not numbers: an Excel error value or unreadable text is an 错误 at its cell (the preparer
 * must type a number there); a formula without a stored result is a 提示 (never a false 错误: Excel computes it).
 */
function cellValueFindings(rec: Recognition): Finding[] {
  const out: Finding[] = [];
  for (const p of rec.problems) {
    if (!p.kind) continue;
    const k = CELL_VALUE[p.kind];
    out.push(
      makeFinding({
        rule: k.rule,
        title: k.title,
        severity: k.severity,
        message: p.kind === 'text' ? `${p.message}。请填写数字` : p.message,
        at: { sheet: p.sheet, cell: cellAddress(p.row, p.col) },
        unit: null,
        table: null,
      }),
    );
  }
  return out;
}
