/**
 * The counts a user sees — 错误, 尾差, 提示, 已说明, 已忽略 — computed in one place, so the pane, the CLI summary and
 * --json, the 检查结果 sheet and the 审核报告 say the same numbers for one check. A finding that follows from another
 * (causedBy: a broken identity under the diagnosed cell, a 尾差 under the row it rounds) is counted once, as its root.
 */
import type { Finding } from '../check/types';
import type { CheckResult } from './result';

export interface FindingCounts {
  error: number;
  rounding: number;
  advisory: number;
  explained: number;
  dismissed: number;
}

export const rootFindings = (findings: readonly Finding[]): Finding[] => findings.filter((f) => !f.causedBy);

export function findingCounts(result: Pick<CheckResult, 'findings'>): FindingCounts {
  const c: FindingCounts = { error: 0, rounding: 0, advisory: 0, explained: 0, dismissed: 0 };
  for (const f of rootFindings(result.findings)) {
    c[f.severity]++;
    if (f.explanation) c[f.explanation.kind]++;
  }
  return c;
}

/** What a finding's rule is called where users read it (the id 「T5-01」 only in a details line or the JSON). */
export const ruleTitle = (f: Pick<Finding, 'rule' | 'title'>): string => f.title || f.rule;

/** 「错误 1，尾差 0，提示 2」 */
export const countsText = (c: FindingCounts): string => `错误 ${c.error}，尾差 ${c.rounding}，提示 ${c.advisory}`;
