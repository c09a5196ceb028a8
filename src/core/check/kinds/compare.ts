/** Comparisons of cells, within or across tables: Σ left op Σ right, per named cell, per 类 and per 科目编码. */
import { Decimal } from '../../money';
import { CATEGORY_CODES } from '../../catalog/categories';
import { categoryKey } from '../../catalog/row-roles';
import type { RecognizedRow, RecognizedTable } from '../../recognize/types';
import { bareLabel } from '../../text';
import type { CompileContext, KindCompiler } from '../identity';
import type { CompareRule, PerCategoryRule, PerCodeRule, Ref } from '../types';
import { gapReason, type Gap } from '../unjudged';
import { absentCodeGap } from '../unread-rows';
import { describe, isZero, tableName, type Term } from '../terms';

/** Terms of refs, or the reason the comparison cannot run (and the row or column not found). */
function collect(ctx: CompileContext, refs: Ref[]): Term[] | { reason: string; gap?: Gap } {
  const out: Term[] = [];
  for (const ref of refs) {
    const t = ctx.group.byId.get(ref.table);
    if (!t) return { reason: `缺少${tableName(ref.table)}` };
    const row = ctx.group.rowOf(t, ref.row);
    if (!row) {
      // a 科目编码 row absent because its row could not be read, or was deleted while the rows below it remain
      const code = typeof ref.row === 'string' ? /^code:(\d+)$/.exec(ref.row)?.[1] : undefined;
      const gap = code ? absentCodeGap(t)(code) : undefined;
      if (gap) return { reason: gapReason(gap), gap };
      if (ref.optional) continue;
      const absent = { table: ref.table, row: ref.row };
      return { reason: gapReason(absent), gap: absent };
    }
    const x = ctx.terms.of(t, row, ref.column);
    if (x === 'text') return { reason: '金额无法识别' };
    if (!x) {
      if (ref.optional) continue;
      const gap = { table: ref.table, column: ref.column };
      return { reason: gapReason(gap), gap };
    }
    out.push(x);
  }
  return out;
}

const sideDesc = (terms: Term[]) => () => terms.map(describe).join('＋');

export const compare: KindCompiler<CompareRule> = (rule, ctx) => {
  if (rule.when && !rule.when.holds(ctx.group)) return ctx.skip(rule, rule.when.otherwise);
  const left = collect(ctx, rule.left);
  const right = collect(ctx, rule.right);
  if (!Array.isArray(left)) return ctx.skip(rule, left.reason, left.gap);
  if (!Array.isArray(right)) return ctx.skip(rule, right.reason, right.gap);
  if (left.length === 0 || (right.length === 0 && rule.constant === undefined)) return ctx.skip(rule, '两边科目均未列出');
  const constant = rule.constant !== undefined ? new Decimal(rule.constant) : undefined;
  ctx.identity(rule, left, right, rule.op, sideDesc(left), constant ? '' : sideDesc(right), constant);
};

/**
 * The right table's row of a left 类 row: by its 科目编码 whenever it has one (201 is 一般公共服务支出 whether its name
 * cell is filled, blank or worded otherwise), by its name only when it has no code or an unknown one.
 */
function categoryMatcher(ctx: CompileContext, rt: RecognizedTable) {
  const byRole = new Map<string, RecognizedRow>();
  for (const r of rt.rows) if (r.role.startsWith('ex:') && !byRole.has(r.role)) byRole.set(r.role, r);
  const role = (name: string) => {
    const bare = bareLabel(name);
    return `ex:${categoryKey(ctx.vocabulary.aliases[bare] ?? bare)}`;
  };
  return (c: RecognizedRow): RecognizedRow | undefined => {
    if (c.code && CATEGORY_CODES[c.code]) return byRole.get(`ex:${c.code}`);
    if (!c.code) return byRole.get(c.role);
    return byRole.get(role(c.label));
  };
}

/** The 类 code of a 类 row: its 科目编码, or the code its name was recognized as (收支总表 「八、社会保障和就业支出」: 208). */
const categoryCode = (r: RecognizedRow): string | undefined => r.code ?? /^ex:(\d{3})$/.exec(r.role)?.[1];

export const perCategory: KindCompiler<PerCategoryRule> = (rule, ctx) => {
  const lt = ctx.group.byId.get(rule.left.table);
  const rt = ctx.group.byId.get(rule.right.table);
  if (!lt || !rt) return ctx.skip(rule, `缺少${tableName(!lt ? rule.left.table : rule.right.table)}`);
  const cats = new Set(ctx.vocabulary.categories.map((l) => `ex:${categoryKey(l)}`));
  const isCat = (r: RecognizedRow) => r.code?.length === 3 || cats.has(r.role);
  const match = categoryMatcher(ctx, rt);
  const rightGap = absentCodeGap(rt, 'ex');
  const matched = new Set<RecognizedRow>();
  for (const c of lt.rows.filter(isCat)) {
    // The row is matched before its figure is read: an unreadable figure leaves the pair unjudged, never 「无此类」.
    const rr = match(c);
    if (rr) matched.add(rr);
    const l = ctx.terms.of(lt, c, rule.left.column);
    if (l === 'text') {
      ctx.skip(rule, '金额无法识别');
      continue;
    }
    if (!l) continue;
    if (!rr) {
      // Absent, or printed on a row whose name could not be read: then not judged, never 「无此类」.
      const unread = rightGap(categoryCode(c));
      if (unread) {
        ctx.skip(rule, gapReason(unread), unread);
        continue;
      }
      const name = c.code ? `${c.code} ${CATEGORY_CODES[c.code]?.[0] ?? c.label}`.trim() : c.label;
      if (!isZero(l)) ctx.identity(rule, [l], [], rule.op, () => describe(l), `${tableName(rt.id)}中无“${name}”类，视为`);
      continue;
    }
    const r = ctx.terms.of(rt, rr, rule.right.column);
    if (r === 'text') ctx.skip(rule, '金额无法识别');
    else if (r)
      ctx.identity(
        rule,
        [l],
        [r],
        rule.op,
        () => describe(l),
        () => describe(r),
      );
  }
  if (!rule.coverRight) return;
  const leftGap = absentCodeGap(lt, 'ex');
  for (const rr of rt.rows.filter((r) => cats.has(r.role))) {
    if (matched.has(rr)) continue;
    const r = ctx.terms.of(rt, rr, rule.right.column);
    if (!r || r === 'text' || isZero(r)) continue;
    const gap = leftGap(categoryCode(rr));
    if (gap) ctx.skip(rule, gapReason(gap), gap);
    else ctx.identity(rule, [r], [], '=', () => describe(r), `${tableName(lt.id)}中无此类，视为`);
  }
};

export const perCode: KindCompiler<PerCodeRule> = (rule, ctx) => {
  const lt = ctx.group.byId.get(rule.left.table);
  const rt = ctx.group.byId.get(rule.right.table);
  if (!lt || !rt) return ctx.skip(rule, `缺少${tableName(!lt ? rule.left.table : rule.right.table)}`);
  const rightByCode = new Map<string, RecognizedRow>();
  for (const r of rt.rows) if (r.code && !rightByCode.has(r.code)) rightByCode.set(r.code, r);
  const leftCodes = new Set(lt.rows.map((r) => r.code).filter(Boolean));
  const rightGap = absentCodeGap(rt);
  for (const lr of lt.rows.filter((r) => r.code)) {
    const rr = rightByCode.get(lr.code!);
    rule.left.columns.forEach((lc, i) => {
      const l = ctx.terms.of(lt, lr, lc);
      if (!l || l === 'text') return;
      if (!rr) {
        const unread = rightGap(lr.code);
        if (unread && (rule.sameCodes || !isZero(l))) ctx.skip(rule, gapReason(unread), unread);
        else if (rule.sameCodes || !isZero(l))
          ctx.identity(rule, [l], [], rule.op, () => describe(l), `${tableName(rt.id)}中无科目${lr.code}，视为`);
        return;
      }
      const r = ctx.terms.of(rt, rr, rule.right.columns[i]!);
      if (r && r !== 'text')
        ctx.identity(
          rule,
          [l],
          [r],
          rule.op,
          () => describe(l),
          () => describe(r),
        );
    });
  }
  if (!rule.sameCodes) return;
  const leftGap = absentCodeGap(lt);
  for (const rr of rt.rows.filter((r) => r.code && !leftCodes.has(r.code))) {
    const r = ctx.terms.of(rt, rr, rule.right.columns[0]!);
    if (!r || r === 'text') continue;
    const gap = leftGap(rr.code);
    if (gap) ctx.skip(rule, gapReason(gap), gap);
    else ctx.identity(rule, [r], [], '=', () => describe(r), `${tableName(lt.id)}中无科目${rr.code}，视为`);
  }
};
