/** The pane's localStorage lists (custom editions, user code lists) through their one store. */
import { loadCustomEditions, saveCustomEditions } from '../../src/taskpane/custom-editions';
import { loadUserCodes, saveUserCodes } from '../../src/taskpane/user-codes';

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
};

it('a list round-trips; invalid items, corrupt JSON and a missing storage read as nothing; a full storage is no error', () => {
  const s = memory();
  const list = [{ kind: 'function' as const, year: 2026, label: 'x', entries: [{ code: '201', name: '一般公共服务支出' }] }];
  saveUserCodes(s, list);
  expect(loadUserCodes(s)).toEqual(list);
  s.m.set('budget-disclosure.user-codes', JSON.stringify([...list, { kind: 'income', entries: [] }, null]));
  expect(loadUserCodes(s)).toEqual(list);
  s.m.set('budget-disclosure.user-codes', '{not json');
  expect(loadUserCodes(s)).toEqual([]);
  expect(loadUserCodes(undefined)).toEqual([]);
  const full = {
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  };
  expect(() => saveUserCodes(full, list)).not.toThrow();
  // Editions: an item that is no edition delta is dropped, under their own key.
  s.m.set('budget-disclosure.editions', JSON.stringify([{ id: 'nope', year: '2030', ops: [] }, 7]));
  expect(loadCustomEditions(s)).toEqual([]);
  saveCustomEditions(s, []);
  expect(s.m.get('budget-disclosure.editions')).toBe('[]');
});
