/**
 * A 支出总表 of 66,536 coded rows (7 类 × 99 款 × 95 项) with one wrong 项: the check diagnoses it, and the MIP's
 * models over the whole part (every cell of the table, the second pass of multi.ts) are built without spreading
 * 10⁵ arguments into one call — which used to end in 「Maximum call stack size exceeded」 (exit 3 in the CLI).
 */
import { analyzeWorkbook } from '../../src/core/analysis';
import { checkWorkbook } from '../../src/core/review/check';
import { multiCellRepairs } from '../../src/core/diagnose/multi';
import { components } from '../../src/core/diagnose/system';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { seedSnapshot } from '../fixtures/seed-workbooks';

async function largeTable(wrong: number): Promise<WorkbookSnapshot> {
  const seed = await seedSnapshot('000');
  const t = seed.sheets.find((x) => x.name === '部门预算支出总表')!;
  const [L, K, X] = [7, 99, 95];
  const rows: (string | number | null)[][] = [[1, null, '合计', L * K * X, L * K * X, null, null, null, null]];
  let n = 2;
  for (let l = 0; l < L; l++) {
    const lei = 201 + l;
    rows.push([n++, lei, `类${lei}`, K * X, K * X, null, null, null, null]);
    for (let k = 1; k <= K; k++) {
      const kuan = lei * 100 + k;
      rows.push([n++, kuan, `款${kuan}`, X, X, null, null, null, null]);
      for (let x = 1; x <= X; x++) rows.push([n++, kuan * 100 + x, `项${kuan * 100 + x}`, 1, 1, null, null, null, null]);
    }
  }
  rows[5]![3] = wrong;
  return { sheets: [{ ...t, values: [...t.values.slice(0, 5), ...rows], texts: undefined }] };
}

it('one wrong 项 among 66,536 coded rows is diagnosed', async () => {
  const r = checkWorkbook(await largeTable(501));
  expect(r.diagnoses).toHaveLength(1);
  expect(r.diagnoses[0]!.explanations).toEqual([[expect.objectContaining({ cell: 'D11', current: '501.00', repaired: '1.00' })]]);
  expect(r.undiagnosed).toEqual([]);
});

it('the MIP models over every cell of such a table are built (both passes), no stack overflow', async () => {
  const sys = analyzeWorkbook(await largeTable(1)).rules().system;
  const part = components(sys).sort((a, b) => b.length - a.length)[0]!;
  expect(part.length).toBeGreaterThan(65_000);
  const models: string[] = [];
  const out = multiCellRepairs(sys, [part[0]!], part, {
    solve: (lp) => {
      models.push(lp);
      return { status: 'infeasible', objective: NaN, values: {} };
    },
    timeLimit: 5,
  });
  expect(out).toEqual({ kind: 'none' });
  expect(models).toHaveLength(2);
  expect(models[1]!.split('\n').filter((l) => / free$/.test(l)).length).toBeGreaterThan(65_000);
});
