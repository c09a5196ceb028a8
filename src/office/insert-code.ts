/**
 * 科目查询 → insert in Excel: reads the selection and the workbook in one batch (selection + 3 round trips of the
 * snapshot), writes the core's plan (src/core/codes/insert-code.ts) in one; returns it with its undo plan.
 */
import { planInsertCode } from '../core/codes/insert-code';
import type { EditPlan } from '../core/model/plan';
import { writePlan } from './apply-plan';
import type { ExcelHost } from './excel-host';
import { readWorkbookSnapshot } from './read-snapshot';
import { capabilitiesOf } from './requirements';

export async function insertCodeAtSelection(host: ExcelHost, code: string, name: string): Promise<{ plan: EditPlan; undo: EditPlan }> {
  const caps = capabilitiesOf(host);
  return host.run(async (ctx) => {
    const sel = ctx.workbook.getSelectedRange();
    sel.load('address,rowIndex,columnIndex');
    const snap = await readWorkbookSnapshot(ctx, false, caps.layout); // syncs: `sel` is loaded from here on
    /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
    const address = sel.address;
    const at = { row: sel.rowIndex, column: sel.columnIndex };
    /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
    const sheet = address.includes('!') ? address.slice(0, address.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'") : '';
    const out = planInsertCode(snap, { sheet, ...at }, code, name);
    await writePlan(ctx, out.plan, caps);
    return out;
  });
}
