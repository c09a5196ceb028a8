/**
 * 采用改正 in Excel: one read batch (the cells' current values, 1 round trip) and one write batch (1): the repaired
 * values are written only if the cells still show what was diagnosed and — given the check's basis — their sheets
 * still print as at the check (not another workbook, not a later state); returns the plan that undoes it exactly.
 */
import { planRepair, type RepairPlan } from '../core/diagnose/repair';
import type { DiagnosisCell } from '../core/diagnose/types';
import type { CellValue } from '../core/model/snapshot';
import { writePlan } from './apply-plan';
import { basisSync, queueBasisCheck, type WorkbookBasis } from './basis';
import type { ExcelHost } from './excel-host';

/** `otherState`: the sheets do not print as the check saw them; nothing was written. */
export type RepairOutcome = RepairPlan | { kind: 'otherState'; sheets: string[] };

export async function applyRepair(host: ExcelHost, cells: DiagnosisCell[], basis?: WorkbookBasis): Promise<RepairOutcome> {
  const sheets = [...new Set(cells.map((c) => c.sheet))];
  return host.run(async (ctx) => {
    const verdict = basis && queueBasisCheck(ctx, basis, sheets);
    const ranges = cells.map((c) => {
      const r = ctx.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
      r.load('values');
      return r;
    });
    if (!basis) await ctx.sync();
    else if (!(await basisSync(ctx))) return { kind: 'otherState' as const, sheets };
    const seen = verdict?.();
    if (seen && !seen.same) return { kind: 'otherState' as const, sheets: seen.sheets };
    const plan = planRepair(
      cells,
      ranges.map((r) => (r.values[0]?.[0] ?? null) as CellValue),
    );
    if (plan.kind === 'ok') {
      await writePlan(ctx, plan.apply, false);
    }
    return plan;
  });
}
