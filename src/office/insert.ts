/**
 * 插入模板 in Excel: one read sync (existing sheet names) and one write sync (the whole plan).
 * Nothing existing is changed: names that clash get a numbered suffix in the core planner.
 */
import { planInsert, type InsertOptions } from '../core/insert/plan-insert';
import { BUILTIN_DELTAS, type EditionDelta } from '../core/catalog/editions';
import { readSettings, SETTINGS_SHEET, withSettings, type WorkbookSettings } from '../core/settings';
import type { EditPlan } from '../core/model/plan';
import type { ExcelHost } from './excel-host';
import { planWithSheetNames } from './apply-plan';
import { readWorkbookSnapshot } from './read-snapshot';
import { recognizeWorkbook } from '../core/recognize/recognize';
import { capabilitiesOf } from './requirements';

export async function insertTemplates(
  host: ExcelHost,
  options: InsertOptions,
  deltas: readonly EditionDelta[] = BUILTIN_DELTAS,
  settings?: WorkbookSettings,
): Promise<EditPlan> {
  return planWithSheetNames(host, (names) => {
    const plan = planInsert(options, names, deltas);
    return { plan: settings ? withSettings(plan, names, settings) : plan, result: plan };
  });
}

/** The settings stored in the workbook (2 round trips: sheet names, then the settings sheet when present). */
export async function readWorkbookSettings(host: ExcelHost): Promise<WorkbookSettings> {
  return host.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const ws = sheets.items.find((s) => s.name === SETTINGS_SHEET);
    const cell = (ws ?? sheets.items[0])?.getRange('A1');
    cell?.load('values');
    await ctx.sync();
    if (!ws || !cell) return {};
    const values = cell.values as (string | number | boolean)[][];
    return readSettings({ sheets: [{ name: SETTINGS_SHEET, origin: { row: 0, col: 0 }, values }] });
  });
}

/**
 * The tables of this insert that the workbook already holds for the same 部门/单位 (recognized by content, one read
 * batch): inserting again would add "(2)" copies that 检查 then sees twice, so the pane asks first.
 */
export async function tablesAlreadyThere(host: ExcelHost, code: string, ids: readonly string[]): Promise<string[]> {
  return host.run(async (ctx) => {
    const snap = await readWorkbookSnapshot(ctx, false, capabilitiesOf(host).layout);
    return recognizeWorkbook(snap)
      .tables.filter((t) => ids.includes(t.id) && (!code || !t.unitCode || t.unitCode === code))
      .map((t) => `${t.sheet}（${t.title}）`);
  });
}
