/**
 * Choices the add-in remembers in the workbook itself (a very hidden sheet, JSON in column A: hidden-store.ts), so they travel with the
 * file: today the 收入总表 income layout (five columns or one 单位资金 column).
 */
import type { EditPlan } from './model/plan';
import type { WorkbookSnapshot } from './model/snapshot';

import { jsonStore } from './hidden-store';
import { SETTINGS_SHEET } from './internal-sheets';

export interface WorkbookSettings {
  /** 收入总表 variant: "5" (事业收入 … 其他收入) or "U" (单位资金). */
  t2Layout?: '5' | 'U';
}

const store = jsonStore<WorkbookSettings>(
  SETTINGS_SHEET,
  (json) => {
    try {
      const v = JSON.parse(json ?? '') as WorkbookSettings | null;
      return v?.t2Layout === '5' || v?.t2Layout === 'U' ? { t2Layout: v.t2Layout } : {};
    } catch {
      return {};
    }
  },
  (settings) => JSON.stringify(settings),
);

export const readSettings = (wb: WorkbookSnapshot): WorkbookSettings => store.read(wb);

/** Adds the (re)writing of the settings sheet to a plan. */
export function withSettings(plan: EditPlan, existing: readonly string[], settings: WorkbookSettings): EditPlan {
  const own = store.plan({ sheets: existing.map((name) => ({ name })) }, settings, plan.description);
  return {
    ...plan,
    deleteSheets: [...(plan.deleteSheets ?? []), ...(own.deleteSheets ?? [])],
    addSheets: [...plan.addSheets, ...own.addSheets],
  };
}
