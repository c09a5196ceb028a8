/** One root cause does not bury the user: totals that break only because of a leaf are grouped under it. Export sheet. */
import { checkWorkbook } from '../../src/core/check/check';
import { planResultsSheet } from '../../src/core/check/results-sheet';
import { createFakeExcel } from '../../src/office/fake/fake-excel';
import { exportResults } from '../../src/office/export-results';
import { fakeHost } from '../office/fake-from';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { addressOf, locate, setCell } from './mutate';

it('a broken 项 row: 款 and 类 totals that break by the same amount are grouped under it', async () => {
  const clean = await seedSnapshot('000');
  const leaf = locate(clean, { table: 'T3', row: 'code:2013201', column: 'basic' });
  const snap = setCell(clean, leaf.sheet, leaf.row, leaf.col, 239.13); // 238.13 + 1
  const r = checkWorkbook(snap);
  const root = r.findings.find(
    (f) => f.rule === 'T3-01' && `${f.sheet}!${f.cell}` === addressOf(locate(snap, { table: 'T3', row: 'code:2013201', column: 'total' })),
  );
  const kuan = r.findings.find((f) => f.rule === 'T3-02' && f.message.includes('20132 组织事务（栏4'));
  expect(root).toBeDefined();
  expect(kuan).toBeDefined();
  // 20132 basic = Σ 项 breaks only because row 2013201 broke: grouped under the leaf row's finding, and so is 201.
  expect(kuan!.causedBy).toBe(root!.id);
  expect(root!.causedBy).toBeUndefined();
  const errors = r.findings.filter((f) => f.severity === 'error');
  expect(errors.filter((f) => !f.causedBy).length).toBeLessThan(errors.length);
});

it('exports the findings as a 检查结果 sheet with an empty 出错说明 column, never overwriting', async () => {
  const r = checkWorkbook(await seedSnapshot('001'));
  const plan = planResultsSheet(r, ['检查结果'], '2026-11-25 10:00');
  const sheet = plan.addSheets[0]!;
  expect(sheet.name).toBe('检查结果(2)');
  expect(sheet.values[1]).toEqual(['序号', '类别', '规则', '说明', '工作表', '单元格', '应为', '实为', '差额', '出错说明']);
  expect(sheet.values).toHaveLength(2 + r.findings.length);
  expect(sheet.values[2]!.slice(0, 3)).toEqual([1, '尾差', 'T1-02']);
  const excel = createFakeExcel();
  excel.model.addSheet('部门预算收支总表');
  const name = await exportResults(fakeHost(excel), r, new Date(2026, 10, 25, 10, 0));
  expect(name).toBe('检查结果');
  expect(excel.contexts[0]!.syncCount).toBe(2);
  expect(excel.model.sheet('检查结果')!.peek(0, 0)!.value).toBe('预算公开助手检查结果（2026-11-25 10:00）');
  // The exported sheet is not taken for a table by the next check.
  expect(checkWorkbook({ sheets: [{ name: '检查结果', origin: { row: 0, col: 0 }, values: sheet.values }] }).tables).toEqual([]);
});
