/**
 * Findings follow the diagnosis: each diagnosed cell becomes the finding the user sees first — 「最可能出错：
 * 支出总表!E12 31.20，应为 13.20 — 改正后 3 条勾稽关系成立」 — and the broken identities it explains are listed
 * under it (causedBy). A tie names every cell the identities cannot tell apart, and no value is preferred.
 */
import type { Diagnosis, DiagnosisCell } from './types';
import { makeFinding } from '../check/finding';
import type { Finding } from '../check/types';

export const DIAGNOSIS_RULE = { single: 'D-01', small: 'D-02', mip: 'D-02', tie: 'D-03' } as const;

const at = (c: DiagnosisCell) => `${c.sheet}!${c.cell}（${c.where}）`;
/** The range a rounding interval leaves is in the JSON (DiagnosisCell.range), not in the sentence: one value to type. */
const should = (c: DiagnosisCell) => `应为 ${c.repaired}`;

function message(d: Diagnosis, c: DiagnosisCell): string {
  const n = d.repairs.length;
  if (d.tie) {
    const alts = d.explanations.map((e) => e.map((x) => `${at(x)} ${x.current}，${should(x)}`).join('；')).join(' 或 ');
    return `无法区分以下几处中哪一处有误（勾稽关系对它们完全相同）：${alts} — 改正其一后 ${n} 条勾稽关系成立；请核对原始数据`;
  }
  const size = d.explanations[0]!.length;
  const many = size > 1 ? `（共 ${size} 处）` : '';
  return `最可能出错${many}：${at(c)} ${c.current}，${should(c)} — 改正后 ${n} 条勾稽关系成立`;
}

/** One finding per diagnosed cell (the first explanation's cells; a tie's alternatives are its related cells). */
export function diagnosisFindings(diagnoses: Diagnosis[], findings: Finding[]): Finding[] {
  const roots: Finding[] = [];
  const rootsOfIdentity = new Map<number, Finding[]>();
  diagnoses.forEach((d, i) => {
    d.id = `D${i + 1}`;
    const cells = d.explanations[0]!;
    const others = d.explanations.flat().filter((c) => !cells.includes(c));
    const mine: Finding[] = [];
    for (const c of cells) {
      const rule = d.tie ? DIAGNOSIS_RULE.tie : DIAGNOSIS_RULE[d.method];
      mine.push(
        makeFinding({
          id: `${rule}@${c.sheet}!${c.cell}`,
          rule,
          title: d.tie ? '勾稽关系无法区分的几处' : '最可能出错的单元格',
          severity: 'error',
          message: message(d, c),
          at: { sheet: c.sheet, cell: c.cell },
          related: [...cells.filter((x) => x !== c), ...others].map((x) => ({ sheet: x.sheet, cell: x.cell })),
          figures: { expected: c.repaired, actual: c.current },
          unit: d.unit,
          table: c.table,
          diagnosis: d.id,
        }),
      );
    }
    roots.push(...mine);
    for (const r of d.repairs) if (!rootsOfIdentity.has(r.identity)) rootsOfIdentity.set(r.identity, mine);
  });
  // 「由此引起」: a broken identity follows from the repaired cell it contains (of several cells changed together, the
  // one in this identity), so each cell lists only the identities its own repair makes hold.
  for (const f of findings) {
    if (f.severity !== 'error' || f.identity === undefined) continue;
    const mine = rootsOfIdentity.get(f.identity);
    if (!mine) continue;
    const at = new Set([`${f.sheet}!${f.cell}`, ...f.related.map((c) => `${c.sheet}!${c.cell}`)]);
    f.causedBy = (mine.find((r) => at.has(`${r.sheet}!${r.cell}`)) ?? mine[0]!).id;
  }
  return roots;
}
