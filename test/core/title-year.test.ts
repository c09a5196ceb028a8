/**
 * A title that starts with its budget year (「2023年部门预算支出总表」, 「2023年度…」), on one table or on all of them,
 * is the same table of the same 部门: the year is not read as a 部门编码 (it gave 「部门编码应为3位：2023」 and a phantom
 * 部门 「2023」 missing its other tables). The findings are those of the seed as printed.
 */
import { checkWorkbook } from '../../src/core/review/check';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { seedSnapshot } from '../fixtures/seed-workbooks';

const copy = (s: WorkbookSnapshot): WorkbookSnapshot => JSON.parse(JSON.stringify(s));
const summary = (snap: WorkbookSnapshot) => {
  const r = checkWorkbook(snap);
  return {
    tables: r.tables.map((t) => `${t.id}@${t.unit}`).sort(),
    findings: r.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`).sort(),
    missing: r.missing,
  };
};

/** Each title cell (the first cell of row 1 that names a 预算 table) prefixed. */
function prefixTitles(snap: WorkbookSnapshot, prefix: string, only?: string): WorkbookSnapshot {
  const out = copy(snap);
  for (const s of out.sheets) {
    if (only && s.name !== only) continue;
    const row = s.values[0]!;
    const i = row.findIndex((v) => typeof v === 'string' && /预算.*表$/.test(v));
    if (i >= 0) row[i] = `${prefix}${row[i]}`;
  }
  return out;
}

let base: WorkbookSnapshot;
let expected: ReturnType<typeof summary>;
beforeAll(async () => {
  base = await seedSnapshot('003');
  expected = summary(base);
  expect(expected.tables).toHaveLength(9);
  expect(expected.tables).toContain('T3@430');
});

it.each([
  { prefix: '2023年', only: '部门预算支出总表' },
  { prefix: '2023年度', only: '部门预算支出总表' },
  { prefix: '2023年', only: undefined },
  { prefix: '2023 年', only: undefined },
])('titles prefixed 「$prefix」 (on $only, else all): the same tables of 430 and the same findings', ({ prefix, only }) => {
  const snap = prefixTitles(base, prefix, only);
  const titled = snap.sheets.filter((s) => s.values[0]!.some((v) => typeof v === 'string' && v.startsWith(prefix)));
  expect(titled.length).toBe(only ? 1 : 9);
  const got = summary(snap);
  expect(got.findings.filter((f) => f.startsWith('U-02'))).toEqual([]);
  expect(got).toEqual(expected);
});
