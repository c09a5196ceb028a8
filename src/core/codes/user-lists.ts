/**
 * The user's own code lists: an imported list split into 支出功能分类 (2…) and 部门支出经济分类 (3…) by code, and
 * single pairs given in the pane (为此编码填写名称) kept as one list per kind and year, labelled 用户补充.
 */
import type { UserCodeList } from './codebook';

export const kindOfCode = (code: string): UserCodeList['kind'] => (code.startsWith('3') ? 'economic' : 'function');

export function importedLists(entries: { code: string; name: string }[], year: number): UserCodeList[] {
  const label = `用户导入 ${year}年（${entries.length}条）`;
  return (['function', 'economic'] as const).map((kind) => ({
    kind,
    year,
    label,
    entries: entries.filter((e) => kindOfCode(e.code) === kind),
  }));
}

export function withUserPair(lists: readonly UserCodeList[], code: string, name: string, year: number): UserCodeList[] {
  const kind = kindOfCode(code);
  const own = lists.find((l) => l.kind === kind && l.label === '用户补充' && l.year === year);
  const entries = [...(own?.entries ?? []).filter((e) => e.code !== code), { code, name }];
  return [...lists.filter((l) => l !== own), { kind, year, label: '用户补充', entries }];
}
