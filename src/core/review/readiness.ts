/**
 * 「可以报送」: a workbook is ready for the 财政局 only when no 错误 remains (强制性审核), every 尾差 and 提示 is
 * explained or dismissed (提示性审核), and the 说明 holds no placeholder (〔请填写…〕, 〔缺：…〕). The status names
 * what is left, in the user's words. Findings that follow from a diagnosed cell count once (their root).
 */
import type { CheckResult } from '../check/types';

export interface Readiness {
  ready: boolean;
  errors: number;
  /** 尾差 and 提示 with neither an explanation nor a dismissal. */
  unexplained: number;
  /** Placeholders left in the 说明 (the worksheet, or the one generated from the stored inputs). */
  placeholders: number;
  /** Of which in the 说明 generated from the stored inputs. */
  narrativePlaceholders: number;
  /** Stored explanations whose finding changed or is gone (to be looked at again). */
  reopened: number;
  text: string;
}

const PLACEHOLDER = /〔(?:请填写|缺[:：])[^〕]*〕/g;

export const countPlaceholders = (narrative: string | null): number => (narrative ? (narrative.match(PLACEHOLDER) ?? []).length : 0);

/** `narrativePlaceholders`: markers in the 说明 generated from the stored inputs (a 说明 sheet's are findings). */
export function readiness(result: CheckResult, narrativePlaceholders = 0): Readiness {
  const roots = result.findings.filter((f) => !f.causedBy);
  const errors = roots.filter((f) => f.severity === 'error' && f.rule !== 'U-05').length;
  const unexplained = roots.filter((f) => f.severity !== 'error' && !f.explanation).length;
  // The 说明 sheet's placeholders are findings (U-05); a generated one is counted from its text.
  const placeholders = roots.filter((f) => f.rule === 'U-05' && f.severity === 'error').length + narrativePlaceholders;
  const reopened = result.reopened ?? 0;
  const ready = result.tables.length > 0 && errors === 0 && unexplained === 0 && placeholders === 0;
  const left = [
    errors ? `错误 ${errors} 处（须改正）` : '',
    unexplained ? `尾差/提示 ${unexplained} 处未说明` : '',
    placeholders ? `情况说明中 ${placeholders} 处待填写` : '',
    reopened ? `${reopened} 条出错说明因数字改动已失效，请重新说明` : '',
  ].filter(Boolean);
  const text = ready
    ? `可以报送：没有错误，尾差和提示都已说明${reopened ? `（另有 ${reopened} 条出错说明因数字改动已失效）` : ''}。`
    : result.tables.length === 0
      ? '尚不能报送：未识别到预算公开表。'
      : `尚不能报送：${left.join('；')}。`;
  return { ready, errors, unexplained, placeholders, narrativePlaceholders, reopened, text };
}
