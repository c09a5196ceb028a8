/**
 * 科目名称: fills blank names from codes and reports names that differ from the standard of the table's edition
 * (预算年度 → latest edition not later than it), codes not in the bundled list (which is partial: said so, not
 * called invalid), 项/款 rows without their 款/类, 类 rows with nothing under them, rows out of code order, and
 * the 类 labels of 收支总表/财政拨款收支总表 against the catalog edition's list and order.
 */
import { cellAddress, parseCell } from '../a1';
import { editionForYear } from '../catalog/editions';
import type { Edition, TableId } from '../catalog/types';
import { makeFinding } from '../check/finding';
import { assignUniqueIds } from '../check/finding-ids';
import type { Finding, FindingSeverity } from '../check/types';
import type { CellWrite, EditPlan } from '../model/plan';
import type { CellValue, WorkbookSnapshot } from '../model/snapshot';
import { recognizeWorkbook } from '../recognize/recognize';
import type { Recognition } from '../recognize/types';
import { pushTo } from '../collections';
import type { RecognizedTable } from '../recognize/types';
import { labelKey } from '../text';
import { sameName, type CodeBook } from './codebook';
import type { CodeBooks } from './books';

export const NAME_RULES = {
  'K-01': '名称不符：与标准科目名称不一致',
  'K-02': '编码不在内置科目表中',
  'K-03': '缺上级科目：项/款没有所属的款/类行',
  'K-04': '类下没有款、项',
  'K-05': '科目未按编码顺序排列',
  'K-06': '收支总表的类名称或顺序与版式不一致',
  'K-07': '科目名称未填写',
} as const;

const FUNCTION_TABLES: TableId[] = ['T2', 'T3', 'T5', 'T7', 'T8'];

export interface NameWrite extends CellWrite {
  previous: CellValue;
  code: string;
}

export interface NamesResult {
  writes: NameWrite[];
  findings: Finding[];
  /** Which edition of the code tables each table was compared with. */
  editions: { sheet: string; table: TableId; year: number | null; edition: number; kind: 'function' | 'economic' }[];
  problems: { sheet: string; cell: string; message: string }[];
}

function nameFinding(
  rule: keyof typeof NAME_RULES,
  severity: FindingSeverity,
  t: RecognizedTable,
  row: number,
  col: number,
  message: string,
  expected = '',
  actual = '',
  related: Finding['related'] = [],
): Finding {
  return makeFinding({
    rule,
    title: NAME_RULES[rule],
    severity,
    message,
    at: { sheet: t.sheet, cell: cellAddress(row, col) },
    related,
    figures: { expected, actual },
    unit: t.unitCode,
    table: t.id,
  });
}

function valueAt(wb: WorkbookSnapshot, sheet: string, row: number, col: number): CellValue {
  const s = wb.sheets.find((x) => x.name === sheet)!;
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? null;
}

export function planNames(
  wb: WorkbookSnapshot,
  books: CodeBooks,
  defaultYear: number,
  rec: Recognition = recognizeWorkbook(wb),
  editions: readonly Edition[] = [],
): NamesResult {
  const out: NamesResult = {
    writes: [],
    findings: [],
    editions: [],
    problems: rec.problems.map((p) => ({ sheet: p.sheet, cell: cellAddress(p.row, p.col), message: p.message })),
  };
  const unknown: Unknown = new Map();
  for (const t of rec.tables) {
    const year = t.year ?? defaultYear;
    if (t.id === 'T1' || t.id === 'T4') {
      checkCategoryLabels(t, year, editions, out, nameFinding);
      continue;
    }
    const kind = t.id === 'T6' ? 'economic' : FUNCTION_TABLES.includes(t.id) ? 'function' : null;
    if (kind) checkCodedTable(wb, t, kind, books[kind], year, out, unknown);
  }
  out.findings.push(...unknownCodeFindings(wb, unknown));
  assignUniqueIds(out.findings);
  return out;
}

/** One table listed by 科目编码: fill blank names, compare printed ones, and check 类/款 parents and order. */
function checkCodedTable(
  wb: WorkbookSnapshot,
  t: RecognizedTable,
  kind: 'function' | 'economic',
  book: CodeBook,
  year: number,
  out: NamesResult,
  unknown: Unknown,
): void {
  const edition = book.editionFor(year);
  out.editions.push({ sheet: t.sheet, table: t.id, year: t.year, edition, kind });
  const codeCol = t.columns.code!;
  const coded = t.rows.filter((r) => r.code);
  const codes = new Set(coded.map((r) => r.code!));
  let prev = '';
  for (const r of coded) {
    const code = r.code!;
    checkName(wb, t, r.row, code, kind, book, year, edition, out, unknown);
    const parents = kind === 'function' ? [3, 5].filter((n) => n < code.length) : [3].filter((n) => n < code.length);
    for (const n of parents) {
      if (!codes.has(code.slice(0, n)))
        out.findings.push(
          nameFinding('K-03', 'error', t, r.row, codeCol, `${code} 没有所属的${n === 3 ? '类' : '款'}（${code.slice(0, n)}）行`),
        );
    }
    if (prev && code < prev)
      out.findings.push(nameFinding('K-05', 'advisory', t, r.row, codeCol, `${code} 排在 ${prev} 之后，未按编码顺序排列`));
    prev = code;
  }
  const hasLower = coded.some((r) => r.code!.length > 3);
  if (hasLower)
    for (const r of coded.filter((x) => x.code!.length === 3 && ![...codes].some((c) => c.length > 3 && c.startsWith(x.code!))))
      out.findings.push(nameFinding('K-04', 'advisory', t, r.row, codeCol, `类 ${r.code} 下没有列出款、项`));
}

/** The name of one coded row: unknown code (K-02), blank (filled), or different from the standard (K-01). */
/** Codes not in the built-in list, by kind + edition + code: one finding per code, wherever it appears. */
type Unknown = Map<string, { t: RecognizedTable; row: number }[]>;

function unknownCodeFindings(wb: WorkbookSnapshot, unknown: Unknown): Finding[] {
  return [...unknown].map(([key, at]) => {
    const [kind, edition, code] = key.split('\u0000') as [string, string, string];
    const list = kind === 'function' ? '支出功能分类' : '部门支出经济分类';
    const [first, ...rest] = at;
    const where = at.length > 1 ? `（共 ${at.length} 处）` : '';
    // A name another table of this workbook gives the code: offered, never written without the user's click.
    const named = at.map((x) => valueAt(wb, x.t.sheet, x.row, x.t.columns.name!)).find((v) => v !== null && String(v).trim() !== '');
    const suggestion = named === undefined ? '' : String(named).trim();
    return nameFinding(
      'K-02',
      'advisory',
      first!.t,
      first!.row,
      first!.t.columns.code!,
      `编码 ${code} 不在内置的${edition}年${list}科目表中${where}${suggestion ? `，本工作簿中写作“${suggestion}”` : ''}。内置表只收录公开文件中出现过的科目，不完整：请核对编码，或为此编码填写名称、导入本单位的科目表。`,
      suggestion,
      code,
      rest.map((x) => ({ sheet: x.t.sheet, cell: cellAddress(x.row, x.t.columns.code!) })),
    );
  });
}

function checkName(
  wb: WorkbookSnapshot,
  t: RecognizedTable,
  row: number,
  code: string,
  kind: 'function' | 'economic',
  book: CodeBook,
  year: number,
  edition: number,
  out: NamesResult,
  unknown: Unknown,
): void {
  const nameCol = t.columns.name!;
  const std = book.get(code, year);
  const current = valueAt(wb, t.sheet, row, nameCol);
  const currentText = current === null ? '' : String(current).trim();
  if (!std) {
    pushTo(unknown, `${kind}\u0000${edition}\u0000${code}`, { t, row });
  } else if (!currentText) {
    out.writes.push({ sheet: t.sheet, cell: cellAddress(row, nameCol), value: std.name, previous: current, code });
  } else if (!sameName(currentText, std.name)) {
    const from =
      std.source === 'user'
        ? '（本单位导入的科目表）'
        : std.later
          ? `（取自${std.year}年，${edition}年及以前的公开文件未见此科目）`
          : std.year !== year
            ? `（${std.year}年版）`
            : '';
    const message = `${code} 的名称“${currentText}”与标准名称“${std.name}”不一致${from}`;
    out.findings.push(nameFinding('K-01', std.later ? 'advisory' : 'error', t, row, nameCol, message, std.name, currentText));
  }
}

/**
 * The edition whose 类 list a 收支总表 is held to: the built-in one of its year, or an edition the user imported (a
 * 样表, an edition file) when the table's labels follow that one more closely — as 检查 recognizes them.
 */
function categoryEdition(t: RecognizedTable, year: number, imported: readonly Edition[]): Edition {
  const builtin = editionForYear(year).edition;
  const rows = categoryRows(t).map((r) => labelKey(r.label));
  const fit = (e: Edition) => e.categories.filter((label, i) => rows[i] === labelKey(label)).length;
  return imported.reduce((best, e) => (fit(e) > fit(best) ? e : best), builtin);
}

const categoryRows = (t: RecognizedTable) =>
  t.rows.filter((r) => r.role.startsWith('ex') && !/^ex:(expenseSubtotal|yearEndBalance|expenseTotal)$/.test(r.role));

function checkCategoryLabels(
  t: RecognizedTable,
  year: number,
  imported: readonly Edition[],
  out: NamesResult,
  finding: (
    rule: 'K-06',
    severity: FindingSeverity,
    t: RecognizedTable,
    row: number,
    col: number,
    message: string,
    expected?: string,
    actual?: string,
  ) => Finding,
): void {
  const edition = categoryEdition(t, year, imported);
  const col = t.columns.expenseItem!;
  const rows = categoryRows(t);
  edition.categories.forEach((label, i) => {
    const r = rows[i];
    if (!r) {
      out.findings.push(
        finding(
          'K-06',
          'error',
          t,
          rows.at(-1)?.row ?? t.lanciRow,
          col,
          `缺少类“${label}”（${edition.label}共${edition.categories.length}类）`,
          label,
          '',
        ),
      );
      return;
    }
    if (labelKey(r.label) !== labelKey(label))
      out.findings.push(
        finding('K-06', 'error', t, r.row, col, `第${i + 1}类应为“${label}”，此处为“${r.label}”（${edition.label}）`, label, r.label),
      );
  });
  for (const r of rows.slice(edition.categories.length))
    out.findings.push(
      finding('K-06', 'error', t, r.row, col, `多出的类“${r.label}”（${edition.label}共${edition.categories.length}类）`, '', r.label),
    );
}

/** The plan that writes the standard names. */
export function namesPlan(writes: NameWrite[], description = '填充科目名称'): EditPlan {
  return {
    description: `${description}（${writes.length}个）`,
    styles: {},
    addSheets: [],
    writes: writes.map(({ sheet, cell, value }) => ({ sheet, cell, value })),
  };
}

/** The plan that puts back what a names plan overwrote (blank cells become blank again). */
export function undoNamesPlan(writes: NameWrite[]): EditPlan {
  return {
    description: `撤销填充科目名称（${writes.length}个）`,
    styles: {},
    addSheets: [],
    writes: writes.map(({ sheet, cell, previous }) => ({ sheet, cell, value: previous === null ? '' : previous })),
  };
}

/** 采用标准名称: the writes that accept the standard name of K-01 findings. */
export function acceptWrites(findings: Finding[], wb: WorkbookSnapshot): NameWrite[] {
  return findings
    .filter((f) => f.rule === 'K-01' && f.expected)
    .map((f) => {
      const s = wb.sheets.find((x) => x.name === f.sheet);
      const { row, col } = parseCell(f.cell);
      const previous = s?.values[row - s.origin.row]?.[col - s.origin.col] ?? null;
      return { sheet: f.sheet, cell: f.cell, value: f.expected, previous, code: '' };
    });
}

/**
 * 为此编码填写名称: the name the user gives a code not in the built-in list, written into every blank name cell of a
 * row with that code (printed names are left as they are, and counted). The pair then joins the user's code list.
 */
export function codeNameWrites(
  wb: WorkbookSnapshot,
  code: string,
  name: string,
  rec: Recognition = recognizeWorkbook(wb),
): { writes: NameWrite[]; kept: number } {
  const writes: NameWrite[] = [];
  let kept = 0;
  for (const t of rec.tables) {
    const nameCol = t.columns.name;
    if (nameCol === undefined || t.columns.code === undefined) continue;
    for (const r of t.rows.filter((x) => x.code === code)) {
      const current = valueAt(wb, t.sheet, r.row, nameCol);
      if (current !== null && String(current).trim() !== '') kept++;
      else writes.push({ sheet: t.sheet, cell: cellAddress(r.row, nameCol), value: name, previous: current, code });
    }
  }
  return { writes, kept };
}
