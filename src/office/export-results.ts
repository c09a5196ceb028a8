/** 导出检查结果 in Excel: a new 检查结果 sheet; 1 read sync (sheet names) + 1 write sync. */
import { planResultsSheet } from '../core/check/results-sheet';
import type { CheckResult } from '../core/check/types';
import { queuePlan } from './apply-plan';
import type { ExcelHost } from './excel-host';

export async function exportResults(host: ExcelHost, result: CheckResult, when = new Date()): Promise<string> {
  const api19 = host.supports('1.9');
  return host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const stamp = `${when.getFullYear()}-${String(when.getMonth() + 1).padStart(2, '0')}-${String(when.getDate()).padStart(2, '0')} ${String(when.getHours()).padStart(2, '0')}:${String(when.getMinutes()).padStart(2, '0')}`;
    const plan = planResultsSheet(
      result,
      sheets.items.map((s) => s.name),
      stamp,
    );
    queuePlan(ctx, plan, api19);
    await ctx.sync();
    return plan.addSheets[0]!.name;
  });
}
