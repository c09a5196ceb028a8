/** 一键检查 in the core: snapshot → recognized tables → findings (the rule catalog by default). */
import type { WorkbookSnapshot } from '../model/snapshot';
import { recognizeWorkbook } from '../recognize/recognize';
import { runRules } from './engine';
import { RULES } from './rules';
import type { CheckResult, Rule } from './types';
import { BUILTIN_DELTAS, resolveEdition } from '../catalog/editions';
import type { Edition } from '../catalog/types';
import { buildVocabulary, builtinVocabulary } from '../catalog/vocabulary';
import { gatherFacts } from '../narrative/facts';
import { findNarrativeSheets } from '../narrative/narrative-sheet';
import { verifyNarrative } from '../narrative/verify';

export interface CheckOptions {
  rules?: readonly Rule[];
  /** Editions in use beyond the built-in ones (a delta file, an imported 样表): their labels are recognized too. */
  editions?: Edition[];
}

export function checkWorkbook(wb: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const vocabulary = options.editions?.length
    ? buildVocabulary([...BUILTIN_DELTAS.map((d) => resolveEdition(d.id)), ...options.editions])
    : builtinVocabulary();
  const result = runRules(recognizeWorkbook(wb, vocabulary), options.rules ?? RULES, vocabulary);
  // 说明核对: a 情况说明 kept in a worksheet is checked against the tables of its 部门/单位.
  const sheets = findNarrativeSheets(wb);
  if (sheets.length) {
    const facts = gatherFacts(wb);
    for (const n of sheets) {
      const f = facts.find((x) => x.level === n.level) ?? facts[0];
      if (f) result.findings.push(...verifyNarrative(n.text, f, { sheet: n.sheet, cellOf: (p) => n.cells[p] ?? 'A1' }));
    }
  }
  return result;
}

export const SEVERITY_LABEL = { error: '错误', rounding: '尾差', advisory: '提示' } as const;
