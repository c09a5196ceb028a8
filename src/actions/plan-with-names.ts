/**
 * The common batch of the add-in's writes: read the sheet names (Office: 1 round trip), let the core make a plan
 * that avoids them, apply it (1). `make` returns the plan to apply and what to hand back.
 */
import type { EditPlan } from '../core/model/plan';
import type { WorkbookHost } from '../host/workbook-host';

export async function planWithSheetNames<T>(host: WorkbookHost, make: (names: string[]) => { plan: EditPlan; result: T }): Promise<T> {
  return host.batch(async (io) => {
    const { plan, result } = make(await io.sheetNames());
    await io.apply(plan);
    return result;
  });
}
