/**
 * Marks: the checker's highlights. Error red, 尾差 amber, 提示 blue. The original fill of every marked cell is
 * stored in the document (a very hidden sheet), so 清除标记 restores it exactly after save, reopen or a crash, and a
 * new check first restores the old marks. No Fill is restored as No Fill, never as white (office-js #4900).
 * Errors follow 诊断: the diagnosed cell (every cell of a tie) is red; identities it explains are not marked.
 */
import { parseCell } from '../a1';
import type { FindingSeverity } from '../check/types';
import type { CheckResult } from '../review/result';
import type { EditPlan, FillOp, FillState } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { rowStore } from '../hidden-store';
import { MARKS_SHEET } from '../internal-sheets';

export const MARK_COLORS: Record<FindingSeverity, string> = { error: '#FFC7CE', rounding: '#FFEB9C', advisory: '#BDD7EE' };
/** Cells the add-in filled (科目名称), highlighted until the next check restores them. */
export const FILLED_COLOR = '#C6EFCE';
const RANK: Record<FindingSeverity, number> = { error: 3, rounding: 2, advisory: 1 };
const HEADER = ['工作表', '单元格', '原填充', '标记'];

type Key = string;
const keyOf = (sheet: string, cell: string): Key => `${sheet}\u0000${cell}`;
const splitKey = (k: Key) => k.split('\u0000') as [string, string];

/** A cell the add-in marked: its original fill (to put back) and why it is marked (a severity, or filled). */
interface StoredMark {
  sheet: string;
  cell: string;
  fill: FillState | null;
  kind: string;
}

const store = rowStore<StoredMark>(
  MARKS_SHEET,
  HEADER,
  ([sheet, cell, fill, kind]) => {
    if (!sheet || !cell) return null;
    try {
      return { sheet, cell, fill: fill ? (JSON.parse(fill) as FillState | null) : null, kind: kind ?? '' };
    } catch {
      return null; // a damaged row is skipped: that cell keeps its mark
    }
  },
  (m) => [m.sheet, m.cell, m.fill === null ? '' : JSON.stringify(m.fill), m.kind],
);

/** Original fills stored by the last check: sheet!cell → fill. */
export function storedMarks(wb: WorkbookSnapshot): Map<Key, FillState | null> {
  return new Map(store.read(wb).map((m) => [keyOf(m.sheet, m.cell), m.fill]));
}

const marksOf = (entries: [Key, FillState | null][], kind: (k: Key) => string): StoredMark[] =>
  entries.map(([k, fill]) => {
    const [sheet, cell] = splitKey(k);
    return { sheet, cell, fill, kind: kind(k) };
  });

function currentFill(wb: WorkbookSnapshot, sheet: string, cell: string): FillState | null {
  const s = wb.sheets.find((x) => x.name === sheet);
  if (!s?.fills) return null;
  const { row, col } = parseCell(cell);
  return s.fills[row - s.origin.row]?.[col - s.origin.col] ?? null;
}

function groupFills(entries: [Key, FillState | null][]): FillOp[] {
  const ops = new Map<string, FillOp>();
  for (const [k, fill] of entries) {
    const [sheet, cell] = splitKey(k);
    const id = `${sheet}\u0000${JSON.stringify(fill)}`;
    const op = ops.get(id) ?? { sheet, cells: [], fill };
    op.cells.push(cell);
    ops.set(id, op);
  }
  return [...ops.values()];
}

/** Replaces old marks with the marks of `result`. Sheets that no longer exist are skipped. */
export function planMarks(wb: WorkbookSnapshot, result: CheckResult): EditPlan {
  const exists = new Set(wb.sheets.map((s) => s.name));
  const stored = storedMarks(wb);
  const target = new Map<Key, FindingSeverity>();
  const put = (sheet: string, cell: string, severity: FindingSeverity) => {
    if (!exists.has(sheet)) return;
    const k = keyOf(sheet, cell);
    const prev = target.get(k);
    if (!prev || RANK[severity] > RANK[prev]) target.set(k, severity);
  };
  const diagnosed = new Set(result.findings.filter((f) => f.diagnosis).map((f) => f.id));
  for (const f of result.findings) {
    // A broken identity explained by a diagnosis is not marked: its cells may be correct (the diagnosed cell is red).
    if (f.causedBy && diagnosed.has(f.causedBy)) continue;
    put(f.sheet, f.cell, f.severity);
    // A tie marks every cell the identities cannot tell apart.
    if (f.diagnosis && f.rule === 'D-03') for (const r of f.related) put(r.sheet, r.cell, f.severity);
  }
  const restore: [Key, FillState | null][] = [...stored].filter(([k]) => !target.has(k) && exists.has(splitKey(k)[0]));
  const originals: [Key, FillState | null][] = [...target.keys()].map((k) => [
    k,
    stored.has(k) ? stored.get(k)! : currentFill(wb, ...splitKey(k)),
  ]);
  const mark: [Key, FillState | null][] = [...target].map(([k, sev]) => [k, { color: MARK_COLORS[sev], pattern: 'Solid' }]);
  return {
    ...store.plan(wb, target.size ? marksOf(originals, (k) => target.get(k)!) : null, `检查标记（${target.size}个单元格）`),
    fills: [...groupFills(restore), ...groupFills(mark)],
  };
}

/** 清除标记: restores every stored original fill and removes the stored marks. */
export function planClear(wb: WorkbookSnapshot): EditPlan {
  const exists = new Set(wb.sheets.map((s) => s.name));
  const stored = [...storedMarks(wb)].filter(([k]) => exists.has(splitKey(k)[0]));
  return {
    description: `清除检查标记（${stored.length}个单元格）`,
    styles: {},
    deleteSheets: exists.has(MARKS_SHEET) ? [MARKS_SHEET] : [],
    addSheets: [],
    fills: groupFills(stored),
  };
}

/**
 * Highlights cells the add-in just filled, keeping every stored mark: their original fills join the stored ones, so
 * the next check (or 清除标记) puts them back exactly. Needs the snapshot's fills (ExcelApi 1.9).
 */
export function planHighlight(wb: WorkbookSnapshot, cells: readonly { sheet: string; cell: string }[], description: string): EditPlan {
  const stored = storedMarks(wb);
  const kinds = new Map(store.read(wb).map((m) => [keyOf(m.sheet, m.cell), m.kind]));
  const fresh = cells.map((c) => keyOf(c.sheet, c.cell)).filter((k) => !stored.has(k));
  for (const k of fresh) {
    stored.set(k, currentFill(wb, ...splitKey(k)));
    kinds.set(k, 'filled');
  }
  return {
    ...store.plan(
      wb,
      marksOf([...stored], (k) => kinds.get(k) ?? ''),
      description,
    ),
    fills: groupFills(cells.map((c) => [keyOf(c.sheet, c.cell), { color: FILLED_COLOR, pattern: 'Solid' }])),
  };
}

/** Undoes planHighlight: the highlighted cells get their fills back and the stored marks are as they were. */
export function planUnhighlight(
  before: WorkbookSnapshot,
  cells: readonly { sheet: string; cell: string }[],
  description: string,
): EditPlan {
  const stored = storedMarks(before);
  const prior = before.sheets.find((x) => x.name === MARKS_SHEET);
  const fills = groupFills(
    cells.map((c) => [keyOf(c.sheet, c.cell), stored.get(keyOf(c.sheet, c.cell)) ?? currentFill(before, c.sheet, c.cell)]),
  );
  return {
    description,
    styles: {},
    deleteSheets: [MARKS_SHEET],
    addSheets: prior
      ? [{ name: MARKS_SHEET, values: prior.values, merges: [], formats: [], columnWidths: [], visibility: 'veryHidden', textOnly: true }]
      : [],
    fills,
  };
}
