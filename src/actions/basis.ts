/**
 * What a check's results are about, and whether the workbook is still that: the prints of the sheets holding the
 * recognized tables (src/core/model/fingerprint.ts) and, where the host can say, which open workbook it was. An
 * action on the results first reads the prints of the sheets it touches (the host's stored-data read: Office 2
 * round trips a sheet); a sheet that is gone or prints differently means another workbook or a later state of this
 * one, and the action is refused before anything is written.
 */
import { sheetFingerprint } from '../core/model/fingerprint';
import type { HostBatch } from '../host/workbook-host';

export interface WorkbookBasis {
  /** The host's name for the open workbook at check time (WorkbookHost.workbookId), where it has one. */
  workbook?: string;
  /** Sheet name → print, for every sheet that holds a recognized table. */
  sheets: Record<string, string>;
}

/** An action's verdict on the basis: the sheets that no longer print as they did when the results were made. */
export type BasisCheck = { same: true } | { same: false; sheets: string[] };

/** Reads the named sheets in `io` and compares them with `basis`; a sheet the basis never printed counts as different. */
export async function checkBasis(io: HostBatch, basis: WorkbookBasis, sheets: Iterable<string>): Promise<BasisCheck> {
  const differ: string[] = [];
  for (const name of new Set(sheets)) {
    if (!(name in basis.sheets)) {
      differ.push(name);
      continue;
    }
    const { values } = await io.readStored(name);
    if (!values || sheetFingerprint(values) !== basis.sheets[name]) differ.push(name);
  }
  return differ.length ? { same: false, sheets: differ } : { same: true };
}
