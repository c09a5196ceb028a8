/**
 * 情况说明 on any host: read the tables' facts and the stored inputs (one snapshot read; Office: 3 round trips), save
 * the inputs (1 read + 1 write), write the generated text into a new 说明 worksheet (1 read + 1 write).
 */
import { analyzeWorkbook } from '../core/analysis';
import type { Edition } from '../core/catalog/types';
import { checkAnalysis } from '../core/check/check';
import { findingCounts } from '../core/review/counts';
import type { Facts } from '../core/narrative/facts';
import type { NarrativeDoc } from '../core/narrative/generate';
import type { NarrativeInputs } from '../core/narrative/inputs';
import { planStoreInputs, startingInputs } from '../core/narrative/stored-inputs';
import { planNarrativeSheet } from '../core/narrative/narrative-sheet-plan';
import type { WorkbookHost } from '../host/workbook-host';
import { planWithSheetNames } from './plan-with-names';

/**
 * The facts, the stored inputs, and how many 错误 the tables hold (from the same analysis: one recognition), so the
 * pane can warn before writing a 说明 whose figures come from wrong tables.
 */
export async function loadNarrativeContext(
  host: WorkbookHost,
  editions: Edition[] = [],
): Promise<{ facts: Facts[]; inputs: NarrativeInputs; errors: number }> {
  return host.batch(async (io) => {
    const { snapshot: snap } = await io.readSnapshot({ fills: false });
    // The editions 检查 uses, and its count of 错误 (one function for every view).
    const a = analyzeWorkbook(snap, { editions });
    const errors = findingCounts(checkAnalysis(a)).error;
    const facts = a.facts();
    return { facts, inputs: startingInputs(snap, facts[0]?.unitName ?? null), errors };
  });
}

export async function saveInputs(host: WorkbookHost, inputs: NarrativeInputs): Promise<void> {
  await planWithSheetNames(host, (names) => ({
    plan: planStoreInputs({ sheets: names.map((name) => ({ name, origin: { row: 0, col: 0 }, values: [] })) }, inputs),
    result: undefined,
  }));
}

/** The 说明 as a new worksheet (the core's plan, src/core/narrative/narrative-sheet-plan.ts). Returns the sheet name. */
export async function writeNarrativeSheet(host: WorkbookHost, doc: NarrativeDoc): Promise<string> {
  return planWithSheetNames(host, (names) => {
    const plan = planNarrativeSheet(doc, names);
    return { plan, result: plan.addSheets[0]!.name };
  });
}
