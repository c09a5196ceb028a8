/** Test helper: change cells of a snapshot (a deep copy), addressing them through the recognized tables. */
import type { CellValue, WorkbookSnapshot } from '../../src/core/model/snapshot';
import { recognizeWorkbook } from '../../src/core/recognize/recognize';
import type { Recognition, RecognizedTable } from '../../src/core/recognize/types';
import type { TableId } from '../../src/core/catalog/types';
import { cellAddress } from '../../src/core/a1';
import { analyzeWorkbook } from '../../src/core/analysis';
import { checkAnalysis } from '../../src/core/review/check';
import { DIAGNOSIS_RULE } from '../../src/core/diagnose/diagnosis-findings';
import type { Identity } from '../../src/core/check/identity';
import { RULES, SUPPORTING_RULES } from '../../src/core/check/rules';
import type { Finding, Rule } from '../../src/core/check/types';

export interface Target {
  table: TableId;
  /** 部门/单位 code; default: the first table with this id. */
  unit?: string;
  /** Row role ("total", "in:incomeTotal", "sg:reception"), "code:301", "blank" / "blank2" (first / second body row), or "header". */
  row: string;
  column: string;
}

export function locate(snap: WorkbookSnapshot, t: Target): Located {
  return locateIn(recognizeWorkbook(snap), t);
}

type Located = { sheet: string; row: number; col: number; table: RecognizedTable };

function locateIn(rec: Recognition, t: Target): Located {
  const table = rec.tables.find((x) => x.id === t.table && (!t.unit || x.unitCode === t.unit));
  if (!table) throw new Error(`fixture has no ${t.table}`);
  if (t.row === 'title') return { sheet: table.sheet, row: table.titleRow, col: table.titleCol, table };
  if (t.row === 'blank' || t.row === 'blank2')
    return { sheet: table.sheet, row: table.lanciRow + (t.row === 'blank' ? 1 : 2), col: table.columns[t.column]!, table };
  const row = t.row.startsWith('code:') ? table.rows.find((r) => r.code === t.row.slice(5)) : table.rows.find((r) => r.role === t.row);
  if (!row) throw new Error(`${t.table} has no row ${t.row}`);
  const cell = row.cells[t.column];
  const col = cell ? cell.col : table.columns[t.column];
  if (col === undefined) throw new Error(`${t.table} has no column ${t.column}`);
  return { sheet: table.sheet, row: row.row, col, table };
}

/**
 * A change: a cell of a recognized table (every table with that id — the 部门 and its 单位 alike — unless `unit`
 * says which) set to `value` or moved by `add`; a header or 注 text replaced (`text`, first table); rows written
 * below the 栏次 line (`rows`: a fund table filled in); or a cell of a named sheet (the supporting tables).
 */
export type TableEdit = Target & { value?: CellValue; add?: number; text?: [string, string]; rows?: CellValue[][] };
export type Edit = TableEdit | { sheet: string; r: number; c: number; value: CellValue };

function applyText(snap: WorkbookSnapshot, e: TableEdit & { text: [string, string] }): WorkbookSnapshot {
  const l = locate(snap, { ...e, row: 'title' });
  const s = snap.sheets.find((x) => x.name === l.sheet)!;
  // The header lines (U-02), or the whole sheet below the title (an empty table's 注, U-03).
  const end = e.row === 'sheet' ? s.origin.row + s.values.length : l.table.lanciRow;
  for (let r = l.row; r < end; r++)
    for (let c = 0; c < (s.values[r - s.origin.row]?.length ?? 0); c++) {
      const v = valueAt(snap, l.sheet, r, c);
      if (typeof v === 'string' && v.includes(e.text[0])) return setCell(snap, l.sheet, r, c, v.replace(e.text[0], e.text[1]));
    }
  throw new Error(`text not found: ${e.text[0]}`);
}

/** The tables an edit changes: the one of its `unit`, else every table with its id (the 部门 and its 单位 alike). */
function tablesOf(snap: WorkbookSnapshot, e: Target) {
  const ts = recognizeWorkbook(snap).tables.filter((t) => t.id === e.table && (!e.unit || t.unitCode === e.unit));
  if (!ts.length) throw new Error(`fixture has no ${e.table}${e.unit ? ` of ${e.unit}` : ''}`);
  return ts;
}

function apply(snap: WorkbookSnapshot, e: Edit): WorkbookSnapshot {
  if ('sheet' in e) {
    const s = snap.sheets.find((x) => x.name === e.sheet);
    if (!s) throw new Error(`fixture has no sheet ${e.sheet}`);
    return setCell(snap, e.sheet, s.origin.row + e.r, s.origin.col + e.c, e.value);
  }
  if (e.text) return applyText(snap, { ...e, text: e.text });
  let out = snap;
  for (const t of tablesOf(snap, e)) {
    const unit = t.unitCode ?? undefined;
    if (e.rows) {
      // Rows written below the 栏次 line from the table's first column (a fund table filled in).
      const s = out.sheets.find((x) => x.name === t.sheet)!;
      e.rows.forEach((line, i) =>
        line.forEach((v, c) => {
          out = setCell(out, t.sheet, t.lanciRow + 1 + i, s.origin.col + c, v);
        }),
      );
      continue;
    }
    const l = locate(out, { ...e, unit });
    const old = valueAt(out, l.sheet, l.row, l.col);
    const value: CellValue =
      e.add !== undefined ? Math.round(((typeof old === 'number' ? old : 0) + e.add) * 100) / 100 : (e.value as CellValue);
    out = setCell(out, l.sheet, l.row, l.col, value);
  }
  return out;
}

/** The edits in order; amount edits between structural ones share one recognition and one copy of the snapshot. */
export function applyAll(snap: WorkbookSnapshot, edits: readonly Edit[]): WorkbookSnapshot {
  let out: WorkbookSnapshot = JSON.parse(JSON.stringify(snap));
  let rec: Recognition | null = null;
  for (const e of edits) {
    if ('sheet' in e || e.text || e.rows) {
      out = apply(out, e);
      rec = null;
      continue;
    }
    rec ??= recognizeWorkbook(out);
    const tables = rec.tables.filter((t) => t.id === e.table && (!e.unit || t.unitCode === e.unit));
    if (!tables.length) throw new Error(`fixture has no ${e.table}${e.unit ? ` of ${e.unit}` : ''}`);
    for (const t of tables) {
      const l = locateIn(rec, { ...e, unit: t.unitCode ?? undefined });
      const old = valueAt(out, l.sheet, l.row, l.col);
      const value = e.add !== undefined ? Math.round(((typeof old === 'number' ? old : 0) + e.add) * 100) / 100 : (e.value as CellValue);
      writeCell(out, l.sheet, l.row, l.col, value);
    }
  }
  return out;
}

export const addressOf = (l: { sheet: string; row: number; col: number }) => `${l.sheet}!${cellAddress(l.row, l.col)}`;

export function setCell(snap: WorkbookSnapshot, sheet: string, row: number, col: number, value: CellValue): WorkbookSnapshot {
  const copy: WorkbookSnapshot = JSON.parse(JSON.stringify(snap));
  writeCell(copy, sheet, row, col, value);
  return copy;
}

/** Sets a cell of `snap` itself (a snapshot the caller owns). */
function writeCell(snap: WorkbookSnapshot, sheet: string, row: number, col: number, value: CellValue): void {
  const s = snap.sheets.find((x) => x.name === sheet)!;
  const r = row - s.origin.row;
  const c = col - s.origin.col;
  while (s.values.length <= r) s.values.push([]);
  const line = s.values[r]!;
  while (line.length <= c) line.push(null);
  line[c] = value;
  if (s.numberFormats) {
    while (s.numberFormats.length <= r) s.numberFormats.push([]);
    s.numberFormats[r]![c] = '0.00';
  }
}

export function valueAt(snap: WorkbookSnapshot, sheet: string, row: number, col: number): CellValue {
  const s = snap.sheets.find((x) => x.name === sheet)!;
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? null;
}

/**
 * The catalog, entry by entry: every row of RULES (an id may name several rows: T78-01a on T7 and T8, X12-03 per
 * column, …) and every row of SUPPORTING_RULES (P-/A-/G-). An entry's key is its id, with `#n` (its place among the
 * rows of that id) when the id names several.
 */
export interface Entry {
  key: string;
  id: string;
  title: string;
  severity: 'strict' | 'advisory';
  /** The catalog row (RULES), or undefined for a supporting-table check. */
  rule?: Rule;
}

function catalogEntries(): Entry[] {
  const rows = [
    ...RULES.map((rule) => ({ id: rule.id, title: rule.title, severity: rule.severity, rule })),
    ...SUPPORTING_RULES.map((r) => ({ id: r.id, title: r.title, severity: r.severity, rule: undefined })),
  ];
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.id, (count.get(r.id) ?? 0) + 1);
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const n = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, n);
    return { ...r, key: count.get(r.id)! > 1 ? `${r.id}#${n}` : r.id };
  });
}

export const CATALOG = catalogEntries();

/** Which catalog entry a finding comes from: its identity's rule, else (structural, supporting) its id, title and table. */
function entryOf(f: Finding, identities: readonly Identity[]): Entry | undefined {
  if (f.identity !== undefined) {
    const rule = identities[f.identity]!.rule;
    return CATALOG.find((e) => e.rule === rule);
  }
  const candidates = CATALOG.filter((e) => {
    if (e.id !== f.rule || e.title !== f.title) return false;
    const table = e.rule && 'table' in e.rule ? e.rule.table : undefined;
    return !table || table === f.table;
  });
  if (candidates.length > 1) throw new Error(`finding ${f.id} matches entries ${candidates.map((e) => e.key).join(', ')}`);
  return candidates[0];
}

export interface Fired {
  /** Keys of the catalog entries with a finding, and their findings. */
  entries: Map<string, Finding[]>;
  /** Findings of no catalog entry (the 诊断 cells D-01…D-03 aside). */
  other: Finding[];
}

const DIAGNOSIS = new Set<string>(Object.values(DIAGNOSIS_RULE));

/** Everything the check says of a workbook, by catalog entry. */
export function fired(snap: WorkbookSnapshot): Fired {
  const a = analyzeWorkbook(snap);
  const result = checkAnalysis(a);
  const identities = a.rules().identities;
  const out: Fired = { entries: new Map(), other: [] };
  for (const f of result.findings) {
    if (DIAGNOSIS.has(f.rule)) continue;
    const e = entryOf(f, identities);
    if (!e) out.other.push(f);
    else out.entries.set(e.key, [...(out.entries.get(e.key) ?? []), f]);
  }
  return out;
}

const said = (f: Finding) => `${f.sheet}!${f.cell} ${f.severity} ${f.message}`;

/** What a change adds: the entries (and other findings) with a finding the clean workbook does not have. */
export function firedAfter(before: Fired, after: Fired): Fired {
  const old = new Set([...before.entries.values()].flat().concat(before.other).map(said));
  const out: Fired = { entries: new Map(), other: after.other.filter((f) => !old.has(said(f))) };
  for (const [k, fs] of after.entries) {
    const fresh = fs.filter((f) => !old.has(said(f)));
    if (fresh.length) out.entries.set(k, fresh);
  }
  return out;
}
