/**
 * Rules that are not sums: a column that must stay blank in some rows (an identity with constant 0), empty tables
 * and their 注 (naming the right fund and subject, U-03), header consistency, and the income layout of 收支总表 vs 收入总表 (structural findings).
 */
import { bareLabel, labelKey } from '../../text';
import type { KindCompiler } from '../identity';
import type { BlankWhenRule, EmptyNoteRule, EmptyTableRule, HeaderRule, IncomeLayoutRule } from '../types';
import { describe, format, isZero, tableName, ZERO } from '../terms';
import { mixedIncomeLayout } from '../conditions';
import { BLANK } from '../message';

export const blankWhen: KindCompiler<BlankWhenRule> = (rule, ctx) => {
  const t = ctx.group.byId.get(rule.table);
  if (!t) return ctx.skip(rule, `缺少${tableName(rule.table)}`);
  for (const row of t.rows) {
    const hit =
      (row.code && rule.codePrefixes?.some((p) => row.code!.startsWith(p))) || (rule.labels && rule.labels.includes(bareLabel(row.label)));
    if (!hit) continue;
    const x = ctx.terms.of(t, row, rule.column);
    if (x && x !== 'text') ctx.identity(rule, [x], [], '=', () => describe(x), BLANK, ZERO);
  }
};

export const emptyTable: KindCompiler<EmptyTableRule> = (rule, ctx) => {
  const g = ctx.group;
  const t = g.byId.get(rule.table);
  if (!t) return ctx.skip(rule, `缺少${tableName(rule.table)}`);
  const t4 = g.byId.get(rule.against.table);
  const row = t4 ? g.rowOf(t4, rule.against.row) : undefined;
  const ag = t4 && row ? ctx.terms.of(t4, row, rule.against.column) : null;
  if (ag && ag !== 'text' && t.empty !== isZero(ag)) {
    const message = t.empty
      ? `${tableName(t.id)}为空，但${describe(ag)}为 ${format(ag.value, ag)}`
      : `${tableName(t.id)}有数据，但${describe(ag)}为 0`;
    ctx.structural(rule, t, message, [ag]);
  }
  if (t.empty && !(t.note ?? '').includes('空表')) ctx.structural(rule, t, `${tableName(t.id)}为空表，应注明“注：无…预算，空表列示。”`);
};

export const header: KindCompiler<HeaderRule> = (rule, ctx) => {
  const ts = [...ctx.group.byId.values()];
  const years = [...new Set(ts.map((t) => t.year).filter((y) => y !== null))];
  if (years.length > 1) {
    for (const t of ts.filter((x) => x.year !== null && x.year !== years[0]))
      ctx.structural(rule, t, `${tableName(t.id)}的预算年度 ${t.year} 与同单位其他表（${years[0]}）不一致`);
  }
  for (const t of ts) {
    if (t.level === '单位' && t.unitCode && t.unitCode.length !== 6)
      ctx.structural(rule, t, `单位编码应为6位（部门编码＋3位）：${t.unitCode}`);
    if (t.level === '部门' && t.unitCode && t.unitCode.length !== 3) ctx.structural(rule, t, `部门编码应为3位：${t.unitCode}`);
  }
};

export const incomeLayout: KindCompiler<IncomeLayoutRule> = (rule, ctx) => {
  if (!mixedIncomeLayout(ctx.group)) return;
  ctx.structural(
    rule,
    ctx.group.byId.get('T2')!,
    '收入总表与收支总表的收入口径不同（一张按“单位资金”、一张按事业收入等五项），已按合计比较；请确认采用同一版式',
  );
};

/** U-03: 「注：无政府基金预算…空表列示」 under the 基金 table, not the 国有资本经营 wording; 本部门/本单位 as the table is. */
export const emptyNote: KindCompiler<EmptyNoteRule> = (rule, ctx) => {
  const t = ctx.group.byId.get(rule.table);
  if (!t || !t.empty || !(t.note ?? '').includes('空表')) return;
  const note = labelKey(t.note);
  if (note.includes(rule.notFund) && !note.includes(rule.fund))
    ctx.structural(rule, t, `${tableName(t.id)}的空表注写的是“${rule.notFund}”，应为“${rule.fund}”：请改为本表的预算名称`);
  const wrong = t.level === '部门' ? /本单位|我单位/ : t.level === '单位' ? /本部门|我部门/ : null;
  if (wrong?.test(note))
    ctx.structural(rule, t, `${tableName(t.id)}是${t.level}预算表，空表注却写“${wrong.exec(note)![0]}”：请改为“本${t.level}”`);
};
