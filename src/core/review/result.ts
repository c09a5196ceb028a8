/**
 * What 一键检查 returns (review/check.ts): the rules' findings with their 诊断, and beside them the preparer's stored
 * 出错说明, the 可以报送 status, last year's disclosure and the verdict on each 比上年 statement of the 说明.
 */
import type { PriorReport } from '../narrative/prior-facts';
import type { RuleResult } from '../diagnose/rule-analysis';
import type { Explanation } from './explanations';
import type { Readiness } from './readiness';
import type { StoredDamage } from './stored-damage';

export interface CheckResult extends RuleResult {
  /** Stored explanations whose finding changed or is gone. */
  reopened?: number;
  /** Every stored explanation (kept when one is added: those re-opened are not lost). */
  explanations?: Explanation[];
  /** 可以报送 or what is left (src/core/review/readiness.ts). */
  readiness?: Readiness;
  /** Last year's disclosure used for 比上年 (null: none given or kept in the workbook). */
  prior?: PriorReport | null;
  /** Every 比上年 statement of the 说明 kept in the workbook, with its verdict. */
  yearOverYear?: YearOverYearVerdict[];
  /** Sheets titled 情况说明 that could not be read as one (no 「二、…总体情况」): their 说明核对 is 未核对. */
  unreadNarratives?: string[];
  /** What the add-in keeps in the workbook that was damaged and ignored (./stored-damage.ts). */
  damaged?: StoredDamage[];
}

/** One 比上年 statement of a 说明 sheet and its verdict (src/core/narrative/year-over-year.ts). */
export interface YearOverYearVerdict {
  sheet: string;
  cell: string;
  text: string;
  subject: string | null;
  kind: string;
  value: string;
  verdict: '一致' | '不一致' | '尾差' | '口径不同' | '未核对';
  note: string;
  prior?: { key: string; value: string; where: string; from: 'table' | 'text' };
}
