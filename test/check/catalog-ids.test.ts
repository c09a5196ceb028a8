/**
 * Catalog ids: one id names one kind of rule (an id shared by a rowSum, a codeHierarchy and a codeTotal would make
 * 「T78-01」 mean three things in a finding, a stored 出错说明 and the mutation table); a split id names the published
 * id it came from, and that published id is no longer used on its own.
 */
import { CATALOG, RULES, SUPPORTING_RULES } from '../../src/core/check/rules';

it('each id is of one kind', () => {
  const kinds = new Map<string, Set<string>>();
  for (const r of CATALOG) kinds.set(r.id, (kinds.get(r.id) ?? new Set()).add(r.kind));
  const mixed = [...kinds].filter(([, k]) => k.size > 1).map(([id, k]) => `${id}: ${[...k].join(', ')}`);
  expect(kinds.size).toBeGreaterThan(50);
  expect(mixed).toEqual([]);
});

it('a split id names its published id, which no entry keeps', () => {
  const ids = new Set(RULES.map((r) => r.id));
  const split = RULES.filter((r) => r.formerly);
  expect(split.map((r) => r.id).sort()).toEqual([
    'T78-01a',
    'T78-01a',
    'T78-01b',
    'T78-01b',
    'T78-01c',
    'T78-01c',
    'X47-01a',
    'X47-01b',
    'X48-01a',
    'X48-01b',
  ]);
  for (const r of split) {
    expect(r.id.startsWith(r.formerly!)).toBe(true);
    expect(ids.has(r.formerly!)).toBe(false);
  }
});

it('the supporting tables’ rules are entries of the same catalog, each kind judged by a unit of the kind registry', async () => {
  const { SUPPORTING_KINDS } = await import('../../src/core/check/kinds/supporting');
  expect(SUPPORTING_RULES.map((r) => r.id)).toEqual([
    'P-02',
    'P-03',
    'P-04',
    'P-01',
    'P-01',
    'A-04',
    'A-02',
    'A-03',
    'G-01',
    'G-01',
    'G-02',
    'P-05',
  ]);
  expect(CATALOG.length).toBe(RULES.length + SUPPORTING_RULES.length);
  for (const r of SUPPORTING_RULES) expect(typeof SUPPORTING_KINDS[r.kind]).toBe('function');
});
