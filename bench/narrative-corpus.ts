/**
 * 说明核对 figures for `npm run bench`: over the seeds' narratives (against their own tables) and the 23 external
 * disclosures (their own text): figures read, share left 未核对, 错误 precision (every 错误 a known disagreement) and
 * recall of the known disagreements (identities.md §4 for the seeds, corpus-expectations.ts for the others).
 */
import { gatherFacts } from '../src/core/narrative/facts';
import { reviewNarrative } from '../src/core/narrative/verify';
import { seedSnapshot } from '../test/fixtures/seed-workbooks';
import { documentText, files, KNOWN } from '../test/narrative/corpus-expectations';
import { seedNarrative } from '../test/seeds/seed-narrative';

/** identities.md §4.1, narrative side: [seed, rule] of each ✗ the product is expected to find. */
const SEED_KNOWN: [string, string][] = [
  ['001', 'N-03'],
  ['001', 'N-12'],
  ['001', 'P-06'],
  ['001', 'U-04'],
  ['003', 'N-13'],
  ['004', 'N-06'],
  ['004', 'N-12'],
  ['004', 'P-06'],
];

export async function narrativeCorpus(line: (what: string, value: string) => void): Promise<void> {
  let figures = 0;
  let unchecked = 0;
  let errors = 0;
  let trueErrors = 0;
  let found = 0;
  for (const seed of ['000', '001', '003', '004']) {
    const r = reviewNarrative(seedNarrative(seed), seed === '004' ? null : (gatherFacts(await seedSnapshot(seed))[0] ?? null));
    figures += r.statements.length;
    unchecked += r.statements.filter((s) => s.verdict === '未核对').length;
    const errs = r.issues.filter((i) => i.severity === 'error');
    errors += errs.length;
    trueErrors += errs.filter((i) => SEED_KNOWN.some(([s, rule]) => s === seed && rule === i.rule)).length;
    found += SEED_KNOWN.filter(([s, rule]) => s === seed && r.issues.some((i) => i.rule === rule)).length;
  }
  for (const f of files) {
    const doc = f.replace(/\.txt$/, '');
    const r = reviewNarrative(documentText(f), null);
    figures += r.statements.length;
    unchecked += r.statements.filter((s) => s.verdict === '未核对').length;
    errors += r.issues.filter((i) => i.severity === 'error').length;
    found += KNOWN.filter(([d, rule, words]) => d === doc && r.issues.some((i) => i.rule === rule && i.message.includes(words))).length;
  }
  const known = SEED_KNOWN.length + KNOWN.length;
  line(
    '说明核对: figures read (4 seeds + 23 external documents)',
    `${figures}, of which 未核对 ${unchecked} (${((100 * unchecked) / figures).toFixed(1)}%)`,
  );
  line(
    '说明核对: 错误 precision (known disagreements / 错误 reported)',
    `${trueErrors}/${errors} = ${errors ? ((100 * trueErrors) / errors).toFixed(0) : 100}%`,
  );
  line('说明核对: recall of known disagreements', `${found}/${known} = ${((100 * found) / known).toFixed(0)}%`);
}
