/**
 * A 情况说明 kept in a worksheet (typed, pasted from Word, or written by the add-in): found by its content — a
 * "…情况说明" title (「…预算信息公开情况说明」 anywhere, or any title ending in 情况说明 among the first rows) and
 * the heading "二、…预算安排的总体情况" — and read as paragraphs, one per row. A sheet whose title says 情况说明 but
 * which lacks that heading is not guessed at: `unreadNarrativeSheets` names it, and the check says it was 未核对.
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

/** How many non-empty rows from the top may hold the title. */
const TITLE_ROWS = 3;

/** The title cell of a sheet whose first rows say 「…情况说明」 (a short line ending so), else null. */
function titleCell(rows: { text: string; cell: string }[]): string | null {
  const top = rows.filter((r) => r.text.trim() !== '').slice(0, TITLE_ROWS);
  return top.find((r) => r.text.trim().length <= 80 && /情况说明[”"」』]?\s*$/.test(r.text.trim()))?.cell ?? null;
}

const hasOverview = (all: string[]) => all.some((t) => /^\s*二、\s*(部门|单位)?预算安排的总体情况/.test(t));

/** Sheets titled 「…情况说明」 that cannot be read as one (no 「二、…总体情况」 heading): sheet and title cell. */
export function unreadNarrativeSheets(wb: WorkbookSnapshot): { sheet: string; cell: string }[] {
  const out: { sheet: string; cell: string }[] = [];
  for (const s of wb.sheets) {
    if (isInternalSheet(s.name) || !mentions(s, '情况说明')) continue;
    const rows = rowsOf(s);
    const cell = titleCell(rows);
    if (cell && !hasOverview(rows.map((r) => r.text))) out.push({ sheet: s.name, cell });
  }
  return out;
}

export function findNarrativeSheets(wb: WorkbookSnapshot): NarrativeSheet[] {
  const out: NarrativeSheet[] = [];
  for (const s of wb.sheets) {
    if (isInternalSheet(s.name) || !mentions(s, '情况说明')) continue;
    const rows = rowsOf(s);
    const all = rows.map((r) => r.text);
    if (!(all.some((t) => /预算信息公开情况说明/.test(t)) || titleCell(rows)) || !hasOverview(all)) continue;
    out.push({
      sheet: s.name,
      text: all.join('\n'),
      cells: rows.map((r) => r.cell),
      level: all.some((t) => /单位预算信息公开情况说明/.test(t)) ? '单位' : '部门',
    });
  }
  return out;
}
