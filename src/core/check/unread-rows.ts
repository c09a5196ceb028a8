/**
 * Rows a table prints with amounts but whose name or 科目编码 could not be read: on 收支总表 and 财政拨款收支总表 an
 * item that is no known row (role "ex?:…", "in?:…", "co?:…"), in a 科目编码 table a row without a readable code
 * (RecognizedTable.unread). A rule that looks for a row of that table (and side) and does not find it cannot say the
 * row is absent (「无此类，视为 0.00」), nor sum the table's rows: the missing row may be the unread one. It leaves
 * the identity 未核对 with the gap this returns (check/unjudged.ts lists it once and keeps 可以报送 back).
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
