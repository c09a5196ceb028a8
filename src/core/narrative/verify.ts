/**
 * 说明核对: a 说明 (a worksheet, pasted text) read as records of stated figures (statements.ts), each judged against
 * the tables of the same analysis (judge.ts), the arithmetic inside the text (arithmetic.ts, shares.ts) and the
 * hygiene a reviewer sends back for (hygiene.ts). `reviewNarrative` returns every record with its verdict (the
 * pane's list: 一致 / 不一致 / 尾差 / 口径不同 / 未核对) and the findings; `verifyNarrative` the findings only, of the
 * checker's kind. Without tables (facts null) only the text's own arithmetic and hygiene are judged.
 */
import { makeFinding } from '../check/finding';
import { assignUniqueIds } from '../check/finding-ids';
import type { Finding } from '../check/types';
import type { PriorFacts } from './prior-facts';
import { checkArithmetic } from './arithmetic';
import type { Facts } from './facts';
import { checkHygiene, nameFromTitle } from './hygiene';
import { judgeStatements, type Issue, type Reviewed } from './judge';
import { narrativeTitle } from './rule-titles';
import { checkSanGongScope, checkShares } from './shares';
import { budgetYearOf, readStatements } from './statements';
import { checkYearOverYear, type YearOverYearOptions } from './year-over-year';

export interface VerifyOptions {
  sheet: string;
  /** Cell address of each paragraph (when the narrative sits in a worksheet), for locating findings. */
  cellOf?: (paragraph: number) => string;
}

export interface NarrativeReview {
  statements: Reviewed[];
  issues: Issue[];
  /** Every 比上年 statement (a change, 持平, a growth rate, a figure of another year) with its verdict. */
  yearOverYear: Reviewed[];
  /** The prior facts used (null: no prior source). */
  prior: PriorFacts | null;
}

const RANK: Record<Reviewed['verdict'], number> = { 未核对: 0, 一致: 1, 口径不同: 2, 尾差: 3, 不一致: 4 };

export type ReviewOptions = YearOverYearOptions;

export function reviewNarrative(text: string, f: Facts | null, o: ReviewOptions = {}): NarrativeReview {
  const year = f?.year ?? budgetYearOf(text);
  const all = readStatements(text, year);
  const issues: Issue[] = [];
  const push = (i: Issue) => issues.push(i);
  const reviewed = judgeStatements(all, f, issues);
  // The text's own arithmetic refines a record's verdict; a table comparison already made stays unless worse.
  // A forced mark (last year's figures) replaces an equal or better verdict; 未核对 never replaces a verdict made.
  const mark = (s: { index: number }, verdict: Reviewed['verdict'], note: string, force = false, prior?: Reviewed['prior']) => {
    const r = reviewed[s.index]!;
    if (prior && !(r.verdict !== '未核对' && verdict === '未核对')) reviewed[s.index] = { ...r, prior };
    const replace =
      r.verdict === '未核对'
        ? true
        : verdict === '未核对'
          ? false
          : force
            ? RANK[verdict] >= RANK[r.verdict]
            : RANK[verdict] > RANK[r.verdict];
    if (replace) reviewed[s.index] = { ...reviewed[s.index]!, verdict, note };
  };
  checkArithmetic(all, { text, tables: f !== null }, push, mark);
  checkShares(all, f, push, mark);
  checkSanGongScope(all, push);
  checkYearOverYear(all, reviewed, f, year, text, o, push, mark);
  checkHygiene(text, year, f?.unitName ?? nameFromTitle(text), push);
  const yearOverYear = reviewed.filter(
    (r) => !r.statement.reason && (r.statement.kind === 'change' || r.statement.kind === 'growth' || r.statement.lastYear),
  );
  return { statements: reviewed.filter((r) => !r.statement.implicit), issues, yearOverYear, prior: o.prior ?? null };
}

/** The findings of a 说明's issues, each made by the one finding constructor; ids are given by the caller's pass. */
export function issueFindings(issues: Issue[], f: Facts | null, o: VerifyOptions): Finding[] {
  return issues.map((i) =>
    makeFinding({
      rule: i.rule,
      title: narrativeTitle(i.rule),
      severity: i.severity,
      message: i.message,
      at: { sheet: o.sheet, cell: o.cellOf?.(i.paragraph) ?? `A${i.paragraph + 1}` },
      figures: { expected: i.expected, actual: i.actual, difference: i.difference },
      unit: f?.unitCode ?? null,
      table: null,
    }),
  );
}

/** 说明核对 of one text on its own: its findings with their ids (rule + cell, figures when that is not unique). */
export function verifyNarrative(text: string, f: Facts | null, o: VerifyOptions & ReviewOptions): Finding[] {
  const findings = issueFindings(reviewNarrative(text, f, o).issues, f, o);
  assignUniqueIds(findings);
  return findings;
}

/** A sheet titled 情况说明 that cannot be read as one (no 「二、…总体情况」 heading): its figures are 未核对. */
export function unreadNarrativeFinding(sheet: string, cell: string, f: Facts | null): Finding {
  return makeFinding({
    rule: 'U-04',
    title: narrativeTitle('U-04'),
    severity: 'advisory',
    message: `工作表“${sheet}”像是情况说明，但没有找到“二、…总体情况”等标题，未核对：请按模板保留各部分标题`,
    at: { sheet, cell },
    figures: { expected: '二、…预算安排的总体情况', actual: '', difference: '' },
    unit: f?.unitCode ?? null,
    table: null,
  });
}
