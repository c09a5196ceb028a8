/**
 * A unit line that slipped: one table's 「单位：元」 (or 「单位：万元」) unlike every other table of its 部门/单位 with
 * figures, over figures that agree with those tables when read in their unit and are 10,000 times off when read as
 * written. Such a table gets one problem at its unit cell (an 错误: the preparer must correct the unit line) and is
 * then read in the others' unit, so its identities are judged on the figures as they are meant — no proposal to
 * multiply each figure by 10,000. Agreement is counted on distinct non-zero figures shared with the other tables; too
 * few shared figures (none), or half as many as written, leave the table as printed (never a guess).
 */
import { Decimal } from '../money';
import { groupKey, type RecognitionProblem, type RecognizedTable } from './types';

const WAN = new Decimal(10000);
const MIN_SHARED = 1;

const key = (d: Decimal) => d.toFixed(6);
const inWan = (v: Decimal, money: RecognizedTable['money']) => (money === '元' ? v.div(WAN) : v);

function figures(t: RecognizedTable): Decimal[] {
  const out: Decimal[] = [];
  for (const r of t.rows)
    for (const c of Object.values(r.cells)) if (c.amount.kind === 'number' && !c.amount.value.isZero()) out.push(c.amount.value);
  return out;
}

export function unitSlips(tables: RecognizedTable[], problems: RecognitionProblem[]): void {
  const groups = new Map<string, RecognizedTable[]>();
  for (const t of tables) if (!t.empty) groups.set(groupKey(t), [...(groups.get(groupKey(t)) ?? []), t]);
  const slipped: [RecognizedTable, RecognizedTable['money']][] = [];
  for (const group of groups.values()) {
    for (const t of group) {
      const others = group.filter((o) => o !== t);
      const theirs = others[0]?.money;
      if (!t.moneyAt || !theirs || theirs === t.money || others.some((o) => o.money !== theirs)) continue;
      const seen = new Set(others.flatMap((o) => figures(o).map((v) => key(inWan(v, o.money)))));
      const mine = new Set(figures(t).map((v) => key(v)));
      let asTheirs = 0;
      let asWritten = 0;
      for (const k of mine) {
        const v = new Decimal(k);
        if (seen.has(key(inWan(v, theirs)))) asTheirs++;
        if (seen.has(key(inWan(v, t.money)))) asWritten++;
      }
      if (asTheirs >= MIN_SHARED && asWritten * 2 < asTheirs) slipped.push([t, theirs]);
    }
  }
  for (const [t, theirs] of slipped) {
    const written = t.money;
    t.money = theirs;
    problems.push({
      sheet: t.sheet,
      row: t.moneyAt!.row,
      col: t.moneyAt!.col,
      kind: 'unitSlip',
      message: `${t.template.name}的单位写为“${written}”，但数字与同一${t.level ?? '部门'}的其他表按“${theirs}”一致：请把单位改为“${theirs}”`,
    });
  }
}
