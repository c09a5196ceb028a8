/**
 * Property-based tests (fast-check) over random corruptions of the seed fixtures: the checker never throws, every
 * finding points at cells that exist, it never changes a value, and check → clear through the Office adapter leaves
 * values and fills exactly as they were (including the user's own fills).
 */
import fc from 'fast-check';
import { parseCell } from '../../src/core/a1';
import { checkWorkbook } from '../../src/core/review/check';
import type { CellValue, WorkbookSnapshot } from '../../src/core/model/snapshot';
import { checkAndMark, clearMarks } from '../../src/actions/check';
import { MARKS_SHEET } from '../../src/core/internal-sheets';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { fakeFrom, fakeHost } from '../office/fake-from';

let seeds: WorkbookSnapshot[];
beforeAll(async () => {
  seeds = await Promise.all([
    seedSnapshot('000'),
    seedSnapshot('001'),
    seedSnapshot('003', { layout: 'one-sheet' }),
    seedSnapshot('001', { pageSplit: 4 }),
  ]);
});

const junk: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((d) => Math.round(d * 1000) / 1000),
  fc.integer({ min: -100000, max: 100000 }),
  fc.constantFrom(
    '--',
    '-',
    '—',
    '',
    '  ',
    '合计',
    '１２．３４',
    '1,240.26',
    '注：无',
    '栏次',
    '部门预算收支总表',
    'abc',
    '201',
    '(3.00)',
    'NaN',
    '1e400',
  ),
  fc.constant(null),
  fc.boolean(),
);

type Op =
  | { kind: 'set'; sheet: number; row: number; col: number; value: CellValue }
  | { kind: 'deleteRow'; sheet: number; row: number }
  | { kind: 'swapRows'; sheet: number; a: number; b: number }
  | { kind: 'dropSheet'; sheet: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('set' as const), sheet: fc.nat(30), row: fc.nat(60), col: fc.nat(14), value: junk }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteRow' as const), sheet: fc.nat(30), row: fc.nat(60) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swapRows' as const), sheet: fc.nat(30), a: fc.nat(60), b: fc.nat(60) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropSheet' as const), sheet: fc.nat(30) }) },
);

function corrupt(base: WorkbookSnapshot, ops: Op[]): WorkbookSnapshot {
  const s: WorkbookSnapshot = JSON.parse(JSON.stringify(base));
  for (const o of ops) {
    if (s.sheets.length === 0) break;
    const sheet = s.sheets[o.sheet % s.sheets.length]!;
    const n = sheet.values.length;
    switch (o.kind) {
      case 'set': {
        if (n === 0) break;
        const row = sheet.values[o.row % n]!;
        while (row.length <= o.col) row.push(null);
        row[o.col] = o.value;
        break;
      }
      case 'deleteRow':
        if (n) {
          sheet.values.splice(o.row % n, 1);
          sheet.numberFormats?.splice(o.row % n, 1);
          sheet.fills?.splice(o.row % n, 1);
        }
        break;
      case 'swapRows':
        if (n) {
          const [a, b] = [o.a % n, o.b % n];
          [sheet.values[a], sheet.values[b]] = [sheet.values[b]!, sheet.values[a]!];
          if (sheet.numberFormats) [sheet.numberFormats[a], sheet.numberFormats[b]] = [sheet.numberFormats[b]!, sheet.numberFormats[a]!];
        }
        break;
      case 'dropSheet':
        s.sheets.splice(o.sheet % s.sheets.length, 1);
        break;
    }
  }
  return s;
}

const RUNS = Number(process.env.FC_RUNS ?? 60);

it('never throws, findings point at existing cells, the snapshot is not changed', () => {
  fc.assert(
    fc.property(fc.nat(3), fc.array(op, { maxLength: 25 }), (which, ops) => {
      const snap = corrupt(seeds[which]!, ops);
      const frozen = JSON.stringify(snap);
      const r = checkWorkbook(snap);
      expect(JSON.stringify(snap)).toBe(frozen);
      for (const f of r.findings) {
        for (const loc of [{ sheet: f.sheet, cell: f.cell }, ...f.related]) {
          const sheet = snap.sheets.find((x) => x.name === loc.sheet);
          expect(sheet).toBeDefined();
          const { row, col } = parseCell(loc.cell);
          expect(row - sheet!.origin.row).toBeLessThan(sheet!.values.length);
          expect(col - sheet!.origin.col).toBeLessThan(Math.max(...sheet!.values.map((v) => v.length)));
        }
        expect(['error', 'rounding', 'advisory']).toContain(f.severity);
        expect(f.message).not.toMatch(/undefined/);
        // "NaN" in a message is a defect unless a cell itself says NaN (the message then quotes the user's label).
        if (!frozen.includes('"NaN"')) expect(f.message).not.toMatch(/NaN/);
      }
    }),
    { numRuns: RUNS },
  );
});

it('check → clear through the Office adapter leaves values and fills identical to the original', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.nat(3),
      fc.array(op, { maxLength: 15 }),
      fc.array(
        fc.record({ sheet: fc.nat(30), row: fc.nat(60), col: fc.nat(14), color: fc.constantFrom('#FFFF00', '#FFFFFF', '#FFC7CE') }),
        { maxLength: 8 },
      ),
      async (which, ops, userFills) => {
        const excel = fakeFrom(corrupt(seeds[which]!, ops));
        for (const u of userFills) {
          const sheet = excel.model.sheets[u.sheet % Math.max(1, excel.model.sheets.length)];
          if (sheet) sheet.cell(u.row, u.col).format.fill = u.color;
        }
        const state = () =>
          JSON.stringify(
            excel.model.sheets
              .filter((s) => s.name !== MARKS_SHEET)
              .map((s) => [
                s.name,
                [...s.cells].filter(([, c]) => c.value !== null || c.format.fill).map(([a, c]) => [a, c.value, c.format.fill ?? null]),
              ]),
          );
        const before = state();
        const host = fakeHost(excel);
        await checkAndMark(host);
        await checkAndMark(host);
        await clearMarks(host);
        expect(state()).toBe(before);
        expect(excel.model.sheet(MARKS_SHEET)).toBeUndefined();
      },
    ),
    { numRuns: Math.max(10, Math.floor(RUNS / 2)) },
  );
});
