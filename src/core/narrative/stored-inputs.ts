/** The 说明 inputs stored in the workbook itself (a very hidden sheet, JSON in column A: hidden-store.ts), so they survive reopening. */
import type { EditPlan } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { levelOfName } from './hygiene';
import { inputsProblems, parseInputs, type NarrativeInputs } from './inputs';

import { jsonStore, type Sheets } from '../hidden-store';
import { INPUTS_SHEET } from '../internal-sheets';

const store = jsonStore<NarrativeInputs>(INPUTS_SHEET, parseInputs, (inputs) => JSON.stringify(inputs), inputsProblems);

export const readStoredInputs = (wb: WorkbookSnapshot): NarrativeInputs => store.read(wb);

/** What is wrong with the stored inputs, field by field (the schema of ./inputs.ts); empty when sound or absent. */
export const storedInputsProblems = (wb: WorkbookSnapshot): string[] => store.problems(wb);

export const planStoreInputs = (wb: Sheets, inputs: NarrativeInputs): EditPlan => store.plan(wb, inputs, '保存情况说明的填写内容');

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
