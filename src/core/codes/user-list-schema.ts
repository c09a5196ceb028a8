/**
 * The user's code lists checked at the border (kept in the pane's browser storage, or given to the CLI as a file):
 * a list is { kind: function | economic, year: 2000–2100, label: text, entries: [{ code, name }] }; an entry's code
 * is 3, 5 or 7 digits of its kind (2… 支出功能分类, 3… 部门支出经济分类), its name 1–100 characters of text without
 * control characters. A list or entry of the wrong shape or type is left out and named in `problems` (Chinese).
 */
import type { UserCodeList } from './codebook';

const CODE = /^\d{3}(\d{2}){0,2}$/;
const MAX_NAME = 100;
const MAX_ENTRIES = 100_000;
const CONTROL = /[\u0000-\u001f\u007f]/;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Why an entry { code, name } is not one (null: it is). */
export function entryProblem(e: unknown, kind?: UserCodeList['kind']): string | null {
  if (!isObject(e)) return '应为 { code, name }';
  if (typeof e.code !== 'string' || !CODE.test(e.code)) return '编码应为 3、5 或 7 位数字';
  if (kind && e.code[0] !== (kind === 'function' ? '2' : '3')) return '编码与科目表的分类不符';
  if (typeof e.name !== 'string' || !e.name.trim()) return '名称应为文字';
  if (e.name.length > MAX_NAME) return `名称超过 ${MAX_NAME} 字`;
  if (CONTROL.test(e.name)) return '名称含控制字符';
  return null;
}

/** The lists that pass, each keeping its sound entries; what was left out, by list and entry. */
export function checkUserCodeLists(value: unknown): { lists: UserCodeList[]; problems: string[] } {
  if (value === null || value === undefined) return { lists: [], problems: [] };
  if (!Array.isArray(value)) return { lists: [], problems: ['保存的科目表应为一个列表，已全部忽略'] };
  const problems: string[] = [];
  const lists: UserCodeList[] = [];
  value.forEach((l: unknown, i) => {
    const at = `第 ${i + 1} 个科目表`;
    if (!isObject(l)) return void problems.push(`${at}不是科目表，已忽略`);
    if (l.kind !== 'function' && l.kind !== 'economic') return void problems.push(`${at}的分类应为 function 或 economic，已忽略`);
    if (!Number.isInteger(l.year) || (l.year as number) < 2000 || (l.year as number) > 2100)
      return void problems.push(`${at}的年度应为 2000–2100 的整数，已忽略`);
    if (!Array.isArray(l.entries) || l.entries.length > MAX_ENTRIES)
      return void problems.push(`${at}的条目应为不超过 ${MAX_ENTRIES} 条的列表，已忽略`);
    const label = typeof l.label === 'string' ? l.label.slice(0, 200) : `用户导入 ${l.year}年`;
    const kind = l.kind;
    let bad = 0;
    let first = '';
    const entries = l.entries.flatMap((e: unknown) => {
      const why = entryProblem(e, kind);
      if (!why) return [{ code: (e as { code: string }).code, name: (e as { name: string }).name }];
      bad++;
      first ||= why;
      return [];
    });
    if (bad) problems.push(`${at}（${label}）有 ${bad} 条${first}等，已忽略`);
    lists.push({ kind, year: l.year as number, label, entries });
  });
  return { lists, problems };
}
