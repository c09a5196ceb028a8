/** Test helper: a fake Excel holding a snapshot's values and number formats. */
import { createFakeExcel, type FakeExcel } from '../../src/office/fake/fake-excel';
import { FakeWorkbook } from '../../src/office/fake/model';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';

/** Loads a snapshot into a fake workbook (values and number formats). */
export function fakeFrom(snap: WorkbookSnapshot): FakeExcel {
  const model = new FakeWorkbook();
  for (const s of snap.sheets) {
    const sheet = model.addSheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = sheet.cell(r + s.origin.row, c + s.origin.col);
        cell.value = v;
        cell.numberFormat = s.numberFormats?.[r]?.[c] ?? 'General';
      }),
    );
  }
  return createFakeExcel(model);
}
