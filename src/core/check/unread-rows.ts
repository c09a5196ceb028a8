/**
 * Rows a table prints with amounts but whose name or 科目编码 could not be read: on 收支总表 and 财政拨款收支总表 an
 * item that is no known row (role "ex?:…", "in?:…", "co?:…"), in a 科目编码 table a row without a readable code
 * (RecognizedTable.unread). A rule that looks for a row of that table (and side) and does not find it cannot say the
 * row is absent (「无此类，视为 0.00」), nor sum the table's rows: the missing row may be the unread one. It leaves
 * the identity 未核对 with the gap this returns (check/unjudged.ts lists it once and keeps 可以报送 back).
 *
 * The same holds for a 类 or 款 row that a 科目编码 table lacks while it lists rows below it (a deleted 类 row, its 款
 * and 项 still there): the table is not short of that 类 — it is short of its row. A rule that sums the table's 类
 * (or a 类's 款), or looks for that code and does not find it, leaves the identity 未核对 with a gap that names the
 * row to put back (`missingParentGap`), never 「无科目208，视为 0.00」 nor a 合计 that does not add up.
 */
import type { RecognizedTable } from '../recognize/types';
import type { Gap } from './unjudged';

const SIDE_COLUMN: Record<string, string> = { ex: 'expenseItem', in: 'incomeItem', co: 'incomeItem' };

/** The first unread row of `t` (of that side: "ex", "in", "co"; any side when omitted) as a gap, or undefined. */
export function unreadGap(t: RecognizedTable, side?: string): Gap | undefined {
  for (const r of t.rows) {
    const m = /^(\w+)\?:/.exec(r.role);
    if (!m || (side && m[1] !== side)) continue;
    if (!Object.values(r.cells).some((c) => c.amount.kind !== 'blank')) continue;
    const col = t.columns[SIDE_COLUMN[m[1]!] ?? ''] ?? t.titleCol;
    return { table: t.id, unread: { row: r.row, col } };
  }
  const u = t.unread?.[0];
  return u ? { table: t.id, unread: u } : undefined;
}

/** Digits of a 类 and a 款 code; a 项 has 7. 经济分类 codes have 类 (3) and 款 (5) only. */
const PARENT_LENGTHS = [3, 5];

/**
 * The 类/款 rows the table lacks while it lists rows below them with amounts, and while it lists rows of that level
 * elsewhere (a table that prints no 款 rows at all lacks none): missing code → its first row below, as a gap.
 */
function missingParents(t: RecognizedTable): Map<string, Gap> {
  const found = new Map<string, Gap>();
  const codes = new Set(t.rows.map((r) => r.code).filter((c): c is string => !!c));
  const levels = new Set([...codes].map((c) => c.length));
  for (const r of t.rows) {
    if (!r.code || !Object.values(r.cells).some((c) => c.amount.kind !== 'blank')) continue;
    for (const n of PARENT_LENGTHS) {
      const parent = r.code.slice(0, n);
      if (n >= r.code.length || !levels.has(n) || codes.has(parent) || found.has(parent)) continue;
      found.set(parent, { table: t.id, missing: { code: parent, below: r.code, row: r.row, col: t.columns.code ?? t.titleCol } });
    }
  }
  return found;
}

/**
 * For one rule's look-ups in `t`: the gap of a code the table does not list — an unread row (of that side), or a 类/款
 * row it lacks though it lists rows below it — or undefined when the code is simply absent. Made once per rule.
 */
export function absentCodeGap(t: RecognizedTable, side?: string): (code: string | undefined) => Gap | undefined {
  const unread = unreadGap(t, side);
  let missing: Map<string, Gap> | undefined;
  return (code) => unread ?? (code ? (missing ??= missingParents(t)).get(code) : undefined);
}

/** The 类 (`level` 3) or 款 (5) rows the table lacks though it lists rows below them, by code (gaps). */
export function missingRows(t: RecognizedTable, level: number): [string, Gap][] {
  return [...missingParents(t)].filter(([code]) => code.length === level);
}
