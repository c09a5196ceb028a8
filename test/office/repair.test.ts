/**
 * 采用改正 through the Office.js adapter on the strict fake: check seed 000 with one mistyped 基本支出, apply the
 * diagnosis (1 read + 1 write sync), the check is then clean; 撤销 restores the typed value exactly; a cell edited
 * after the check is never overwritten; only the diagnosed cell is red.
 */
import { parseCell } from '../../src/core/a1';
import { MARK_COLORS } from '../../src/core/marks/marks';
import { checkAndMark } from '../../src/actions/check';
import { applyWrites } from '../../src/actions/names';
import { applyRepair } from '../../src/actions/repair';
import { loadNodeSolver } from '../../src/solver/node';
import { locate } from '../check/mutate';
import { withValue } from '../diagnose/helpers';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { fakeFrom, fakeHost } from './fake-from';
import { cellAddress } from '../../src/core/a1';

async function broken() {
  const clean = await seedSnapshot('000');
  const leaf = locate(clean, { table: 'T3', row: 'code:2013201', column: 'basic' });
  const total = locate(clean, { table: 'T3', row: 'code:2013201', column: 'total' });
  const at = cellAddress(leaf.row, leaf.col);
  const excel = fakeFrom(withValue(clean, leaf.sheet, at, 329.13)); // 238.13 → 329.13 (digits moved)
  return { excel, sheet: leaf.sheet, at, totalAt: cellAddress(total.row, total.col) };
}

it('applies the diagnosed repair in one read and one write, and 撤销 puts the typed value back', async () => {
  const { excel, sheet, at, totalAt } = await broken();
  const host = fakeHost(excel);
  const r = await checkAndMark(host, [], loadNodeSolver);
  const d = r.diagnoses[0]!;
  expect(d.explanations).toEqual([[expect.objectContaining({ sheet, cell: at, current: '329.13', repaired: '238.13' })]]);
  const ws = excel.model.sheet(sheet)!;
  const cell = (a: string) => ws.peek(parseCell(a).row, parseCell(a).col);
  expect(cell(at)!.format.fill).toBe(MARK_COLORS.error);
  expect(cell(totalAt)!.format.fill ?? null).toBeNull(); // the correct row total is not blamed
  const plan = await applyRepair(host, d.explanations[0]!);
  expect(plan.kind).toBe('ok');
  expect(excel.contexts.at(-1)!.syncCount).toBe(2);
  expect(cell(at)!.value).toBe(238.13);
  const again = await checkAndMark(host, [], loadNodeSolver);
  expect(again.findings.filter((f) => f.severity === 'error')).toEqual([]);
  if (plan.kind === 'ok') await applyWrites(host, plan.undo);
  expect(cell(at)!.value).toBe(329.13);
});

it('refuses to write when the cell was edited after the check', async () => {
  const { excel, sheet, at } = await broken();
  const host = fakeHost(excel);
  const r = await checkAndMark(host, [], loadNodeSolver);
  excel.model.sheet(sheet)!.cell(parseCell(at).row, parseCell(at).col).value = 300;
  const plan = await applyRepair(host, r.diagnoses[0]!.explanations[0]!);
  expect(plan).toEqual({ kind: 'changed', cells: [`${sheet}!${at}`] });
  expect(excel.model.sheet(sheet)!.peek(parseCell(at).row, parseCell(at).col)!.value).toBe(300);
});
