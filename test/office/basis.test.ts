/**
 * The session cannot act on the wrong workbook (issue #18): a check's basis (the prints of its tables' sheets) goes
 * with every action on its results, and the adapter refuses — writing nothing — when the open workbook is another
 * one, or this one in a later state. Through the strict fake: check A, put B in its place, act on A's results.
 */
import { cellAddress, parseCell } from '../../src/core/a1';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import type { Explanation } from '../../src/core/review/explanations';
import { explanationKey, readExplanations } from '../../src/core/review/explanations';
import { EXPLANATIONS_SHEET } from '../../src/core/internal-sheets';
import { checkAndMarkWithBasis } from '../../src/actions/check';
import { storeExplanations } from '../../src/actions/explanations';
import type { FakeExcel } from '../../src/office/fake/fake-excel';
import { selectCell } from '../../src/actions/navigate';
import { applyRepair } from '../../src/actions/repair';
import { readWorkbook } from '../../src/actions/read';
import { loadNodeSolver } from '../../src/solver/node';
import { locate } from '../check/mutate';
import { withValue } from '../diagnose/helpers';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { fakeFrom, fakeHost } from './fake-from';
import { HOSTS, hostOn } from '../host/hosts';
import { sheetFingerprint } from '../../src/core/model/fingerprint';

let clean: WorkbookSnapshot;
let sheet: string;
let at: string;
let other: string;

beforeAll(async () => {
  clean = await seedSnapshot('000');
  const leaf = locate(clean, { table: 'T3', row: 'code:2013201', column: 'basic' });
  const next = locate(clean, { table: 'T3', row: 'code:2013201', column: 'project' });
  sheet = leaf.sheet;
  at = cellAddress(leaf.row, leaf.col);
  other = cellAddress(next.row, next.col);
});

/** A: 238.13 mistyped as 329.13. */
const workbookA = () => withValue(clean, sheet, at, 329.13);
/** Replaces the fake's workbook with `snap`, as the preview does when another file is opened. */
function open(excel: FakeExcel, snap: WorkbookSnapshot) {
  excel.model.sheets = fakeFrom(snap).model.sheets;
}
const value = (excel: FakeExcel, a: string) => excel.model.sheet(sheet)!.peek(parseCell(a).row, parseCell(a).col)?.value;

/**
 * B: another department's workbook that shows the same figure in the same cell (same template, same typo) but differs
 * elsewhere on the sheet — exactly where the cell-by-cell test of 采用改正 alone is fooled.
 */
const workbookB = () => withValue(workbookA(), sheet, other, 777);

async function checkedA() {
  const excel = fakeFrom(workbookA());
  const host = fakeHost(excel);
  const { result, basis } = await checkAndMarkWithBasis(host, [], loadNodeSolver);
  expect(Object.keys(basis.sheets)).toContain(sheet);
  const d = result.diagnoses.find((x) => x.explanations[0]!.some((c) => c.sheet === sheet && c.cell === at))!;
  expect(d.explanations[0]).toEqual([expect.objectContaining({ cell: at, current: '329.13', repaired: '238.13' })]);
  return { excel, host, result, basis, cells: d.explanations[0]! };
}

it('without the basis, A’s repair would write into B (the measured bug)', async () => {
  const { excel, host, cells } = await checkedA();
  open(excel, workbookB());
  expect((await applyRepair(host, cells)).kind).toBe('ok');
  expect(value(excel, at)).toBe(238.13);
});

it.each([
  ['another workbook, same sheet names, same figure in the cell', () => workbookB()],
  ['another workbook, other sheet names', () => ({ sheets: [{ ...workbookA().sheets[0]!, name: '别的表' }] })],
  ['this workbook, edited since the check', () => withValue(workbookA(), sheet, other, 1)],
])('A’s repair is refused on %s, and nothing is written', async (_, b) => {
  const { excel, host, basis, cells } = await checkedA();
  open(excel, b());
  const before = JSON.stringify(await readWorkbook(host));
  const syncs = excel.contexts.length;
  const plan = await applyRepair(host, cells, basis);
  expect(plan).toEqual({ kind: 'otherState', sheets: [sheet] });
  expect(excel.contexts.length).toBe(syncs + 1);
  expect(excel.contexts.at(-1)!.syncCount).toBeLessThanOrEqual(2); // the sheet's print read (names, values); no write
  expect(JSON.stringify(await readWorkbook(host))).toBe(before);
});

it('on the workbook as checked, the repair goes through: the print (2 reads), the cells (1 read), 1 write', async () => {
  const { excel, host, basis, cells } = await checkedA();
  const plan = await applyRepair(host, cells, basis);
  expect(plan.kind).toBe('ok');
  expect(excel.contexts.at(-1)!.syncCount).toBe(4);
  expect(value(excel, at)).toBe(238.13);
});

it('a 出错说明 from A’s results is not stored into B (B’s own explanations stay)', async () => {
  const { excel, host, basis, result } = await checkedA();
  const f = result.findings.find((x) => x.sheet === sheet)!;
  const mine: Explanation = { key: 'B-own', kind: 'explained', text: 'B 的说明', date: '2026-01-01', where: 'x' };
  open(excel, workbookB());
  expect(await storeExplanations(host, [mine])).toBe(true); // B's own, stored without a basis
  const fromA: Explanation[] = [{ ...mine, key: explanationKey(f), text: 'A 的说明' }];
  expect(await storeExplanations(host, fromA, { basis, sheets: [f.sheet] })).toBe(false);
  const stored = readExplanations(await readWorkbook(host));
  expect(stored.map((e) => e.text)).toEqual(['B 的说明']);
  expect(excel.model.sheet(EXPLANATIONS_SHEET)).toBeDefined();
});

it('a jump from A’s results does not select in B; in A it does', async () => {
  const { excel, host, basis } = await checkedA();
  expect(await selectCell(host, sheet, at, [], basis)).toBe(true);
  expect(excel.model.selection).toEqual({ sheet, cell: at });
  open(excel, workbookB());
  excel.model.selection = null;
  expect(await selectCell(host, sheet, at, [], basis)).toBe(false);
  expect(excel.model.selection).toBeNull();
});

describe.each(HOSTS)('on every host (%s): the same refusal', (name) => {
  it('A’s repair is refused once B is in its place, and goes through on A as checked', async () => {
    const t = hostOn(name, fakeFrom(workbookA()).model);
    const { result, basis } = await checkAndMarkWithBasis(t.host, [], loadNodeSolver);
    const cells = result.diagnoses.find((x) => x.explanations[0]!.some((c) => c.cell === at))!.explanations[0]!;
    const a = t.model.sheets;
    t.model.sheets = fakeFrom(workbookB()).model.sheets;
    expect(await applyRepair(t.host, cells, basis)).toEqual({ kind: 'otherState', sheets: [sheet] });
    expect(t.model.sheet(sheet)!.peek(parseCell(at).row, parseCell(at).col)!.value).toBe(329.13);
    t.model.sheets = a;
    expect((await applyRepair(t.host, cells, basis)).kind).toBe('ok');
    expect(t.model.sheet(sheet)!.peek(parseCell(at).row, parseCell(at).col)!.value).toBe(238.13);
  });
});

it('a print ignores where the read range starts (Office: the used range; WPS: from A1) and sees any change', () => {
  const block = [
    ['部门预算收支总表', null],
    ['一、一般公共预算拨款收入', 340.57],
  ];
  const fromA1 = [
    [null, null, null],
    [null, ...block[0]!],
    [null, ...block[1]!],
    [null, null, null],
  ];
  expect(sheetFingerprint(fromA1)).toBe(sheetFingerprint(block));
  expect(sheetFingerprint([[...block[0]!, ''], ['', ''], ...[block[1]!]])).not.toBe(sheetFingerprint(block));
  expect(sheetFingerprint([block[0]!, ['一、一般公共预算拨款收入', 340.75]])).not.toBe(sheetFingerprint(block));
  expect(sheetFingerprint([block[0]!, ['一、一般公共预算拨款收入', '340.57']])).not.toBe(sheetFingerprint(block));
  expect(
    sheetFingerprint([
      [null, ''],
      ['', null],
    ]),
  ).toBe(sheetFingerprint([]));
});
