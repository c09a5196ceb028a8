/**
 * Tables are found wherever they stand on a sheet: two placed side by side on one sheet (收入总表 with 支出总表 to its
 * right, with or without an empty column between), or one below the other, are each read as they are on their own
 * sheets — the same tables, the same findings. A table continued on another sheet (「续」, with its header repeated
 * or not) is one table: the same findings as when it stood on one sheet.
 */
import { checkWorkbook } from '../../src/core/review/check';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/model/snapshot';
import { seedSnapshot } from '../fixtures/seed-workbooks';

const width = (s: SheetSnapshot) => s.values.reduce((m, r) => Math.max(m, r.length), 0);
const pad = <T>(row: T[] | undefined, n: number, fill: T) => [...(row ?? []), ...Array<T>(Math.max(0, n - (row?.length ?? 0))).fill(fill)];

/** `right` placed to the right of `left` (after `gap` empty columns), on one sheet. */
function beside(left: SheetSnapshot, right: SheetSnapshot, gap: number): SheetSnapshot {
  const w = width(left) + gap;
  const rows = Math.max(left.values.length, right.values.length);
  const join = <T>(a: T[][] | undefined, b: T[][] | undefined, fill: T) =>
    Array.from({ length: rows }, (_, r) => [...pad(a?.[r], w, fill), ...pad(b?.[r], width(right), fill)]);
  return {
    name: `${left.name}+${right.name}`,
    origin: { row: 0, col: 0 },
    values: join<CellValue>(left.values, right.values, null),
    numberFormats: join(left.numberFormats, right.numberFormats, 'General'),
  };
}

/** `lower` placed below `upper` (after `gap` empty rows). */
function below(upper: SheetSnapshot, lower: SheetSnapshot, gap: number): SheetSnapshot {
  const w = Math.max(width(upper), width(lower));
  const fill = <T>(rows: T[][] | undefined, n: number, f: T) => Array.from({ length: n }, (_, r) => pad(rows?.[r], w, f));
  return {
    name: `${upper.name}/${lower.name}`,
    origin: { row: 0, col: 0 },
    values: [
      ...fill(upper.values, upper.values.length, null),
      ...fill(undefined, gap, null),
      ...fill(lower.values, lower.values.length, null),
    ],
    numberFormats: [
      ...fill(upper.numberFormats, upper.values.length, 'General'),
      ...fill(undefined, gap, 'General'),
      ...fill(lower.numberFormats, lower.values.length, 'General'),
    ],
  };
}

const summary = (wb: WorkbookSnapshot) => {
  const r = checkWorkbook(wb);
  return {
    tables: r.tables.map((t) => t.id).sort(),
    findings: r.findings.map((f) => `${f.rule} ${f.severity} ${f.expected} ${f.actual}`).sort(),
  };
};

describe.each([
  ['side by side, adjacent', (a: SheetSnapshot, b: SheetSnapshot) => beside(a, b, 0)],
  ['side by side, one empty column between', (a: SheetSnapshot, b: SheetSnapshot) => beside(a, b, 1)],
  ['one below the other', (a: SheetSnapshot, b: SheetSnapshot) => below(a, b, 2)],
])('收入总表 and 支出总表 %s', (_name, place) => {
  it.each(['001', '003'])('seed %s: the same tables and findings as on their own sheets', async (seed) => {
    const wb = await seedSnapshot(seed);
    const income = wb.sheets.findIndex((s) => /收入总表$/.test(s.name));
    const expense = wb.sheets.findIndex((s) => /支出总表$/.test(s.name) && !/财政拨款/.test(s.name));
    expect(income).toBeGreaterThanOrEqual(0);
    expect(expense).toBeGreaterThanOrEqual(0);
    const combined: WorkbookSnapshot = {
      sheets: [...wb.sheets.filter((_, i) => i !== income && i !== expense), place(wb.sheets[income]!, wb.sheets[expense]!)],
    };
    expect(summary(combined)).toEqual(summary(wb));
  });
});

/**
 * The sheet split after `keep` body rows: the rest on a sheet titled 「…（续）」 or without any title, with or without
 * the header repeated.
 */
function split(s: SheetSnapshot, keep: number, header: boolean, titled = true): [SheetSnapshot, SheetSnapshot] {
  const lanci = s.values.findIndex((r) => r.some((v) => typeof v === 'string' && v.replace(/\s/g, '') === '栏次'));
  const cut = lanci + 1 + keep;
  const isTitle = (v: CellValue) => typeof v === 'string' && /表$/.test(v.trim());
  const title = s.values.find((r) => r.some(isTitle))!.find(isTitle) as string;
  const head = header ? s.values.slice(1, lanci + 1) : [];
  const headFormats = header ? (s.numberFormats ?? []).slice(1, lanci + 1) : [];
  const titleRow: CellValue[] = [`${title}（续）`];
  return [
    { ...s, values: s.values.slice(0, cut), numberFormats: s.numberFormats?.slice(0, cut) },
    {
      name: `${s.name}(续)`,
      origin: { row: 0, col: 0 },
      values: [...(titled ? [titleRow] : []), ...head, ...s.values.slice(cut)],
      numberFormats: [...(titled ? [['General']] : []), ...headFormats, ...(s.numberFormats ?? []).slice(cut)],
    },
  ];
}

describe.each([
  ['titled 「续」, with its header repeated', true, true],
  ['titled 「续」, without its header', false, true],
  ['without a title, with its header repeated', true, false],
  ['without a title or a header', false, false],
])('a table continued on a second sheet %s', (_name, header, titled) => {
  it.each([
    ['001', '部门预算支出总表'],
    ['003', '部门预算支出总表'],
    ['001', '部门预算收入总表'],
    ['003', '部门预算一般公共预算财政拨款支出表'],
    ['001', '部门预算收支总表'],
    ['003', '部门预算财政拨款“三公”经费支出表'],
  ])('seed %s %s: the same tables and findings as on one sheet', async (seed, table) => {
    const wb = await seedSnapshot(seed);
    const at = wb.sheets.findIndex((s) => s.name === table);
    expect(at).toBeGreaterThanOrEqual(0);
    const [first, rest] = split(wb.sheets[at]!, 4, header, titled);
    const continued: WorkbookSnapshot = { sheets: [...wb.sheets.slice(0, at), first, rest, ...wb.sheets.slice(at + 1)] };
    const r = checkWorkbook(continued);
    expect(r.problems).toEqual(checkWorkbook(wb).problems);
    expect(summary(continued)).toEqual(summary(wb));
    // The rows on the second sheet are read there (their cells are where they stand).
    expect(r.findings.every((f) => wb.sheets.some((s) => s.name === f.sheet) || f.sheet === rest.name)).toBe(true);
  });
});

it('a sheet of other content after a table is not taken as its continuation', async () => {
  const wb = await seedSnapshot('001');
  const at = wb.sheets.findIndex((s) => /支出总表$/.test(s.name) && !/财政拨款/.test(s.name));
  const notes: SheetSnapshot = {
    name: '备注',
    origin: { row: 0, col: 0 },
    values: [['编制说明'], ['本表由财务科填写', null, 12.5], ['联系人', '张三', 3], ['电话', '1234567', null]],
  };
  const withNotes: WorkbookSnapshot = { sheets: [...wb.sheets.slice(0, at + 1), notes, ...wb.sheets.slice(at + 1)] };
  expect(summary(withNotes)).toEqual(summary(wb));
  expect(checkWorkbook(withNotes).problems).toEqual(checkWorkbook(wb).problems);
});
