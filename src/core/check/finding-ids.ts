/**
 * Finding ids: unique within one check and stable from check to check. The id is rule + cell
 * (「X13-02@部门预算收支总表!E13」); when two findings share it (one rule breaking twice at a cell, a supporting table's
 * rule on two rows that sit at one cell), the later ones add their figures and related cells, and only a full
 * repeat adds a counter. Ids are React keys and the links of 「由此引起」 (causedBy); stored 出错说明 match by rule,
 * cell and figures (review/explanations.ts), never by id.
 */
import type { Finding } from './types';

const baseId = (f: Finding) => `${f.rule}@${f.sheet}!${f.cell}`;
const detailId = (f: Finding) =>
  `${baseId(f)}[${[f.actual, f.expected].filter(Boolean).join('≠')}${f.related.length ? `;${f.related.map((c) => `${c.sheet}!${c.cell}`).join(',')}` : ''}]`;

/** Gives every finding of the list (fresh objects owned by the caller) a unique id; the first of each keeps its id. */
export function assignUniqueIds(findings: Finding[]): void {
  const taken = new Set<string>();
  for (const f of findings) {
    let id = f.id || baseId(f);
    if (taken.has(id)) {
      id = detailId(f);
      for (let n = 2; taken.has(id); n++) id = `${detailId(f)}#${n}`;
    }
    taken.add(id);
    f.id = id;
  }
}
