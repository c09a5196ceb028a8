/**
 * A 情况说明 kept in a worksheet (typed, pasted from Word, or written by the add-in): found by its content — a
 * "…预算信息公开情况说明" title and the heading "二、…预算安排的总体情况" — and read as paragraphs, one per row.
 */
import { cellAddress } from '../a1';
import { mentions, type SheetSnapshot, type WorkbookSnapshot } from '../model/snapshot';
import { isInternalSheet } from '../internal-sheets';

export interface NarrativeSheet {
  sheet: string;
  text: string;
  /** A1 address of the first cell of each paragraph (row). */
  cells: string[];
  level: '部门' | '单位';
}

function rowsOf(s: SheetSnapshot): { text: string; cell: string }[] {
  return s.values.map((row, r) => {
    const parts: string[] = [];
    let first = -1;
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      if (first < 0) first = c;
      parts.push(String(v));
    });
    return { text: parts.join(' '), cell: cellAddress(r + s.origin.row, (first < 0 ? 0 : first) + s.origin.col) };
  });
}

export function findNarrativeSheets(wb: WorkbookSnapshot): NarrativeSheet[] {
  const out: NarrativeSheet[] = [];
  for (const s of wb.sheets) {
    if (isInternalSheet(s.name) || !mentions(s, '情况说明')) continue;
    const rows = rowsOf(s);
    const all = rows.map((r) => r.text);
    if (!all.some((t) => /预算信息公开情况说明/.test(t)) || !all.some((t) => /^\s*二、\s*(部门|单位)预算安排的总体情况/.test(t))) continue;
    out.push({
      sheet: s.name,
      text: all.join('\n'),
      cells: rows.map((r) => r.cell),
      level: all.some((t) => /单位预算信息公开情况说明/.test(t)) ? '单位' : '部门',
    });
  }
  return out;
}
