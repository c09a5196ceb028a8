/**
 * 采用改正 in Excel: one read batch (the cells' current values, 1 round trip) and one write batch (1): the repaired
 * values are written only if the cells still show what was diagnosed; returns the plan that undoes it exactly.
 */
import { planRepair, type RepairPlan } from '../core/diagnose/repair';
import type { DiagnosisCell } from '../core/diagnose/types';
import type { CellValue } from '../core/model/snapshot';
import { writePlan } from './apply-plan';
import type { ExcelHost } from './excel-host';

export async function applyRepair(host: ExcelHost, cells: DiagnosisCell[]): Promise<RepairPlan> {
  return host.run(async (ctx) => {
    const ranges = cells.map((c) => {
      const r = ctx.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
      r.load('values');
      return r;
    });
    await ctx.sync();
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
