/**
 * The arithmetic inside a 说明 (identities.md N-03 in-text sums, N-04, N-07/N-09 lists, N-10, N-11): checked on the
 * records alone, so it works on any province's wording and without the tables. A list is summed only when it is
 * complete: its items are exactly one component list of the vocabulary (基本 = 人员 + 公用; 三公 = 出国 + 车 + 接待…),
 * or items the vocabulary does not know (projects, 302 items) under 项目支出 / 机关运行经费 (a list ending in 等 is
 * checked only for exceeding its total). Differences within the printed precision are 尾差.
 */
import { computedMessage } from '../check/message';
import type { FindingSeverity } from '../check/types';
import { Decimal } from '../money';
import type { Issue, Reviewed } from './judge';
import { shown, tolOf } from './judge';
import type { Statement } from './statements';

type Push = (i: Issue) => void;

const children = (all: Statement[], p: Statement) => all.filter((s) => s.parent === p.index && s.kind === p.kind && !s.reason);

function uniqueBySubject(items: Statement[]): Statement[] {
  const seen = new Set<string>();
  return items.filter((s) => {
    const k = s.subject?.id ?? `#${s.index}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function listRule(p: Statement, known: boolean): { rule: string; what: string; severity: 'strict' | 'advisory' } | null {
  if (p.kind === 'change') return { rule: 'N-04', what: `${p.subject?.what ?? ''}增减额 ≠ 各项增减额之和`, severity: 'strict' };
  if (known)
    return { rule: p.subject!.rule === 'N-08' ? 'N-03' : p.subject!.rule, what: `${p.subject!.what} ≠ 其中各项之和`, severity: 'strict' };
  if (p.subject?.id === 'expense.project') return { rule: 'N-09', what: '所列项目之和 ≠ 项目支出', severity: 'advisory' };
  if (p.subject?.id === 'operating') return { rule: 'N-07', what: '所列机关运行经费各项之和 ≠ 机关运行经费', severity: 'advisory' };
  return null;
}

/** 其中 lists against their totals. */
function checkLists(all: Statement[], push: Push, mark: (s: Statement, v: Reviewed['verdict'], note: string) => void): void {
  for (const p of all) {
    if (p.kind !== 'level' && p.kind !== 'change') continue;
    const items = uniqueBySubject(children(all, p));
    if (items.length < 2 && !(items.length === 1 && p.subject?.parts?.some((x) => x.length === 1))) continue;
    const ids = items.map((s) => s.subject?.id);
    const known = !!p.subject?.parts?.some((alt) => alt.length === ids.length && alt.every((id) => ids.includes(id)));
    const unknownOnly = ids.every(
      (id) => id === undefined || id === 'meeting' || id === 'training' || !!items.find((s) => s.subject?.id === id)?.subject?.sanGong,
    );
    const rule = listRule(p, known);
    if (!rule || (!known && !unknownOnly)) continue;
    const sum = items.reduce((a, s) => a.plus(s.value), new Decimal(0));
    const diff = p.value.minus(sum);
    if (!known && p.openList && diff.gte(0)) continue;
    const tol = [p, ...items].reduce((a, s) => a.plus(tolOf(s)), new Decimal(0));
    if (diff.isZero()) {
      for (const s of items) mark(s, '一致', `其中各项之和 = ${shown(p.value, p)}`);
      if (p.kind === 'change') mark(p, '一致', `= 各项增减额之和`);
      continue;
    }
    // Last year's figures are judged against last year's disclosure (year-over-year.ts), never as this year's 错误.
    const severity: FindingSeverity = rule.severity === 'advisory' || p.lastYear ? 'advisory' : diff.abs().lte(tol) ? 'rounding' : 'error';
    const words = items.map((s) => shown(s.value, s)).join(' + ');
    push({
      rule: rule.rule,
      severity,
      paragraph: p.paragraph,
      message: computedMessage({
        what: rule.what,
        actual: shown(p.value, p),
        formula: words,
        expected: shown(sum, p),
        difference: shown(diff, p),
        rounding: severity === 'rounding',
      }),
      expected: shown(sum, p),
      actual: shown(p.value, p),
      difference: shown(diff, p),
    });
    if (p.kind === 'change') mark(p, severity === 'rounding' ? '尾差' : '不一致', `≠ 各项增减额之和 ${shown(sum, p)}`);
  }
}

/** N-04: a stated change against this year − last year, when both levels are stated in the same paragraph. */
function checkChanges(all: Statement[], push: Push, mark: (s: Statement, v: Reviewed['verdict'], note: string) => void): void {
  for (const c of all) {
    if (c.kind !== 'change' || c.implicit || c.reason || !c.subject) continue;
    const near = all.filter((s) => s.kind === 'level' && s.subject === c.subject && s.paragraph === c.paragraph && !s.reason);
    const last = near.find((s) => s.lastYear);
    const now = near.find((s) => !s.lastYear);
    if (!last || !now) continue;
    const expected = now.value.minus(last.value);
    const diff = c.value.minus(expected);
    if (diff.isZero()) {
      mark(c, '一致', `= ${shown(now.value, c)} − ${shown(last.value, c)}`);
      continue;
    }
    const tol = tolOf(c).plus(tolOf(now)).plus(tolOf(last));
    const severity: FindingSeverity = diff.abs().lte(tol) ? 'rounding' : 'error';
    push({
      rule: 'N-04',
      severity,
      paragraph: c.paragraph,
      message: computedMessage({
        what: `${c.subject.what}增减额`,
        actual: shown(c.value, c),
        formula: `本年 ${shown(now.value, now)} − 上年 ${shown(last.value, last)}`,
        expected: shown(expected, c),
        difference: shown(diff, c),
        rounding: severity === 'rounding',
      }),
      expected: shown(expected, c),
      actual: shown(c.value, c),
      difference: shown(diff, c),
    });
    mark(c, severity === 'rounding' ? '尾差' : '不一致', `≠ 本年 − 上年 ${shown(expected, c)}`);
  }
}

/** The figure a rate in the same sentence refers to: the last level (or change) before it. */
function before(all: Statement[], r: Statement, kind: 'level' | 'change'): Statement | undefined {
  for (let i = r.index - 1; i >= 0; i--) {
    const s = all[i]!;
    if (s.sentence !== r.sentence) return undefined;
    if (s.kind === kind && !s.implicit && (!r.subject || s.subject === r.subject)) return s;
  }
  return undefined;
}

/** The change and this year's level a growth rate is computed from: stated, or this year − last year as stated. */
function growthTerms(all: Statement[], g: Statement): { change: Statement; level: Statement }[] {
  const change = before(all, g, 'change');
  // The level a change is about may close the sentence before (「项目支出预算数为X万元。与上年相比减少Y万元，减少Z%」).
  const level =
    change &&
    (before(all, change, 'level') ??
      all
        .slice(Math.max(0, change.index - 3), change.index)
        .reverse()
        .find((s) => s.kind === 'level' && !s.lastYear && s.subject && s.subject === change.subject));
  if (change && level && level.subject === change.subject && !level.lastYear) return [{ change, level }];
  // 「(上年…为X万元)，增加Y万元，增长Z%」: the base is stated.
  if (change && level?.lastYear) return [{ change, level: { ...level, value: level.value.plus(change.value) } }];
  const levels = all.filter(
    (s) => s.kind === 'level' && s.sentence === g.sentence && s.index < g.index && (!g.subject || s.subject === g.subject),
  );
  const last = levels.filter((s) => s.lastYear).at(-1);
  if (!last) return [];
  // Several figures for this year (the 项's total just before, its 预算安排): any of them may be meant.
  const nearby = all.slice(Math.max(0, last.index - 2), g.index);
  return nearby
    .filter((s) => s.kind === 'level' && !s.lastYear && !s.reason && s.subject === last.subject)
    .map((now) => ({
      change: { ...now, value: now.value.minus(last.value), decimals: Math.max(now.decimals, last.decimals) },
      level: now,
    }));
}

/** N-04 growth rates: 增长 X% = change ÷ (this year − change). Advisory: rates are often rounded loosely. */
function checkGrowth(all: Statement[], push: Push, mark: (s: Statement, v: Reviewed['verdict'], note: string) => void): void {
  for (const g of all) {
    if (g.kind !== 'growth' || g.reason) continue;
    const rates = growthTerms(all, g).flatMap(({ change, level }) => {
      const base = level.value.minus(change.value);
      if (base.lte(0)) return [];
      const rate = change.value.div(base).times(100);
      // Printed precision of the rate and what the rounding of the amounts can move it; preparers compute rates on
      // unrounded or adjusted bases, so differences under 0.05 points or 1% of the rate are not reported.
      const slack = Decimal.max(
        tolOf(g).plus(tolOf(change).plus(tolOf(level)).div(base).times(100).times(2)),
        0.05,
        rate.abs().times(0.01),
      );
      return [{ change, base, rate, fits: rate.minus(g.value).abs().lte(slack) }];
    });
    if (!rates.length) continue;
    const fit = rates.find((r) => r.fits);
    const { change, base, rate } = fit ?? rates[0]!;
    if (fit) {
      mark(g, '一致', `= ${shown(change.value, change)} ÷ ${shown(base, change)}`);
      continue;
    }
    push({
      rule: 'N-04',
      severity: 'advisory',
      paragraph: g.paragraph,
      message: `说明中${g.subject?.what ?? ''}增长率 ${shown(g.value, g)} 与所述金额不符：${shown(change.value, change)} ÷ 上年 ${shown(base, change)} = ${rate.toFixed(2)}%`,
      expected: `${rate.toFixed(2)}%`,
      actual: shown(g.value, g),
      difference: `${g.value.minus(rate).toFixed(2)}%`,
    });
    mark(g, '不一致', `按所述金额为 ${rate.toFixed(2)}%`);
  }
}

const level = (all: Statement[], id: string) => all.find((s) => s.kind === 'level' && s.subject?.id === id && !s.lastYear && !s.reason);

/**
 * Quantities the text states twice under different names: 机关运行经费 against the 日常公用经费 it states (N-06, the
 * Hebei 名词解释: 机关运行费 is the 公用经费), and planned fixed-asset purchases against a text that says there is
 * no 政府采购 (P-06). Advisory, and only where the tables are not there to decide.
 */
function checkEquivalents(all: Statement[], text: string, tables: boolean, push: Push): void {
  const op = level(all, 'operating');
  const pub = level(all, 'expense.public');
  if (!tables && op && pub && !op.value.eq(pub.value)) {
    push({
      rule: 'N-06',
      severity: 'advisory',
      paragraph: op.paragraph,
      message: `说明中机关运行经费 ${shown(op.value, op)} 与所述日常公用经费 ${shown(pub.value, op)} 不同（按名词解释，机关运行费是各部门的公用经费）：请确认口径`,
      expected: shown(pub.value, op),
      actual: shown(op.value, op),
      difference: shown(op.value.minus(pub.value), op),
    });
  }
  const buy = level(all, 'assets.purchase');
  const proc = level(all, 'procurement');
  const none = /无政府采购预算|未安排政府采购/.test(text);
  if (buy && buy.value.gt(0) && ((proc && proc.value.isZero()) || (!proc && none))) {
    push({
      rule: 'P-06',
      severity: 'advisory',
      paragraph: buy.paragraph,
      message: `说明中本年度拟购置固定资产 ${shown(buy.value, buy)}，但又说无政府采购预算：请核对是否漏列政府采购`,
      expected: '',
      actual: shown(buy.value, buy),
      difference: '',
    });
  }
}

export function checkArithmetic(
  all: Statement[],
  context: { text: string; tables: boolean },
  push: Push,
  mark: (s: Statement, v: Reviewed['verdict'], note: string) => void,
): void {
  checkEquivalents(all, context.text, context.tables, push);
  checkLists(all, push, mark);
  checkChanges(all, push, mark);
  checkGrowth(all, push, mark);
}

export { before };
