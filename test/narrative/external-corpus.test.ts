/**
 * 说明核对 on the 23 real disclosures of other provinces (../shared/data/external, read without their tables): the
 * figures that folder's README checks by hand are extracted with the right subject and value (recall, an expectation
 * table — a new case is one row); the known disagreements in the texts are found; no figure is called 错误 (their
 * own arithmetic holds wherever the README says so); the share of figures left 未核对 per document is printed and
 * may not rise above goldens/external-unchecked.tsv (it goes down as the vocabulary grows: rerun with
 * UPDATE_GOLDENS=1 after a review).
 */
import { readGolden } from './golden';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewNarrative, type NarrativeReview } from '../../src/core/narrative/verify';
import { documentText, files, HAND_CHECKED, KNOWN } from './corpus-expectations';

const reviews = new Map<string, NarrativeReview>(files.map((f) => [f.replace(/\.txt$/, ''), reviewNarrative(documentText(f), null)]));

it.each(HAND_CHECKED)('%s: %s %s万元 is read with that subject', (doc, subject, value) => {
  const found = reviews.get(doc)!.statements.filter((r) => r.statement.kind === 'level' && r.statement.subject?.id === subject);
  expect(found.map((r) => r.statement.value.toString())).toContain(value);
});

it.each(KNOWN)('%s: the %s disagreement (%s) is found', (doc, rule, words) => {
  expect(
    reviews
      .get(doc)!
      .issues.filter((i) => i.rule === rule)
      .map((i) => i.message)
      .join('\n'),
  ).toContain(words);
});

it('no stated figure of the corpus is called 错误, and no 尾差 where the README says the text holds', () => {
  const errors = [...reviews].flatMap(([doc, r]) => r.issues.filter((i) => i.severity === 'error').map((i) => `${doc}: ${i.message}`));
  expect(errors).toEqual([]);
});

const CEILING = join(__dirname, 'goldens', 'external-unchecked.tsv');

it('the share of figures left 未核对 is printed per document and does not rise', () => {
  const rows = [...reviews].map(([doc, r]) => {
    const n = r.statements.length;
    const unchecked = r.statements.filter((s) => s.verdict === '未核对').length;
    const noSubject = r.statements.filter((s) => !s.statement.subject).length;
    return { doc, n, unchecked, noSubject };
  });
  const table = rows.map((r) => `${r.doc}\t${r.n}\t${r.unchecked}\t${r.noSubject}`).join('\n');
  const total = rows.reduce((a, r) => ({ n: a.n + r.n, u: a.u + r.unchecked, s: a.s + r.noSubject }), { n: 0, u: 0, s: 0 });
  const issues = [...reviews.values()].flatMap((r) => r.issues);
  const summary = [
    '说明核对 on the external corpus (no tables; each document judged on its own text)',
    'document\tfigures\t未核对\tno subject',
    table,
    `total\t${total.n}\t${total.u} (${((100 * total.u) / total.n).toFixed(1)}%)\t${total.s} (${((100 * total.s) / total.n).toFixed(1)}%)`,
    `findings: 错误 ${issues.filter((i) => i.severity === 'error').length}, 尾差 ${issues.filter((i) => i.severity === 'rounding').length}, 提示 ${issues.filter((i) => i.severity === 'advisory').length}; known disagreements found ${KNOWN.length}/${KNOWN.length}; hand-checked figures read ${HAND_CHECKED.length}/${HAND_CHECKED.length}`,
  ].join('\n');
  mkdirSync(join(__dirname, '..', '..', 'test-artifacts'), { recursive: true });
  writeFileSync(join(__dirname, '..', '..', 'test-artifacts', 'narrative-corpus.txt'), summary + '\n');
  console.log(summary);
  const ceiling = new Map(
    readGolden(CEILING, `document\tfigures\tunchecked\tno subject\n${table}\n`)
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'))
      .map(([doc, , unchecked]) => [doc!, Number(unchecked)]),
  );
  for (const r of rows) expect([r.doc, r.unchecked <= (ceiling.get(r.doc) ?? -1)]).toEqual([r.doc, true]); // a new document needs its ceiling
});
