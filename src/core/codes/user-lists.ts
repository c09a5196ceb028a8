/**
 * The user's own code lists: an imported list split into 支出功能分类 (2…) and 部门支出经济分类 (3…) by code — the
 * one split the CLI (`fill --codes`) and the pane (导入本单位科目表) share; codes of neither kind are returned apart,
 * for the caller to say they were not imported — and single pairs given in the pane (为此编码填写名称) kept as one
 * list per kind and year, labelled 用户补充.
 */
import type { UserCodeList } from './codebook';

type Entry = { code: string; name: string };

/** 2… 支出功能分类, 3… 部门支出经济分类; any other code is neither. */
export const kindOfCode = (code: string): UserCodeList['kind'] | null =>
  code.startsWith('2') ? 'function' : code.startsWith('3') ? 'economic' : null;

/** An imported list as one list per kind, and the entries whose code is of neither kind (not imported). */
export function splitUserCodes(
  entries: Entry[],
  year: number,
  label = `用户导入 ${year}年（${entries.length}条）`,
): { lists: UserCodeList[]; other: Entry[] } {
  const lists = (['function', 'economic'] as const).map((kind) => ({
    kind,
    year,
    label,
    entries: entries.filter((e) => kindOfCode(e.code) === kind),
  }));
  return { lists, other: entries.filter((e) => kindOfCode(e.code) === null) };
}

/** What is said of the codes of neither kind, or '' when there are none. */
export const otherCodesNote = (other: Entry[]): string =>
  other.length ? `${other.length} 个编码既非支出功能分类（2 开头）也非部门支出经济分类（3 开头），未导入（如 ${other[0]!.code}）` : '';

export function withUserPair(lists: readonly UserCodeList[], code: string, name: string, year: number): UserCodeList[] {
  const kind = kindOfCode(code) ?? 'function';
  const own = lists.find((l) => l.kind === kind && l.label === '用户补充' && l.year === year);
  const entries = [...(own?.entries ?? []).filter((e) => e.code !== code), { code, name }];
  return [...lists.filter((l) => l !== own), { kind, year, label: '用户补充', entries }];
}
