/**
 * What a check's results are about, and whether the workbook is still that: the prints of the sheets holding the
 * recognized tables (src/core/model/fingerprint.ts) and, where the host can say, which open workbook it was. An
 * action on the results reads the prints of the sheets it touches in the same round trip as its own reads; a sheet
 * that is gone or prints differently means another workbook or a later state of this one, and the action is refused.
 */
import { sheetFingerprint } from '../core/model/fingerprint';
import type { CellValue } from '../core/model/snapshot';

export interface WorkbookBasis {
  /** The host's name for the open workbook at check time (ExcelHost.workbookId), where it has one. */
  workbook?: string;
  /** Sheet name → print, for every sheet that holds a recognized table. */
  sheets: Record<string, string>;
}

/** An action's verdict on the basis: the sheets that no longer print as they did when the results were made. */
export type BasisCheck = { same: true } | { same: false; sheets: string[] };

/**
 * Queues the reads of the named sheets' used ranges on `ctx` (no sync); after the caller's sync (basisSync), the
 * returned function compares them with `basis`. A sheet of the action that the basis never printed counts as different.
 */
export function queueBasisCheck(ctx: Excel.RequestContext, basis: WorkbookBasis, sheets: Iterable<string>): () => BasisCheck {
  const reads = [...new Set(sheets)].map((name) => ({
    name,
    used: ctx.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex'),
  }));
  return () => {
    const differ = reads
      .filter(({ name, used }) => {
        if (!(name in basis.sheets)) return true;
        const print = used.isNullObject
          ? sheetFingerprint({ row: 0, col: 0 }, [])
          : sheetFingerprint({ row: used.rowIndex, col: used.columnIndex }, used.values as CellValue[][]);
        return print !== basis.sheets[name];
      })
      .map((r) => r.name);
    return differ.length ? { same: false, sheets: differ } : { same: true };
  };
}

/** Syncs the reads; false when a sheet they name is gone (Office's ItemNotFound), which no basis survives. */
export async function basisSync(ctx: Excel.RequestContext): Promise<boolean> {
  try {
    await ctx.sync();
    return true;
  } catch (e) {
    if ((e as { code?: string }).code === 'ItemNotFound') return false;
    throw e;
  }
}
