/**
 * 检查/清除标记 through the Office.js adapter on the strict fake, on seed fixtures loaded into the fake:
 * sync counts (check 3 reads + 1 write, clear 2 + 1, constant in size while under the payload limit), marks by severity, originals restored
 * exactly (No Fill stays No Fill, an existing yellow stays yellow), values never written, re-check replaces marks.
 */
import type { WorkbookHost } from '../../src/host/workbook-host';
import { checkAndMark, clearMarks } from '../../src/actions/check';
import type { FakeExcel } from '../../src/office/fake/fake-excel';
import { fakeFrom, fakeHost } from './fake-from';
import { MARK_COLORS } from '../../src/core/marks/marks';
import { MARKS_SHEET } from '../../src/core/internal-sheets';
import { parseCell } from '../../src/core/a1';
import { seedSnapshot } from '../fixtures/seed-workbooks';

const host = (excel: FakeExcel, api19 = true): WorkbookHost => fakeHost(excel, api19 ? '1.99' : '1.8');
const state = (excel: FakeExcel) =>
  JSON.stringify(
    excel.model.sheets
      .filter((s) => s.name !== MARKS_SHEET)
      .map((s) => [s.name, [...s.cells].map(([a, c]) => [a, c.value, c.numberFormat, c.format.fill ?? null])]),
  );
const values = (excel: FakeExcel) =>
  JSON.stringify(excel.model.sheets.filter((s) => s.name !== MARKS_SHEET).map((s) => [s.name, [...s.cells].map(([a, c]) => [a, c.value])]));

it('marks seed 001: amber 尾差 and blue 提示, in 2 read syncs + 1 write sync; clear restores exactly', async () => {
  const excel = fakeFrom(await seedSnapshot('001'));
  const t6 = excel.model.sheet('部门预算一般公共预算财政拨款基本支出表')!;
  t6.cell(parseCell('D6').row, parseCell('D6').col).format.fill = '#FFFF00'; // the user's own yellow on a cell that will be marked
  const before = state(excel);
  const result = await checkAndMark(host(excel));
  expect(result.findings).toHaveLength(17);
  expect(excel.contexts.at(-1)!.syncCount).toBe(4); // 3 reads (sheets, extents, cells) + 1 write
  const fillAt = (a: string) => t6.peek(parseCell(a).row, parseCell(a).col)?.format.fill ?? null;
  expect(fillAt('D6')).toBe(MARK_COLORS.rounding);
  expect(fillAt('D13')).toBe(MARK_COLORS.advisory);
  expect(fillAt('D8')).toBeNull();
  const marks = excel.model.sheet(MARKS_SHEET)!;
  expect(marks.visibility).toBe('VeryHidden');
  const restored = await clearMarks(host(excel));
  expect(restored).toBe(new Set(result.findings.map((f) => `${f.sheet}!${f.cell}`)).size);
  expect(excel.contexts.at(-1)!.syncCount).toBe(3);
  expect(excel.model.sheet(MARKS_SHEET)).toBeUndefined();
  expect(state(excel)).toBe(before);
  expect(fillAt('D6')).toBe('#FFFF00');
});

it('a new check replaces the old marks and keeps the true originals', async () => {
  const excel = fakeFrom(await seedSnapshot('003'));
  const before = state(excel);
  await checkAndMark(host(excel));
  await checkAndMark(host(excel));
  expect(excel.model.sheets.filter((s) => s.name === MARKS_SHEET)).toHaveLength(1);
  await clearMarks(host(excel));
  expect(state(excel)).toBe(before);
});

it('never writes a value, and a clean workbook gets no marks sheet', async () => {
  const excel = fakeFrom(await seedSnapshot('000'));
  const v = values(excel);
  const r = await checkAndMark(host(excel));
  expect(r.findings).toEqual([]);
  expect(values(excel)).toBe(v);
  expect(excel.model.sheet(MARKS_SHEET)).toBeUndefined();
  expect(excel.contexts[0]!.trace.filter((t) => t === 'range.values')).toEqual([]);
  expect(await clearMarks(host(excel))).toBe(0);
  expect(excel.contexts[1]!.syncCount).toBe(1);
});

it('sync counts do not grow with the number of sheets or findings', async () => {
  const small = fakeFrom(await seedSnapshot('003'));
  const big = fakeFrom(await seedSnapshot('001', { layout: 'shuffled' }));
  for (const s of (await seedSnapshot('000')).sheets) big.model.addSheet(`copy ${s.name}`.slice(0, 31));
  await checkAndMark(host(small));
  await checkAndMark(host(big));
  expect(small.contexts[0]!.syncCount).toBe(big.contexts[0]!.syncCount);
});
