/**
 * The rule engine: the catalog (data, rules.ts, ids of shared/domain/identities.md) is compiled into identities over
 * the recognized tables (compile.ts, one small unit per rule kind in ./kinds); each identity is judged on its own,
 * exactly (evaluate.ts: integer base units below 2⁵³, decimal.js beyond; 尾差 within the XBRL rounding interval,
 * 错误 beyond it, 提示 for advisory rules). 诊断 of the broken strict identities comes after, in
 * src/core/diagnose/rule-analysis.ts. A rule whose table or row is absent is "not evaluated", never passed or failed.
 */
import { cellAddress } from '../a1';
import { builtinVocabulary, type Vocabulary } from '../catalog/vocabulary';
import type { Identity } from './identity';
import { groupKey, type Recognition } from '../recognize/types';
import { blankNameFindings } from './blank-names';
import { makeFinding } from './finding';
import { assignUniqueIds } from './finding-ids';
import { compileRules } from './compile';
import { evaluate } from './evaluate';
import { fillState, type FillState, type MissingTables, type UnfilledTable } from './fill-state';
import type { Group } from './terms';
import { STANDARD_TABLES, type TableId } from '../catalog/types';
import type { Finding, NotEvaluated } from './types';
import type { Rule } from './types';

/** A recognized table as a check result lists it. */
export interface CheckedTable {
  id: TableId;
  sheet: string;
  unit: string | null;
  unitName?: string | null;
  level: string | null;
  year: number | null;
  title: string;
  /** 已填写, 空表列示 (empty with its 注) or 未填写 (src/core/check/fill-state.ts). */
  fill?: FillState;
}

/** What the rules say of one recognition, before 诊断. */
export interface RuleFindings {
  /** Every broken identity, structural and cell-value finding, with ids unique within the check. */
  findings: Finding[];
  notEvaluated: NotEvaluated[];
  /** Standard tables not filled yet (no amount, no 空表列示 注): their 勾稽关系 are not judged. */
  unfilled: UnfilledTable[];
  /** 部门/单位 whose standard tables are not all in the workbook. */
  missing: MissingTables[];
  problems: { sheet: string; cell: string; message: string }[];
  tables: CheckedTable[];
}

/** The findings of the catalog over one recognition, and the identities they judge (for 诊断). */
export function evaluateRules(
  rec: Recognition,
  rules: readonly Rule[],
  vocabulary: Vocabulary = builtinVocabulary(),
): { findings: RuleFindings; identities: Identity[] } {
  const compiled = compileRules(rec, rules, vocabulary);
  const findings: Finding[] = [];
  for (const id of compiled.identities) {
    const f = evaluate(id);
    if (f) findings.push(f);
  }
  findings.push(...compiled.structural, ...cellValueFindings(rec), ...blankNameFindings(rec));
  assignUniqueIds(findings);
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
  return {
    findings: {
      findings,
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
    },
    identities: compiled.identities,
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
