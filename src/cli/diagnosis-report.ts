/** The `diagnosis` part of `check --json`: per diagnosis the cells (current → repaired), the identities it repairs, ties. */
import type { CheckResult } from '../core/check/types';

export interface DiagnosisReport {
  diagnoses: {
    id: string;
    /** Each explanation: the cells changed together. More than one explanation = a tie the identities cannot break. */
    cells: { sheet: string; cell: string; where: string; current: string; repaired: string; range?: [string, string] }[][];
    tie: boolean;
    method: 'single' | 'mip';
    repairs: { rule: string; title: string }[];
    unit: string | null;
  }[];
  undiagnosed: { unit: string | null; reason: string; rules: string[] }[];
}

const REASONS = {
  pending: '未诊断：求解器未能加载',
  timeLimit: '未诊断：多处错误，求解超时',
  noRepair: '未诊断：找不到使勾稽关系全部成立的改正',
} as const;

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
      reason: REASONS[u.reason],
      rules: u.identities.map((i) => r.findings.find((f) => f.identity === i)?.rule ?? '').filter(Boolean),
    })),
  };
}
