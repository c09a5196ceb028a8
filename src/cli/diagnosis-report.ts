/** The `diagnosis` part of `check --json`: per diagnosis the cells (current → repaired), the identities it repairs, ties. */
import type { CheckResult } from '../core/review/result';
import { UNDIAGNOSED_REASON } from '../core/diagnose/types';

export interface DiagnosisReport {
  diagnoses: {
    id: string;
    /** Each explanation: the cells changed together. More than one explanation = a tie the identities cannot break. */
    cells: { sheet: string; cell: string; where: string; current: string; repaired: string; range?: [string, string] }[][];
    tie: boolean;
    method: 'single' | 'small' | 'mip';
    repairs: { rule: string; title: string }[];
    unit: string | null;
  }[];
  undiagnosed: { unit: string | null; reason: string; rules: string[] }[];
}

export function diagnosisReport(r: CheckResult): DiagnosisReport {
  return {
    diagnoses: r.diagnoses.map((d) => ({
      id: d.id,
      cells: d.explanations.map((e) =>
        e.map((c) => ({
          sheet: c.sheet,
          cell: c.cell,
          where: c.where,
          current: c.current,
          repaired: c.repaired,
          ...(c.range ? { range: c.range } : {}),
        })),
      ),
      tie: d.tie,
      method: d.method,
      repairs: d.repairs.map((x) => ({ rule: x.rule, title: x.title })),
      unit: d.unit,
    })),
    undiagnosed: r.undiagnosed.map((u) => ({
      unit: u.unit,
      reason: `未诊断：${UNDIAGNOSED_REASON[u.reason]}`,
      rules: u.identities.map((i) => r.findings.find((f) => f.identity === i)?.rule ?? '').filter(Boolean),
    })),
  };
}
