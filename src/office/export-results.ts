/** 导出检查结果 in Excel: a new 检查结果 sheet; 1 read sync (sheet names) + 1 write sync. */
import { planResultsSheet } from '../core/check/results-sheet';
import type { CheckResult } from '../core/check/types';
import { planWithSheetNames } from './apply-plan';
import type { ExcelHost } from './excel-host';

export async function exportResults(host: ExcelHost, result: CheckResult, when = new Date()): Promise<string> {
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())} ${two(when.getHours())}:${two(when.getMinutes())}`;
  return planWithSheetNames(host, (names) => {
    const plan = planResultsSheet(result, names, stamp);
    return { plan, result: plan.addSheets[0]!.name };
  });
}
