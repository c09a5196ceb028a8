/** 导出检查结果 on any host: a new 检查结果 sheet; one read (sheet names) and one plan (Office: 1 + 1 round trips). */
import { planResultsSheet } from '../core/review/results-sheet';
import type { CheckResult } from '../core/review/result';
import type { WorkbookHost } from '../host/workbook-host';
import { planWithSheetNames } from './plan-with-names';

export async function exportResults(host: WorkbookHost, result: CheckResult, when = new Date()): Promise<string> {
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())} ${two(when.getHours())}:${two(when.getMinutes())}`;
  return planWithSheetNames(host, (names) => {
    const plan = planResultsSheet(result, names, stamp);
    return { plan, result: plan.addSheets[0]!.name };
  });
}
