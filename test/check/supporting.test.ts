/**
 * The supporting tables' rules (P-01…P-04 on the 政府采购预算, A-02…A-04 on the 固定资产占用情况表): the seeds hold
 * them (identities.md §4.1), and each changed cell below breaks exactly the rules it should, on that cell.
 */
import { checkWorkbook } from '../../src/core/review/check';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { seedSnapshot } from '../fixtures/seed-workbooks';

const SUPPORTING = /^[PA]-0\d$/;

it.each(['000', '001', '003'])('seed %s: the 政府采购 and 固定资产 tables hold their rules', async (seed) => {
  const r = checkWorkbook(await seedSnapshot(seed));
  expect(r.findings.filter((f) => SUPPORTING.test(f.rule))).toEqual([]);
});

type Edit = [table: '采购' | '固定资产', row: number, col: number, value: string | number];

it.each<[string, Edit[], [string, string][]]>([
  [
    'an item 合计 that is not 数量 × 单价',
    [['采购', 6, 7, 1.2]],
    [
      ['P-02', 'H7'],
      ['P-03', 'H7'],
      ['P-01', 'H5'],
    ],
  ],
  [
    'a 合计 row that is not Σ 小计 / Σ items',
    [
      ['采购', 4, 7, 3.5],
      ['采购', 4, 8, 3.5],
    ],
    [
      ['P-01', 'H5'],
      ['P-01', 'H5'],
    ],
  ],
  ['a 预留中小微企业份额 above its 合计', [['采购', 7, 15, 0.5]], [['P-04', 'P8']]],
  ['a fund column that does not add up', [['采购', 8, 8, 0.9]], [['P-03', 'H9']]],
  // 1.00 against 0.96: two printed figures explain at most 0.01; the six blank fund columns print nothing to round.
  ['a fund column 0.04 off beside six blank ones (错误, not 尾差)', [['采购', 8, 8, 0.96]], [['P-03', 'H9']]],
  ['资产总额 ≠ Σ categories', [['固定资产', 3, 2, 100]], [['A-02', 'C4']]],
  ['办公用房 above 房屋', [['固定资产', 5, 2, 5]], [['A-03', 'C6']]],
  ['a 截止时间 that is not the year before', [['固定资产', 1, 1, '截止时间：2022-12-31']], [['A-04', 'B2']]],
])('seed 001, %s', async (_what, edits, expected) => {
  const snap: WorkbookSnapshot = await seedSnapshot('001');
  for (const [table, r, c, v] of edits) snap.sheets.find((s) => s.name.includes(table))!.values[r]![c] = v;
  const found = checkWorkbook(snap).findings.filter((f) => SUPPORTING.test(f.rule));
  expect(found.map((f) => [f.rule, f.cell])).toEqual(expected);
  expect(found.every((f) => f.severity === 'error' && /[\u4e00-\u9fff]/.test(f.message))).toBe(true);
});
