/** The workbook's values and formats (no fills), for the panels that only read (样表 import): one snapshot read. */
import type { WorkbookSnapshot } from '../core/model/snapshot';
import type { WorkbookHost } from '../host/workbook-host';

export const readWorkbook = (host: WorkbookHost): Promise<WorkbookSnapshot> =>
  host.batch(async (io) => (await io.readSnapshot({ fills: false })).snapshot);
