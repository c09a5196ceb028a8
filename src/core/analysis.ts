/**
 * One analysis pass: a workbook snapshot is recognized once per action, and every capability works from that one
 * recognition — 检查 with 诊断, 导出检查结果 and the marks (from the check result), 填充科目名称, the 说明 facts and
 * 说明核对. Results are computed on first use and kept, so an action that needs two of them pays once.
 */
import { BUILTIN_DELTAS, resolveEdition } from './catalog/editions';
import type { Edition } from './catalog/types';
import { buildVocabulary, builtinVocabulary, type Vocabulary } from './catalog/vocabulary';
import { analyzeRules, type RuleAnalysis } from './diagnose/rule-analysis';
import { RULES } from './check/rules';
import type { Rule } from './check/types';
import type { CodeBooks } from './codes/books';
import { planNames, type NamesResult } from './codes/names';
import type { DiagnoseOptions } from './diagnose/diagnose';
import type { WorkbookSnapshot } from './model/snapshot';
import { gatherFacts, type Facts } from './narrative/facts';
import { recognizeWorkbook } from './recognize/recognize';
import type { Recognition } from './recognize/types';

export interface AnalysisOptions extends DiagnoseOptions {
  rules?: readonly Rule[];
  /** Editions in use beyond the built-in ones (a delta file, an imported 样表): their labels are recognized too. */
  editions?: Edition[];
}

export interface Analysis {
  snapshot: WorkbookSnapshot;
  vocabulary: Vocabulary;
  recognition: Recognition;
  /** Identities, findings and 诊断 (computed on first use). */
  rules(): RuleAnalysis;
  facts(): Facts[];
  /** 科目名称 from the same recognition, so 填充 and 检查 count the same tables. */
  names(books: CodeBooks, defaultYear: number): NamesResult;
}

export function analyzeWorkbook(snapshot: WorkbookSnapshot, options: AnalysisOptions = {}): Analysis {
  const vocabulary = options.editions?.length
    ? buildVocabulary([...BUILTIN_DELTAS.map((d) => resolveEdition(d.id)), ...options.editions])
    : builtinVocabulary();
  const recognition = recognizeWorkbook(snapshot, vocabulary);
  let rules: RuleAnalysis | undefined;
  let facts: Facts[] | undefined;
  return {
    snapshot,
    vocabulary,
    recognition,
    rules: () => (rules ??= analyzeRules(recognition, options.rules ?? RULES, vocabulary, options)),
    facts: () => (facts ??= gatherFacts(snapshot, recognition)),
    names: (books, year) => planNames(snapshot, books, year, recognition, options.editions),
  };
}
