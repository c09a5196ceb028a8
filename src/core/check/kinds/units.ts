/** U-01: a 部门 table = Σ the same table of its 单位 (by code, else by role and label), when the workbook holds both. */
import type { RecognizedRow, RecognizedTable } from '../../recognize/types';
import type { KindCompiler } from '../identity';
import type { UnitsSumRule } from '../types';
import { describe, type Term } from '../terms';
import { isUnfilled } from '../fill-state';
import { gapReason, type Gap } from '../unjudged';
import { absentCodeGap } from '../unread-rows';

const matchRow = (u: RecognizedTable, row: RecognizedRow) =>
  row.code
    ? u.rows.find((r) => r.code === row.code)
    : (u.rows.find((r) => r.role === row.role && r.label === row.label) ?? u.rows.find((r) => r.role === row.role));

export const unitsSum: KindCompiler<UnitsSumRule> = (rule, ctx) => {
  const dept = ctx.group;
  if (dept.key.length !== 3 || ![...dept.byId.values()].some((t) => t.level === '部门')) return;
  const units = ctx.groups.filter((g) => g !== dept && g.key.length === 6 && g.key.startsWith(dept.key));
  if (units.length === 0) return;
  for (const id of rule.tables) {
    const dt = dept.byId.get(id);
    const uts = units.map((u) => u.byId.get(id));
    if (!dt || uts.some((u) => !u)) continue;
    const blank = [dt, ...(uts as RecognizedTable[])].filter(isUnfilled);
    if (blank.length) {
      for (const t of blank) ctx.unfilled(rule, t);
      continue;
    }
    const absent = (uts as RecognizedTable[]).map((u) => absentCodeGap(u));
    for (const row of dt.rows) {
      for (const col of Object.keys(row.cells)) {
        const d = ctx.terms.of(dt, row, col);
        if (!d || d === 'text') continue;
        const parts: Term[] = [];
        let text = false;
        let gap: Gap | undefined;
        for (const [i, u] of (uts as RecognizedTable[]).entries()) {
          const ur = matchRow(u, row);
          // a 单位 table whose row of this code could not be read, or was deleted with the rows below it kept
          if (!ur && row.code) gap ??= absent[i]!(row.code);
          const x = ur ? ctx.terms.of(u, ur, col) : null;
          if (x === 'text') text = true;
          else if (x) parts.push(x);
        }
        // not judged; the gap is the 单位's, listed (and keeping 可以报送 back) by the 单位's own rules
        if (gap) ctx.skip(rule, gapReason(gap));
        else if (!text) ctx.identity(rule, [d], parts, '=', () => describe(d), '所属单位之和');
      }
    }
  }
};
