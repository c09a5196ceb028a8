/**
 * The add-in's own sheets in the user's workbook: very hidden, named 预算公开助手_…, skipped by recognition and
 * never used for a table. (检查结果 is the visible export for the reviewer; it is skipped by recognition too.)
 */
export const MARKS_SHEET = '预算公开助手_标记';
export const INPUTS_SHEET = '预算公开助手_说明';
export const SETTINGS_SHEET = '预算公开助手_设置';
export const EXPLANATIONS_SHEET = '预算公开助手_出错说明';
/** Last year's disclosure: its file name and the prior facts read from it (issue #21). */
export const PRIOR_SHEET = '预算公开助手_上年';
export const INTERNAL_SHEETS: readonly string[] = [MARKS_SHEET, INPUTS_SHEET, SETTINGS_SHEET, EXPLANATIONS_SHEET, PRIOR_SHEET];

const PREFIX = '预算公开助手_';

export const isInternalSheet = (name: string) => name.startsWith(PREFIX) || /^检查结果(\(\d+\))?$/.test(name);
