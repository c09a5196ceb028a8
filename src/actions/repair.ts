/**
 * 采用改正 on any host: one read (the cells' current values; Office: 1 round trip) and one plan (1): the repaired
 * values are written only if the cells still show what was diagnosed; returns the plan that undoes it exactly.
 */
import { planRepair, type RepairPlan } from '../core/diagnose/repair';
import type { DiagnosisCell } from '../core/diagnose/types';
import type { WorkbookHost } from '../host/workbook-host';

export async function applyRepair(host: WorkbookHost, cells: DiagnosisCell[]): Promise<RepairPlan> {
  return host.batch(async (io) => {
    const plan = planRepair(cells, await io.readCells(cells));
    if (plan.kind === 'ok') await io.apply(plan.apply);
    return plan;
  });
}
