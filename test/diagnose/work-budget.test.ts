/**
 * 诊断's verdict does not depend on the machine: the solver's budget is a count of nodes, not seconds. The same
 * workbook checked with HiGHS as it is and with every solve slowed by a sleep (a busy machine) gives the same
 * diagnoses, the same undiagnosed parts and the same verdict. The workbook is seed 003 with 收支总表's figures typed
 * in 元 under its 「单位：万元」 (every figure 10,000 times too large): a part that needs the MIP solver (nine cells).
 */
import { checkWorkbookWith } from '../../src/core/review/check';
import type { MipSolve } from '../../src/core/diagnose/solver';
import { loadNodeSolver } from '../../src/solver/node';
import { seedSnapshot } from '../fixtures/seed-workbooks';

jest.setTimeout(180_000);

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

async function figuresInYuan() {
  const snap = await seedSnapshot('003');
  const sheet = snap.sheets.find((s) => s.name === '部门预算收支总表')!;
  let n = 0;
  for (const row of sheet.values)
    row.forEach((v, c) => {
      if (typeof v !== 'number' || Number.isInteger(v)) return;
      (row as unknown[])[c] = Math.round(v * 1e6) / 100;
      n++;
    });
  expect(n).toBeGreaterThan(4);
  return snap;
}

async function outcome(solve: MipSolve) {
  let calls = 0;
  const counted: MipSolve = (lp, limits) => {
    calls++;
    return solve(lp, limits);
  };
  const r = await checkWorkbookWith(await figuresInYuan(), {}, () => Promise.resolve(counted));
  return { calls, diagnoses: r.diagnoses, undiagnosed: r.undiagnosed, readiness: r.readiness };
}

it('a solver slowed by 6 s per solve (past the former 5 s limit per part) gives the same 诊断 and verdict', async () => {
  const solve = await loadNodeSolver();
  const normal = await outcome(solve);
  const slowed = await outcome((lp, limits) => {
    sleep(6000);
    return solve(lp, limits);
  });
  expect(normal.calls).toBeGreaterThan(1);
  expect(slowed).toEqual(normal);
});
