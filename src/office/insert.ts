/**
 * 插入模板 in Excel: one read sync (existing sheet names) and one write sync (the whole plan).
 * Nothing existing is changed: names that clash get a numbered suffix in the core planner.
 */
import { planInsert, type InsertOptions } from '../core/insert/plan-insert';
import { BUILTIN_DELTAS, type EditionDelta } from '../core/catalog/editions';
import type { EditPlan } from '../core/model/plan';
import type { ExcelHost } from './excel-host';
import { queuePlan } from './apply-plan';

export async function insertTemplates(
  host: ExcelHost,
  options: InsertOptions,
  deltas: readonly EditionDelta[] = BUILTIN_DELTAS,
): Promise<EditPlan> {
  const pageSetup = host.supports('1.9');
  return host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const plan = planInsert(
      options,
      sheets.items.map((s) => s.name),
      deltas,
    );
    queuePlan(ctx, plan, pageSetup);
    await ctx.sync();
    return plan;
  });
}
