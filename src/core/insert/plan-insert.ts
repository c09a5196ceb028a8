/**
 * 插入模板: turns the user's choices (edition, 部门/单位, code, name, tables) into one edit plan that adds one
 * worksheet per table and changes nothing that exists. Validation messages are Chinese, for the pane and CLI.
 */
import { renderTable, TABLE_STYLES } from '../catalog/render';
import { resolveEdition, tableOf } from '../catalog/editions';
import type { EditionDelta } from '../catalog/editions';
import { BUILTIN_DELTAS } from '../catalog/editions';
import { STANDARD_TABLES, type Level, type TableId } from '../catalog/types';
import type { EditPlan } from '../model/plan';
import { uniqueSheetName } from './sheet-names';
import { INTERNAL_SHEETS } from '../internal-sheets';

export interface InsertOptions {
  edition: string;
  level: Level;
  code: string;
  name: string;
  /** Default: the nine standard tables. */
  tables?: TableId[];
  /** Printed variant per table (T9: A/B/C; S3: 20/50). */
  variants?: Partial<Record<TableId, string>>;
  /** Tables to print as empty with their 注 line (default T7, T8). */
  emptyTables?: TableId[];
  project?: string;
}

export class InsertError extends Error {}

export function validateInsert(o: InsertOptions, deltas: readonly EditionDelta[] = BUILTIN_DELTAS): string[] {
  const errors: string[] = [];
  if (!deltas.some((d) => d.id === o.edition)) errors.push(`未知版式：${o.edition}（可选：${deltas.map((d) => d.id).join('、')}）`);
  if (o.level !== '部门' && o.level !== '单位') errors.push(`级次应为“部门”或“单位”，收到：${String(o.level)}`);
  const code = (o.code ?? '').trim();
  if (!/^\d+$/.test(code)) errors.push('编码应为数字（部门3位，单位6位），例如 225 或 225001');
  else if (o.level === '部门' && code.length !== 3) errors.push(`部门编码应为3位数字，收到：${code}`);
  else if (o.level === '单位' && code.length !== 6) errors.push(`单位编码应为6位数字（部门编码＋3位），收到：${code}`);
  if (!(o.name ?? '').trim()) errors.push(`请填写${o.level === '单位' ? '单位' : '部门'}名称`);
  if (o.tables && o.tables.length === 0) errors.push('请至少选择一张表');
  return errors;
}

/**
 * Builds the insert plan. `existingSheetNames` are never reused: a clash gets a numbered suffix.
 * Throws InsertError with all validation messages joined.
 */
export function planInsert(
  o: InsertOptions,
  existingSheetNames: readonly string[],
  deltas: readonly EditionDelta[] = BUILTIN_DELTAS,
): EditPlan {
  const errors = validateInsert(o, deltas);
  if (errors.length) throw new InsertError(errors.join('；'));
  const edition = resolveEdition(o.edition, deltas);
  const taken = new Set([...existingSheetNames, ...INTERNAL_SHEETS].map((s) => s.toLowerCase()));
  const empty = new Set(o.emptyTables ?? ['T7', 'T8']);
  const ids = o.tables ?? [...STANDARD_TABLES];
  const addSheets = ids.map((id) => {
    const t = tableOf(edition, id, o.variants?.[id]);
    const r = renderTable(t, edition, {
      level: o.level,
      code: o.code.trim(),
      name: o.name.trim(),
      year: edition.year,
      project: o.project,
      empty: empty.has(id),
    });
    return { name: uniqueSheetName(r.title, taken), ...r.sheet };
  });
  return {
    description: `插入${o.level}预算模板（${edition.label}，${addSheets.length}张表）`,
    styles: { ...TABLE_STYLES },
    addSheets,
  };
}
