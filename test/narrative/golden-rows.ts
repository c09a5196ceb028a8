/** One row per stated figure (golden files of 说明核对): document, line, figure as printed, subject, kind, value, verdict. */
import type { NarrativeReview } from '../../src/core/narrative/verify';

export function goldenRows(doc: string, r: NarrativeReview): string[] {
  return r.statements.map((x) => {
    const s = x.statement;
    const figure = s.text.replace(/\s+/g, '').slice(-30);
    return [
      doc,
      s.paragraph + 1,
      figure,
      s.subject?.id ?? '—',
      s.kind,
      `${s.value.toString()}${s.unit === '%' ? '%' : ''}`,
      x.verdict,
    ].join('\t');
  });
}
