/**
 * 诊断 at scale in the pane (issue #18): a generated workbook of 100 departments, one mistyped figure in each (two in
 * every tenth), gives one group per department with its count, in the departments' order; a group's 全部采用 writes
 * that department's cells and no other's (through the strict fake, one write), and the next check finds the other 99.
 */
import { parseCell } from '../../src/core/a1';
import type { Diagnosis, DiagnosisCell } from '../../src/core/diagnose/types';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { checkAndMarkWithBasis } from '../../src/actions/check';
import { readWorkbook } from '../../src/actions/read';
import { applyRepair } from '../../src/actions/repair';
import { loadNodeSolver } from '../../src/solver/node';
import { groupDiagnoses } from '../../src/taskpane/diagnosis-groups';
import { departmentsWithTypos } from '../fixtures/many-departments';
import { fakeFrom, fakeHost } from '../office/fake-from';

jest.setTimeout(120_000);

/** Every cell whose value differs between two snapshots of the same sheets, as "sheet!A1". */
function changed(a: WorkbookSnapshot, b: WorkbookSnapshot): string[] {
  const out: string[] = [];
  a.sheets.forEach((s, i) => {
    const t = b.sheets[i]!;
    const rows = Math.max(s.values.length, t.values.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(s.values[r]?.length ?? 0, t.values[r]?.length ?? 0);
      for (let c = 0; c < cols; c++)
        if ((s.values[r]?.[c] ?? null) !== (t.values[r]?.[c] ?? null))
          out.push(`${s.name}!${String.fromCharCode(65 + c + s.origin.col)}${r + s.origin.row + 1}`);
    }
  });
  return out.sort();
}

it('100 departments: one group each, with counts; 全部采用 of one group repairs that department only', async () => {
  const { snap, typos } = await departmentsWithTypos(100);
  const excel = fakeFrom(snap);
  const host = fakeHost(excel);
  const { result, basis } = await checkAndMarkWithBasis(host, [], loadNodeSolver);
  const groups = groupDiagnoses(result);
  expect(groups.map((g) => g.unit)).toEqual([...typos.keys()]);
  expect(groups.map((g) => g.unit)).toEqual(Array.from({ length: 100 }, (_, i) => String(100 + i)));
  for (const g of groups) {
    expect(g.label.startsWith(`${g.unit} `)).toBe(true);
    expect(g.diagnoses.every((d) => d.unit === g.unit)).toBe(true);
    // The cells it would write are exactly the figures mistyped in that department.
    expect(g.cells.map((c) => `${c.sheet}!${c.cell}`).sort()).toEqual([...typos.get(g.unit)!].sort());
  }
  expect(groups.reduce((n, g) => n + g.diagnoses.length, 0)).toBe(result.diagnoses.length);

  const g = groups.find((x) => x.unit === '110')!; // a tenth department: two cells
  expect(g.cells).toHaveLength(2);
  const before = await readWorkbook(host);
  const syncs = excel.contexts.length;
  const plan = await applyRepair(host, g.cells, basis);
  expect(plan.kind).toBe('ok');
  expect(excel.contexts.length).toBe(syncs + 1);
  expect(excel.contexts.at(-1)!.syncCount).toBe(2 * new Set(g.cells.map((c) => c.sheet)).size + 2); // prints, cells, one write
  const after = await readWorkbook(host);
  expect(changed(before, after)).toEqual(g.cells.map((c) => `${c.sheet}!${c.cell}`).sort());
  for (const c of g.cells) {
    const { row, col } = parseCell(c.cell);
    expect(String(excel.model.sheet(c.sheet)!.peek(row, col)!.value)).toBe(c.repaired);
  }
  const again = groupDiagnoses((await checkAndMarkWithBasis(host, [], loadNodeSolver)).result);
  expect(again.map((x) => x.unit)).toEqual(groups.map((x) => x.unit).filter((u) => u !== '110'));
});

it('a single unit is a single group (the pane then lists its diagnoses without grouping); a tie gives 全部采用 no cell', () => {
  const t = { id: 'T1', sheet: 'a', unit: '225', unitName: '某部门', level: '部门', year: 2023, title: '' } as const;
  const cell = (a: string): DiagnosisCell => ({
    ...{ sheet: 'a', cell: a, table: 'T1', tableName: '', where: '' },
    ...{ current: '1', repaired: '2', isTotal: false },
  });
  const exact: Diagnosis = { id: 'D1', method: 'single', explanations: [[cell('A1')]], tie: false, repairs: [], unit: '225' };
  const tie: Diagnosis = { ...exact, id: 'D2', tie: true, explanations: [[cell('A2')], [cell('A3')]] };
  const groups = groupDiagnoses({ diagnoses: [exact, tie], tables: [t] });
  expect(groups).toHaveLength(1);
  expect(groups[0]).toMatchObject({ label: '225 某部门', ties: 1, cells: [cell('A1')] });
});
