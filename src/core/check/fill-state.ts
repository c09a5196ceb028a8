/**
 * A standard table's fill state. 已填写: some amount cell holds something (a number, or text that is then an
 * unreadable-amount 错误); 空表列示: no amount, and its 注 says the table is printed empty (a filled table whose
 * amounts are all 0); 未填写: no amount and no such 注 — the preparer has not filled it yet. An unfilled table is not
 * 0: the identities that read it are not judged (listed once per table), and 诊断 never sees them, so it can never
 * propose changing a filled cell to agree with an unfilled table. Inside a filled table a blank cell is 0, as printed.
 */
import { STANDARD_TEMPLATES } from '../catalog/standard-tables';
import type { TableId } from '../catalog/types';
import type { RecognizedTable } from '../recognize/types';
import type { Rule } from './types';

export type FillState = 'filled' | 'emptyPrinted' | 'unfilled';

const STATE = new WeakMap<RecognizedTable, FillState>();

export function fillState(t: RecognizedTable): FillState {
  let s = STATE.get(t);
  if (!s) {
    const any = t.rows.some((r) => Object.values(r.cells).some((c) => c.amount.kind !== 'blank'));
    s = any ? 'filled' : (t.note ?? '').includes('空表') ? 'emptyPrinted' : 'unfilled';
    STATE.set(t, s);
  }
  return s;
}

export const isUnfilled = (t: RecognizedTable | undefined): boolean => !!t && fillState(t) === 'unfilled';

/** The tables of its own 部门/单位 a rule reads (unitsSum's 单位 tables are looked at by its compiler). */
export function ruleTables(rule: Rule): TableId[] {
  switch (rule.kind) {
    case 'rowSum':
    case 'columnSum':
    case 'codeHierarchy':
    case 'codeTotal':
    case 'blankWhen':
    case 'emptyNote':
      return [rule.table];
    case 'emptyTable':
      return [rule.table, rule.against.table];
    case 'compare':
      return [...rule.left, ...rule.right].map((r) => r.table);
    case 'perCategory':
    case 'perCode':
      return [rule.left.table, rule.right.table];
    case 'unitsSum':
    case 'header':
    case 'incomeLayout':
      return [];
  }
}

/** A standard table not filled yet, with the number of catalog identities (勾稽关系) left unjudged because of it. */
export interface UnfilledTable {
  table: TableId;
  /** The table's standard name (收入总表, …). */
  name: string;
  sheet: string;
  /** Its title cell. */
  cell: string;
  unit: string | null;
  level: string | null;
  /** 勾稽关系 of the catalog that read this table and were not judged. */
  rules: number;
}

/** A 部门/单位 whose standard tables are not all in the workbook. */
export interface MissingTables {
  unit: string | null;
  level: string | null;
  tables: TableId[];
}

/**
 * 「…尚未填写，相关的 N 条勾稽关系未核对」; for a table that is printed empty when there is no such budget (its template
 * has a 空表列示 注), also how to say so — a preparer without 政府性基金 is otherwise told to fill a table that has nothing.
 */
export function unfilledText(u: UnfilledTable): string {
  const note = STANDARD_TEMPLATES.find((t) => t.id === u.table)?.emptyNote;
  const how = note ? `（如没有此项预算，请在表下注明“${note}”）` : '';
  return `${u.name}尚未填写，相关的 ${u.rules} 条勾稽关系未核对${how}`;
}
