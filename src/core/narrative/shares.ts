/**
 * N-11 (advisory): a stated share 「占X%」 = its item ÷ its denominator. The denominator is the subject the share
 * names (stated in the text, else the table quantity), else the total of the list the item belongs to, else — when
 * the items of one sentence's shares are a complete decomposition of it, or the shares add up to 100% — the sum of
 * their items. The stated amounts are taken as printed, so the
 * tolerance is the printed precision of the percentage; shares nudged so the list sums to 100% are advisories that
 * say so. N-10 (advisory): 会议费/培训费 listed inside a “三公” total.
 */
import { Decimal } from '../money';
import type { Facts } from './facts';
import { before } from './arithmetic';
import type { Issue, Reviewed } from './judge';
import { shown, tolOf } from './judge';
import type { Statement } from './statements';

type Mark = (s: Statement, v: Reviewed['verdict'], note: string) => void;

function denominatorOf(all: Statement[], r: Statement, item: Statement, f: Facts | null): Decimal | null {
  if (r.denominator) {
    const stated = all
      .filter((s) => s.kind === 'level' && s.subject === r.denominator && !s.lastYear && !s.reason && s.index < r.index)
      .at(-1);
    if (stated) return stated.value;
    const fact = f && r.denominator.fact ? r.denominator.fact(f) : null;
    if (fact) return fact;
  } else if (item.parent !== null) return all[item.parent]!.value;
  // The shares of one sentence: when their items are a complete decomposition of the denominator (出国 + 车 + 接待
  // of 三公), or when the shares add up to 100%, the denominator is the sum of the items.
  const siblings = all.filter((s) => s.kind === 'share' && s.sentence === r.sentence && s.denominator === r.denominator);
  const items = siblings.map((s) => before(all, s, 'level'));
  if (siblings.length < 2 || items.some((x) => !x)) return null;
  const ids = items.map((x) => x!.subject?.id);
  const complete = !!r.denominator?.parts?.some((alt) => alt.length === ids.length && alt.every((id) => ids.includes(id)));
  const total = siblings.reduce((a, s) => a.plus(s.value), new Decimal(0));
  if (!complete && total.minus(100).abs().gt(0.1)) return null;
  return items.reduce((a, s) => a.plus(s!.value), new Decimal(0));
}

export function checkShares(all: Statement[], f: Facts | null, push: (i: Issue) => void, mark: Mark): void {
  for (const r of all) {
    if (r.kind !== 'share' || r.reason) continue;
    const item = before(all, r, 'level');
    if (!item) continue;
    const den = denominatorOf(all, r, item, f);
    if (!den || den.lte(0)) continue;
    const pct = item.value.div(den).times(100);
    const diff = r.value.minus(pct);
    if (diff.abs().lte(tolOf(r))) {
      mark(r, '一致', `= ${shown(item.value, item)} ÷ ${shown(den, item)}`);
      continue;
    }
    const siblings = all.filter((s) => s.kind === 'share' && s.sentence === r.sentence);
    const hundred = siblings.length > 1 && siblings.reduce((a, s) => a.plus(s.value), new Decimal(0)).eq(100);
    const nudged = hundred && diff.abs().lte(0.02);
    push({
      rule: 'N-11',
      severity: 'advisory',
      paragraph: r.paragraph,
      message: `说明中占比 ${shown(r.value, r)}：${shown(item.value, item)} ÷ ${shown(den, item)} = ${pct.toFixed(2)}%${nudged ? '（为使各项合计100%调整了尾数）' : '，请核对分母'}`,
      expected: `${pct.toFixed(2)}%`,
      actual: shown(r.value, r),
      difference: `${diff.toFixed(2)}%`,
    });
    mark(r, nudged ? '尾差' : '不一致', `按所述金额为 ${pct.toFixed(2)}%`);
  }
}

/** N-10: a “三公” total whose 其中 list names 会议费 or 培训费. */
export function checkSanGongScope(all: Statement[], push: (i: Issue) => void): void {
  for (const p of all) {
    if (p.kind !== 'level' || p.subject?.id !== 'sanGong.total') continue;
    const extra = all.filter((s) => s.parent === p.index && (s.subject?.id === 'meeting' || s.subject?.id === 'training'));
    if (!extra.length) continue;
    push({
      rule: 'N-10',
      severity: 'advisory',
      paragraph: p.paragraph,
      message: `说明中“三公”经费 ${shown(p.value, p)} 含${extra.map((s) => s.subject!.what).join('、')}：会议费、培训费不属于“三公”经费`,
      expected: '',
      actual: shown(p.value, p),
      difference: '',
    });
  }
}
