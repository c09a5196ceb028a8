/** The user's own code lists (imported from their 预算管理一体化系统 export), kept in this browser's localStorage only. */
import type { UserCodeList } from '../core/codes/codebook';

const KEY = 'budget-disclosure.user-codes';

export function loadUserCodes(storage: Pick<Storage, 'getItem'> | undefined): UserCodeList[] {
  try {
    const raw = storage?.getItem(KEY);
    const v = raw ? (JSON.parse(raw) as UserCodeList[]) : [];
    return Array.isArray(v) ? v.filter((x) => (x.kind === 'function' || x.kind === 'economic') && Array.isArray(x.entries)) : [];
  } catch {
    return [];
  }
}

export function saveUserCodes(storage: Pick<Storage, 'setItem'> | undefined, lists: UserCodeList[]): void {
  try {
    storage?.setItem(KEY, JSON.stringify(lists));
  } catch {
    /* storage full or disabled */
  }
}
