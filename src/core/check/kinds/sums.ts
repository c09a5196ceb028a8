/** Sum rules within one table: row sums (合计＝Σ栏), column sums (合计行＝Σ行), 类＝Σ款＝Σ项 and 合计＝Σ类 by code. */
import type { RecognizedRow, RecognizedTable } from '../../recognize/types';
import type { CompileContext, KindCompiler } from '../identity';
import { columnName } from '../labels';
import type { CodeHierarchyRule, CodeTotalRule, ColumnSumRule, RowPart, RowSumRule } from '../types';
import { describe, tableName, type Term } from '../terms';
import { pushTo } from '../../collections';
import { ROW_LISTS, sideOf, type RowSide, type RuleTable } from '../../catalog/row-roles';
import { gapReason } from '../unjudged';
import { missingRows, unreadGap } from '../unread-rows';

/** Terms of `columns` in a row; null when one is unreadable text (the identity is then not formed). */
export function rowTerms(ctx: CompileContext, t: RecognizedTable, rows: RecognizedRow[], column: string): Term[] | null {
  const out: Term[] = [];
  for (const r of rows) {
    const x = ctx.terms.of(t, r, column);
    if (x === 'text') return null;
    if (x) out.push(x);
  }
  return out;
}

export const rowSum: KindCompiler<RowSumRule> = (rule, ctx) => {
  const t = ctx.group.byId.get(rule.table);
  if (!t) return ctx.skip(rule, `缺少${tableName(rule.table)}`);
  const partsDesc = () => `${rule.parts.map((p) => columnName(rule.table, p)).join('＋')}之和`;
  for (const row of t.rows) {
    if (rule.rows !== 'all' && !rule.rows.includes(sideOf(row.role) as RowSide)) continue;
    const total = ctx.terms.of(t, row, rule.total);
    if (!total || total === 'text') continue;
    const parts: Term[] = [];
    let text = false;
    for (const p of rule.parts) {
      const x = ctx.terms.of(t, row, p);
      if (x === 'text') text = true;
      else if (x) parts.push(x);
    }
    if (text) continue;
    ctx.identity(rule, [total], parts, '=', () => describe(total), partsDesc);
  }
};

export const columnSum: KindCompiler<ColumnSumRule> = (rule, ctx) => {
  const g = ctx.group;
  const t = g.byId.get(rule.table);
  if (!t) return ctx.skip(rule, `缺少${tableName(rule.table)}`);
  const totalRow = g.rowOf(t, rule.total);
  if (!totalRow) return ctx.skip(rule, `${tableName(rule.table)}没有该合计行`, { table: rule.table, row: rule.total });
  // A row of the total's side that could not be read may be one of its parts: the sum is not judged.
  const unread = unreadGap(t, sideOf(rule.total));
  if (unread) return ctx.skip(rule, gapReason(unread), unread);
  const expand = (part: RowPart<RuleTable>) => expandPart(ctx, part);
  const chosen = rule.parts.map((alt) => alt.map(expand)).find((ex) => ex.every((e) => e.optional || e.roles.every((r) => g.rowOf(t, r))));
  if (!chosen) return ctx.skip(rule, `${tableName(rule.table)}未列出组成行`, { table: rule.table, parts: true });
  if (rule.requireAllParts && !chosen.every((e) => e.roles.every((r) => g.rowOf(t, r))))
    return ctx.skip(rule, `${tableName(rule.table)}未列出全部明细行`);
  const partRows = chosen.flatMap((e) => e.roles.map((r) => g.rowOf(t, r)).filter((x): x is RecognizedRow => !!x));
  const partsDesc = partRows.length === 1 ? partRows[0]!.label : (rule.title.split('＝')[1] ?? '各组成行之和');
  for (const col of rule.columns) {
    const total = ctx.terms.of(t, totalRow, col);
    if (!total || total === 'text') continue;
    const parts = rowTerms(ctx, t, partRows, col);
    if (parts) ctx.identity(rule, [total], parts, '=', () => describe(total), partsDesc);
  }
};

/** A part of a column sum: one row (required), or every row of a vocabulary list (each optional). */
function expandPart(ctx: CompileContext, part: RowPart<RuleTable>): { roles: string[]; optional: boolean } {
  if (typeof part === 'string') return { roles: [part], optional: false };
  return { roles: [...new Set(ROW_LISTS[part.each](ctx.vocabulary))], optional: true };
}

/** The amount columns a table's rows print (once per table: several rules ask). */
const COLUMNS = new WeakMap<RecognizedTable, string[]>();
function amountColumns(t: RecognizedTable): string[] {
  let cols = COLUMNS.get(t);
  if (!cols) {
    const seen = new Set<string>();
    for (const r of t.rows) for (const k in r.cells) seen.add(k);
    COLUMNS.set(t, (cols = [...seen]));
  }
  return cols;
}

function parentEqualsChildren(ctx: CompileContext, rule: CodeHierarchyRule | CodeTotalRule, t: RecognizedTable) {
  const columns = amountColumns(t);
  return (parent: RecognizedRow, children: RecognizedRow[], what: string) => {
    for (const col of columns) {
      const p = ctx.terms.of(t, parent, col);
      if (!p || p === 'text') continue;
      const ps = rowTerms(ctx, t, children, col);
      if (!ps) continue;
      ctx.identity(rule, [p], ps, '=', () => describe(p), what);
    }
  };
}

export const codeTotal: KindCompiler<CodeTotalRule> = (rule, ctx) => {
  const t = ctx.group.byId.get(rule.table);
  if (!t) return ctx.skip(rule, `缺少${tableName(rule.table)}`);
  const total = t.rows.find((r) => r.role === 'total');
  const cats = t.rows.filter((r) => r.code?.length === 3);
  if (!total || cats.length === 0) {
    if (!t.empty)
      ctx.skip(rule, `${tableName(rule.table)}没有合计行或类级科目`, { table: rule.table, row: total ? 'categories' : 'total' });
    return;
  }
  const unread = unreadGap(t) ?? missingRows(t, 3)[0]?.[1];
  if (unread) return ctx.skip(rule, gapReason(unread), unread);
  parentEqualsChildren(ctx, rule, t)(total, cats, '各类之和');
};

export const codeHierarchy: KindCompiler<CodeHierarchyRule> = (rule, ctx) => {
  const t = ctx.group.byId.get(rule.table);
  if (!t) return ctx.skip(rule, `缺少${tableName(rule.table)}`);
  const unread = unreadGap(t);
  if (unread) return ctx.skip(rule, gapReason(unread), unread);
  const check = parentEqualsChildren(ctx, rule, t);
  const missingKuan = missingRows(t, 5);
  const coded = t.rows.filter((r) => r.code);
  const byParent = new Map<string, RecognizedRow[]>();
  for (const c of coded) {
    const len = c.code!.length;
    if (len < 3) continue;
    const parent = c.code!.slice(0, len - 2);
    pushTo(byParent, parent, c);
  }
  for (const parent of coded) {
    const len = parent.code!.length;
    if (len >= 7) continue;
    const kids = byParent.get(parent.code!);
    // a 款 of this 类 lacks its row (its 项 are listed): the 类's 款 cannot be summed
    const missing = len === 3 ? missingKuan.find(([code]) => code.startsWith(parent.code!))?.[1] : undefined;
    if (missing) ctx.skip(rule, gapReason(missing), missing);
    else if (kids?.length) check(parent, kids, len === 3 ? '所属各款之和' : '所属各项之和');
  }
};
