/**
 * Formulas whose text the file does not give, made readable after ExcelJS's `reconcile`: a shared formula whose master
 * is missing, has an empty `<f>`, comes after it, or whose `si` points nowhere; and a master with an empty `<f>`.
 * ExcelJS 4.4.0 throws a TypeError when such a cell's formula is asked for (it slides an undefined master text).
 * Such a cell is its cached value (a number, text, boolean, error or date cell); without a cached value it stays a
 * formula without text and without a result, which the snapshot reads as 公式未计算 (E-02). Both readers (the full
 * ExcelJS load and the model snapshot) read the same reconciled model, so they agree.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- ExcelJS internals, pinned to exceljs 4.4.0 */
const Enums = require('exceljs/lib/doc/enums') as { ValueType: Record<string, number> };
/* eslint-enable @typescript-eslint/no-require-imports */

interface CellModel {
  address?: string;
  type?: number;
  value?: unknown;
  formula?: string;
  sharedFormula?: string;
  shareType?: string;
  ref?: unknown;
  result?: unknown;
  si?: unknown;
}
interface SheetLike {
  rows?: { cells?: CellModel[] }[];
}

const V = Enums.ValueType;

/** The value cell a formula's cached result stands for. */
function valueType(r: unknown): number {
  if (typeof r === 'number') return V.Number!;
  if (typeof r === 'boolean') return V.Boolean!;
  if (r instanceof Date) return V.Date!;
  if (r && typeof r === 'object' && 'error' in r) return V.Error!;
  return V.String!;
}

/** Makes every formula cell of the worksheets either have a known text or be read without one (see the header). */
export function settleUnknownFormulas(worksheets: readonly (SheetLike | undefined)[]): void {
  for (const ws of worksheets) {
    // The formula cells, in the sheet's order (most sheets have none, or none without text: nothing to do).
    const formulas: CellModel[] = [];
    let untold = false;
    for (const row of ws?.rows ?? [])
      for (const c of row?.cells ?? [])
        if (c.type === V.Formula) {
          formulas.push(c);
          if (!c.formula) untold = true;
        }
    if (!untold) continue;
    const texts = new Map<string, string>();
    for (const c of formulas) if (c.formula && c.address) texts.set(c.address, c.formula);
    for (const c of formulas) {
      if (c.formula) continue;
      if (c.sharedFormula && texts.has(c.sharedFormula) && !c.shareType) continue; // a dependent of a master with text
      if (c.result !== undefined && c.result !== null) {
        const result = c.result;
        for (const k of ['formula', 'sharedFormula', 'shareType', 'ref', 'result', 'si'] as const) delete c[k];
        c.type = valueType(result);
        c.value = result;
      } else {
        delete c.sharedFormula;
      }
    }
  }
}
