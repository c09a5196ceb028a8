/** The 说明 inputs stored in the workbook itself (a very hidden sheet, JSON in column A), so they survive reopening. */
import type { EditPlan } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { levelOfName } from './hygiene';
import { inputsProblems, parseInputs, type NarrativeInputs } from './inputs';

import { INPUTS_SHEET } from '../internal-sheets';

export { INPUTS_SHEET };
const CHUNK = 30000; // a cell holds at most 32,767 characters

const storedJson = (wb: WorkbookSnapshot): string | null => {
  const s = wb.sheets.find((x) => x.name === INPUTS_SHEET);
  return s ? s.values.map((r) => (typeof r[0] === 'string' ? r[0] : '')).join('') : null;
};

export function readStoredInputs(wb: WorkbookSnapshot): NarrativeInputs {
  return parseInputs(storedJson(wb));
}

/** What is wrong with the stored inputs, field by field (the schema of ./inputs.ts); empty when sound or absent. */
export const storedInputsProblems = (wb: WorkbookSnapshot): string[] => inputsProblems(storedJson(wb));

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

/**
 * The inputs to start from: the stored ones, else the defaults with the 名词解释 level taken from the department's
 * name (张家口市… → 市级, 海港区… → 区级). 「我省」 stays: the 综合预算管理 sentence cites the province's rule, as every
 * Hebei 说明 does, whatever the department's level.
 */
export function startingInputs(wb: WorkbookSnapshot, unitName: string | null): NarrativeInputs {
  if (wb.sheets.some((x) => x.name === INPUTS_SHEET)) return readStoredInputs(wb);
  const level = unitName ? levelOfName(unitName)?.[0] : undefined;
  return { ...parseInputs(null), ...(level ? { government: level } : {}) };
}
