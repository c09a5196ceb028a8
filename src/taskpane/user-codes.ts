/**
 * The user's own code lists (imported from their 预算管理一体化系统 export), kept in this browser's localStorage only,
 * read back through their schema (src/core/codes/user-list-schema.ts): a damaged list or entry is left out, and what
 * was left out is said (`userCodesProblems`) for the pane's note.
 */
import type { UserCodeList } from '../core/codes/codebook';
import { checkUserCodeLists } from '../core/codes/user-list-schema';

const KEY = 'budget-disclosure.user-codes';

function read(storage: Pick<Storage, 'getItem'> | undefined): { lists: UserCodeList[]; problems: string[] } {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(KEY);
  } catch {
    return { lists: [], problems: [] }; // storage disabled: nothing kept, nothing damaged
  }
  if (!raw) return { lists: [], problems: [] };
  try {
    return checkUserCodeLists(JSON.parse(raw));
  } catch {
    return { lists: [], problems: ['保存的科目表不是有效的 JSON，已全部忽略'] };
  }
}

export const loadUserCodes = (storage: Pick<Storage, 'getItem'> | undefined): UserCodeList[] => read(storage).lists;

/** What was left out of the stored lists, as one sentence for the pane ('' when nothing). */
export function userCodesProblems(storage: Pick<Storage, 'getItem'> | undefined): string {
  const p = read(storage).problems;
  return p.length
    ? `本浏览器中保存的本单位科目表有损坏：${p.slice(0, 3).join('；')}${p.length > 3 ? `等 ${p.length} 处` : ''}。损坏的部分未使用；需要时请重新导入本单位科目表。`
    : '';
}

export function saveUserCodes(storage: Pick<Storage, 'setItem'> | undefined, list: UserCodeList[]): void {
  try {
    storage?.setItem(KEY, JSON.stringify(list));
  } catch {
    /* storage full or disabled */
  }
}
