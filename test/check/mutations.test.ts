/**
 * Mutation table: every entry of the catalog (each row of RULES, and each check of the supporting tables, P-/A-/G-)
 * is broken on its own. A case changes cells of a clean seed fixture consistently (a total with its parts, a table
 * with the tables that repeat it, the 部门 with its 单位) so that exactly that entry fires, on the expected cell with
 * the expected severity, and no other entry says anything new. Where the entry is implied by others (breaking it
 * necessarily breaks one of them), the case says why (`alone: false, because`) and names the entries that fire
 * with it (`with`): a checker that silenced the entry still fails the case, since the set of entries is exact.
 * Rows: [entry, seed, edits, judged cell]. Entry keys: CATALOG in ./mutate.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/core/model/snapshot';
import { cellAddress } from '../../src/core/a1';
import { seedSnapshot, type FixtureOptions } from '../fixtures/seed-workbooks';
import { addressOf, applyAll, CATALOG, fired, firedAfter, locate, type Fired, type Target } from './mutate';
import { CASES, EARLIER_CELLS, type Case, type Cell } from './mutation-cases';

const snapshots = new Map<string, Promise<WorkbookSnapshot>>();
const clean = (seed: string, options: FixtureOptions = {}) => {
  const key = `${seed} ${JSON.stringify(options)}`;
  if (!snapshots.has(key)) snapshots.set(key, seedSnapshot(seed, options));
  return snapshots.get(key)!;
};

function address(snap: WorkbookSnapshot, j: Target | Cell): string {
  if (!('sheet' in j)) return addressOf(locate(snap, j));
  const s = snap.sheets.find((x) => x.name === j.sheet)!;
  return `${j.sheet}!${cellAddress(s.origin.row + j.r, s.origin.col + j.c)}`;
}

/** The fixture a case starts from: the seed, with its base edits (a funded 政府性基金 table, a 绩效目标表); built once. */
const bases = new Map<string, Promise<WorkbookSnapshot>>();
const fixtureIds = new Map<object, number>();
const fixtureId = (x: object | undefined) => (x ? (fixtureIds.get(x) ?? fixtureIds.set(x, fixtureIds.size).get(x)!) : -1);
function base(c: Case): Promise<WorkbookSnapshot> {
  const key = `${c.seed} ${JSON.stringify(c.options ?? {})} ${fixtureId(c.base)} ${fixtureId(c.sheets)}`;
  if (!bases.has(key))
    bases.set(
      key,
      clean(c.seed, c.options).then((seed) => {
        const snap = applyAll(seed, c.base ?? []);
        return c.sheets
          ? { ...snap, sheets: [...snap.sheets, ...c.sheets.map((s): SheetSnapshot => JSON.parse(JSON.stringify(s)))] }
          : snap;
      }),
    );
  return bases.get(key)!;
}

describe('the table', () => {
  it('has exactly one case for every catalog entry (RULES rows and the P-/A-/G- checks)', () => {
    const keys = CATALOG.map((e) => e.key);
    expect(keys.length).toBeGreaterThan(100);
    expect(new Set(keys).size).toBe(keys.length);
    const count = (k: string) => CASES.filter((c) => c.entry === k).length;
    expect(keys.filter((k) => count(k) !== 1).map((k) => `${k}: ${count(k)} cases`)).toEqual([]);
    expect(CASES.map((c) => c.entry).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('says why for every entry it does not break alone, and names what fires with it', () => {
    const implied = CASES.filter((c) => c.alone === false);
    expect(implied.filter((c) => (c.because ?? '').length < 40 || !c.with?.length).map((c) => c.entry)).toEqual([]);
    expect(CASES.filter((c) => c.alone !== false && (c.because || c.with)).map((c) => c.entry)).toEqual([]);
  });
});

/** What each starting fixture says before any break (fixtures are shared by the cases that start from them). */
const firedBefore = new WeakMap<WorkbookSnapshot, Fired>();

async function breaks(c: Case): Promise<void> {
  const snap0 = await base(c);
  const before = firedBefore.get(snap0) ?? firedBefore.set(snap0, fired(snap0)).get(snap0)!;
  const judged = address(snap0, c.judged ?? (c.edits[0] as Target | Cell));
  const snap = applyAll(snap0, c.edits);
  const added = firedAfter(before, fired(snap));
  // Exactly this entry (and, when it cannot break alone, the entries it implies), nothing outside the catalog.
  expect([...added.entries.keys()].sort()).toEqual([c.entry, ...(c.with ?? [])].sort());
  expect(added.other.map((f) => `${f.rule}@${f.sheet}!${f.cell}`)).toEqual([]);
  const hits = added.entries.get(c.entry)!;
  const hit = hits.find((f) => `${f.sheet}!${f.cell}` === judged);
  expect(hit ? `${hit.sheet}!${hit.cell}` : hits.map((f) => `${f.sheet}!${f.cell}`)).toEqual(judged);
  const entry = CATALOG.find((e) => e.key === c.entry)!;
  expect(hit!.severity).toBe(c.severity ?? (entry.severity === 'strict' ? 'error' : 'advisory'));
}

it.each(CASES.map((c) => [c.entry, c] as const))('%s: the injected break fires this entry and no other', async (_key, c) => breaks(c));

it.each(EARLIER_CELLS.map((c) => [c.entry, c] as const))('%s at the cell judged before: fires with the entries it needs', async (_key, c) =>
  breaks(c),
);

it('the fixtures the cases start from are clean: nothing fires before the break', async () => {
  for (const c of [...CASES, ...EARLIER_CELLS].filter((x) => x.base || x.sheets)) {
    const b = fired(await base(c));
    expect([c.entry, [...b.entries.keys()], b.other.map((f) => f.rule)]).toEqual([c.entry, [], []]);
  }
});
