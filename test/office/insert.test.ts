/** 插入模板 through the Office.js adapter on the strict fake: exactly 1 read sync + 1 write sync, nothing existing changed. */
import type { WorkbookHost } from '../../src/host/workbook-host';
import { createFakeExcel, displayText, type FakeExcel } from '../../src/office/fake/fake-excel';
import { insertTemplates } from '../../src/actions/insert';
import { fakeHost } from './fake-from';

const OPTS = { edition: '2023', level: '部门' as const, code: '225', name: '中共秦皇岛市海港区委机构编制委员会办公室' };

const hostOf = (excel: FakeExcel, pageSetup = true): WorkbookHost => fakeHost(excel, pageSetup ? '1.99' : '1.8');

it('inserts the nine tables in exactly 1 read sync + 1 write sync', async () => {
  const excel = createFakeExcel();
  await insertTemplates(hostOf(excel), OPTS);
  expect(excel.contexts).toHaveLength(1);
  expect(excel.contexts[0]!.syncCount).toBe(2);
  const m = excel.model;
  expect(m.sheets.map((s) => s.name)).toHaveLength(9);
  const t2 = m.sheet('部门预算收入总表')!;
  expect(t2.peek(0, 0)!.value).toBe('部门预算收入总表');
  expect(t2.peek(5, 2)!.value).toBe('合计');
  expect(t2.peek(5, 3)!.numberFormat).toBe('0.00');
  expect(t2.peek(6, 1)!.numberFormat).toBe('@');
  expect(t2.freezeRows).toBe(5);
  expect(t2.page).toMatchObject({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1 }, printTitleRows: '$3:$5' });
  expect(t2.merges.length).toBeGreaterThan(5);
  expect(t2.peek(2, 4)!.format).toMatchObject({ bold: true, wrap: true, hAlign: 'Center' });
  expect(t2.columnWidths[2]).toBeGreaterThan(100);
  expect(m.activeSheet).toBe(0);
});

it('still inserts, without page setup, where ExcelApi 1.9 is missing', async () => {
  const excel = createFakeExcel();
  await insertTemplates(hostOf(excel, false), { ...OPTS, tables: ['T1'] });
  expect(excel.model.sheets[0]!.page).toEqual({});
  expect(excel.contexts[0]!.trace.some((t) => t.startsWith('pageLayout'))).toBe(false);
});

it('a second insert adds suffixed sheets and leaves the existing ones untouched', async () => {
  const excel = createFakeExcel();
  const own = excel.model.addSheet('部门预算收支总表');
  own.cell(0, 0).value = '我的数据';
  own.cell(3, 2).value = 12.5;
  await insertTemplates(hostOf(excel), OPTS);
  const snapshot = () => JSON.stringify(excel.model.sheets.slice(0, 10).map((s) => [s.name, [...s.cells], s.merges, s.freezeRows]));
  const before = snapshot();
  await insertTemplates(hostOf(excel), { ...OPTS, tables: ['T1'] });
  expect(snapshot()).toBe(before);
  expect(excel.model.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['部门预算收支总表(2)', '部门预算收支总表(3)']));
  expect(displayText(own.peek(3, 2))).toBe('12.5');
  for (const c of excel.contexts) expect(c.syncCount).toBe(2);
});

it('bad input: a Chinese message, no write sync, workbook unchanged', async () => {
  const excel = createFakeExcel();
  await expect(insertTemplates(hostOf(excel), { ...OPTS, code: '22x' })).rejects.toThrow('编码应为数字');
  expect(excel.model.sheets).toHaveLength(0);
  expect(excel.contexts[0]!.syncCount).toBe(1);
});

it('remembers the 收入总表 layout in the workbook (very hidden settings sheet), still in 1 read + 1 write', async () => {
  const excel = createFakeExcel();
  const { insertTemplates: insert, readWorkbookSettings } = await import('../../src/actions/insert');
  expect(await readWorkbookSettings(hostOf(excel))).toEqual({});
  await insert(hostOf(excel), { ...OPTS, edition: '2027', tables: ['T2'], variants: { T2: '5' } }, undefined, { t2Layout: '5' });
  expect(excel.contexts.at(-1)!.syncCount).toBe(2);
  const settings = excel.model.sheet('预算公开助手_设置')!;
  expect(settings.visibility).toBe('VeryHidden');
  expect(await readWorkbookSettings(hostOf(excel))).toEqual({ t2Layout: '5' });
  await insert(hostOf(excel), { ...OPTS, edition: '2027', tables: ['T2'] }, undefined, { t2Layout: 'U' });
  expect(await readWorkbookSettings(hostOf(excel))).toEqual({ t2Layout: 'U' });
  expect(excel.model.sheets.filter((s) => s.name === '预算公开助手_设置')).toHaveLength(1);
});
