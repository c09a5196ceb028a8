/**
 * Known patterns (src/core/check/patterns.ts), each entry tested: a 三公 合计 that holds the 培训费 of 基本支出表 or of
 * the 说明, a 合计 that took in the 上年结转, a figure ×10 or ×10000 — the finding says why in one sentence. And the
 * message grammar of a comparison with a constant (「…，应为空」, 「…，应为 0.00」).
 */
import { Decimal } from '../../src/core/money';
import { checkWorkbook } from '../../src/core/review/check';
import { breakMessage, BLANK } from '../../src/core/check/message';
import { explainPattern, namedFigures, type NamedFigure } from '../../src/core/check/patterns';
import type { Finding } from '../../src/core/check/types';
import type { Recognition } from '../../src/core/recognize/types';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { locate, setCell, valueAt } from './mutate';

const finding = (o: Partial<Finding>): Finding => ({
  id: '',
  rule: 'T9-01',
  title: '',
  severity: 'error',
  message: 'm',
  sheet: 's',
  cell: 'C6',
  related: [],
  expected: '0.35',
  actual: '13.76',
  difference: '13.41',
  unit: '225',
  table: 'T9',
  ...o,
});
const fig = (name: string, value: string, where = '说明中的'): NamedFigure => ({ name, where, value: new Decimal(value), unit: null });

it('三公 合计 − 小计 = the 培训费 the 说明 names (the held-out department’s 13.76 vs 0.35)', () => {
  const figures = namedFigures({ tables: [], problems: [] } as Recognition, [
    '2023年“三公”经费13.76万元，其中公务接待费0.35万元，培训费13.41万元。',
  ]);
  expect(figures).toEqual([expect.objectContaining({ name: '培训费', value: new Decimal('13.41') })]);
  expect(explainPattern(finding({}), figures, '万元')).toBe('差额 13.41 与说明中的“培训费” 13.41 相同：“三公”经费不含会议费、培训费');
  // only on the 三公 table, and only when the figures agree
  expect(explainPattern(finding({ table: 'T3' }), figures, '万元')).toBeNull();
  expect(explainPattern(finding({ actual: '13.77' }), figures, '万元')).toBeNull();
});

it('a 合计 that took in the 上年结转', () => {
  const f = finding({ rule: 'T1-01', table: 'T1', actual: '713.68', expected: '708.68' });
  expect(explainPattern(f, [fig('上年结转结余', '5', '收支总表中的')], '万元')).toMatch(
    /^差额 5\.00 与收支总表中的“上年结转结余” 5\.00 相同：.*上年结转/,
  );
});

it.each([
  ['382.20', '38.22', 10, '多输或少输了一位'],
  ['3.82', '382.00', 100, '小数点错了两位'],
  ['382200', '38.22', 10000, '元'],
])('%s against %s: ×%d', (actual, expected, factor, words) => {
  expect(explainPattern(finding({ table: 'T3', actual, expected }), [], '万元')).toMatch(
    new RegExp(`^${actual} 与 ${expected} 相差 ${factor} 倍：.*${words}`),
  );
});

it('seed 001: 三公 合计 raised by 基本支出表’s 培训费 → the broken 合计 says why', async () => {
  let snap = await seedSnapshot('001');
  const t6 = locate(snap, { table: 'T6', row: 'code:30216', column: 'total' });
  const training = Number(valueAt(snap, t6.sheet, t6.row, t6.col)); // 4.18 as printed
  for (const column of ['total', 'general']) {
    const at = locate(snap, { table: 'T9', row: 'sg:total', column });
    snap = setCell(snap, at.sheet, at.row, at.col, Math.round((Number(valueAt(snap, at.sheet, at.row, at.col)) + training) * 100) / 100);
  }
  const r = checkWorkbook(snap);
  const root = r.findings.find((f) => f.severity === 'error' && !f.causedBy && f.table === 'T9')!;
  expect(training).toBe(4.18);
  expect(root.actual).toBe('8.02');
  expect(root.expected).toBe('3.84');
  expect(root.message).toContain('差额 4.18 与基本支出表中的“培训费” 4.18 相同：“三公”经费不含会议费、培训费');
});

it('seed 003: a figure typed ×10 is said to be ×10', async () => {
  let snap = await seedSnapshot('003');
  const at = locate(snap, { table: 'T3', row: 'code:2010303', column: 'basic' });
  snap = setCell(snap, at.sheet, at.row, at.col, Number(valueAt(snap, at.sheet, at.row, at.col)) * 10);
  const r = checkWorkbook(snap);
  const roots = r.findings.filter((f) => f.severity === 'error' && !f.causedBy);
  expect(roots).toHaveLength(1);
  expect(roots[0]!.message).toMatch(/相差 10 倍：可能多输或少输了一位/);
});

it('message grammar: a comparison with a constant says what the cell should be, no dangling words', () => {
  const base = {
    left: '基本支出表 30101 基本工资（栏4 公用经费）',
    actual: '3.00',
    op: '=' as const,
    expected: '0.00',
    difference: '3.00',
    rounding: false,
  };
  expect(breakMessage({ ...base, right: BLANK, constant: true })).toBe('基本支出表 30101 基本工资（栏4 公用经费） 3.00，应为空');
  expect(breakMessage({ ...base, right: '', constant: true })).toBe('基本支出表 30101 基本工资（栏4 公用经费） 3.00，应为 0.00');
  expect(breakMessage({ ...base, right: '支出总表 合计', constant: false })).toBe(
    '基本支出表 30101 基本工资（栏4 公用经费） 3.00 ≠ 支出总表 合计 0.00，差 3.00',
  );
});
