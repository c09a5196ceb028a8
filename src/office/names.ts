/**
 * 填充科目名称 in Excel: one read batch (3 round trips) and one write batch (1; more only past Excel on the web's payload limit); returns the undo plan that puts
 * back exactly what was there. 采用标准名称 and 撤销 are one write batch each.
 */
import type { CodeBooks } from '../core/codes/books';
import { namesPlan, planNames, type NamesResult } from '../core/codes/names';
import type { EditPlan } from '../core/model/plan';
import type { WorkbookSnapshot } from '../core/model/snapshot';
import { writePlan } from './apply-plan';
import type { ExcelHost } from './excel-host';
import { readWorkbookSnapshot } from './read-snapshot';

export interface FillOutcome {
  result: NamesResult;
  snapshot: WorkbookSnapshot;
}

export async function fillNames(host: ExcelHost, books: CodeBooks, defaultYear: number): Promise<FillOutcome> {
  return host.run(async (ctx) => {
    const snapshot = await readWorkbookSnapshot(ctx, false);
    const result = planNames(snapshot, books, defaultYear);
    if (result.writes.length) {
      await writePlan(ctx, namesPlan(result.writes), false);
    }
    return { result, snapshot };
  });
}

/** Applies a plan of cell writes (accept, undo) in one round trip. */
export async function applyWrites(host: ExcelHost, plan: EditPlan): Promise<void> {
  await host.run(async (ctx) => {
    await writePlan(ctx, plan, false);
  });
}
