/** The pane's localStorage (custom editions, user code lists, the 插入模板 form's last entry) through its one store. */
import { loadCustomEditions, saveCustomEditions } from '../../src/taskpane/custom-editions';
import { loadRemembered, saveRemembered } from '../../src/taskpane/insert-defaults';
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

it('the 插入模板 entry round-trips; a wrong level, a missing field or corrupt JSON reads as none', () => {
  const s = memory();
  expect(loadRemembered(s)).toBeNull();
  saveRemembered(s, { level: '单位', code: '225001', name: '某某中心' });
  expect(s.m.get('budget-disclosure.insert')).toBe('{"level":"单位","code":"225001","name":"某某中心"}');
  expect(loadRemembered(s)).toEqual({ level: '单位', code: '225001', name: '某某中心' });
  for (const bad of ['{"level":"省","code":"1","name":"x"}', '{"level":"部门","code":1,"name":"x"}', 'null', '[]', '{not json'])
    expect(loadRemembered({ getItem: () => bad })).toBeNull();
  expect(loadRemembered(undefined)).toBeNull();
});
