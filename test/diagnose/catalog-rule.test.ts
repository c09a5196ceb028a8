/**
 * A rule is data: a new catalog row of an existing kind is compiled, judged and used by 诊断 with no engine change.
 * Here a made-up strict identity (收支总表 本年收入合计 = 收入总表 合计 本年收入小计) joins the catalog; a cell that
 * only it (and the built-in sums) can pin down is then located by the diagnosis.
 */
import { checkWorkbook } from '../../src/core/review/check';
import { RULES } from '../../src/core/check/rules';
import type { Rule } from '../../src/core/check/types';
import { analyzeWorkbook } from '../../src/core/analysis';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { withValue } from './helpers';
import { locate } from '../check/mutate';
import { cellAddress } from '../../src/core/a1';

const NEW_RULE: Rule = {
  id: 'Z-01',
  kind: 'compare',
  severity: 'strict',
  title: '测试：收支总表本年收入合计＝收入总表合计行本年收入小计',
  left: [{ table: 'T1', row: 'in:incomeSubtotal', column: 'income' }],
  op: '=',
  right: [{ table: 'T2', row: 'total', column: 'subtotal' }],
};

it('a new catalog rule is compiled into the linear system and judged, with no engine change', async () => {
  const clean = await seedSnapshot('000');
  const rules = [...RULES, NEW_RULE];
  const base = analyzeWorkbook(clean, { rules }).rules();
  const rows = base.system.rows.filter((r) => r.identity.rule.id === 'Z-01');
  expect(rows.length).toBe(2); // 部门 and 单位
  expect(rows.every((r) => r.coef.size === 2 && r.residual === 0)).toBe(true);
  // Break the compared T2 cell: the new identity fires and takes part in the diagnosis of that cell.
  const at = locate(clean, { table: 'T2', row: 'total', column: 'subtotal', unit: '225' });
  const snap = withValue(clean, at.sheet, cellAddress(at.row, at.col), 999.99);
  const r = checkWorkbook(snap, { rules });
  expect(r.findings.some((f) => f.rule === 'Z-01' && f.causedBy)).toBe(true);
  expect(r.diagnoses[0]!.repairs.map((x) => x.rule)).toContain('Z-01');
  expect(r.diagnoses[0]!.explanations[0]).toEqual([
    expect.objectContaining({ sheet: at.sheet, cell: cellAddress(at.row, at.col), current: '999.99' }),
  ]);
  // Without the rule, the same workbook has no Z-01 finding: the catalog alone decides.
  expect(checkWorkbook(snap).findings.some((f) => f.rule === 'Z-01')).toBe(false);
});
