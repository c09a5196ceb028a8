/**
 * The one constructor of a finding: where it sits, what rule and severity, its sentence (composed elsewhere from
 * typed parts: message.ts, src/core/diagnose/diagnosis-findings.ts), the figures it is about and the cells it relates to. The id is
 * given once the check's findings are all known (finding-ids.ts: rule + cell, and figures when that is not unique).
 */
import type { TableId } from '../catalog/types';
import type { CellLocation, Finding, FindingSeverity } from './types';

export interface FindingParts {
  rule: string;
  title: string;
  severity: FindingSeverity;
  message: string;
  at: CellLocation;
  related?: CellLocation[];
  figures?: { expected: string; actual: string; difference?: string };
  unit: string | null;
  table: TableId | null;
  identity?: number;
  diagnosis?: string;
  /** A preset id (诊断 roots: 「由此引起」 links to them before the final ids are given). */
  id?: string;
}

export function makeFinding(p: FindingParts): Finding {
  return {
    id: p.id ?? '',
    rule: p.rule,
    title: p.title,
    severity: p.severity,
    message: p.message,
    sheet: p.at.sheet,
    cell: p.at.cell,
    related: p.related ?? [],
    expected: p.figures?.expected ?? '',
    actual: p.figures?.actual ?? '',
    difference: p.figures?.difference ?? '',
    unit: p.unit,
    table: p.table,
    ...(p.identity !== undefined ? { identity: p.identity } : {}),
    ...(p.diagnosis !== undefined ? { diagnosis: p.diagnosis } : {}),
  };
}
