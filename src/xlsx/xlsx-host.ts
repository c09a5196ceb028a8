/**
 * The host seam over an ExcelJS workbook in memory (the file adapter of the CLI and tests): a snapshot is the
 * reader's (values, number formats, fills, merges, states), a plan is applied by applyPlanToWorkbook, and nothing
 * is saved — the caller writes the workbook out (atomically) when it means to. Selection is remembered, not shown.
 */
import type ExcelJS from 'exceljs';
import { parseCell } from '../core/a1';
import type { CellValue } from '../core/model/snapshot';
import type { SelectionRef, WorkbookHost } from '../host/workbook-host';
import { applyPlanToWorkbook } from './apply-plan';
import { plainValue, readSheet, readSnapshot } from './read-snapshot';

export function xlsxWorkbookHost(wb: ExcelJS.Workbook, selection: { current: SelectionRef | null } = { current: null }): WorkbookHost {
  const names = () => wb.worksheets.map((ws) => ws.name);
  return {
    kind: 'xlsx',
    supports: () => true,
    batch: (work) =>
      work({
        sheetNames: async () => names(),
        async readSnapshot(req) {
          const snapshot = readSnapshot(wb);
          for (const s of snapshot.sheets) {
            if (!req.fills) delete s.fills;
            if (!req.merges) delete s.merges;
          }
          return { snapshot, selection: req.selection ? (selection.current ?? undefined) : undefined };
        },
        readCells: async (cells) => cells.map((c) => plainValue(wb.getWorksheet(c.sheet)?.getCell(c.cell).value ?? null)),
        async readStored(sheet, address) {
          const ws = wb.getWorksheet(sheet);
          if (!ws) return { values: null, sheetNames: names() };
          const s = readSheet(ws);
          let values: CellValue[][] = s.values;
          if (address) {
            const a = parseCell(address.split(':')[0]!);
            values = [[s.values[a.row]?.[a.col] ?? null]];
          }
          return { values, sheetNames: names() };
        },
        apply: async (plan) => applyPlanToWorkbook(wb, plan),
      }),
    async select(sheet, cell) {
      if (!wb.getWorksheet(sheet)) throw new Error(`没有名为“${sheet}”的工作表`);
      const at = parseCell(cell);
      selection.current = { sheet, row: at.row, column: at.col };
    },
  };
}
