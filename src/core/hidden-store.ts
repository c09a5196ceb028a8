/**
 * One engine for the add-in's very hidden sheets (names in internal-sheets.ts): a store reads its sheet from the
 * snapshot into validated records and writes records as a plan that replaces the sheet (text only, very hidden).
 * Two layouts, as the workbooks of every version keep them:
 * - `jsonStore`: one JSON text in column A, cut every 30,000 characters (a cell holds 32,767), joined on reading;
 * - `rowStore`: a header row, then one record a row.
 * A store validates what it reads: a damaged or foreign sheet reads as nothing, never as wrong records. Given a
 * schema (`check`), a store also says what it left out (`problems`, Chinese), for the note that names the damage.
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
  /** Undoes a plan of this store: the sheet exactly as it was in `before`, cell for cell (or none, as it was). */
  restore(before: WorkbookSnapshot, description: string): EditPlan;
  /** What `read` left out as damaged, said in Chinese (empty: sound, absent, or no schema given). */
  problems(wb: WorkbookSnapshot): string[];
}

const CHUNK = 30000;
const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v));
const has = (wb: Sheets, sheet: string) => wb.sheets.some((x) => x.name === sheet);

/** The plan being undone wrote the sheet: it is replaced by what `before` held, or removed. */
const restore = (sheet: string) => (before: WorkbookSnapshot, description: string) =>
  replaceSheet(true, sheet, before.sheets.find((x) => x.name === sheet)?.values ?? null, description);

function replaceSheet(exists: boolean, sheet: string, rows: CellValue[][] | null, description: string): EditPlan {
  return {
    description,
    styles: {},
    deleteSheets: exists ? [sheet] : [],
    addSheets: rows
      ? [{ name: sheet, values: rows, merges: [], formats: [], columnWidths: [], visibility: 'veryHidden', textOnly: true }]
      : [],
  };
}

/**
 * A store of one JSON text: `parse` validates it (null when the sheet is absent), `serialize` writes it; `check`
 * (the schema's problems) says what `parse` leaves out.
 */
export function jsonStore<T>(
  sheet: string,
  parse: (json: string | null) => T,
  serialize: (value: T) => string,
  check: (json: string | null) => string[] = () => [],
): HiddenStore<T> {
  const json = (wb: WorkbookSnapshot) => {
    const s = wb.sheets.find((x) => x.name === sheet);
    return s ? s.values.map((r) => (typeof r[0] === 'string' ? r[0] : '')).join('') : null;
  };
  return {
    sheet,
    read: (wb) => parse(json(wb)),
    problems: (wb) => check(json(wb)),
    plan(wb, value, description) {
      if (value === null) return replaceSheet(has(wb, sheet), sheet, null, description);
      const json = serialize(value);
      const rows: string[][] = [];
      for (let i = 0; i < json.length; i += CHUNK) rows.push([json.slice(i, i + CHUNK)]);
      return replaceSheet(has(wb, sheet), sheet, rows, description);
    },
    restore: restore(sheet),
  };
}

/**
 * A store of records one a row under `header`: `parse` validates a row (null: skipped), `row` writes one. With a
 * schema (`check`: the sheet's cells as they are, header included → the sound records and what was left out), the
 * schema reads instead of `parse`.
 */
export function rowStore<T>(
  sheet: string,
  header: readonly string[],
  parse: (cells: string[]) => T | null,
  row: (record: T) => string[],
  check?: (values: readonly (readonly CellValue[])[]) => { list: T[]; problems: string[] },
): HiddenStore<T[]> {
  const values = (wb: WorkbookSnapshot) => wb.sheets.find((x) => x.name === sheet)?.values;
  return {
    sheet,
    read(wb) {
      const v = values(wb);
      if (check) return v ? check(v).list : [];
      return (v?.slice(1) ?? []).flatMap((r) => {
        const record = parse(r.map(text));
        return record === null ? [] : [record];
      });
    },
    problems(wb) {
      const v = values(wb);
      return v && check ? check(v).problems : [];
    },
    plan(wb, records, description) {
      return replaceSheet(has(wb, sheet), sheet, records && [[...header], ...records.map(row)], description);
    },
    restore: restore(sheet),
  };
}
