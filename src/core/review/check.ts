/**
 * 一键检查 in the core: snapshot → one analysis (recognition, identities, 诊断) → findings; a 情况说明 kept in a
 * worksheet is checked against the facts of the same recognition (说明核对); the supporting tables (政府采购预算,
 * 固定资产占用情况表) by their own rules; stored 出错说明 are attached and the 可以报送 status computed. 比上年
 * statements are judged against last year's disclosure (given, or kept in the workbook: src/core/narrative/stored-prior.ts).
 * `checkWorkbookWith` loads a MIP solver only when some part of the workbook needs four or more cells changed (or
 * the exact enumeration of two or three cannot decide: src/core/diagnose/small.ts), and finishes the diagnosis with it.
 */
import { analyzeWorkbook, type Analysis, type AnalysisOptions } from '../analysis';
import { analyzeRules } from '../diagnose/rule-analysis';
import type { MipSolve } from '../diagnose/solver';
import type { WorkbookSnapshot } from '../model/snapshot';
import { findNarrativeSheets, unreadNarrativeSheets } from '../narrative/narrative-sheet';
import { issueFindings, reviewNarrative, unreadNarrativeFinding } from '../narrative/verify';
import type { Reviewed } from '../narrative/judge';
import { priorReport, type PriorFacts } from '../narrative/prior-facts';
import { readStoredPrior, readStoredReasonShare } from '../narrative/stored-prior';
import { assignUniqueIds } from '../check/finding-ids';
import { withPatterns } from '../check/patterns';
import { RULES } from '../check/rules';
import { supportingFindings } from '../check/supporting';
import { attachExplanations, readExplanations } from './explanations';
import { countPlaceholders, readiness } from './readiness';
import { storedDamage } from './stored-damage';
import { generateNarrative, narrativeText } from '../narrative/generate';
import { readStoredInputs } from '../narrative/stored-inputs';
import { INPUTS_SHEET } from '../internal-sheets';
import type { CheckResult, YearOverYearVerdict } from './result';

export interface CheckOptions extends AnalysisOptions {
  /** Last year's disclosure for 比上年 (undefined: the one kept in the workbook, if any; null: none). */
  prior?: PriorFacts | null;
  /** A change above this share of last year (percent; else the one kept with the 上年公开文件, else 10) needs a reason. */
  reasonShare?: number;
}

/**
 * What lies beside the identities: the supporting tables' rules, the 说明 kept in a worksheet (说明核对), and the
 * preparer's 出错说明 stored in the workbook, attached to the findings they were written for. A sheet titled
 * 情况说明 that cannot be read as one is said (U-04, 提示: its figures are 未核对), never passed over.
 */
function withNarrative(a: Analysis, base: CheckResult, o: CheckOptions = {}): CheckResult {
  // A new result: the analysis keeps its own (checking twice gives the same findings, not more).
  const result: CheckResult = { ...base, findings: base.findings.map((f) => ({ ...f })) };
  const totals = () => {
    const f = a.facts()[0];
    return { project: f?.expense.project ?? null, public: f?.expense.public ?? null };
  };
  result.findings.push(...supportingFindings(a.snapshot, a.recognition.tables.find((t) => t.year)?.year ?? null, totals));
  const sheets = findNarrativeSheets(a.snapshot);
  const facts = sheets.length ? a.facts() : [];
  const prior = o.prior !== undefined ? o.prior : readStoredPrior(a.snapshot);
  result.prior = prior ? priorReport(prior) : null;
  result.yearOverYear = [];
  for (const n of sheets) {
    const f = facts.find((x) => x.level === n.level) ?? facts[0];
    if (!f) continue;
    const cellOf = (p: number) => n.cells[p] ?? 'A1';
    const review = reviewNarrative(n.text, f, { prior, reasonShare: o.reasonShare ?? readStoredReasonShare(a.snapshot) });
    result.findings.push(...issueFindings(review.issues, f, { sheet: n.sheet, cellOf }));
    result.yearOverYear.push(...review.yearOverYear.map((r) => yearOverYearVerdict(r, n.sheet, cellOf(r.statement.paragraph))));
  }
  const unread = unreadNarrativeSheets(a.snapshot);
  result.unreadNarratives = unread.map((u) => u.sheet);
  result.findings.push(...unread.map((u) => unreadNarrativeFinding(u.sheet, u.cell, facts[0] ?? null)));
  result.findings = withPatterns(
    result.findings,
    a.recognition,
    sheets.map((n) => n.text),
  );
  assignUniqueIds(result.findings);
  attachExplanations(result, readExplanations(a.snapshot));
  result.damaged = storedDamage(a.snapshot);
  result.readiness = readiness(result, sheets.length ? 0 : countPlaceholders(storedNarrative(a, prior)));
  return result;
}

function yearOverYearVerdict(r: Reviewed, sheet: string, cell: string): YearOverYearVerdict {
  const s = r.statement;
  return {
    sheet,
    cell,
    text: s.text,
    subject: s.subject?.id ?? null,
    kind: s.kind,
    value: `${s.value.toString()}${s.unit === '%' ? '%' : '万元'}`,
    verdict: r.verdict,
    note: r.note,
    ...(r.prior ? { prior: r.prior } : {}),
  };
}

/** The 说明 generated from the inputs stored in the workbook (when the preparer uses 情况说明 here), else null. */
function storedNarrative(a: Analysis, prior: PriorFacts | null): string | null {
  if (!a.snapshot.sheets.some((s) => s.name === INPUTS_SHEET)) return null;
  const f = a.facts()[0];
  return f ? narrativeText(generateNarrative(f, readStoredInputs(a.snapshot), prior)) : null;
}

export function checkAnalysis(a: Analysis, o: CheckOptions = {}): CheckResult {
  return withNarrative(a, a.rules().result, o);
}

export function checkWorkbook(wb: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  return checkAnalysis(analyzeWorkbook(wb, options), options);
}

/** Check, and where single-cell 诊断 cannot explain a part, load the solver and diagnose it (recognition once). */
export async function checkWorkbookWith(
  wb: WorkbookSnapshot,
  options: CheckOptions,
  loadSolver: () => Promise<MipSolve>,
): Promise<CheckResult> {
  const a = analyzeWorkbook(wb, options);
  const first = a.rules().result;
  if (!first.undiagnosed.some((u) => u.reason === 'pending')) return withNarrative(a, first, options);
  let solve: MipSolve;
  try {
    solve = await loadSolver();
  } catch {
    return withNarrative(a, first, options); // stays 'pending': the pane and CLI say the solver could not be loaded
  }
  const again = analyzeRules(a.recognition, options.rules ?? RULES, a.vocabulary, { ...options, solve });
  return withNarrative(a, again.result, options);
}

export const SEVERITY_LABEL = { error: '错误', rounding: '尾差', advisory: '提示' } as const;
