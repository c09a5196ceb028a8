/** Test helper: a fake Excel holding a snapshot's values and number formats. */
import { createFakeExcel, type FakeExcel } from '../../src/office/fake/fake-excel';
import { FakeWorkbook } from '../../src/office/fake/model';
import type { ExcelHost } from '../../src/office/excel-host';
import { officeWorkbookHost } from '../../src/office/office-host';
import type { WorkbookHost } from '../../src/host/workbook-host';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';

/** Loads a snapshot into a fake workbook (values and number formats). */
export function fakeFrom(snap: WorkbookSnapshot, apiLevel?: string): FakeExcel {
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
  return createFakeExcel(model, apiLevel);
}

/**
 * An ExcelHost over the fake that supports ExcelApi up to `maxApi` (compared numerically: 1.18 > 1.9) — by default
 * the fake's own client level (createFakeExcel's apiLevel), which also refuses calls above it.
 */
export function fakeExcelHost(excel: FakeExcel, maxApi = excel.apiLevel): ExcelHost {
  const minor = (v: string) => Number(v.split('.')[1] ?? 0);
  return { run: (b) => excel.run(b as never), supports: (v) => minor(v) <= minor(maxApi) };
}

/** The host seam over the fake (the Office adapter), ExcelApi up to `maxApi` (by default the fake's level). */
export const fakeHost = (excel: FakeExcel, maxApi = excel.apiLevel): WorkbookHost => officeWorkbookHost(fakeExcelHost(excel, maxApi));
