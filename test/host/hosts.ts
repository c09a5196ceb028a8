/**
 * Test helper: the same in-memory workbook model behind each host of the seam — the Office.js adapter on the strict
 * Office fake, and the WPS adapter on the strict WPS fake in both member forms (property / zero-argument method).
 */
import type { WorkbookHost } from '../../src/host/workbook-host';
import { createFakeExcel } from '../../src/office/fake/fake-excel';
import type { FakeWorkbook } from '../../src/office/fake/model';
import { officeWorkbookHost } from '../../src/office/office-host';
import { createFakeEt, type FakeEt } from '../../src/wps/fake/fake-et';
import { wpsWorkbookHost } from '../../src/wps/wps-host';

export type HostName = 'office' | 'wps' | 'wps-swapped';
export const HOSTS: HostName[] = ['office', 'wps', 'wps-swapped'];

export interface TestHost {
  host: WorkbookHost;
  model: FakeWorkbook;
  /** The WPS fake (calls, unbatched writes), when the host is WPS. */
  et?: FakeEt;
  /** Round trips (Office) or host calls (WPS) so far. */
  cost(): number;
}

export function hostOn(name: HostName, model: FakeWorkbook): TestHost {
  if (name === 'office') {
    const excel = createFakeExcel(model);
    const host = officeWorkbookHost({ run: (b) => excel.run(b as never), supports: () => true });
    return { host, model, cost: () => excel.contexts.reduce((n, c) => n + c.syncCount, 0) };
  }
  const et = createFakeEt(model, { forms: name === 'wps' ? 'declared' : 'swapped' });
  return { host: wpsWorkbookHost(et.Application), model, et, cost: () => et.calls };
}
