/** One root cause does not bury the user: totals that break only because of a leaf are grouped under it. Export sheet. */
import { checkWorkbook } from '../../src/core/review/check';
import { planResultsSheet } from '../../src/core/review/results-sheet';
import { createFakeExcel } from '../../src/office/fake/fake-excel';
import { exportResults } from '../../src/actions/export-results';
import { fakeHost } from '../office/fake-from';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { addressOf, locate, setCell } from './mutate';

it('a mistyped 基本支出 in a 项 row: the diagnosis names that cell, not the row total; the broken sums are listed under it', async () => {
  const clean = await seedSnapshot('000');
  const leaf = locate(clean, { table: 'T3', row: 'code:2013201', column: 'basic' });
  const snap = setCell(clean, leaf.sheet, leaf.row, leaf.col, 239.13); // 238.13 + 1
  const r = checkWorkbook(snap);
  const total = addressOf(locate(snap, { table: 'T3', row: 'code:2013201', column: 'total' }));
  expect(r.diagnoses).toHaveLength(1);
  const d = r.diagnoses[0]!;
  expect(d.tie).toBe(false);
  expect(d.explanations).toEqual([[expect.objectContaining({ current: '239.13', repaired: '238.13' })]]);
  const root = r.findings[0]!;
  expect(`${root.sheet}!${root.cell}`).toBe(addressOf(leaf));
  expect(root).toMatchObject({ expected: '238.13', actual: '239.13', severity: 'error', diagnosis: d.id });
  expect(root.message).toMatch(/^最可能出错：.*239\.13，应为 238\.13 — 改正后 \d+ 条勾稽关系成立$/);
  // The row total is correct: its T3-01 finding is listed under the diagnosis, and so is the 款 sum.
  const rowTotal = r.findings.find((f) => f.rule === 'T3-01' && `${f.sheet}!${f.cell}` === total);
  const kuan = r.findings.find((f) => f.rule === 'T3-02' && f.message.includes('20132 组织事务（栏4'));
  expect(rowTotal?.causedBy).toBe(root.id);
  expect(kuan?.causedBy).toBe(root.id);
  const errors = r.findings.filter((f) => f.severity === 'error');
  expect(errors.filter((f) => !f.causedBy)).toEqual([root]);
});

it('exports the findings as a 检查结果 sheet whose 出错说明 column is a record (says where to write them), never overwriting', async () => {
  const r = checkWorkbook(await seedSnapshot('001'));
  const plan = planResultsSheet(r, ['检查结果'], '2026-11-25 10:00');
  const sheet = plan.addSheets[0]!;
  expect(sheet.name).toBe('检查结果(2)');
  expect(sheet.values[1]).toEqual([
    '序号',
    '类别',
    '规则',
    '说明',
    '工作表',
    '单元格',
    '应为',
    '实为',
    '差额',
    '出错说明（在任务窗格“检查”页填写）',
  ]);
  expect(sheet.values).toHaveLength(2 + r.findings.length);
  // Nothing explained yet: every finding says 未说明 (no blank cell that invites typing that would never be read).
  expect(sheet.values.slice(2).map((row) => row[9])).toEqual(r.findings.map(() => '未说明'));
  expect(sheet.values[2]!.slice(0, 3)).toEqual([1, '尾差', '本年支出合计＝各类支出之和']);
  // rule ids never shown in the sheet: the 规则 column holds the Chinese title
  expect(sheet.values.slice(2).filter((v) => /^[A-Z]\d*-\d/.test(String(v[2])))).toEqual([]);
  const excel = createFakeExcel();
  excel.model.addSheet('部门预算收支总表');
  const name = await exportResults(fakeHost(excel), r, new Date(2026, 10, 25, 10, 0));
  expect(name).toBe('检查结果');
  expect(excel.contexts[0]!.syncCount).toBe(2);
  expect(excel.model.sheet('检查结果')!.peek(0, 0)!.value).toBe(
    '预算公开助手检查结果（2026-11-25 10:00）　错误 0，尾差 15，提示 1　尚不能报送：尾差/提示 16 处未说明。',
  );
  // The exported sheet is not taken for a table by the next check.
  expect(checkWorkbook({ sheets: [{ name: '检查结果', origin: { row: 0, col: 0 }, values: sheet.values }] }).tables).toEqual([]);
});
