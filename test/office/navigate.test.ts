/** Jump to a finding: the judged cell, plus the related cells of the same sheet where ExcelApi 1.18 allows. */
import { createFakeExcel } from '../../src/office/fake/fake-excel';
import { selectCell } from '../../src/actions/navigate';
import { fakeHost } from './fake-from';

const related = [
  { sheet: 'T', cell: 'B2' },
  { sheet: 'T', cell: 'C3' },
  { sheet: 'Other', cell: 'D4' },
];

it.each([
  [true, 'A1,B2,C3'],
  [false, 'A1'],
])('with RangeAreas.select (ExcelApi 1.18: %s) selects %s in one round trip', async (api118, expected) => {
  const excel = createFakeExcel();
  excel.model.addSheet('Other');
  excel.model.addSheet('T');
  await selectCell(fakeHost(excel, api118 ? '1.18' : '1.17'), 'T', 'A1', related);
  expect(excel.model.selection).toEqual({ sheet: 'T', cell: expected });
  expect(excel.model.activeSheet).toBe(1);
  expect(excel.contexts[0]!.syncCount).toBe(1);
});
