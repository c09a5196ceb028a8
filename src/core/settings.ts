/**
 * Choices the add-in remembers in the workbook itself (a very hidden sheet, JSON in A1), so they travel with the
 * file: today the 收入总表 income layout (five columns or one 单位资金 column).
 */
import type { EditPlan } from './model/plan';
import type { WorkbookSnapshot } from './model/snapshot';

import { SETTINGS_SHEET } from './internal-sheets';

export { SETTINGS_SHEET };

export interface WorkbookSettings {
  /** 收入总表 variant: "5" (事业收入 … 其他收入) or "U" (单位资金). */
  t2Layout?: '5' | 'U';
}

export function readSettings(wb: WorkbookSnapshot): WorkbookSettings {
  const s = wb.sheets.find((x) => x.name === SETTINGS_SHEET);
  const raw = s?.values[0]?.[0];
  if (typeof raw !== 'string') return {};
  try {
    const v = JSON.parse(raw) as WorkbookSettings;
    return v.t2Layout === '5' || v.t2Layout === 'U' ? { t2Layout: v.t2Layout } : {};
  } catch {
    return {};
  }
}

/** Adds the (re)writing of the settings sheet to a plan. */
export function withSettings(plan: EditPlan, existing: readonly string[], settings: WorkbookSettings): EditPlan {
  return {
    ...plan,
    deleteSheets: [...(plan.deleteSheets ?? []), ...(existing.includes(SETTINGS_SHEET) ? [SETTINGS_SHEET] : [])],
    addSheets: [
      ...plan.addSheets,
      {
        name: SETTINGS_SHEET,
        values: [[JSON.stringify(settings)]],
        merges: [],
        formats: [],
        columnWidths: [],
        visibility: 'veryHidden',
        textOnly: true,
      },
    ],
  };
}
