/**
 * 比上年 (issue #21): every figure of another year and every stated change judged against last year's disclosure
 * (prior facts, prior-facts.ts) — never against this year's tables.
 * - A figure of another year: = the prior facts' value (一致 / 不一致, N-04), else 未核对 with the reason
 *   (未提供上年公开文件; 上年公开文件中没有此项; 另一年度的数). Never 错误 without a prior source.
 * - A change 「比上年增加 X」: X = this year − last year (this year from the tables, else the figure the text states);
 *   「持平」: the two are equal; a growth rate = change ÷ last year, and the common wrong forms are named when they
 *   match (÷ this year, this year ÷ last year, the change written as %). A change that matches the subject's other
 *   scope (本年收入合计 for 收入总计) is 口径不同. A comparison with 执行数/决算/调整预算 is 未核对 (the prior source
 *   is last year's 年初预算).
 * - A figure of this year equal to last year's while this year's table differs: 提示 「与上年公开数相同，疑似未更新」
 *   (N-14).
 * - A change above the reason threshold (share of last year; any 三公 increase) with no 「主要原因」 near it: 提示
 *   (N-15). Works without a prior source (last year = this year − the change).
 * Severity: a disagreement with a prior value read from last year's tables is 错误; with one read from text, 提示
 * (last year's text may itself be wrong). Tolerances: the printed precision of each side.
 */
import { statedMessage } from '../check/message';
import type { FindingSeverity } from '../check/types';
import { Decimal } from '../money';
import type { PriorFacts, PriorValue } from './prior-facts';
import { priorValue } from './prior-facts';
import { keyOf, nowOf } from './read-prior';
import type { Facts } from './facts';
import type { Issue, Reviewed } from './judge';
import { subjectById } from './judge';
import { shown, tolOf } from './judge';
import { normalize } from './normalize';
import type { Statement } from './statements';
import type { Subject } from './subjects';

export interface YearOverYearOptions {
  prior?: PriorFacts | null;
  /** A change above this share of last year's figure needs a reason (percent; default 10). */
  reasonShare?: number;
}

export const DEFAULT_REASON_SHARE = 10;

type Mark = (s: Statement, v: Reviewed['verdict'], note: string, force?: boolean, prior?: Reviewed['prior']) => void;
type Push = (i: Issue) => void;

const OTHER_BASIS = /执行数|决算|调整预算|调整后/;
const PRIOR_TOL = new Decimal(0.005);
const SCOPE_SENSITIVE = /^(expense\.(total|basic|personnel|public|project)|income\.(total|subtotal))$/;

const wan = (d: Decimal) => `${d.toFixed(2)}万元`;
const pct = (d: Decimal) => `${d.toFixed(2)}%`;
const used = (v: Last): Reviewed['prior'] => ({ key: v.key, value: v.value.toString(), where: v.where, from: v.from });
const fromWhere = (v: PriorValue) => `上年公开${v.from === 'table' ? '表' : '说明'}${v.where ? `（${v.where}）` : ''}`;

/** Last year's value for a statement's subject, or why there is none. */
type Last = PriorValue & { key: string };

function lastYear(s: Statement, prior: PriorFacts | null | undefined, year: number | null, all: Statement[]): Last | string {
  if (!s.subject) return '未能识别是哪一项，未核对';
  if (!prior) return '未提供上年公开文件，未核对';
  if (s.ofYear !== null && prior.year !== null && s.ofYear !== prior.year)
    return `${s.ofYear}年的数，上年公开文件是${prior.year}年的，未核对`;
  if (year !== null && prior.year !== null && prior.year !== year - 1) return `上年公开文件是${prior.year}年的，不是${year - 1}年，未核对`;
  // A change or rate of a 类/款/项 is about the figure it follows (「法院（款）行政运行（项）支出X万元，与上年相比…」).
  const named = s.kind === 'level' ? s : (nowOf(all, s) ?? s);
  const key = keyOf({ subject: s.subject, phrase: named.phrase });
  const found = key ? priorValue(prior, s.subject, key) : null;
  const v = found && key ? { ...found, key } : null;
  const what = key?.startsWith('expense.function:') ? key.slice('expense.function:'.length) : s.subject.what;
  return v ?? `上年公开文件（${prior.source}）中没有${key ? what : `这一${s.subject.what}`}，未核对`;
}

/** This year's figure a change is about: the tables' (when the text's scope is theirs), else the stated one. */
function thisYear(all: Statement[], c: Statement, f: Facts | null): { value: Decimal; tol: Decimal; what: string } | null {
  const s = c.subject!;
  const fromTable = f && s.fact && !(c.scope && SCOPE_SENSITIVE.test(s.id)) ? s.fact(f) : null;
  if (fromTable) return { value: fromTable, tol: new Decimal(0), what: `本年表中${s.what}` };
  if (f && s.fact && !c.scope) return null; // the tables do not give it: not taken from the text instead
  const stated = nowOf(all, c);
  return stated ? { value: stated.value, tol: tolOf(stated), what: `本年所述${s.what}` } : null;
}

interface Ctx {
  all: Statement[];
  f: Facts | null;
  prior: PriorFacts | null | undefined;
  year: number | null;
  push: Push;
  mark: Mark;
}

const severityOf = (v: PriorValue): FindingSeverity => (v.from === 'table' ? 'error' : 'advisory');

/** A figure of another year against last year's value. */
function checkOtherYearLevel(s: Statement, c: Ctx): void {
  if (OTHER_BASIS.test(s.phrase)) return c.mark(s, '未核对', '上年执行数/决算/调整预算，上年公开文件是年初预算，未核对', true);
  const last = lastYear(s, c.prior, c.year, c.all);
  if (typeof last === 'string') return c.mark(s, '未核对', `上年（或其他年度）的数：${last}`, true);
  const diff = s.value.minus(last.value);
  if (diff.abs().lte(tolOf(s).plus(PRIOR_TOL))) return c.mark(s, '一致', `= ${fromWhere(last)} ${wan(last.value)}`, true, used(last));
  c.push({
    rule: 'N-04',
    severity: severityOf(last),
    paragraph: s.paragraph,
    message: statedMessage({ what: '上年数', stated: s.text, against: fromWhere(last), expected: wan(last.value), difference: wan(diff) }),
    expected: wan(last.value),
    actual: shown(s.value, s),
    difference: wan(diff),
  });
  c.mark(s, '不一致', `≠ ${fromWhere(last)} ${wan(last.value)}`, true, used(last));
}

/** The other scope of a subject that explains a change (本年收入合计 for 收入总计). */
function otherScope(subject: Subject, f: Facts | null, prior: PriorFacts, change: Decimal, tol: Decimal): string | null {
  if (!f) return null;
  for (const alt of subject.alternates ?? []) {
    const now = alt.fact(f);
    const last = alt.fact(prior.facts);
    if (now && last && now.minus(last).minus(change).abs().lte(tol)) return alt.what;
  }
  return null;
}

/** 比上年增加/减少 X, 持平. */
function checkChange(s: Statement, c: Ctx): void {
  if (OTHER_BASIS.test(s.phrase)) return c.mark(s, '未核对', '与上年执行数/决算/调整预算比较，上年公开文件是年初预算，未核对', true);
  const last = lastYear(s, c.prior, c.year, c.all);
  if (typeof last === 'string') return c.mark(s, '未核对', `增减额：${last}`);
  const now = thisYear(c.all, s, c.f);
  if (!now) return c.mark(s, '未核对', `增减额：本年${s.subject!.what}在表中和说明中都没有，未核对`);
  const expected = now.value.minus(last.value);
  const diff = s.value.minus(expected);
  const tol = tolOf(s).plus(now.tol).plus(PRIOR_TOL);
  const formula = `${now.what} ${wan(now.value)} − ${fromWhere(last)} ${wan(last.value)} = ${wan(expected)}`;
  if (diff.abs().lte(tol)) return c.mark(s, '一致', s.implicit ? `持平：${formula}` : `= ${formula}`, true, used(last));
  const alt = otherScope(s.subject!, c.f, c.prior!, s.value, tol);
  if (alt) {
    c.push({
      rule: 'N-04',
      severity: 'advisory',
      paragraph: s.paragraph,
      message: `说明中“${s.text}”按${alt}计算相符，而${s.subject!.what}应为 ${wan(expected)}（${formula}）：请确认说明所指口径`,
      expected: wan(expected),
      actual: wan(s.value),
      difference: wan(diff),
    });
    return c.mark(s, '口径不同', `= ${alt}之差`, true, used(last));
  }
  const said = s.implicit
    ? `说明中${s.subject!.what}“${s.text}”，实际${expected.isZero() ? '持平' : expected.gt(0) ? '增加' : '减少'} ${wan(expected.abs())}`
    : `说明中${s.subject!.what}增减额“${s.text}”≠ ${wan(expected)}`;
  c.push({
    rule: 'N-04',
    severity: severityOf(last),
    paragraph: s.paragraph,
    message: `${said}（${formula}），差 ${wan(diff)}`,
    expected: wan(expected),
    actual: wan(s.value),
    difference: wan(diff),
  });
  c.mark(s, '不一致', `≠ ${formula}`, true, used(last));
}

/** 增长 X%: change ÷ last year; the usual wrong forms named. */
function checkGrowth(s: Statement, c: Ctx): void {
  if (!s.subject) return;
  if (OTHER_BASIS.test(s.phrase)) return c.mark(s, '未核对', '与上年执行数/决算/调整预算比较，上年公开文件是年初预算，未核对', true);
  const last = lastYear(s, c.prior, c.year, c.all);
  if (typeof last === 'string') return;
  const now = thisYear(c.all, s, c.f);
  if (!now || last.value.lte(0)) return;
  const change = now.value.minus(last.value);
  const rate = change.div(last.value).times(100);
  const slack = Decimal.max(tolOf(s), new Decimal(0.05), rate.abs().times(0.01));
  const formula = `(${now.what} ${wan(now.value)} − 上年公开${last.from === 'table' ? '表' : '说明'} ${wan(last.value)}) ÷ ${wan(last.value)} = ${pct(rate)}`;
  if (s.value.minus(rate).abs().lte(slack)) return c.mark(s, '一致', `= ${formula}`, true, used(last));
  const forms: [string, Decimal | null][] = [
    ['按本年数作分母', now.value.isZero() ? null : change.div(now.value).times(100)],
    ['本年 ÷ 上年（未减 100%）', now.value.div(last.value).times(100)],
    ['把增减额写成了百分数', change],
  ];
  const form = /百分点/.test(s.sentence) ? '把增长率写成了百分点' : forms.find(([, v]) => v && s.value.minus(v).abs().lte(slack))?.[0];
  c.push({
    rule: 'N-04',
    severity: 'advisory',
    paragraph: s.paragraph,
    message: `说明中${s.subject.what}增长率“${s.text}”应为 ${pct(rate)}（${formula}）${form ? `：${form}` : ''}`,
    expected: pct(rate),
    actual: shown(s.value, s),
    difference: pct(s.value.minus(rate)),
  });
  c.mark(s, '不一致', `≠ ${formula}${form ? `（${form}）` : ''}`, true, used(last));
}

/** A this-year figure equal to last year's while this year's table differs (N-14). */
function checkStale(s: Statement, verdict: Reviewed['verdict'], c: Ctx): void {
  if (verdict !== '不一致' || !c.prior || !s.subject) return;
  const last = priorValue(c.prior, s.subject);
  if (!last || !s.value.minus(last.value).abs().lte(tolOf(s))) return;
  c.push({
    rule: 'N-14',
    severity: 'advisory',
    paragraph: s.paragraph,
    message: `说明中“${s.text}”与上年公开数相同，疑似未更新（${fromWhere(last)} ${wan(last.value)}）`,
    expected: '',
    actual: shown(s.value, s),
    difference: '',
  });
}

const REASON = /原因|由于|因为|主要是|用于/;

/** Every subject a subject's component lists name, through their own components (三公 → 车 → 购置). */
function componentIds(subject: Subject, seen = new Set<string>()): Set<string> {
  for (const id of (subject.parts ?? []).flat()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const sub = subjectById(id);
    if (sub) componentIds(sub, seen);
  }
  return seen;
}

/**
 * A reason in the sentence of the change or the one after it, or given for each component change stated right after
 * it (「“三公”经费…增加25万元。其中：(一)…持平…(二)…增加25万元，主要原因是购置公务用车」).
 */
function hasReason(s: Statement, all: Statement[], text: string): boolean {
  // The sentence of the change up to it, and from it to the end of the sentence after it (「…增加X万元，增长Y%。主要原因是…」).
  const start = text.lastIndexOf('。', s.offset) + 1;
  const after = text
    .slice(start, s.offset + 300)
    .replace(/\n/g, '')
    .split('。')
    .slice(0, 2)
    .join('。');
  if (REASON.test(after) || /〔请填写/.test(after)) return true;
  const ids = s.subject ? componentIds(s.subject) : new Set<string>();
  const parts: Statement[] = [];
  for (const x of all.slice(s.index + 1)) {
    if (x.reason || x.kind === 'growth' || x.kind === 'share') continue;
    if (!x.subject || !ids.has(x.subject.id)) break;
    if (x.kind === 'change' && !x.value.isZero()) parts.push(x);
  }
  return parts.length > 0 && parts.every((p) => hasReason(p, all, text));
}

/** A change above the threshold (or any 三公 increase) without a stated reason (N-15). */
function checkReason(s: Statement, c: Ctx, share: number, text: string): void {
  if (s.implicit || s.reason || !s.subject || s.value.isZero()) return;
  const last = lastYear(s, c.prior, c.year, c.all);
  const now = nowOf(c.all, s);
  const base = typeof last !== 'string' ? last.value : now ? now.value.minus(s.value) : null;
  const sanGong = !!s.subject.sanGong || s.subject.id === 'sanGong.total';
  const big = base && base.gt(0) ? s.value.abs().div(base).times(100).gt(share) : false;
  if (!(big || (sanGong && s.value.gt(0)))) return;
  if (hasReason(s, c.all, text)) return;
  c.push({
    rule: 'N-15',
    severity: 'advisory',
    paragraph: s.paragraph,
    message: `说明中${s.subject.what}${s.value.gt(0) ? '增加' : '减少'} ${wan(s.value.abs())}${base && base.gt(0) ? `（${pct(s.value.abs().div(base).times(100))}）` : ''}，${sanGong && s.value.gt(0) ? '“三公”经费增加' : `超过上年的 ${share}%`}，未说明主要原因：请补写增减原因`,
    expected: '',
    actual: wan(s.value),
    difference: '',
  });
}

export function checkYearOverYear(
  all: Statement[],
  reviewed: Reviewed[],
  f: Facts | null,
  year: number | null,
  text: string,
  o: YearOverYearOptions,
  push: Push,
  mark: Mark,
): void {
  const c: Ctx = { all, f, prior: o.prior, year, push, mark };
  const normal = normalize(text).text;
  for (const s of all) {
    if (s.reason) continue;
    if (s.kind === 'level' && s.lastYear) checkOtherYearLevel(s, c);
    else if (s.kind === 'level') checkStale(s, reviewed[s.index]!.verdict, c);
    else if (s.kind === 'change' && s.subject) {
      checkChange(s, c);
      checkReason(s, c, o.reasonShare ?? DEFAULT_REASON_SHARE, normal);
    } else if (s.kind === 'growth') checkGrowth(s, c);
  }
}
