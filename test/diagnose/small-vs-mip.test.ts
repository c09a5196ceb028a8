/**
 * The exact small-part enumeration (small.ts) against the MIP (multi.ts, HiGHS) on the same parts: random two- and
 * three-cell typing mistakes in seed 000, every violated part that no single cell explains. Both must name the same
 * sets of cells (a tie the same tie) with the same repaired values; a part that needs four cells or more is not
 * answered by the enumeration and goes to HiGHS.
 */
import fc from 'fast-check';
import { analyzeWorkbook } from '../../src/core/analysis';
import { checkWorkbookWith } from '../../src/core/review/check';
import { showUnits } from '../../src/core/diagnose/diagnose';
import { multiCellRepairs } from '../../src/core/diagnose/multi';
import { singleCellRepairs, type CellRepair } from '../../src/core/diagnose/single';
import { smallCellRepairs } from '../../src/core/diagnose/small';
import { components, isViolated, type LinearSystem } from '../../src/core/diagnose/system';
import type { MipSolve } from '../../src/core/diagnose/solver';
import { loadNodeSolver } from '../../src/solver/node';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { CHANGES, mistake, withValue } from './helpers';

const CASES = Number(process.env.SMALL_CASES ?? 80);

const key = (sets: CellRepair[][]) =>
  sets
    .map((s) =>
      [...s]
        .sort((a, b) => a.cell - b.cell)
        .map((r) => `${r.cell}:${r.delta}`)
        .join(' '),
    )
    .sort();

/** Parts of the system with violated rows that no single cell explains. */
function hardParts(sys: LinearSystem): number[][] {
  return components(sys)
    .map((part) => part.filter((k) => isViolated(sys.rows[k]!)))
    .filter((v) => v.length && singleCellRepairs(sys, v).length === 0);
}

let solve: MipSolve;
beforeAll(async () => {
  solve = await loadNodeSolver();
});

it.each([2, 3])(`%i random mistakes per case: the enumeration and the MIP agree on every part`, async (wrongCells) => {
  const clean = await seedSnapshot('000');
  const { system } = analyzeWorkbook(clean).rules();
  const cells = system.cells.filter((c) => c.value !== 0);
  const rng = fc.sample(
    fc.array(fc.tuple(fc.nat(cells.length - 1), fc.nat(CHANGES.length - 1)), { minLength: wrongCells, maxLength: wrongCells }),
    {
      numRuns: CASES * 3,
      seed: 20261205 + wrongCells,
    },
  );
  let parts = 0;
  let small = 0;
  const sizes = [0, 0, 0, 0, 0];
  const differ: string[] = [];
  for (const picks of rng) {
    if (parts >= CASES) break;
    let snap = clean;
    for (const [i, ci] of picks) {
      const c = cells[i]!;
      const typed = mistake(showUnits(c, c.value), CHANGES[ci]!, false);
      if (typed !== undefined) snap = withValue(snap, c.sheet, c.address, typed);
    }
    const sys = analyzeWorkbook(snap).rules().system;
    for (const violated of hardParts(sys)) {
      parts++;
      const part = components(sys).find((p) => p.includes(violated[0]!))!;
      const mip = multiCellRepairs(sys, violated, part, { solve, timeLimit: 5 });
      const mine = smallCellRepairs(sys, violated, { minCells: 2 });
      if (mine.kind === 'found') small++;
      const mipSets = mip.kind === 'found' ? mip.sets : [];
      sizes[Math.min(4, mipSets[0]?.length ?? 0)]!++;
      const mipSmall = mipSets.length > 0 && mipSets[0]!.length <= 3;
      if (mine.kind === 'found' ? JSON.stringify(key(mine.sets)) !== JSON.stringify(key(mipSets)) : mipSmall && mip.kind === 'found')
        differ.push(
          `${JSON.stringify(picks)}: mip ${JSON.stringify(key(mipSets))} enumeration ${mine.kind === 'found' ? JSON.stringify(key(mine.sets)) : mine.kind}`,
        );
    }
  }
  console.log(
    `small vs MIP, ${wrongCells} mistakes: ${parts} parts needing several cells, ${small} answered by the enumeration, ${differ.length} differ; MIP set sizes 2: ${sizes[2]}, 3: ${sizes[3]}, 4+: ${sizes[4]}`,
  );
  expect(differ.slice(0, 5)).toEqual([]);
  expect(parts).toBeGreaterThan(20);
  expect(sizes[wrongCells]).toBeGreaterThan(0);
});

it('a part that needs four cells is not answered by the enumeration: checkWorkbookWith loads HiGHS for it', async () => {
  const clean = await seedSnapshot('000');
  const { system } = analyzeWorkbook(clean).rules();
  const cells = system.cells.filter((c) => c.value !== 0);
  const rng = fc.sample(fc.array(fc.nat(cells.length - 1), { minLength: 4, maxLength: 4 }), { numRuns: 400, seed: 20261206 });
  for (const picks of rng) {
    let snap = clean;
    for (const i of picks) {
      const c = cells[i]!;
      snap = withValue(snap, c.sheet, c.address, mistake(showUnits(c, c.value), 'plus0.36', false)!);
    }
    const sys = analyzeWorkbook(snap).rules().system;
    const four = hardParts(sys).find((violated) => {
      const part = components(sys).find((p) => p.includes(violated[0]!))!;
      const mip = multiCellRepairs(sys, violated, part, { solve, timeLimit: 5 });
      return mip.kind === 'found' && mip.sets[0]!.length >= 4;
    });
    if (!four) continue;
    expect(smallCellRepairs(sys, four, { minCells: 2 }).kind).not.toBe('found');
    let loads = 0;
    const r = await checkWorkbookWith(snap, {}, () => {
      loads++;
      return loadNodeSolver();
    });
    expect(loads).toBe(1);
    expect(r.diagnoses.some((d) => d.method === 'mip' && d.explanations[0]!.length >= 4)).toBe(true);
    return;
  }
  throw new Error('no four-cell part among the samples');
});
