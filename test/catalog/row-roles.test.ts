/**
 * Row roles (catalog/row-roles.ts): recognition keys every income and 类 row of 收支总表 and 财政拨款收支总表 in
 * English (类 by code), and roleWords gives back the printed words for messages. Round trip on the seed fixtures:
 * the words of each recognized role are the row's own bare label.
 */
import { AMOUNT_COLUMNS, ROW_LISTS, roleWords } from '../../src/core/catalog/row-roles';
import { BUILTIN_DELTAS, resolveEdition } from '../../src/core/catalog/editions';
import { builtinVocabulary } from '../../src/core/catalog/vocabulary';
import { recognizeWorkbook } from '../../src/core/recognize/recognize';
import { bareLabel } from '../../src/core/text';
import { seedSnapshot } from '../fixtures/seed-workbooks';

it.each([
  ['000', {}],
  ['001', {}],
  ['003', { unitFunds: 'both' as const }],
])('seed %s: every 收支总表/财政拨款收支总表 row role is English and reads back as its label', async (seed, o) => {
  const rec = recognizeWorkbook(await seedSnapshot(seed, o));
  const rows = rec.tables.filter((t) => t.id === 'T1' || t.id === 'T4').flatMap((t) => t.rows.map((r) => ({ t: t.id, r })));
  expect(rows.length).toBeGreaterThan(40);
  for (const { t, r } of rows) {
    expect(r.role).toMatch(/^(in|co|ex):[A-Za-z0-9]+$/);
    expect([t, r.role, roleWords(t, r.role)]).toEqual([t, r.role, bareLabel(r.label)]);
  }
});

it('row lists expand to distinct English roles', () => {
  const v = builtinVocabulary();
  const categories = ROW_LISTS.categories(v);
  expect(categories).toContain('ex:201');
  expect(categories).toContain('ex:pbc');
  expect(new Set(categories).size).toBe(categories.length);
  expect(ROW_LISTS.t1Income(v)).toEqual([
    'in:general',
    'in:fund',
    'in:stateCapital',
    'in:specialAccount',
    'in:business',
    'in:operating',
    'in:superiorSubsidy',
    'in:subordinateRemit',
    'in:other',
    'in:unitFunds',
  ]);
  expect(ROW_LISTS.t4Carry(v)).toEqual(['co:general', 'co:fund', 'co:stateCapital']);
});

it('a label no map knows (an imported edition’s own row) keeps its words', () => {
  expect(roleWords('T1', 'in:label:某某收入')).toBe('某某收入');
  expect(roleWords('T9', 'sg:subtotal')).toBe('"三公"经费小计');
  expect(roleWords('T7', 'total')).toBe('合计');
});

it('the amount columns a rule may name are exactly those the built-in templates print, per table', () => {
  const printed = new Map<string, Set<string>>();
  for (const d of BUILTIN_DELTAS)
    for (const t of resolveEdition(d.id).tables)
      for (const c of t.columns) if (c.kind === 'amount') printed.set(t.id, (printed.get(t.id) ?? new Set()).add(c.key));
  for (const [table, keys] of Object.entries(AMOUNT_COLUMNS))
    expect([table, [...keys].sort()]).toEqual([table, [...printed.get(table)!].sort()]);
});
