/** Test helper: change cells of a snapshot (a deep copy), addressing them through the recognized tables. */
import type { CellValue, WorkbookSnapshot } from '../../src/core/model/snapshot';
import { recognizeWorkbook } from '../../src/core/recognize/recognize';
import type { RecognizedTable } from '../../src/core/recognize/types';
import type { TableId } from '../../src/core/catalog/types';
import { cellAddress } from '../../src/core/a1';

export interface Target {
  table: TableId;
  /** 部门/单位 code; default: the first table with this id. */
  unit?: string;
  /** Row role ("total", "in:incomeTotal", "sg:reception"), "code:301", "blank" / "blank2" (first / second body row), or "header". */
  row: string;
  column: string;
}

export function locate(snap: WorkbookSnapshot, t: Target): { sheet: string; row: number; col: number; table: RecognizedTable } {
  const rec = recognizeWorkbook(snap);
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

export const addressOf = (l: { sheet: string; row: number; col: number }) => `${l.sheet}!${cellAddress(l.row, l.col)}`;

export function setCell(snap: WorkbookSnapshot, sheet: string, row: number, col: number, value: CellValue): WorkbookSnapshot {
  const copy: WorkbookSnapshot = JSON.parse(JSON.stringify(snap));
  const s = copy.sheets.find((x) => x.name === sheet)!;
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
  return copy;
}

export function valueAt(snap: WorkbookSnapshot, sheet: string, row: number, col: number): CellValue {
  const s = snap.sheets.find((x) => x.name === sheet)!;
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? null;
}
