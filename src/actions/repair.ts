/**
 * 采用改正 on any host: one read (the cells' current values; Office: 1 round trip) and one plan (1): the repaired
 * values are written only if the cells still show what was diagnosed and — given the check's basis, read first —
 * their sheets still print as at the check (not another workbook, not a later state); returns the plan that undoes
 * it exactly.
 */
import { planRepair, type RepairPlan } from '../core/diagnose/repair';
import type { DiagnosisCell } from '../core/diagnose/types';
import type { WorkbookHost } from '../host/workbook-host';
import { checkBasis, type WorkbookBasis } from './basis';

/** `otherState`: the sheets do not print as the check saw them; nothing was written. */
export type RepairOutcome = RepairPlan | { kind: 'otherState'; sheets: string[] };

export async function applyRepair(host: WorkbookHost, cells: DiagnosisCell[], basis?: WorkbookBasis): Promise<RepairOutcome> {
  return host.batch(async (io) => {
    const seen =
      basis &&
      (await checkBasis(
        io,
        basis,
        cells.map((c) => c.sheet),
      ));
    if (seen && !seen.same) return { kind: 'otherState' as const, sheets: seen.sheets };
    const plan = planRepair(cells, await io.readCells(cells));
    if (plan.kind === 'ok') await io.apply(plan.apply);
    return plan;
  });
}
