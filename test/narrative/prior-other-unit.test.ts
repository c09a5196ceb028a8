/**
 * Last year's disclosure of another 部门 (a file picked by mistake) is not used for 比上年: each statement that needs
 * it is 未核对 and says whose file it is (it used to be judged 一致 or 不一致 against the other department's figures).
 * The same department written with or without its code, 「中共」 or 「本级」 is used; a file without a name is used.
 */
import { gatherFacts, type Facts } from '../../src/core/narrative/facts';
import { mergePrior, type PriorFacts } from '../../src/core/narrative/prior-facts';
import { priorFromStatedChanges } from '../../src/core/narrative/read-prior';
import { reviewNarrative } from '../../src/core/narrative/verify';
import { otherUnit } from '../../src/core/narrative/year-over-year';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { seedNarrative } from '../seeds/seed-narrative';

let f: Facts;
let prior: PriorFacts;
beforeAll(async () => {
  f = gatherFacts(await seedSnapshot('001'))[0]!;
  // Last year's figures as seed 001's own 说明 states them: every 比上年 sentence agrees with them.
  prior = priorFromStatedChanges(seedNarrative('001'), f);
});
const named = (p: PriorFacts, unitName: string | null) => mergePrior(p.source, p.year, unitName, p.values, {});

const OTHER = /上年公开文件是“[^”]+”的，不是“[^”]+”的，未核对：请选择本部门上年的公开文件/;
it.each([
  { name: '中共张家口市委机构编制委员会办公室', used: true },
  { name: '225中共张家口市委机构编制委员会办公室', used: true },
  { name: '张家口市委机构编制委员会办公室', used: true },
  { name: ' 中共张家口市委机构编制委员会办公室（本级）', used: true },
  { name: null, used: true },
  { name: '中共秦皇岛市海港区委机构编制委员会办公室', used: false },
  { name: '机关事务管理部门', used: false },
])('last year’s file of “$name”: used $used', ({ name, used }) => {
  expect(f.unitName).toMatch(/张家口市委机构编制委员会办公室/);
  const p = named(prior, name);
  expect(otherUnit(p, f) === null).toBe(used);
  const r = reviewNarrative(seedNarrative('001'), f, { prior: p });
  // Judged against last year's file (a change that only sums its own parts needs no file and stays judged).
  const judged = r.yearOverYear.filter((x) => (x.verdict === '一致' || x.verdict === '不一致') && x.note.includes('上年公开'));
  expect(r.yearOverYear.length).toBeGreaterThan(0);
  if (used) {
    expect(judged.length).toBeGreaterThan(0);
    expect(r.yearOverYear.filter((x) => OTHER.test(x.note))).toEqual([]);
  } else {
    expect(judged).toEqual([]);
    const fromPrior = r.yearOverYear.filter((x) => OTHER.test(x.note));
    expect(fromPrior.length).toBeGreaterThan(0);
    expect(fromPrior[0]!.note).toContain(`“${name}”`);
  }
});
