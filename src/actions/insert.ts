/**
 * 插入模板 on any host: one read (existing sheet names) and one plan (Office: 1 + 1 round trips).
 * Nothing existing is changed: names that clash get a numbered suffix in the core planner.
 */
import { planInsert, type InsertOptions } from '../core/insert/plan-insert';
import { BUILTIN_DELTAS, type EditionDelta } from '../core/catalog/editions';
import { readSettings, withSettings, type WorkbookSettings } from '../core/settings';
import { SETTINGS_SHEET } from '../core/internal-sheets';
import type { EditPlan } from '../core/model/plan';
import type { WorkbookHost } from '../host/workbook-host';
import { planWithSheetNames } from './plan-with-names';

export async function insertTemplates(
  host: WorkbookHost,
  options: InsertOptions,
  deltas: readonly EditionDelta[] = BUILTIN_DELTAS,
  settings?: WorkbookSettings,
): Promise<EditPlan> {
  return planWithSheetNames(host, (names) => {
    const plan = planInsert(options, names, deltas);
    return { plan: settings ? withSettings(plan, names, settings) : plan, result: plan };
  });
}

/** The settings stored in the workbook (Office: 2 round trips — sheet names, then the settings sheet when present). */
export async function readWorkbookSettings(host: WorkbookHost): Promise<WorkbookSettings> {
  return host.batch(async (io) => {
    const { values } = await io.readStored(SETTINGS_SHEET, 'A1');
    return values ? readSettings({ sheets: [{ name: SETTINGS_SHEET, origin: { row: 0, col: 0 }, values }] }) : {};
  });
}

/**
 * The tables of this insert that the workbook already holds for the same 部门/单位 (recognized by content, one read
 * batch): inserting again would add "(2)" copies that 检查 then sees twice, so the pane asks first. Recognition
 * (and decimal.js with it) is loaded here, on first use, not with the pane.
 */
export async function tablesAlreadyThere(host: WorkbookHost, code: string, ids: readonly string[]): Promise<string[]> {
  const { recognizeWorkbook } = await import(/* webpackChunkName: "recognize" */ '../core/recognize/recognize');
  return host.batch(async (io) => {
    const { snapshot } = await io.readSnapshot({ fills: false });
    return recognizeWorkbook(snapshot)
      .tables.filter((t) => ids.includes(t.id) && (!code || !t.unitCode || t.unitCode === code))
      .map((t) => `${t.sheet}（${t.title}）`);
  });
}
