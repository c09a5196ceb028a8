/** The user's own code lists (imported from their 预算管理一体化系统 export), kept in this browser's localStorage only. */
import type { UserCodeList } from '../core/codes/codebook';
import { storedList } from './browser-store';

const validList = (x: unknown): x is UserCodeList => {
  const l = x as UserCodeList;
  return !!l && (l.kind === 'function' || l.kind === 'economic') && Array.isArray(l.entries);
};

const store = storedList<UserCodeList>('budget-disclosure.user-codes', validList);
export const loadUserCodes = store.load;
export const saveUserCodes = store.save;
