/** 一键检查 in the core: snapshot → recognized tables → findings (the rule catalog by default). */
import type { WorkbookSnapshot } from '../model/snapshot';
import { recognizeWorkbook } from '../recognize/recognize';
import { runRules } from './engine';
import { RULES } from './rules';
import type { CheckResult, Rule } from './types';
import { gatherFacts } from '../narrative/facts';
import { findNarrativeSheets } from '../narrative/narrative-sheet';
import { verifyNarrative } from '../narrative/verify';

export function checkWorkbook(wb: WorkbookSnapshot, rules: readonly Rule[] = RULES): CheckResult {
  const result = runRules(recognizeWorkbook(wb), rules);
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
