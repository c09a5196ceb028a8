/**
 * 情况说明 on any host: read the tables' facts, the stored inputs and the 上年公开文件 kept in the workbook (one
 * snapshot read; Office: 3 round trips), save the inputs or the 上年公开文件 (1 read + 1 write each), write the
 * generated text into a new 说明 worksheet (1 read + 1 write).
 */
import { analyzeWorkbook } from '../core/analysis';
import type { Edition } from '../core/catalog/types';
import { checkAnalysis } from '../core/review/check';
import { findingCounts } from '../core/review/counts';
import type { Facts } from '../core/narrative/facts';
import type { NarrativeDoc } from '../core/narrative/generate';
import type { NarrativeInputs } from '../core/narrative/inputs';
import { planStoreInputs, startingInputs } from '../core/narrative/stored-inputs';
import { planNarrativeSheet } from '../core/narrative/narrative-sheet-plan';
import type { PriorFacts } from '../core/narrative/prior-facts';
import { planStorePrior, readStoredPrior, readStoredReasonShare } from '../core/narrative/stored-prior';
import { storedDamage, type StoredDamage } from '../core/review/stored-damage';
import type { WorkbookHost } from '../host/workbook-host';
import { planWithSheetNames } from './plan-with-names';

/**
 * The facts, the stored inputs, and how many 错误 the tables hold (from the same analysis: one recognition), so the
 * pane can warn before writing a 说明 whose figures come from wrong tables.
 */
export async function loadNarrativeContext(
  host: WorkbookHost,
  editions: Edition[] = [],
): Promise<{
  facts: Facts[];
  inputs: NarrativeInputs;
  errors: number;
  prior: PriorFacts | null;
  reasonShare?: number;
  /** The stored inputs or 上年公开文件, where damaged: what was ignored. */
  damaged: StoredDamage[];
}> {
  return host.batch(async (io) => {
    const { snapshot: snap } = await io.readSnapshot({ fills: false });
    // The editions 检查 uses, and its count of 错误 (one function for every view).
    const a = analyzeWorkbook(snap, { editions });
    const errors = findingCounts(checkAnalysis(a)).error;
    const facts = a.facts();
    return {
      facts,
      inputs: startingInputs(snap, facts[0]?.unitName ?? null),
      errors,
      prior: readStoredPrior(snap),
      reasonShare: readStoredReasonShare(snap),
      damaged: storedDamage(snap).filter((d) => d.part !== '出错说明'),
    };
  });
}

export async function saveInputs(host: WorkbookHost, inputs: NarrativeInputs): Promise<void> {
  await planWithSheetNames(host, (names) => ({
    plan: planStoreInputs({ sheets: names.map((name) => ({ name })) }, inputs),
    result: undefined,
  }));
}

/** Keeps last year's disclosure (its name and prior facts) in the workbook's very hidden sheet; null removes it. */
export async function savePrior(host: WorkbookHost, prior: PriorFacts | null, reasonShare?: number): Promise<void> {
  await planWithSheetNames(host, (names) => ({
    plan: planStorePrior({ sheets: names.map((name) => ({ name })) }, prior, reasonShare),
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
