/**
 * One engine for the add-in's very hidden sheets (names in internal-sheets.ts): a store reads its sheet from the
 * snapshot into validated records and writes records as a plan that replaces the sheet (text only, very hidden).
 * Two layouts, as the workbooks of every version keep them:
 * - `jsonStore`: one JSON text in column A, cut every 30,000 characters (a cell holds 32,767), joined on reading;
 * - `rowStore`: a header row, then one record a row.
 * A store validates what it reads: a damaged or foreign sheet reads as nothing, never as wrong records.
 */
import type { EditPlan } from './model/plan';
import type { CellValue, WorkbookSnapshot } from './model/snapshot';

/** What a store needs of the workbook: the names of its sheets (and, to read, their values). */
export interface Sheets {
  sheets: readonly { name: string }[];
}

export interface HiddenStore<T> {
  sheet: string;
  /** The records kept in the workbook (`empty` when its sheet is absent or damaged). */
  read(wb: WorkbookSnapshot): T;
  /** Replaces the stored records (null: removes the sheet). */
  plan(wb: Sheets, records: T | null, description: string): EditPlan;
}

const CHUNK = 30000;
const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v));

function replaceSheet(wb: Sheets, sheet: string, rows: string[][] | null, description: string): EditPlan {
  return {
    description,
    styles: {},
    deleteSheets: wb.sheets.some((x) => x.name === sheet) ? [sheet] : [],
    addSheets: rows
      ? [{ name: sheet, values: rows, merges: [], formats: [], columnWidths: [], visibility: 'veryHidden', textOnly: true }]
      : [],
  };
}

/** A store of one JSON text: `parse` validates it (null when the sheet is absent), `serialize` writes it. */
export function jsonStore<T>(sheet: string, parse: (json: string | null) => T, serialize: (value: T) => string): HiddenStore<T> {
  return {
    sheet,
    read(wb) {
      const s = wb.sheets.find((x) => x.name === sheet);
      return parse(s ? s.values.map((r) => (typeof r[0] === 'string' ? r[0] : '')).join('') : null);
    },
    plan(wb, value, description) {
      if (value === null) return replaceSheet(wb, sheet, null, description);
      const json = serialize(value);
      const rows: string[][] = [];
      for (let i = 0; i < json.length; i += CHUNK) rows.push([json.slice(i, i + CHUNK)]);
      return replaceSheet(wb, sheet, rows, description);
    },
  };
}

/** A store of records one a row under `header`: `parse` validates a row (null: skipped), `row` writes one. */
export function rowStore<T>(
  sheet: string,
  header: readonly string[],
  parse: (cells: string[]) => T | null,
  row: (record: T) => string[],
): HiddenStore<T[]> {
  return {
    sheet,
    read(wb) {
      const s = wb.sheets.find((x) => x.name === sheet);
      return (s?.values.slice(1) ?? []).flatMap((r) => {
        const record = parse(r.map(text));
        return record === null ? [] : [record];
      });
    },
    plan(wb, records, description) {
      return replaceSheet(wb, sheet, records && [[...header], ...records.map(row)], description);
    },
  };
}
