/**
 * 情况说明 in Excel: read the tables' facts and the stored inputs (one read batch, 3 round trips), save the inputs
 * (1 read + 1 write), write the generated text into a new 说明 worksheet (1 read + 1 write).
 */
import { uniqueSheetName } from '../core/insert/sheet-names';
import type { EditPlan } from '../core/model/plan';
import { analyzeWorkbook } from '../core/analysis';
import type { Facts } from '../core/narrative/facts';
import type { NarrativeDoc } from '../core/narrative/generate';
import type { NarrativeInputs } from '../core/narrative/inputs';
import { planStoreInputs, startingInputs } from '../core/narrative/stored-inputs';
import { planWithSheetNames } from './apply-plan';
import type { ExcelHost } from './excel-host';
import { readWorkbookSnapshot } from './read-snapshot';

/**
 * The facts, the stored inputs, and how many 错误 the tables hold (from the same analysis: one recognition), so the
 * pane can warn before writing a 说明 whose figures come from wrong tables.
 */
export async function loadNarrativeContext(host: ExcelHost): Promise<{ facts: Facts[]; inputs: NarrativeInputs; errors: number }> {
  return host.run(async (ctx) => {
    const snap = await readWorkbookSnapshot(ctx, false);
    const a = analyzeWorkbook(snap);
    const errors = a.rules().result.findings.filter((f) => f.severity === 'error' && !f.causedBy).length;
    const facts = a.facts();
    return { facts, inputs: startingInputs(snap, facts[0]?.unitName ?? null), errors };
  });
}

export async function saveInputs(host: ExcelHost, inputs: NarrativeInputs): Promise<void> {
  await planWithSheetNames(host, (names) => ({
    plan: planStoreInputs({ sheets: names.map((name) => ({ name, origin: { row: 0, col: 0 }, values: [] })) }, inputs),
    result: undefined,
  }));
}

/** The 说明 as a new worksheet, one paragraph per row (so 说明核对 can read it later). Returns the sheet name. */
export async function writeNarrativeSheet(host: ExcelHost, doc: NarrativeDoc): Promise<string> {
  return planWithSheetNames(host, (names) => {
    const name = uniqueSheetName('说明', new Set(names.map((n) => n.toLowerCase())));
    const rows: string[][] = [
      ...doc.title.map((t) => [t]),
      ...doc.blocks.flatMap((b) => (b.kind === 'table' ? [[b.title], ...b.rows.map((r) => [r.join('  ')])] : [[b.text]])),
    ];
    const plan: EditPlan = {
      description: '写入情况说明工作表',
      styles: { body: { fontName: '仿宋', fontSize: 12, wrap: true, vAlign: 'top' } },
      addSheets: [{ name, values: rows, merges: [], formats: [{ address: `A1:A${rows.length}`, style: 'body' }], columnWidths: [110] }],
    };
    return { plan, result: name };
  });
}
