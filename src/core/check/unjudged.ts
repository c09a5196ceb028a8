/**
 * Why a 勾稽关系 is left 未核对, and whether that keeps 可以报送 back. A rule kind that cannot build an identity says
 * what it did not find (a Gap: a row or a column of a table). The gap blocks when the standard template of that
 * layout always prints it and the table is filled — the preparer deleted or renamed a 合计 row, a total row of
 * 收支总表, a column: 「支出总表没有“合计”行」. It says nothing when the layout or the unit decides it: a 科目编码 row
 * the unit does not use, the 收入 rows/columns of the other income layout (五项 or 单位资金), the “三公” table's
 * 小计 or 明细 rows (printed by some regions only; one of 合计/小计 is enough), a table printed as 空表列示, a
 * comparison of rows none of which is listed. Unfilled, missing tables and unreadable amounts have their own lists
 * (fill-state.ts, E-03); they are not repeated here. Each blocking gap is listed once, with the rules it leaves
 * unjudged and what to do.
 */
import { cellAddress } from '../a1';
import type { TableId } from '../catalog/types';
import { roleWords, T1_LEFT_TOTALS, T1_RIGHT_TOTALS, T4_LEFT_TOTALS, T4_RIGHT_TOTALS, SANGONG_ROLES } from '../catalog/row-roles';
import type { RecognizedRow, RecognizedTable } from '../recognize/types';
import { fillState } from './fill-state';
import { Decimal } from '../money';
import { CATEGORY_CODES, ECONOMIC_CATEGORY_NAMES } from '../catalog/categories';
import { columnName } from './labels';
import type { Group } from './terms';
import { tableName } from './terms';

/** What a rule did not find in a table: a row (role or "code:…"; a list: none of them), or a column; `parts`: its component rows. */
export interface Gap {
  table: TableId;
  row?: string | readonly string[];
  column?: string;
  parts?: boolean;
  /** A row printed with amounts whose name or code could not be read (check/unread-rows.ts): 0-based row, name cell. */
  unread?: { row: number; col: number };
  /** A 类/款 row the table lacks though it lists rows below it (check/unread-rows.ts): its first such row's code cell. */
  missing?: { code: string; below: string; row: number; col: number };
}

/** A gap that blocks 可以报送, as stored on the rule's NotEvaluated entry. */
export interface BlockingGap {
  table: TableId;
  sheet: string;
  /** The table's title cell (where the pane jumps). */
  cell: string;
  /** 「支出总表没有“合计”行」 */
  what: string;
  /** What the preparer does about it. */
  todo: string;
  /** A row that could not be read (not one the template prints and the table lacks). */
  unread?: true;
}

/** A blocking gap with the 勾稽关系 it leaves unjudged (one entry per gap, per 部门/单位). */
export interface UnjudgedGap extends BlockingGap {
  unit: string | null;
  rules: number;
}

const labelsOf = (...maps: Record<string, string>[]): Record<string, string> =>
  Object.fromEntries(maps.flatMap((m) => Object.entries(m).map(([label, role]) => [role, label])));
/** The total rows of 收支总表 and 财政拨款收支总表 (always printed), role → label. */
const TOTAL_ROLES: Partial<Record<TableId, Record<string, string>>> = {
  T1: labelsOf(T1_LEFT_TOTALS, T1_RIGHT_TOTALS),
  T4: labelsOf(T4_LEFT_TOTALS, T4_RIGHT_TOTALS),
};
const SANGONG_NAMES: Record<string, string> = Object.fromEntries(
  Object.entries(SANGONG_ROLES)
    .reverse()
    .map(([label, role]) => [role, label.replace(/"/g, '')]),
);

/** The row a gap names (of a list of alternatives, the first: 「“三公”表没有“合计”行」). */
const firstRow = (gap: Gap): string => (typeof gap.row === 'string' ? gap.row : (gap.row?.[0] ?? ''));

/** A row role in the user's words: 「合计」, 「本年收入合计」, 「30212」, 「公务接待费」. */
export function rowName(table: TableId, role: string): string {
  if (role === 'total') return '合计';
  if (role === 'categories') return '类级科目';
  const [kind, key = ''] = role.includes(':') ? (role.split(/:(.*)/s) as [string, string]) : ['', role];
  if (kind === 'code') return key;
  if (kind === 'sg') return SANGONG_NAMES[key] ?? key;
  return TOTAL_ROLES[table]?.[key] ?? roleWords(table, role);
}

/** Columns that exist in one income layout only (收入总表: 五项 or 单位资金). */
const LAYOUT_COLUMNS: Partial<Record<TableId, readonly string[]>> = {
  T2: ['business', 'operating', 'superiorSubsidy', 'subordinateRemit', 'other', 'unitFunds'],
};

function blocks(gap: Gap, t: RecognizedTable, group: Group): boolean {
  if (fillState(t) !== 'filled') return false;
  if (gap.parts) return false;
  if (gap.unread || gap.missing) return true;
  if (gap.column !== undefined) return !LAYOUT_COLUMNS[t.id]?.includes(gap.column) && t.id !== 'T9';
  const row = firstRow(gap);
  if (row.startsWith('code:')) return false;
  if (t.id === 'T9') return !group.rowOf(t, 'sg:total') && !group.rowOf(t, 'sg:subtotal');
  if (row === 'total' || row === 'categories') return true;
  const key = row.replace(/^\w+:/, '');
  return /^(in|ex|co):/.test(row) && key in (TOTAL_ROLES[t.id] ?? {});
}

/** The blocking form of a gap of this group's table, or null (the layout decides: nothing is said). */
export function blockingGap(gap: Gap | undefined, group: Group): BlockingGap | null {
  const t = gap && group.byId.get(gap.table);
  if (!gap || !t || !blocks(gap, t, group)) return null;
  const name = tableName(t.id);
  const at = { table: t.id, sheet: t.sheet, cell: cellAddress(t.titleRow, t.titleCol) };
  if (gap.unread) {
    const { row, col } = gap.unread;
    const what = t.template.body.kind === 'coded' ? '科目编码' : '科目名称';
    return { ...at, cell: cellAddress(row, col), what: `${name}第${row + 1}行未识别`, todo: `请恢复该行的${what}`, unread: true };
  }
  if (gap.missing) {
    const { row, col, below, code } = gap.missing;
    const level = code.length === 3 ? '类' : '款';
    const sum = childrenTotal(t, code);
    const should = sum ? `，其“合计”栏应为 ${sum.amount} ${t.money}（其下各${sum.of}之和）` : '';
    const typo = mistypedAs(t, code, row);
    const check = typo ? `第${typo.row + 1}行的“${typo.code}”下没有列出款、项，可能是“${code}”之误：请核对该行编码；否则` : '';
    return {
      ...at,
      cell: cellAddress(row, col),
      what: missingWhat(gap, group),
      todo: `${check}请在 ${below} 行之前补上该${level}行${should}${typo ? '' : '，或恢复被改动的编码'}`,
    };
  }
  if (gap.column !== undefined) {
    const col = columnName(t.id, gap.column);
    return { ...at, what: `${name}没有“${col}”栏`, todo: `请按模板补上“${col}”栏（或恢复被改动的表头）` };
  }
  // “三公”: one of 合计/小计 is enough, so a table with neither lacks its 合计 (whichever rule asked)
  const row = rowName(t.id, t.id === 'T9' ? 'sg:total' : firstRow(gap) || 'total');
  return { ...at, what: `${name}没有“${row}”行`, todo: `请按模板补上“${row}”行（或恢复被改动的行名）` };
}

/**
 * A row above the missing one's first row below it, of the same level, with nothing listed below it, whose code is
 * the missing code with two digits swapped or one digit changed (280 for 208): probably that row, mistyped. Said as a
 * possibility, for the preparer to check.
 */
function mistypedAs(t: RecognizedTable, code: string, before: number): RecognizedRow | undefined {
  const near = (a: string) => {
    const diff = [...a].flatMap((ch, i) => (ch === code[i] ? [] : [i]));
    return diff.length === 1 || (diff.length === 2 && a[diff[0]!] === code[diff[1]!] && a[diff[1]!] === code[diff[0]!]);
  };
  const above = t.rows.filter((r) => r.row < before && r.code?.length === code.length);
  const last = above[above.length - 1];
  if (!last || !near(last.code!) || t.rows.some((r) => r !== last && r.code?.startsWith(last.code!))) return undefined;
  return last;
}

/** The 合计 of a missing 类/款 row: the sum of the rows one level below it (款 of a 类, else its 项), as printed. */
function childrenTotal(t: RecognizedTable, code: string): { amount: string; of: string } | null {
  for (const len of [code.length + 2, code.length + 4]) {
    const kids = t.rows.filter((r) => r.code?.length === len && r.code.startsWith(code));
    if (!kids.length) continue;
    let sum = new Decimal(0);
    let decimals = t.money === '元' ? 0 : 2;
    for (const r of kids) {
      const a = r.cells.total?.amount;
      if (!a || a.kind === 'text') return null;
      if (a.kind === 'number') {
        sum = sum.plus(a.value);
        decimals = Math.max(decimals, a.decimals);
      }
    }
    return { amount: sum.toFixed(decimals), of: len === 5 ? '款' : '项' };
  }
  return null;
}

/** 「支出总表缺少“208 社会保障和就业支出”类行」: the name from another table of the 部门/单位 that lists the code. */
function missingWhat(gap: Gap, group?: Group): string {
  const { code } = gap.missing!;
  let label = '';
  for (const t of group?.byId.values() ?? []) label ||= t.rows.find((r) => r.code === code)?.label ?? '';
  const year = group?.byId.get(gap.table)?.year ?? null;
  if (gap.table !== 'T6') label ||= CATEGORY_CODES[code]?.[0] ?? '';
  else if (year === null || year >= 2018) label ||= ECONOMIC_CATEGORY_NAMES[code] ?? '';
  return `${tableName(gap.table)}缺少“${`${code} ${label}`.trim()}”${code.length === 3 ? '类' : '款'}行`;
}

/** The reason of a rule left unjudged by a gap, in the user's words. */
export function gapReason(gap: Gap): string {
  const name = tableName(gap.table);
  if (gap.missing) return missingWhat(gap);
  if (gap.column !== undefined) return `${name}缺少${columnName(gap.table, gap.column)}栏`;
  if (gap.parts) return `${name}未列出组成行`;
  if (gap.unread) return `${name}第${gap.unread.row + 1}行未识别`;
  return `${name}没有“${rowName(gap.table, firstRow(gap) || 'total')}”行`;
}

/** Blocking gaps of a check, once each (per 部门/单位 and gap), with how many rules each leaves unjudged. */
export function unjudgedGaps(notEvaluated: readonly { rule: string; unit: string | null; gap?: BlockingGap }[]): UnjudgedGap[] {
  const out = new Map<string, UnjudgedGap & { ids: Set<string> }>();
  for (const n of notEvaluated) {
    if (!n.gap) continue;
    const key = `${n.unit}\u0000${n.gap.sheet}\u0000${n.gap.what}`;
    const e = out.get(key) ?? { ...n.gap, unit: n.unit, rules: 0, ids: new Set<string>() };
    e.ids.add(n.rule);
    e.rules = e.ids.size;
    out.set(key, e);
  }
  return [...out.values()].map(({ ids: _ids, ...u }) => u);
}

export const unjudgedText = (u: UnjudgedGap): string => `${u.what}，相关的 ${u.rules} 条勾稽关系未核对：${u.todo}`;
