/**
 * The 出错说明 sheet's rows checked at the border (the sheet is in the user's workbook: it may be edited, pasted into
 * or come from another tool): a header row, then one row per explanation — 键 (text: rule|sheet!cell|actual|expected),
 * 类型 (explained / dismissed), 说明 (text), 日期 (yyyy-mm-dd or blank), 位置. A row of the wrong shape or type is left
 * out and named in `problems` (Chinese, by its row number in the sheet); blank rows are not problems.
 */
import type { CellValue } from '../model/snapshot';

export interface ExplanationRow {
  key: string;
  kind: 'explained' | 'dismissed';
  text: string;
  date: string;
  where: string;
}

export const EXPLANATION_HEADER = ['键', '类型', '说明', '日期', '位置'];
/** Longest 说明 kept (a cell holds 32,767 characters; an explanation is a sentence or two). */
const MAX_TEXT = 2000;
/** A key is the finding's rule|sheet!cell|actual|expected (a sheet name may hold "|": only its length is checked). */
const MAX_KEY = 1000;
const DATE = /^(\d{4}-\d{2}-\d{2})?$/;

const blank = (v: CellValue | undefined) => v === null || v === undefined || v === '';

export function checkExplanationRows(values: readonly (readonly CellValue[])[]): { list: ExplanationRow[]; problems: string[] } {
  const problems: string[] = [];
  const list: ExplanationRow[] = [];
  const head = values[0] ?? [];
  if (values.length && EXPLANATION_HEADER.some((h, i) => head[i] !== h)) problems.push('第 1 行不是表头（键、类型、说明、日期、位置）');
  values.slice(1).forEach((r, i) => {
    const row = i + 2;
    if (r.every(blank)) return;
    const [key, kind, text, date, where] = r;
    const why =
      typeof key !== 'string' || !key.trim() || key.length > MAX_KEY
        ? '键应为本工具写入的文字'
        : kind !== 'explained' && kind !== 'dismissed'
          ? '类型应为 explained 或 dismissed'
          : !blank(text) && typeof text !== 'string' && typeof text !== 'number'
            ? '说明应为文字'
            : String(text ?? '').length > MAX_TEXT
              ? `说明超过 ${MAX_TEXT} 字`
              : !blank(date) && (typeof date !== 'string' || !DATE.test(date))
                ? '日期应为 yyyy-mm-dd'
                : !blank(where) && typeof where !== 'string'
                  ? '位置应为文字'
                  : null;
    if (why) {
      problems.push(`第 ${row} 行${why}，已忽略`);
      return;
    }
    list.push({
      key: key as string,
      kind: kind as ExplanationRow['kind'],
      text: blank(text) ? '' : String(text),
      date: blank(date) ? '' : (date as string),
      where: blank(where) ? '' : (where as string),
    });
  });
  return { list, problems };
}
