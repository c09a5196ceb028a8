/**
 * 诊断 around the broken identities (neighbourhood.ts) gives what 诊断 of the whole system gives: the same diagnoses
 * and undiagnosed parts, in the same order, cell for cell and tie for tie. Random typing mistakes (1–3, and 4–6 in
 * one 部门 so that parts need the MIP) in five 部门 each with their 单位 (seed 000), in seeds 001 and 003; once more
 * with U-01 (部门＝Σ单位) made strict, so that parts cross from a 部门 into its 单位.
 */
import fc from 'fast-check';
import { analyzeWorkbook } from '../../src/core/analysis';
import { RULES } from '../../src/core/check/rules';
import type { Identity } from '../../src/core/check/identity';
import type { Group, Term } from '../../src/core/check/terms';
import type { Rule } from '../../src/core/check/types';
import { Decimal } from '../../src/core/money';
import { diagnose, showUnits, type DiagnoseOptions } from '../../src/core/diagnose/diagnose';
import { diagnoseBroken } from '../../src/core/diagnose/neighbourhood';
import type { MipSolve } from '../../src/core/diagnose/solver';
import { buildSystem } from '../../src/core/diagnose/system';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { loadNodeSolver } from '../../src/solver/node';
import { manyDepartments, seedSnapshot } from '../fixtures/seed-workbooks';
import { CHANGES, mistake, withValue } from './helpers';

const STRICT_U01: readonly Rule[] = RULES.map((r) => (r.id === 'U-01' ? { ...r, severity: 'strict' as const } : r));

const books: Record<string, WorkbookSnapshot> = {};
let solve: MipSolve;
beforeAll(async () => {
  books['000 ×5'] = manyDepartments(await seedSnapshot('000'), 5);
  books['001'] = await seedSnapshot('001');
  books['003'] = await seedSnapshot('003');
  solve = await loadNodeSolver();
});

/** Random mistakes in cells of the system (`near`: all within 40 cells of one another, so that they share parts). */
function cases(book: WorkbookSnapshot, rules: readonly Rule[], runs: number, min: number, max: number, seed: number) {
  const cells = analyzeWorkbook(book, { rules })
    .rules()
    .system.cells.filter((c) => c.value !== 0);
  return fc
    .sample(
      fc.tuple(
        fc.nat(Math.max(0, cells.length - 41)),
        fc.array(fc.tuple(fc.nat(40), fc.nat(CHANGES.length - 1)), { minLength: min, maxLength: max }),
      ),
      {
        numRuns: runs,
        seed,
      },
    )
    .map(([at, edits]) => {
      let snap = book;
      for (const [i, k] of edits) {
        const c = cells[Math.min(cells.length - 1, at + i)]!;
        const typed = mistake(showUnits(c, c.value), CHANGES[k]!, c.term.table.money === '元');
        if (typed !== undefined) snap = withValue(snap, c.sheet, c.address, typed);
      }
      return snap;
    });
}

function compare(snap: WorkbookSnapshot, rules: readonly Rule[], options: DiagnoseOptions) {
  const { identities } = analyzeWorkbook(snap, { rules }).rules();
  const expected = diagnose(buildSystem(identities), options);
  expect(diagnoseBroken(identities, options)).toEqual(expected);
  return { expected };
}

describe.each([
  ['the catalog', RULES],
  ['U-01 strict (parts across 部门 and 单位)', STRICT_U01],
])('%s', (_name, rules) => {
  it.each(['000 ×5', '001', '003'])('%s: 1–3 mistakes, without the solver', (book) => {
    let broken = 0;
    for (const snap of cases(books[book]!, rules, 30, 1, 3, 20261206)) {
      const { expected } = compare(snap, rules, {});
      if (expected.diagnoses.length + expected.undiagnosed.length) broken++;
    }
    expect(broken).toBeGreaterThan(20);
  });
});

it('seed 003, every cell of the system left blank: the same diagnoses, ties among them', () => {
  const book = books['003']!;
  const { system } = analyzeWorkbook(book).rules();
  let ties = 0;
  let cases = 0;
  for (const c of system.cells) {
    const typed = mistake(showUnits(c, c.value), 'blank', false);
    if (typed === undefined) continue;
    cases++;
    ties += compare(withValue(book, c.sheet, c.address, typed), RULES, {}).expected.diagnoses.filter((d) => d.tie).length;
  }
  expect(cases).toBeGreaterThan(150);
  expect(ties).toBeGreaterThan(1);
});

it('4–6 mistakes close together: parts the MIP decides give the same diagnoses', () => {
  let mip = 0;
  for (const snap of cases(books['000 ×5']!, RULES, 8, 4, 6, 7)) {
    const { expected } = compare(snap, RULES, { solve });
    mip += expected.diagnoses.filter((d) => d.method === 'mip').length;
  }
  expect(mip).toBeGreaterThan(0);
});

/** Hand-made identities over one column of 支出总表 (万元, two decimals): what the catalog does not happen to build. */
describe('hand-made systems', () => {
  let next = 0;
  const group = { key: '100', unit: '100', byId: new Map() } as unknown as Group;
  const cell = (row: number, value: number): Term =>
    ({
      id: next++,
      cell: { sheet: '支出总表', row, col: 2 },
      table: { id: 'T3', money: '万元', columns: {} },
      row: { code: '', label: `第${row + 1}行` },
      column: 'total',
      value: new Decimal(value),
      tol: new Decimal('0.005'),
      decimals: 2,
      units: { value: value * 1e7, tol: 5e4, step: 1e5 },
    }) as unknown as Term;
  const identity = (index: number, left: Term[], right: Term[]): Identity => ({
    index,
    rule: { id: `X-0${index}`, kind: 'rowSum', severity: 'strict', title: `X-0${index}` } as unknown as Rule,
    group,
    left,
    right,
    op: '=',
    leftDesc: '左',
    rightDesc: '右',
  });

  it('a cell whose coefficients cancel does not join two parts', () => {
    const [a, b, c, d] = [cell(0, 5), cell(1, 4), cell(2, 7), cell(3, 8)];
    // a + c = b + c (c cancels: the row is a = b) and d = c: two separate breaks, each a tie of two cells
    const ids = [identity(0, [a, c], [b, c]), identity(1, [d], [c])];
    const expected = diagnose(buildSystem(ids));
    expect(expected.diagnoses.map((x) => [x.method, x.explanations.length])).toEqual([
      ['single', 2],
      ['single', 2],
    ]);
    expect(diagnoseBroken(ids)).toEqual(expected);
  });

  it('parts are listed in the order of their first row, broken or not', () => {
    const [x, y, p, q, z] = [cell(0, 1), cell(1, 1), cell(2, 2), cell(3, 3), cell(4, 4)];
    // part {x, y, z}: rows 0 and 2 (row 2 broken); part {p, q}: row 1 (broken)
    const ids = [identity(0, [x], [y]), identity(1, [p], [q]), identity(2, [x], [z])];
    const expected = diagnose(buildSystem(ids));
    expect(expected.diagnoses.map((d) => d.repairs[0]!.rule)).toEqual(['X-02', 'X-01']);
    expect(diagnoseBroken(ids)).toEqual(expected);
  });
});
