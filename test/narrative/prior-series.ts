/**
 * The multi-year series of the external corpus (the same department over several years) and the golden table of
 * every 比上年 statement of each later year judged against the earlier year's document (prior facts from its text).
 * Shared by the prior-year tests and `npm run bench -- prior`.
 */
import { reviewNarrative, type NarrativeReview } from '../../src/core/narrative/verify';
import { priorFromText } from '../../src/core/narrative/read-prior';
import type { PriorFacts } from '../../src/core/narrative/prior-facts';
import { documentText } from './corpus-expectations';

const JS = ['gaoyuan', 'jianchayuan', 'rendaban', 'shengweiban', 'zhengxieban'];

/** [earlier, later] document names (without .txt). */
export const SERIES: [string, string][] = [
  ...JS.flatMap((d): [string, string][] => [
    [`js-${d}-2017`, `js-${d}-2018`],
    [`js-${d}-2018`, `js-${d}-2019`],
  ]),
  ['sh-wanli-2023', 'sh-wanli-2024'],
  ['sh-wanli-2024', 'sh-wanli-2025'],
];

export const priorOf = (doc: string): PriorFacts => priorFromText(documentText(`${doc}.txt`), `${doc}.txt`);

export const reviewWithPrior = (later: string, prior: PriorFacts | null): NarrativeReview =>
  reviewNarrative(documentText(`${later}.txt`), null, { prior });

/** One golden row per 比上年 statement: document, line, figure, subject, kind, value, verdict, reason. */
export function seriesRows(later: string, r: NarrativeReview): string[] {
  return r.yearOverYear.map((x) => {
    const s = x.statement;
    return [
      later,
      s.paragraph + 1,
      s.text.replace(/\s+/g, '').slice(-30),
      s.subject?.id ?? '—',
      s.kind,
      `${s.value.toString()}${s.unit === '%' ? '%' : ''}`,
      x.verdict,
      x.note.replace(/\s+/g, ' '),
    ].join('\t');
  });
}
