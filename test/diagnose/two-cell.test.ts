/**
 * 诊断 with two wrong cells: 500 random pairs of strict cells in seed 000, each given a random typing mistake. The
 * minimal-cardinality program (HiGHS) must return the pair, or an explanation at most as small — which is then
 * verified independently: applying it leaves no 错误. The rate of "exactly the pair" and the time per case are printed.
 */
import fc from 'fast-check';
import { analyzeWorkbook } from '../../src/core/analysis';
import { checkWorkbook, checkWorkbookWith } from '../../src/core/review/check';
import { showUnits } from '../../src/core/diagnose/diagnose';
import { loadNodeSolver } from '../../src/solver/node';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { CHANGES, mistake, withValue } from './helpers';

const CASES = Number(process.env.TWO_CELL_CASES ?? 500);

it(`${CASES} random two-cell mistakes: the pair or an equally small verified explanation`, async () => {
  const clean = await seedSnapshot('000');
  const { system } = analyzeWorkbook(clean).rules();
  const cells = system.cells.filter((c) => c.value !== 0);
  const rng = fc.sample(
    fc.tuple(fc.nat(cells.length - 1), fc.nat(cells.length - 1), fc.nat(CHANGES.length - 1), fc.nat(CHANGES.length - 1)),
    { numRuns: CASES * 3, seed: 20261130 },
  );
  let done = 0;
  let pair = 0;
  let smaller = 0;
  let unseen = 0;
  const wrong: string[] = [];
  let ms = 0;
  for (const [i, j, ci, cj] of rng) {
    if (done >= CASES) break;
    if (i === j) continue;
    const [a, b] = [cells[i]!, cells[j]!];
    const ta = mistake(showUnits(a, a.value), CHANGES[ci]!, false);
    const tb = mistake(showUnits(b, b.value), CHANGES[cj]!, false);
    if (ta === undefined || tb === undefined) continue;
    done++;
    const snap = withValue(withValue(clean, a.sheet, a.address, ta), b.sheet, b.address, tb);
    const t0 = performance.now();
    const r = await checkWorkbookWith(snap, {}, loadNodeSolver);
    ms += performance.now() - t0;
    if (!r.findings.some((f) => f.severity === 'error')) {
      unseen++;
      continue;
    }
    const set = new Set([`${a.sheet}!${a.address}`, `${b.sheet}!${b.address}`]);
    const named = r.diagnoses.flatMap((d) => d.explanations[0]!).map((c) => `${c.sheet}!${c.cell}`);
    if (named.length === 2 && named.every((x) => set.has(x)) && !r.diagnoses.some((d) => d.tie)) {
      pair++;
      continue;
    }
    if (r.undiagnosed.length || named.length > 2) {
      wrong.push(`${[...set].join(' + ')}: ${named.join(', ')} ${JSON.stringify(r.undiagnosed)}`);
      continue;
    }
    // Equally small or smaller, and a real explanation: every diagnosis' alternatives each repair what they explain.
    let fixed = snap;
    for (const d of r.diagnoses) for (const c of d.explanations[0]!) fixed = withValue(fixed, c.sheet, c.cell, c.repaired);
    // Every 错误, not only the diagnosed ones: an identity left broken and undiagnosed would be a 错误 too.
    if (checkWorkbook(fixed).findings.some((f) => f.severity === 'error'))
      wrong.push(`${[...set].join(' + ')}: ${named.join(', ')} does not repair`);
    else smaller++;
  }
  const seen = done - unseen;
  console.log(
    `诊断 two-cell: ${done} cases (${unseen} unseen by the identities) — exactly the pair ${pair} (${((100 * pair) / seen).toFixed(1)}%), ` +
      `an equally small or smaller verified explanation ${smaller}, wrong ${wrong.length}; ${(ms / done).toFixed(1)} ms per case`,
  );
  expect(wrong.slice(0, 10)).toEqual([]);
  expect(pair).toBeGreaterThan(seen * 0.8);
});
