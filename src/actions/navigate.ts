/**
 * Jump to a finding: activate its sheet and select its cell — with the related cells on the same sheet where the
 * host can (Office: ExcelApi 1.18 RangeAreas.select; WPS: a multi-area Range). One write (Office: 1 round trip).
 * With a check's basis, the sheet is read first: false, nothing selected, when it is gone or no longer prints as at
 * the check.
 */
import type { CellRef, WorkbookHost } from '../host/workbook-host';
import { checkBasis, type WorkbookBasis } from './basis';

export async function selectCell(
  host: WorkbookHost,
  sheet: string,
  cell: string,
  related: readonly CellRef[] = [],
  basis?: WorkbookBasis,
): Promise<boolean> {
  if (basis && !(await host.batch(async (io) => (await checkBasis(io, basis, [sheet])).same))) return false;
  await host.select(sheet, cell, related);
  return true;
}
