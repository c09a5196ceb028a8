/**
 * Jump to a finding: activate its sheet and select its cell — with the related cells on the same sheet where the
 * host can (Office: ExcelApi 1.18 RangeAreas.select; WPS: a multi-area Range). One write (Office: 1 round trip).
 */
import type { CellRef, WorkbookHost } from '../host/workbook-host';

export const selectCell = (host: WorkbookHost, sheet: string, cell: string, related: readonly CellRef[] = []): Promise<void> =>
  host.select(sheet, cell, related);
