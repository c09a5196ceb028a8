/**
 * 诊断 at scale: a workbook of many 部门/单位 shows its diagnoses grouped by unit (collapsed, with counts), each group
 * with one 全部采用 for the cells of its exact diagnoses (a tie picks no cell, so it is left to the user). Pure.
 */
import type { CheckResult } from '../core/review/result';
import type { Diagnosis, DiagnosisCell } from '../core/diagnose/types';

export interface DiagnosisGroup {
  /** The unit's code, or '' where the tables name none. */
  unit: string;
  /** "225 中共秦皇岛市海港区委机构编制委员会办公室" (the code alone when no name is printed). */
  label: string;
  diagnoses: Diagnosis[];
  /** The cells 全部采用 writes: every cell of every exact (non-tie) diagnosis of the group. */
  cells: DiagnosisCell[];
  ties: number;
}

/** Groups by unit in the order the units' tables come; a single unit gives a single group. */
export function groupDiagnoses(result: Pick<CheckResult, 'diagnoses' | 'tables'>): DiagnosisGroup[] {
  const names = new Map<string, string>();
  for (const t of result.tables) if (t.unit && t.unitName && !names.has(t.unit)) names.set(t.unit, t.unitName);
  const order = [...new Set(result.tables.map((t) => t.unit ?? ''))];
  const groups = new Map<string, DiagnosisGroup>();
  for (const d of result.diagnoses) {
    const unit = d.unit ?? '';
    let g = groups.get(unit);
    if (!g) {
      const label = unit ? [unit, names.get(unit)].filter(Boolean).join(' ') : '未注明单位';
      g = { unit, label, diagnoses: [], cells: [], ties: 0 };
      groups.set(unit, g);
    }
    g.diagnoses.push(d);
    if (d.tie) g.ties += 1;
    else g.cells.push(...d.explanations[0]!);
  }
  const rank = (u: string) => (order.includes(u) ? order.indexOf(u) : order.length);
  return [...groups.values()].sort((a, b) => rank(a.unit) - rank(b.unit));
}
