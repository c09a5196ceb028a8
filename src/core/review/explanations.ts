/**
 * 出错说明 and dismissals (issue #13; the 久其 distinction between 强制性 and 提示性 审核): the preparer explains a
 * finding (free text, with suggestions) or, for a 提示, dismisses it. They are kept in the workbook itself (a very
 * hidden sheet, text only), keyed by the rule, the cell and the values involved — so they survive saving and
 * reopening, and a changed value re-opens them (its key no longer matches). A check attaches each stored
 * explanation to the finding it was written for; those whose finding is gone or changed are counted as reopened.
 */
import { FORMER_IDS } from '../check/rules';
import type { Finding } from '../check/types';
import type { CheckResult } from './result';
import { rowStore } from '../hidden-store';
import { EXPLANATIONS_SHEET } from '../internal-sheets';
import type { EditPlan } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { checkExplanationRows, EXPLANATION_HEADER } from './explanation-schema';

export interface Explanation {
  key: string;
  kind: 'explained' | 'dismissed';
  text: string;
  /** When it was written (yyyy-mm-dd). */
  date: string;
  /** Where, for the reader of the hidden sheet and the report. */
  where: string;
}

/** Explanations the preparer most often writes (the pane offers them; any text is accepted). */
export const SUGGESTIONS: readonly string[] = [
  '四舍五入尾差：各单元格分别取整所致，原始数据一致',
  '项目支出中含公务接待费（或公务用车运行维护费）',
  '会议费、培训费不属于“三公”经费，表中另列',
  '按财政局批复数填列',
  '本年新增事项，上年无此项',
];

/** The finding's identity and the values it was judged on: a changed value gives another key. */
export const explanationKey = (f: Pick<Finding, 'rule' | 'sheet' | 'cell' | 'actual' | 'expected'>) =>
  [f.rule, `${f.sheet}!${f.cell}`, f.actual, f.expected].join('|');

/** Keys a finding's explanation may be stored under: its own, and (a rule split by kind) the one of its published id. */
function keysOf(f: Finding): string[] {
  const former = FORMER_IDS.get(f.rule);
  return former ? [explanationKey(f), explanationKey({ ...f, rule: former })] : [explanationKey(f)];
}

const store = rowStore<Explanation>(
  EXPLANATIONS_SHEET,
  EXPLANATION_HEADER,
  ([key, kind, text, date, where]) =>
    !key || (kind !== 'explained' && kind !== 'dismissed') ? null : { key, kind, text: text ?? '', date: date ?? '', where: where ?? '' },
  (e) => [e.key, e.kind, e.text, e.date, e.where],
  checkExplanationRows, // the schema (./explanation-schema.ts): rows checked as the sheet holds them
);

export const readExplanations = (wb: WorkbookSnapshot): Explanation[] => store.read(wb);

/** What was wrong with the rows left out (for the note that says so). */
export const explanationProblems = (wb: WorkbookSnapshot): string[] => store.problems(wb);

/** Replaces the stored list (one write: the sheet is rewritten as text). */
export const planStoreExplanations = (wb: WorkbookSnapshot, list: readonly Explanation[]): EditPlan =>
  store.plan(wb, [...list], '保存出错说明');

/** Attaches stored explanations to the findings they were written for; counts the ones that no longer match. */
export function attachExplanations(result: CheckResult, stored: readonly Explanation[]): CheckResult {
  const byKey = new Map(stored.map((e) => [e.key, e]));
  const used = new Set<string>();
  for (const f of result.findings) {
    const e = keysOf(f)
      .map((k) => byKey.get(k))
      .find((x) => x !== undefined);
    if (!e || (e.kind === 'dismissed' && f.severity !== 'advisory')) continue;
    f.explanation = { kind: e.kind, text: e.text, date: e.date };
    used.add(e.key);
  }
  result.reopened = stored.filter((e) => !used.has(e.key)).length;
  result.explanations = [...stored];
  return result;
}

/** Upserts (or, with null, removes) the explanation of one finding in a stored list. */
export function withExplanation(
  list: readonly Explanation[],
  f: Finding,
  e: Pick<Explanation, 'kind' | 'text' | 'date'> | null,
): Explanation[] {
  const key = explanationKey(f);
  const keys = keysOf(f);
  const rest = list.filter((x) => !keys.includes(x.key));
  return e ? [...rest, { key, ...e, where: `${f.sheet}!${f.cell}` }] : rest;
}
