/** The 说明 inputs stored in the workbook itself (a very hidden sheet, JSON in column A), so they survive reopening. */
import type { EditPlan } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { parseInputs, type NarrativeInputs } from './inputs';

import { INPUTS_SHEET } from '../internal-sheets';

export { INPUTS_SHEET };
const CHUNK = 30000; // a cell holds at most 32,767 characters

export function readStoredInputs(wb: WorkbookSnapshot): NarrativeInputs {
  const s = wb.sheets.find((x) => x.name === INPUTS_SHEET);
  if (!s) return parseInputs(null);
  return parseInputs(s.values.map((r) => (typeof r[0] === 'string' ? r[0] : '')).join(''));
}

export function planStoreInputs(wb: WorkbookSnapshot, inputs: NarrativeInputs): EditPlan {
  const json = JSON.stringify(inputs);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
  return {
    description: '保存情况说明的填写内容',
    styles: {},
    deleteSheets: wb.sheets.some((x) => x.name === INPUTS_SHEET) ? [INPUTS_SHEET] : [],
    addSheets: [
      {
        name: INPUTS_SHEET,
        values: chunks.map((c) => [c]),
        merges: [],
        formats: [],
        columnWidths: [],
        visibility: 'veryHidden',
        textOnly: true,
      },
    ],
  };
}
