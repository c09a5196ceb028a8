/** A finding as the CLI prints it, for `check` and `fill` alike: the --json fields, and the one line of the text. */
import type { Finding } from '../core/check/types';
import { SEVERITY_LABEL } from '../core/review/check';

export type FindingJson = Pick<
  Finding,
  'rule' | 'severity' | 'message' | 'sheet' | 'cell' | 'related' | 'expected' | 'actual' | 'difference'
>;

export const findingJson = (f: Finding): FindingJson => ({
  rule: f.rule,
  severity: f.severity,
  message: f.message,
  sheet: f.sheet,
  cell: f.cell,
  related: f.related,
  expected: f.expected,
  actual: f.actual,
  difference: f.difference,
});

/** 「  [错误] 收支总表!B7 T1-01 …」 (check adds what follows). */
export const findingLine = (f: Finding): string => `  [${SEVERITY_LABEL[f.severity]}] ${f.sheet}!${f.cell} ${f.rule} ${f.message}`;
