/**
 * 科目查询 → insert: writes the chosen code and name into the active row. If the row belongs to a recognized
 * 科目编码 table, into its 编码 and 名称 columns; otherwise into the selected cell and the one to its right.
 * Reads the selection and the workbook in one batch (selection + 3 round trips of the snapshot), writes in one; returns the undo plan.
 */
import { cellAddress } from '../core/a1';
import type { EditPlan } from '../core/model/plan';
import { recognizeWorkbook } from '../core/recognize/recognize';
import { writePlan } from './apply-plan';
import type { ExcelHost } from './excel-host';
import { readWorkbookSnapshot } from './read-snapshot';

export async function insertCodeAtSelection(host: ExcelHost, code: string, name: string): Promise<{ plan: EditPlan; undo: EditPlan }> {
  return host.run(async (ctx) => {
    const sel = ctx.workbook.getSelectedRange();
    sel.load('address,rowIndex,columnIndex');
    const snap = await readWorkbookSnapshot(ctx, false); // syncs: `sel` is loaded from here on
    /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
    const address = sel.address;
    const row = sel.rowIndex;
    const column = sel.columnIndex;
    /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
    const sheet = address.includes('!') ? address.slice(0, address.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'") : '';
    const table = recognizeWorkbook(snap).tables.find(
      (t) => t.sheet === sheet && t.columns.code !== undefined && t.columns.name !== undefined && row > t.lanciRow,
    );
    const codeCol = table ? table.columns.code! : column;
    const nameCol = table ? table.columns.name! : column + 1;
    const s = snap.sheets.find((x) => x.name === sheet);
    const prev = (c: number) => s?.values[row - (s?.origin.row ?? 0)]?.[c - (s?.origin.col ?? 0)] ?? '';
    const plan: EditPlan = {
      description: `插入科目 ${code} ${name}`,
      styles: {},
      addSheets: [],
      writes: [
        { sheet, cell: cellAddress(row, codeCol), value: code },
        { sheet, cell: cellAddress(row, nameCol), value: name },
      ],
    };
    const undo: EditPlan = {
      description: `撤销插入科目 ${code}`,
      styles: {},
      addSheets: [],
      writes: [
        { sheet, cell: cellAddress(row, codeCol), value: prev(codeCol) ?? '' },
        { sheet, cell: cellAddress(row, nameCol), value: prev(nameCol) ?? '' },
      ],
    };
    await writePlan(ctx, plan, false);
    return { plan, undo };
  });
}
