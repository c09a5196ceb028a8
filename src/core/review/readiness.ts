/**
 * 「可以报送」 is a promise: the tables are complete and consistent. Complete: every standard table of each 部门/单位
 * is in the workbook and filled (or printed as 空表列示), and no amount is unreadable (those are 错误 at their cells).
 * Consistent: no 错误 remains (强制性审核), every 尾差 and 提示 is explained or dismissed (提示性审核), and the 说明
 * holds no placeholder (〔请填写…〕, 〔缺：…〕); and no 勾稽关系 is left 未核对 because a filled table lacks a row or a
 * column its template prints (check/unjudged.ts; what the layout decides is not applicable and says nothing), nor a
 * sheet titled 情况说明 that could not be read as one (its 说明核对 is 未核对). The
 * status names what is left, in the user's words; a workbook with nothing filled yet says 「尚未填写」. Findings that follow from a diagnosed cell count once (their root).
 */
import { unfilledText } from '../check/fill-state';
import { tableName } from '../check/terms';
import type { CheckResult } from './result';
import { unjudgedGaps, type UnjudgedGap } from '../check/unjudged';
import { findingCounts, rootFindings } from './counts';

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
  /** Standard tables not filled yet, and standard tables not in the workbook. */
  unfilled: number;
  missing: number;
  /** Rows, cells or tables that could not be recognized (not checked: the preparer can fix them). */
  unrecognized: number;
  /** Rows or columns the template prints, missing from a filled table: their 勾稽关系 are 未核对 (check/unjudged.ts). */
  unjudged: number;
  /**
   * Formulas with no stored result (E-02): a 提示, but its 勾稽关系 are 未核对 until Excel computes them, so it keeps
   * 可以报送 back even when dismissed.
   */
  uncomputed: number;
  /** Sheets titled 情况说明 that could not be read as one: 未核对, so not 可以报送 even when the 提示 is dismissed. */
  narrativeUnread: number;
  text: string;
}

const PLACEHOLDER = /〔(?:请填写|缺[:：])[^〕]*〕/g;

export const countPlaceholders = (narrative: string | null): number => (narrative ? (narrative.match(PLACEHOLDER) ?? []).length : 0);

/** 「收入总表、支出总表等 7 张表」: the first names, and how many. */
function names(list: string[]): string {
  const uniq = [...new Set(list)];
  return uniq.length <= 3 ? uniq.join('、') : `${uniq.slice(0, 3).join('、')}等 ${list.length} 张表`;
}

/** `narrativePlaceholders`: markers in the 说明 generated from the stored inputs (a 说明 sheet's are findings). */
export function readiness(result: CheckResult, narrativePlaceholders = 0): Readiness {
  const roots = rootFindings(result.findings);
  const errors = findingCounts(result).error;
  const unexplained = roots.filter((f) => f.severity !== 'error' && !f.explanation).length;
  // The 说明 sheet's placeholders are findings (U-05); a generated one is counted from its text.
  const placeholders = roots.filter((f) => f.rule === 'U-05' && f.severity === 'error').length + narrativePlaceholders;
  const reopened = result.reopened ?? 0;
  const unfilled = result.unfilled ?? [];
  const missing = (result.missing ?? []).flatMap((m) => m.tables);
  const unrecognized = result.problems.length;
  const gaps = unjudgedGaps(result.notEvaluated ?? []);
  const uncomputed = roots.filter((f) => f.rule === 'E-02').length;
  const unreadSheets = result.unreadNarratives ?? [];
  const ready =
    result.tables.length > 0 &&
    unfilled.length === 0 &&
    missing.length === 0 &&
    unrecognized === 0 &&
    gaps.length === 0 &&
    uncomputed === 0 &&
    unreadSheets.length === 0 &&
    errors === 0 &&
    unexplained === 0 &&
    placeholders === 0;
  const rules = unfilled.reduce((n, u) => n + u.rules, 0);
  const left = [
    unfilled.length === 1
      ? unfilledText(unfilled[0]!)
      : unfilled.length
        ? `${names(unfilled.map((u) => u.name))}尚未填写（相关的 ${rules} 条勾稽关系未核对）`
        : '',
    missing.length ? `缺少${names(missing.map(tableName))}` : '',
    unrecognized ? `${unrecognized} 处未能识别（未参与检查）` : '',
    gapsText(gaps),
    uncomputed ? `${uncomputed} 个公式没有计算结果（相关的勾稽关系未核对，请在 Excel 中打开并保存后再检查）` : '',
    unreadSheets.length
      ? `工作表${unreadSheets.map((n) => `“${n}”`).join('、')}像是情况说明但未能读取（未核对，请按模板保留各部分标题）`
      : '',
    errors ? `错误 ${errors} 处（须改正）` : '',
    unexplained ? `尾差/提示 ${unexplained} 处未说明` : '',
    placeholders ? `情况说明中 ${placeholders} 处待填写` : '',
    reopened ? `${reopened} 条出错说明因数字改动已失效，请重新说明` : '',
  ].filter(Boolean);
  // Nothing typed in any table: an inserted template, not a finished workbook.
  const nothing = result.tables.length > 0 && unfilled.length > 0 && result.tables.length === unfilled.length + countPrintedEmpty(result);
  const text = ready
    ? `可以报送：各表已填写，没有错误，尾差和提示都已说明${reopened ? `（另有 ${reopened} 条出错说明因数字改动已失效）` : ''}。`
    : result.tables.length === 0
      ? '尚不能报送：未识别到预算公开表。'
      : nothing
        ? `尚未填写：${unfilled.length} 张表还没有填写数字（${names(unfilled.map((u) => u.name))}），请先填写。`
        : `尚不能报送：${left.join('；')}。`;
  return {
    ready,
    errors,
    unexplained,
    placeholders,
    narrativePlaceholders,
    reopened,
    unfilled: unfilled.length,
    missing: missing.length,
    unrecognized,
    unjudged: gaps.length,
    uncomputed,
    narrativeUnread: unreadSheets.length,
    text,
  };
}

/** 「支出总表没有“合计”行（相关的 3 条勾稽关系未核对）」: each gap once; beyond two, the first two and how many. */
function gapsText(gaps: UnjudgedGap[]): string {
  if (!gaps.length) return '';
  const rules = gaps.reduce((n, u) => n + u.rules, 0);
  const whats = [...new Set(gaps.map((u) => u.what))];
  const head = whats.length <= 2 ? whats.join('、') : `${whats.slice(0, 2).join('、')}等 ${gaps.length} 处缺行缺栏`;
  const todo = gaps.every((u) => u.unread) ? '请恢复这些行的科目名称或编码' : '请按模板补上';
  return `${head}（相关的 ${rules} 条勾稽关系未核对，${todo}）`;
}

/** Tables printed as 空表列示 (empty with their 注): they count as filled, but hold no figure either. */
function countPrintedEmpty(result: CheckResult): number {
  return result.tables.filter((t) => t.fill === 'emptyPrinted').length;
}
