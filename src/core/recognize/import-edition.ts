/**
 * 从样表导入版式: the 财政局's blank 样表 (a workbook) becomes a named edition. Each standard table in it is
 * recognized (title, 栏次), and its header rows with their merges, columns by 栏次 and fixed row labels are read
 * as printed; the rest of the layout (kinds, widths, notes) comes from the built-in table of the same variant.
 * What cannot be mapped — a table it does not know, a column it cannot name — is listed, never guessed: an
 * unnamed column is kept as a plain amount column outside the rules. The result is an edition file (JSON).
 */
import { parseRange } from '../a1';
import type { WorkbookSnapshot } from '../model/snapshot';
import { Grid } from './grid';
import { recognizeWorkbook } from './recognize';
import type { RecognizedTable } from './types';
import { bareLabel, labelKey } from '../text';
import type { EditionDelta } from '../catalog/editions';
import type { BodySpec, ColumnDef, Edition, HeaderCell, TableTemplate } from '../catalog/types';
import { buildVocabulary } from '../catalog/vocabulary';

export interface ImportResult {
  edition: EditionDelta;
  /** What could not be mapped, in Chinese, for the pane and the CLI. */
  unmapped: string[];
  tables: string[];
}

function headerRows(
  g: Grid,
  merges: ReturnType<typeof parseRange>[],
  t: RecognizedTable,
  firstCol: number,
  lastCol: number,
): HeaderCell[][] {
  // Header rows: between the unit/year/money line and 栏次 (rows whose text is a header, not the unit line).
  const rows: number[] = [];
  for (let r = t.titleRow + 1; r < t.lanciRow; r++) {
    const keys = g.rowKeys(r);
    if (keys.length && !keys.some(([, k]) => k.includes('预算年度') || /^单位[:：]/.test(k))) rows.push(r);
  }
  return rows.map((r) => {
    const cells: HeaderCell[] = [];
    for (let c = firstCol; c <= lastCol; c++) {
      const m = merges.find((x) => x.r0 <= r && r <= x.r1 && x.c0 <= c && c <= x.c1);
      if (m && (m.r0 !== r || m.c0 !== c)) continue; // covered by a merge from above or the left
      const text = g.text(r, c);
      const cell: HeaderCell = { text };
      if (m) {
        if (m.c1 > m.c0) cell.colSpan = Math.min(m.c1, lastCol) - m.c0 + 1;
        if (m.r1 > m.r0) cell.rowSpan = m.r1 - m.r0 + 1;
      }
      cells.push(cell);
    }
    return cells;
  });
}

/** Label cells of the body rows as printed (for fixed and two-sided tables). */
function bodyLabels(g: Grid, t: RecognizedTable, cols: number[]): string[][] {
  const out: string[][] = [];
  for (let r = t.lanciRow + 1; r <= t.endRow; r++) {
    const keys = g.rowKeys(r);
    if (keys.length === 0) continue;
    if (/^注[:：]?/.test(keys[0]![1])) break;
    out.push(cols.map((c) => g.text(r, c)));
  }
  return out;
}

/** Columns by 栏次: known ones from the built-in layout, others kept as plain amount columns and listed. */
function importColumns(g: Grid, t: RecognizedTable, base: TableTemplate, lanciCells: [number, string][], unmapped: string[]): ColumnDef[] {
  const columns: ColumnDef[] = [];
  for (const [c, k] of lanciCells) {
    if (k === '栏次') {
      columns.push(base.columns.find((x) => x.kind === 'seq') ?? { key: 'seq', kind: 'seq', width: 6 });
      continue;
    }
    const known = base.columns.find((x) => x.lanci === k);
    if (known) {
      columns.push(known);
      continue;
    }
    const label =
      [...Array(t.lanciRow - t.titleRow - 1).keys()]
        .map((i) => g.text(t.titleRow + 1 + i, c))
        .filter(Boolean)
        .pop() ?? '';
    columns.push({ key: `col${k}`, kind: 'amount', width: 13, lanci: k });
    unmapped.push(`${t.title}：第${k}栏“${label.replace(/\s+/g, '')}”无法对应到已知栏目，已作为金额栏导入，不参与勾稽检查`);
  }
  return columns;
}

/** Fixed rows' labels (三公) as printed: a renamed row becomes an alias of the built-in label. */
function importFixed(g: Grid, t: RecognizedTable, base: TableTemplate & { body: { kind: 'fixed' } }, columns: ColumnDef[]) {
  const aliases: Record<string, string> = {};
  const labelCols = columns.map((col, i) => (col.kind === 'seq' || col.kind === 'label' ? i : -1)).filter((i) => i >= 0);
  const printed = bodyLabels(
    g,
    t,
    labelCols.map((i) => t.columns.seq! + i),
  );
  const rows = printed.map((r) => {
    const row: string[] = [];
    labelCols.forEach((ci, j) => (row[ci] = r[j] ?? ''));
    return row;
  });
  base.body.rows.forEach((br, i) => {
    const was = bareLabel(br[1] ?? br[0] ?? '');
    const now = bareLabel(rows[i]?.[1] ?? rows[i]?.[0] ?? '');
    if (was && now && was !== now) aliases[now] = was;
  });
  return { body: { kind: 'fixed', rows } as BodySpec, aliases };
}

/** Income/expense items side by side (收支总表): renamed items and 类 become aliases; 类 of T1 are the edition's. */
function importSides(g: Grid, t: RecognizedTable, b: Extract<BodySpec, { kind: 'sides' }>, closest: Edition, learnCategories: boolean) {
  const aliases: Record<string, string> = {};
  let categories: string[] | undefined;
  const printed = bodyLabels(g, t, [t.columns.incomeItem!, t.columns.expenseItem!]);
  const tail = printed.slice(printed.length - b.tail.length);
  const main = printed.slice(0, printed.length - b.tail.length);
  const left = main.map((r) => r[0]!.trim());
  while (left.length && !left.at(-1)) left.pop();
  const right = main.map((r) => r[1]!.trim()).filter(Boolean);
  const baseRight = b.right === '@categories' ? closest.categories : b.right;
  if (t.id === 'T1' || learnCategories) {
    baseRight.forEach((was, i) => {
      if (right[i] && bareLabel(right[i]!) !== bareLabel(was)) aliases[bareLabel(right[i]!)] = bareLabel(was);
    });
    if (b.right === '@categories') categories = right;
  }
  b.left.forEach((was, i) => {
    if (left[i] && bareLabel(left[i]!) !== bareLabel(was) && was) aliases[bareLabel(left[i]!)] = bareLabel(was);
  });
  const body: BodySpec = {
    ...b,
    left,
    right: b.right === '@categories' ? '@categories' : right,
    tail: tail.map((r) => [r[0]!.trim(), r[1]!.trim()] as [string, string]),
  };
  return { body, aliases, categories };
}

function importBody(
  g: Grid,
  t: RecognizedTable,
  base: TableTemplate,
  columns: ColumnDef[],
  closest: Edition,
  learnCategories: boolean,
): { body: BodySpec; aliases: Record<string, string>; categories?: string[] } {
  if (base.body.kind === 'fixed') return importFixed(g, t, base as TableTemplate & { body: { kind: 'fixed' } }, columns);
  if (base.body.kind === 'sides') return importSides(g, t, base.body, closest, learnCategories);
  return { body: base.body, aliases: {} };
}

export function importEdition(
  wb: WorkbookSnapshot,
  o: { id: string; name: string; year: number; source: string; editions: Edition[] },
): ImportResult {
  const vocabulary = buildVocabulary(o.editions);
  const rec = recognizeWorkbook(wb, vocabulary);
  // Rows with new labels are learnt by position below (aliases); other recognition problems are listed.
  const unmapped: string[] = rec.problems.filter((p) => !p.message.includes('无法识别的行')).map((p) => `${p.sheet}：${p.message}`);
  const tables: TableTemplate[] = [];
  const aliases: Record<string, string> = {};
  let categories: string[] | undefined;
  const seen = new Set<string>();
  const closest = [...o.editions].sort((a, b) => b.year - a.year).find((e) => e.year <= o.year) ?? o.editions[0]!;
  for (const t of rec.tables) {
    // Layout details and labels are compared with the same table of the closest earlier edition.
    const base = closest.tables.find((x) => x.id === t.id && x.variant === t.template.variant) ?? t.template;
    const key = `${t.id}/${base.variant ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const sheet = wb.sheets.find((s) => s.name === t.sheet)!;
    const g = new Grid(sheet);
    const merges = (sheet.merges ?? []).map(parseRange);
    // Columns by 栏次: known ones from the built-in layout, others kept as plain amount columns and listed.
    const lanciCells = g.rowKeys(t.lanciRow).filter(([c]) => c >= t.columns.seq!);
    const header = headerRows(g, merges, t, t.columns.seq!, lanciCells.at(-1)![0]);
    const columns = importColumns(g, t, base, lanciCells, unmapped);
    const learnt = importBody(g, t, base, columns, closest, categories === undefined);
    Object.assign(aliases, learnt.aliases);
    if (learnt.categories) categories = learnt.categories;
    const body = learnt.body;
    tables.push({ ...base, columns, header: header.length ? header : base.header, body, source: `${o.source}（${t.sheet}）` });
  }
  // Tables the 样表 does not print keep the built-in layout of the closest earlier edition.
  for (const bt of closest.tables) if (!tables.some((t) => t.id === bt.id)) tables.push(bt);
  for (const [k] of Object.entries(aliases)) if (!labelKey(k)) delete aliases[k];
  return {
    edition: {
      id: o.id,
      year: o.year,
      label: o.name,
      provenance: `导入自样表：${o.source}`,
      provisional: false,
      tables,
      categories: categories ?? closest.categories,
      aliases,
      defaultVariants: Object.fromEntries(tables.filter((t) => t.variant).map((t) => [t.id, t.variant!])),
      ops: [],
    },
    unmapped,
    tables: rec.tables.map((t) => t.title),
  };
}
