/**
 * 诊断, exhaustively: in every seed fixture (部门 and 单位), every amount cell that takes part in a strict identity
 * gets each typing mistake (digits transposed, ±0.36, ×10, sign, blanked). The diagnosis must name that cell with
 * its original value — alone, or in a tie whose every other explanation is shown independently to make all
 * identities hold (the checker finds no 错误 after that repair: the identities cannot tell them apart). A change
 * the identities cannot see (within rounding intervals, or on the slack side of a ≤) raises no 错误 at all.
 * Counts are printed; "wrong" must be 0.
 */
import Decimal from 'decimal.js';
import { analyzeWorkbook } from '../../src/core/analysis';
import { checkWorkbook } from '../../src/core/review/check';
import { showUnits } from '../../src/core/diagnose/diagnose';
import type { DiagnosisCell } from '../../src/core/diagnose/types';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { CHANGES, mistake, withValue } from './helpers';
import { structuralTies } from './structural-ties';

interface Counts {
  cases: number;
  exact: number;
  tie: number;
  tieStructural: number;
  unseen: number;
  wrong: string[];
}

const same = (a: string, b: string) => new Decimal(a).eq(new Decimal(b));
/** The original value is the repaired one, or within the range of values that all make the identities hold. */
const restores = (c: DiagnosisCell, original: string) =>
  same(c.repaired, original) || (!!c.range && new Decimal(original).gte(c.range[0]) && new Decimal(original).lte(c.range[1]));
/** Any 错误 at all (not only 诊断's D- findings: a break left undiagnosed is a 错误 as well). */
const hasError = (snap: WorkbookSnapshot) => checkWorkbook(snap).findings.some((f) => f.severity === 'error');

async function exhaust(seed: string): Promise<Counts> {
  const clean = await seedSnapshot(seed);
  const { system } = analyzeWorkbook(clean).rules();
  const ties = structuralTies(system);
  const counts: Counts = { cases: 0, exact: 0, tie: 0, tieStructural: 0, unseen: 0, wrong: [] };
  for (const c of system.cells) {
    const original = showUnits(c, c.value);
    const yuan = c.term.table.money === '元';
    for (const change of CHANGES) {
      const typed = mistake(original, change, yuan);
      if (typed === undefined) continue;
      counts.cases++;
      const snap = withValue(clean, c.sheet, c.address, typed);
      const r = checkWorkbook(snap);
      const label = `${seed} ${c.sheet}!${c.address} ${original}→${typed ?? '空'} (${change})`;
      if (!r.findings.some((f) => f.severity === 'error')) {
        expect(r.diagnoses).toEqual([]);
        counts.unseen++;
        continue;
      }
      const d = r.diagnoses.find((x) => x.explanations.some((e) => e.length === 1 && e[0]!.sheet === c.sheet && e[0]!.cell === c.address));
      const mine = d?.explanations.find((e) => e[0]!.sheet === c.sheet && e[0]!.cell === c.address)?.[0];
      if (!d || !mine || !restores(mine, original) || r.diagnoses.length !== 1) {
        counts.wrong.push(`${label}: ${JSON.stringify(r.diagnoses.map((x) => x.explanations))}`);
        continue;
      }
      if (!d.tie) {
        counts.exact++;
        continue;
      }
      // Independent proof of the tie: each other explanation, applied alone, leaves no 错误 either.
      for (const alt of d.explanations.filter((e) => e[0] !== mine)) {
        let fixed = snap;
        for (const x of alt) fixed = withValue(fixed, x.sheet, x.cell, x.repaired);
        if (hasError(fixed)) counts.wrong.push(`${label}: tie member ${alt[0]!.sheet}!${alt[0]!.cell} does not repair`);
      }
      counts.tie++;
      const cls = ties.get(c.index);
      if (d.explanations.every((e) => cls?.has(`${e[0]!.sheet}!${e[0]!.cell}`))) counts.tieStructural++;
    }
  }
  return counts;
}

const SUMMARY: string[] = [];
afterAll(() => console.log(`诊断 single-cell exhaustive:\n${SUMMARY.join('\n')}`));

it.each(['000', '001', '003'])('seed %s: every single typing mistake is located (exact or an independently proven tie)', async (seed) => {
  const c = await exhaust(seed);
  SUMMARY.push(
    `  seed ${seed}: ${c.cases} cases — exact ${c.exact}, tie ${c.tie} (structural ${c.tieStructural}), unseen by the identities ${c.unseen}, wrong ${c.wrong.length}`,
  );
  expect(c.wrong.slice(0, 10)).toEqual([]);
  expect(c.exact).toBeGreaterThan(c.cases / 2);
});
