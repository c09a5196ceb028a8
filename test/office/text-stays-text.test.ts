/**
 * Text stays text: every Office write path, given user text that starts with = + - or @ (or reads as a number with
 * a leading zero), leaves the literal text in the cell — through the strict fake, which, like Excel, turns such
 * strings into formulas or numbers unless the cell is formatted "@". First a control: the fake does convert them.
 */
import { buildBooks } from '../../src/core/codes/books';
import * as DATA from '../../src/core/codes/data.generated';
import { generateNarrative } from '../../src/core/narrative/generate';
import { DEFAULT_INPUTS } from '../../src/core/narrative/inputs';
import { gatherFacts } from '../../src/core/narrative/facts';
import { checkWorkbook } from '../../src/core/review/check';
import { createFakeExcel } from '../../src/office/fake/fake-excel';
import { exportResults } from '../../src/actions/export-results';
import { fillNames } from '../../src/actions/names';
import { writeNarrativeSheet } from '../../src/actions/narrative';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { fakeFrom, fakeHost } from './fake-from';
import { withValue } from '../diagnose/helpers';

const HOSTILE = ['=1+1', '+86 335 1234567', '-开头的一行', '@某人', '=HYPERLINK("http://x","点我")', '007'];

const allStrings = (excel: ReturnType<typeof createFakeExcel>, sheet: string) =>
  [...excel.model.sheet(sheet)!.cells.values()].map((c) => ({ value: c.value, formula: c.formula }));

it('control: the fake, like Excel, turns such strings into formulas or numbers in a General cell', async () => {
  const excel = createFakeExcel();
  excel.model.addSheet('S');
  await excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('S').getRange('A1:F1').values = [HOSTILE];
    await ctx.sync();
  });
  const cells = allStrings(excel, 'S');
  expect(cells.filter((c) => c.formula).length).toBe(5);
  expect(cells).toContainEqual({ value: 7, formula: undefined });
});

it('说明 worksheet: 职责 lines and the department name stay literal text', async () => {
  const snap = await seedSnapshot('000');
  const facts = gatherFacts(snap)[0]!;
  const doc = generateNarrative({ ...facts, unitName: '=1+1' }, { ...DEFAULT_INPUTS, duties: HOSTILE.join('\n') });
  const excel = fakeFrom(snap);
  const name = await writeNarrativeSheet(fakeHost(excel), doc);
  const cells = allStrings(excel, name);
  expect(cells.filter((c) => c.formula)).toEqual([]);
  for (const h of HOSTILE) expect(cells.map((c) => c.value)).toContain(h);
});

it('导出检查结果: a sheet named "=1+1" and its messages stay text', async () => {
  const snap = await seedSnapshot('001');
  const renamed = { sheets: snap.sheets.map((s, i) => (i === 0 ? { ...s, name: '=1+1' } : s)) };
  const r = checkWorkbook(renamed);
  const excel = fakeFrom(renamed);
  const name = await exportResults(fakeHost(excel), r);
  const cells = allStrings(excel, name);
  expect(cells.filter((c) => c.formula)).toEqual([]);
  expect(cells.map((c) => c.value)).toContain('=1+1');
});

it('填充科目名称 from an imported list: a name starting with = stays text', async () => {
  const clean = await seedSnapshot('000');
  // Blank one 科目名称 and give its code a hostile name in the user's list.
  const t3 = clean.sheets.find((s) => s.name.includes('支出总表'))!;
  const r = t3.values.findIndex((row) => row.includes('2013201') || row.includes(2013201));
  const c = t3.values[r]!.findIndex((v) => v === '行政运行');
  const snap = withValue(clean, t3.name, `${String.fromCharCode(65 + c)}${r + 1}`, null);
  const books = buildBooks(DATA, [
    { kind: 'function', year: 2023, label: '本单位', entries: [{ code: '2013201', name: '=HYPERLINK("x")' }] },
  ]);
  const excel = fakeFrom(snap);
  await fillNames(fakeHost(excel), books, 2023);
  const cell = excel.model.sheet(t3.name)!.peek(r, c)!;
  expect({ value: cell.value, formula: cell.formula }).toEqual({ value: '=HYPERLINK("x")', formula: undefined });
});
