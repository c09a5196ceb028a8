/**
 * 诊断's verdict does not depend on the machine: the solver's budget is a count of nodes, not seconds. The same
 * workbook checked with HiGHS as it is and with every solve slowed by a sleep (a busy machine) gives the same
 * diagnoses, the same undiagnosed parts and the same verdict. The workbook is seed 003 with 收支总表's unit cell
 * written 「单位：元」 over figures in 万元: a part that needs the MIP solver (more than three cells).
 */
import { checkWorkbookWith } from '../../src/core/review/check';
import type { MipSolve } from '../../src/core/diagnose/solver';
import { loadNodeSolver } from '../../src/solver/node';
import { seedSnapshot } from '../fixtures/seed-workbooks';

jest.setTimeout(180_000);

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

async function unitSlipped() {
  const snap = await seedSnapshot('003');
  const sheet = snap.sheets.find((s) => s.name === '部门预算收支总表')!;
  const row = sheet.values[1 - sheet.origin.row] as unknown[];
  expect(row[2 - sheet.origin.col]).toBe('单位：万元');
  row[2 - sheet.origin.col] = '单位：元';
  return snap;
}

async function outcome(solve: MipSolve) {
  let calls = 0;
  const counted: MipSolve = (lp, limits) => {
    calls++;
    return solve(lp, limits);
  };
  const r = await checkWorkbookWith(await unitSlipped(), {}, () => Promise.resolve(counted));
  return { calls, diagnoses: r.diagnoses, undiagnosed: r.undiagnosed, readiness: r.readiness };
}

it('a solver slowed by 3 s per solve (past the old 5 s limit) gives the same 诊断 and verdict', async () => {
  const solve = await loadNodeSolver();
  const normal = await outcome(solve);
  const slowed = await outcome((lp, limits) => {
    sleep(3000);
    return solve(lp, limits);
  });
  expect(normal.calls).toBeGreaterThan(1);
  expect(slowed).toEqual(normal);
});
