/**
 * The kinds of the supporting tables' rules (rules.ts: SUPPORTING_RULES), one unit each: what a 政府采购预算,
 * 固定资产占用情况表 or 项目绩效目标表 read from its sheet (../supporting.ts, ../performance.ts) must satisfy. Sums are
 * judged within the printed precision of their figures (a difference inside it is 尾差); the 绩效 ones are advisory.
 * A new kind is a unit here plus its type in ../types.ts (SupportingRule).
 */
import { Decimal, halfUnit } from '../../money';
import { labelKey } from '../../text';
import type { PerformanceRead } from '../performance';
import { cellAddress } from '../../a1';
import { makeFinding } from '../finding';
import type { AssetTable, Num, ProcurementTable } from '../supporting';
import type { AssetRow, Finding, FindingSeverity, SupportingRule } from '../types';

/** What a supporting kind sees: the table it judges (S2, S3), or the 绩效 tables with the budget's totals (S4). */
export interface SupportingContext {
  year: number | null;
  /** Every 政府采购预算 of the workbook (P-05 compares their rows' 预算资金). */
  procurement: readonly ProcurementTable[];
  at?: ProcurementTable | AssetTable;
  performance?: PerformanceRead;
  totals?: { project: Decimal | null; public: Decimal | null };
  emit(f: Finding): void;
}

type Kind<K extends SupportingRule['kind']> = (rule: Extract<SupportingRule, { kind: K }>, ctx: SupportingContext) => void;

const show = (d: Decimal) => d.toFixed(2);

/** A finding of a supporting table's rule at a cell (figures numeric: their difference is given). */
function supportingFinding(
  rule: SupportingRule,
  at: { sheet: string; r: number; c: number },
  severity: FindingSeverity,
  message: string,
  expected = '',
  actual = '',
): Finding {
  const numeric = /^-?\d+(\.\d+)?$/;
  return makeFinding({
    rule: rule.id,
    title: rule.title,
    severity,
    message,
    at: { sheet: at.sheet, cell: cellAddress(at.r, at.c) },
    figures: {
      expected,
      actual,
      difference: numeric.test(expected) && numeric.test(actual) ? show(new Decimal(actual).minus(expected)) : '',
    },
    unit: null,
    table: rule.table,
  });
}
const procurementOf = (ctx: SupportingContext) => ctx.at as ProcurementTable;
const assetsOf = (ctx: SupportingContext) => ctx.at as AssetTable;

/** total =? Σ parts, within the parts' and the total's printed precision. */
function sum(
  ctx: SupportingContext,
  rule: SupportingRule,
  at: { sheet: string; r: number; c: number },
  total: Num,
  parts: Num[],
  what: string,
) {
  const s = parts.reduce((a, p) => a.plus(p.v), new Decimal(0));
  const diff = total.v.minus(s);
  if (diff.isZero()) return;
  const tol = [total, ...parts].reduce((a, p) => (p.blank ? a : a.plus(halfUnit(p.d))), new Decimal(0));
  const severity: FindingSeverity = diff.abs().lte(tol) ? 'rounding' : 'error';
  const message = `${what}：${show(total.v)} ≠ ${show(s)}，差 ${show(diff)}${severity === 'rounding' ? '（尾差）' : ''}`;
  ctx.emit(supportingFinding(rule, at, severity, message, show(s), show(total.v)));
}

/** The lines of a 政府采购预算 that carry a 合计: items, 小计 rows and the 合计 row, top to bottom. */
function lines(t: ProcurementTable): { r: number; v: Num }[] {
  const { rows } = t;
  return [...rows.items.map((i) => ({ r: i.row, v: i.total })), ...rows.subtotals, ...(rows.grand ? [rows.grand] : [])].sort(
    (a, b) => a.r - b.r,
  );
}

/** An advisory of a 绩效 rule at a cell (its figures as printed, no difference; the id is given with the others). */
const advisory = (rule: SupportingRule, sheet: string, row: number, col: number, message: string, expected = '', actual = '') => {
  const f = supportingFinding(rule, { sheet, r: row, c: col }, 'advisory', message);
  return { ...f, expected, actual };
};

const procurementQuantity: Kind<'procurementQuantity'> = (rule, ctx) => {
  const t = procurementOf(ctx);
  for (const it of t.rows.items) {
    const { quantity: q, price: p, total } = it;
    if (!q || !p || q.v.isZero()) continue;
    const expected = q.v.times(p.v);
    const tol = q.v.abs().times(halfUnit(p.d)).plus(halfUnit(total.d));
    if (expected.minus(total.v).abs().gt(tol))
      ctx.emit(
        supportingFinding(
          rule,
          { sheet: t.sheet, r: it.row, c: t.totalCol },
          'error',
          `政府采购预算：数量 ${q.v} × 单价 ${show(p.v)} = ${show(expected)}，合计为 ${show(total.v)}`,
          show(expected),
          show(total.v),
        ),
      );
  }
};

const procurementFunds: Kind<'procurementFunds'> = (rule, ctx) => {
  const t = procurementOf(ctx);
  for (const { r, v } of lines(t)) {
    const funds = [...Array(7).keys()].map((k) => numAt(t, r, t.totalCol + 1 + k));
    if (funds.some((f) => f && !f.v.isZero()) && funds.every((f) => f))
      sum(ctx, rule, { sheet: t.sheet, r, c: t.totalCol }, v, funds as Num[], rule.message);
  }
};

const procurementShare: Kind<'procurementShare'> = (rule, ctx) => {
  const t = procurementOf(ctx);
  for (const { r, v } of lines(t)) {
    // Only a printed 份额 is compared (a blank one is no claim; a negative 合计 is P-03's business).
    const sme = t.g.amount(r, t.totalCol + 8).kind === 'number' ? numAt(t, r, t.totalCol + 8) : null;
    if (sme && sme.v.gt(v.v))
      ctx.emit(
        supportingFinding(
          rule,
          { sheet: t.sheet, r, c: t.totalCol + 8 },
          'error',
          `政府采购预算：预留中小微企业份额 ${show(sme.v)} 大于合计 ${show(v.v)}`,
          show(v.v),
          show(sme.v),
        ),
      );
  }
};

const procurementTotal: Kind<'procurementTotal'> = (rule, ctx) => {
  const t = procurementOf(ctx);
  const grand = t.rows.grand;
  const parts = rule.of === 'subtotals' ? t.rows.subtotals.map((x) => x.v) : t.rows.items.map((x) => x.total);
  if (grand && parts.length) sum(ctx, rule, { sheet: t.sheet, r: grand.r, c: t.totalCol }, grand.v, parts, rule.message);
};

const assetCutoff: Kind<'assetCutoff'> = (rule, ctx) => {
  const t = assetsOf(ctx);
  const year = ctx.year;
  for (const { r, c, date } of t.cutoffs) {
    const [y, m, d] = date;
    if (!year || (Number(y) === year - 1 && Number(m) === 12 && Number(d) === 31)) continue;
    ctx.emit(
      supportingFinding(
        rule,
        { sheet: t.sheet, r, c },
        'error',
        `固定资产占用情况表截止时间 ${y}-${m}-${d} 应为 ${year - 1}-12-31（预算年度前一年年末）`,
        `${year - 1}-12-31`,
        `${y}-${m}-${d}`,
      ),
    );
  }
};

const assetValue = (t: AssetTable, row: AssetRow) => (t.valueCol >= 0 && t.rows.has(row) ? numAt(t, t.rows.get(row)!, t.valueCol) : null);

const assetSum: Kind<'assetSum'> = (rule, ctx) => {
  const t = assetsOf(ctx);
  const total = assetValue(t, rule.total);
  const parts = rule.parts.map((p) => assetValue(t, p));
  if (total && parts.every((p) => p))
    sum(ctx, rule, { sheet: t.sheet, r: t.rows.get(rule.total)!, c: t.valueCol }, total, parts as Num[], rule.message);
};

const assetPart: Kind<'assetPart'> = (rule, ctx) => {
  const t = assetsOf(ctx);
  const whole = assetValue(t, rule.of);
  const part = assetValue(t, rule.part);
  if (whole && part && part.v.gt(whole.v))
    ctx.emit(
      supportingFinding(
        rule,
        { sheet: t.sheet, r: t.rows.get(rule.part)!, c: t.valueCol },
        'error',
        `固定资产占用情况表：${rule.words[0]} ${show(part.v)} 大于${rule.words[1]} ${show(whole.v)}`,
        show(whole.v),
        show(part.v),
      ),
    );
};

const DAILY = /日常公用经费/;

const performanceCost: Kind<'performanceCost'> = (rule, ctx) => {
  const { projects, slips } = ctx.performance!;
  if (rule.of === 'unitSlips') {
    // 「支出金额总量 … ≤11.7元」: a project's total cost in 元 is a unit slip for 万元 (said, and counted as 万元).
    for (const s of slips)
      ctx.emit(
        advisory(
          rule,
          s.sheet,
          s.row,
          s.col,
          `${s.project}的成本指标“${s.text}”是项目支出总额，单位应为万元：请核对`,
          `${s.value}万元`,
          s.text,
        ),
      );
    return;
  }
  const project = ctx.totals?.project ?? null;
  const costed = projects.filter((p) => p.cost !== null && !DAILY.test(p.name));
  if (!project || !costed.length || costed.length !== projects.filter((p) => !DAILY.test(p.name)).length) return;
  const total = costed.reduce((a, p) => a.plus(p.cost!), new Decimal(0));
  if (total.eq(project)) return;
  const first = costed[0]!;
  ctx.emit(
    advisory(
      rule,
      first.sheet,
      first.row,
      first.col,
      `各项目绩效目标表的成本指标之和 ${total.toFixed(2)}万元，与项目支出 ${project.toFixed(2)}万元不同（${costed.map((p) => `${p.name} ${p.cost!.toString()}`).join('、')}）`,
      project.toFixed(2),
      total.toFixed(2),
    ),
  );
};

const spendingPlan: Kind<'spendingPlan'> = (rule, ctx) => {
  for (const p of ctx.performance!.plans) {
    const v = p.values;
    if (v.every((x, i) => i === 0 || x >= v[i - 1]!) && v[3] === 100) continue;
    ctx.emit(advisory(rule, p.sheet, p.row, p.col, `资金支出计划（%）${v.join('、')}：应逐期不减，12月底为100%`, '100', String(v[3])));
  }
};

const procurementBudget: Kind<'procurementBudget'> = (rule, ctx) => {
  const { projects } = ctx.performance!;
  const rows: { name: string; budget: Decimal; sheet: string; row: number; col: number }[] = [];
  for (const t of ctx.procurement)
    for (const it of t.rows.items)
      if (it.project && it.budget && !rows.some((p) => p.name === it.project))
        rows.push({ name: it.project, budget: it.budget.v, sheet: t.sheet, row: it.row, col: t.g.sheet.origin.col + 1 });
  for (const row of rows) {
    const daily = DAILY.test(row.name);
    const own = daily ? (ctx.totals?.public ?? null) : (projects.find((p) => labelKey(p.name) === labelKey(row.name))?.cost ?? null);
    if (own === null || own.eq(row.budget)) continue;
    ctx.emit(
      advisory(
        rule,
        row.sheet,
        row.row,
        row.col,
        `政府采购预算中“${row.name}”的预算资金 ${row.budget.toFixed(2)}万元，与${daily ? '公用经费' : '该项目绩效目标表的成本指标'} ${own.toFixed(2)}万元不同`,
        own.toFixed(2),
        row.budget.toFixed(2),
      ),
    );
  }
};

/** A printed amount of a table read (as ../supporting.ts reads them: a blank is 0 with no rounding interval). */
function numAt(t: ProcurementTable | AssetTable, r: number, c: number): Num | null {
  const a = t.g.amount(r, c);
  return a.kind === 'number' ? { v: a.value, d: a.decimals } : a.kind === 'blank' ? { v: new Decimal(0), d: 2, blank: true } : null;
}

type Kinds = { [K in SupportingRule['kind']]: Kind<K> };

export const SUPPORTING_KINDS: Kinds = {
  procurementQuantity,
  procurementFunds,
  procurementShare,
  procurementTotal,
  procurementBudget,
  assetCutoff,
  assetSum,
  assetPart,
  performanceCost,
  spendingPlan,
};
