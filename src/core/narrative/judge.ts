/**
 * 说明核对 on the records of statements.ts: each stated level against its table quantity (N-01, N-02, N-03, N-05,
 * N-06, N-07, N-08, A-01), and the arithmetic inside the text — a 其中 list against its total (N-03 and the like,
 * N-09 projects, N-07 机关运行 items), N-04 (a stated change = this year − last year where both are stated; a total
 * change = Σ component changes; a growth rate = change ÷ last year), N-10 (会议费/培训费 inside 三公), N-11 (a share
 * = item ÷ its denominator). Every record gets a verdict: 一致 / 不一致 / 尾差 / 口径不同 / 未核对 (with the reason).
 *
 * Never a false 错误: a figure equal to another plausible quantity (the 本年 part without 结转) is 口径不同, an
 * advisory naming both; a figure stated in another scope (财政拨款 only) that differs is 未核对; a figure whose
 * subject is not in the vocabulary is 未核对. Tolerances are the printed precision (XBRL rounding intervals).
 */
import { statedMessage } from '../check/message';
import type { FindingSeverity } from '../check/types';
import { Decimal, halfUnit } from '../money';
import { labelKey } from '../text';
import { locationOf, type Facts } from './facts';
import type { Statement } from './statements';
import { SUBJECT_BY_ID, type Subject } from './subjects';

export type Verdict = '一致' | '不一致' | '尾差' | '口径不同' | '未核对';

export interface Reviewed {
  statement: Statement;
  verdict: Verdict;
  /** Why (未核对), or what it was compared with. */
  note: string;
  /** Where the table figure is printed (for the pane). */
  source?: string;
  /** The table cell it was compared with (the pane opens it). */
  at?: { sheet: string; cell: string };
  /** Last year's figure it was judged with (比上年): the prior facts' key, value (万元) and where it was read. */
  prior?: { key: string; value: string; where: string; from: 'table' | 'text' };
}

export interface Issue {
  rule: string;
  severity: FindingSeverity;
  paragraph: number;
  message: string;
  expected: string;
  actual: string;
  difference: string;
}

/** Half a printed unit of a stated figure, in 万元 (or percentage points). */
export const tolOf = (s: Pick<Statement, 'unit' | 'decimals'>) =>
  s.unit === '元' ? halfUnit(s.decimals).div(10000) : s.unit === '亿元' ? halfUnit(s.decimals).times(10000) : halfUnit(s.decimals);
export const shown = (d: Decimal, s: Pick<Statement, 'unit'>) =>
  s.unit === '元' ? `${d.times(10000).toFixed(0)}元` : s.unit === '%' ? `${d.toDecimalPlaces(2).toString()}%` : `${d.toFixed(2)}万元`;

const SCOPE_SENSITIVE = /^(expense\.(total|basic|personnel|public|project)|income\.(total|subtotal))$/;

/** A stated level against the tables. */
function judgeLevel(s: Statement, f: Facts | null, issues: Issue[]): Reviewed {
  const subject = s.subject!;
  if (!subject.fact) return { statement: s, verdict: '未核对', note: `${subject.what}：表中没有此项，未核对` };
  if (!f) return { statement: s, verdict: '未核对', note: '未找到对应的预算表，未核对' };
  const expected = subject.fact(f);
  if (expected === null) return { statement: s, verdict: '未核对', note: `缺少${subject.source ?? subject.what}，未核对` };
  const source = subject.source;
  const at = locationOf(expected);
  const diff = s.value.minus(expected);
  const tol = tolOf(s);
  if (diff.isZero()) return { statement: s, verdict: '一致', note: `= ${source ?? subject.what}`, source, at };
  if (diff.abs().lt(tol))
    return { statement: s, verdict: '一致', note: `= ${source ?? subject.what} ${shown(expected, s)}（取整）`, source, at };
  for (const alt of subject.alternates ?? []) {
    const v = alt.fact(f);
    if (v === null || !(v.eq(s.value) || v.minus(s.value).abs().lt(tol))) continue;
    const message = `说明中“${s.text}”与${source ? `${source} ` : `表中${subject.what}`}${shown(expected, s)}不同，而与${alt.what} ${shown(v, s)}一致：请确认说明所指口径`;
    issues.push({
      rule: subject.rule,
      severity: 'advisory',
      paragraph: s.paragraph,
      message,
      expected: shown(expected, s),
      actual: shown(s.value, s),
      difference: shown(diff, s),
    });
    return { statement: s, verdict: '口径不同', note: `= ${alt.what}`, source, at };
  }
  if (s.scope && SCOPE_SENSITIVE.test(subject.id))
    return {
      statement: s,
      verdict: '未核对',
      note: `按${s.scope}口径陈述，表中${subject.what}为 ${shown(expected, s)}（含其他资金），未核对`,
      source,
    };
  const severity: FindingSeverity = subject.severity === 'strict' ? 'error' : 'advisory';
  issues.push({
    rule: subject.rule,
    severity,
    paragraph: s.paragraph,
    message: statedMessage({
      what: '',
      stated: s.text,
      against: source ?? `表中${subject.what}`,
      expected: shown(expected, s),
      difference: shown(diff, s),
    }),
    expected: shown(expected, s),
    actual: shown(s.value, s),
    difference: shown(diff, s),
  });
  return { statement: s, verdict: '不一致', note: `≠ ${source ?? subject.what} ${shown(expected, s)}`, source, at };
}

/** A 302 item named in the 机关运行经费 section (N-07, advisory). */
function judgeItem(s: Statement, f: Facts | null, issues: Issue[]): Reviewed | null {
  if (!f || !/机关运行/.test(s.section)) return null;
  const key = labelKey(s.phrase)
    .replace(/^(?:主要用于|其中|包括|主要为|主要是)[:：]?/, '')
    .replace(/(?:为|安排|预算)+$/, '');
  const item = f.publicItems.find((i) => labelKey(i.name) === key || `${labelKey(i.name)}支出` === key);
  if (!item && s.value.isZero()) return { statement: s, verdict: '一致', note: '基本支出表中此项为 0 或未列' };
  if (!item) return s.subject ? null : { statement: s, verdict: '未核对', note: '基本支出表中没有此项目，未核对' };
  const source = `基本支出表 ${item.code} ${item.name}`;
  const diff = s.value.minus(item.amount);
  if (diff.isZero() || diff.abs().lt(tolOf(s))) return { statement: s, verdict: '一致', note: `= ${source}`, source };
  issues.push({
    rule: 'N-07',
    severity: 'advisory',
    paragraph: s.paragraph,
    message: statedMessage({
      what: '机关运行经费',
      stated: s.text,
      against: `基本支出表${item.code}`,
      expected: shown(item.amount, s),
      difference: '',
    }),
    expected: shown(item.amount, s),
    actual: shown(s.value, s),
    difference: shown(diff, s),
  });
  return { statement: s, verdict: '不一致', note: `≠ ${source} ${shown(item.amount, s)}`, source };
}

/** Each record's verdict against the tables (levels), before the in-text arithmetic refines the others. */
export function judgeStatements(statements: Statement[], f: Facts | null, issues: Issue[]): Reviewed[] {
  return statements.map((s): Reviewed => {
    if (s.reason) return { statement: s, verdict: '未核对', note: '原因说明中的数字，未核对' };
    if (s.kind === 'level' && s.lastYear)
      return { statement: s, verdict: '未核对', note: '上年（或其他年度）的数，不与本年表比较，未核对' };
    if (s.kind === 'level') {
      // An item of a 机关运行经费 or 项目支出 list is a 302 item or a project, whatever words it shares with a subject.
      const parent = s.parent === null ? null : statements[s.parent]!.subject?.id;
      const listItem = parent === 'operating' || parent === 'expense.project';
      const itemLike = listItem || s.subject?.sanGong || s.subject?.id === 'meeting' || s.subject?.id === 'training' || !s.subject;
      const item = itemLike ? judgeItem(s, f, issues) : null;
      if (item) return item;
      if (listItem) return { statement: s, verdict: '未核对', note: '所列明细项目，未逐项核对（合计见上）' };
      if (!s.subject) return { statement: s, verdict: '未核对', note: '未能识别这个数字说的是哪一项，未核对' };
      return judgeLevel(s, f, issues);
    }
    if (s.kind === 'percent') return { statement: s, verdict: '未核对', note: '百分比（未说明是占比还是增幅），未核对' };
    return {
      statement: s,
      verdict: '未核对',
      note:
        s.kind !== 'change'
          ? '比率：未找到可核对的分子分母'
          : s.subject
            ? '增减额：未提供上年公开文件，未核对'
            : '增减额：未能识别是哪一项的增减，未核对',
    };
  });
}

export const subjectById = (id: string): Subject | undefined => SUBJECT_BY_ID.get(id);
