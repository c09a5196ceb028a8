/**
 * 科目查询 → insert on any host: reads the active cell with the workbook (one snapshot read; Office: 3 round trips),
 * applies the core's plan (src/core/codes/insert-code.ts) in one; returns it with its undo plan.
 */
import { planInsertCode } from '../core/codes/insert-code';
import type { EditPlan } from '../core/model/plan';
import type { WorkbookHost } from '../host/workbook-host';

export async function insertCodeAtSelection(host: WorkbookHost, code: string, name: string): Promise<{ plan: EditPlan; undo: EditPlan }> {
  return host.batch(async (io) => {
    const { snapshot, selection } = await io.readSnapshot({ fills: false, selection: true });
    const at = selection ?? { sheet: '', row: 0, column: 0 };
    const out = planInsertCode(snapshot, at, code, name);
    await io.apply(out.plan);
    return out;
  });
}
