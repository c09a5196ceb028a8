/** 一键检查 in the core: snapshot → recognized tables → findings (the rule catalog by default). */
import type { WorkbookSnapshot } from '../model/snapshot';
import { recognizeWorkbook } from '../recognize/recognize';
import { runRules } from './engine';
import { RULES } from './rules';
import type { CheckResult, Rule } from './types';

export function checkWorkbook(wb: WorkbookSnapshot, rules: readonly Rule[] = RULES): CheckResult {
  return runRules(recognizeWorkbook(wb), rules);
}

export const SEVERITY_LABEL = { error: '错误', rounding: '尾差', advisory: '提示' } as const;
