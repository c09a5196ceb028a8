/**
 * 科目查询 → insert, in the core: the chosen code and name go into the active row — into a recognized 科目编码
 * table's 编码 and 名称 columns when the row is in one, else into the selected cell and the one to its right — with
 * the plan that puts back what was there.
 */
import { cellAddress } from '../a1';
import type { EditPlan } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { recognizeWorkbook } from '../recognize/recognize';

export function planInsertCode(
  snap: WorkbookSnapshot,
  at: { sheet: string; row: number; column: number },
  code: string,
  name: string,
): { plan: EditPlan; undo: EditPlan } {
  const { sheet, row, column } = at;
  const table = recognizeWorkbook(snap).tables.find(
    (t) => t.sheet === sheet && t.columns.code !== undefined && t.columns.name !== undefined && row > t.lanciRow,
  );
  const codeCol = table ? table.columns.code! : column;
  const nameCol = table ? table.columns.name! : column + 1;
  const s = snap.sheets.find((x) => x.name === sheet);
  const prev = (c: number) => s?.values[row - (s?.origin.row ?? 0)]?.[c - (s?.origin.col ?? 0)] ?? '';
  const cells = [codeCol, nameCol].map((c) => cellAddress(row, c));
  return {
    plan: {
      description: `插入科目 ${code} ${name}`,
      styles: {},
      addSheets: [],
      writes: [
        { sheet, cell: cells[0]!, value: code },
        { sheet, cell: cells[1]!, value: name },
      ],
    },
    undo: {
      description: `撤销插入科目 ${code}`,
      styles: {},
      addSheets: [],
      writes: [
        { sheet, cell: cells[0]!, value: prev(codeCol) },
        { sheet, cell: cells[1]!, value: prev(nameCol) },
      ],
    },
  };
}
