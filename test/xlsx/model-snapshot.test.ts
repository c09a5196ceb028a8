/**
 * `loadSnapshot` (the snapshot made from the parsed model, no ExcelJS rows and cells) gives exactly what
 * `readSnapshot(await loadWorkbook(path))` gives — values, formats, fills, merges, skipped far cells, sheet order and
 * visibility — or the same refusal, on the seeds and on files built to reach every branch of model-snapshot.ts; the
 * cases it does not cover are read the full way (and still agree).
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSnapshot, loadWorkbook } from '../../src/xlsx/files';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { columnIn } from '../../src/xlsx/model-snapshot';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { varied } from '../fixtures/every-part';
import { inSheetData, manyMerges, SHEET1, withMerge, withPart, wholeColumnValidations } from '../fixtures/hostile-files';

const dir = mkdtempSync(join(tmpdir(), 'bd-model-snap-'));

/** Merges over cells the file does not hold, in a styled row (3) and a styled column (F). */
const variedMerged = async () => withMerge(await withMerge(await buffer(varied()), '<mergeCell ref="F8:G9"/>'), '<mergeCell ref="H3:I3"/>');

/** Shared formulas as Excel writes them: the master with ref and si, the others with si only. */
const SHARED = (x: string) =>
  x.replace(
    '</sheetData>',
    '<row r="60"><c r="A60"><v>2</v></c><c r="B60"><f t="shared" ref="B60:B62" si="7">A60*2</f><v>4</v></c></row>' +
      '<row r="61"><c r="A61"><v>3</v></c><c r="B61"><f t="shared" si="7"/></c></row>' +
      '<row r="62"><c r="A62"><v>5</v></c><c r="B62"><f t="shared" si="7"/><v>10</v></c></row></sheetData>',
  );

const buffer = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

const CASES: [string, () => Promise<Buffer>][] = [
  ['seed 001', () => buffer(seedWorkbook('001'))],
  ['seed 003 in 元', () => buffer(seedWorkbook('003', { amounts: 'yuan' }))],
  ['every value kind, merges over styled rows and columns', variedMerged],
  ['shared formulas', async () => withPart(await buffer(seedWorkbook('001')), SHEET1, SHARED)],
  [
    'a shared formula of an unknown group',
    async () =>
      inSheetData(
        await buffer(seedWorkbook('001')),
        '<row r="60"><c r="B60"><v>4</v></c><c r="C60"><f t="shared" si="3"/><v>1</v></c></row>',
      ),
  ],
  [
    'a shared formula whose master has no formula text (its cached values)',
    async () =>
      inSheetData(
        await buffer(seedWorkbook('001')),
        '<row r="60"><c r="B60"><f t="shared" ref="B60:C60" si="3"/><v>4</v></c><c r="C60"><f t="shared" si="3"/><v>1</v></c></row>',
      ),
  ],
  ['merges below the tables', async () => manyMerges(await buffer(seedWorkbook('001')), 300)],
  [
    'overlapping merges (refused)',
    async () => withMerge(await withMerge(await buffer(seedWorkbook('001')), '<mergeCell ref="K2:M3"/>'), '<mergeCell ref="L3:N4"/>'),
  ],
  ['a whole-sheet merge (refused)', async () => withMerge(await buffer(seedWorkbook('001')), '<mergeCell ref="A1:XFD1048576"/>')],
  ['whole-column validations', async () => wholeColumnValidations(await buffer(seedWorkbook('001')), 5)],
  [
    'rows and cells without positions',
    async () =>
      withPart(await buffer(seedWorkbook('001')), SHEET1, (x) => x.replace(/<c r="[A-Z]+\d+"/g, '<c').replace(/<row r="\d+"/g, '<row')),
  ],
  [
    'a cell outside its row (read the full way)',
    async () => inSheetData(await buffer(seedWorkbook('001')), '<row r="70"><c r="B71"><v>4</v></c></row>'),
  ],
  [
    'two cells at one place (read the full way)',
    async () => inSheetData(await buffer(seedWorkbook('001')), '<row r="70"><c r="B70"><v>4</v></c><c r="B70"><v>5</v></c></row>'),
  ],
];

describe('loadSnapshot agrees with readSnapshot(loadWorkbook)', () => {
  it.each(CASES)('%s', async (name, make) => {
    const path = join(dir, `${name.replace(/\W+/g, '_')}.xlsx`);
    writeFileSync(path, await make());
    const full = await loadWorkbook(path)
      .then(readSnapshot)
      .catch((e: Error) => e.message);
    const fast = await loadSnapshot(path).catch((e: Error) => e.message);
    expect(fast).toEqual(full);
    if (typeof full !== 'string') expect(full.sheets.length).toBeGreaterThan(0);
  });

  it('reads the merged, styled and far cells it was built for (the comparison is not between two empty sheets)', async () => {
    const path = join(dir, 'varied-check.xlsx');
    writeFileSync(path, await variedMerged());
    const snap = await loadSnapshot(path);
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['部门预算收支总表', 'visible'],
      ['后', 'hidden'],
      ['极隐', 'veryHidden'],
    ]);
    const a = snap.sheets[0]!;
    expect(a.merges).toEqual(expect.arrayContaining(['A1:D1', 'E3:G4', 'F8:G9', 'H3:I3']));
    expect(a.values[2]![4]).toBe(1);
    expect(a.values[2]![5]).toBeNull(); // F3: covered by the merge
    expect(a.numberFormats![8]![5]).toBe('#,##0.00'); // F9: made by the merge, the column's format
    expect(a.fills![8]![5]?.color).toBe('#FF0000');
    expect(a.numberFormats![2]![8]).toBe('0.000'); // I3: made by the merge, the row's format before the column's
    expect(a.values[5]![1]).toBe(0); // a cached 0 is a value
    expect(a.skipped).toEqual({ count: 1, first: 'ZZ5' });
  });
});

it('columnIn reads an address as the expression /^([A-Z]{1,3})([1-9]\d{0,6})$/ does', () => {
  const ADDRESS = /^([A-Z]{1,3})([1-9]\d{0,6})$/;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const piece = fc.constantFrom('A', 'Z', 'XFD', 'AB', 'a', '$', '0', '1', '9', '10', '1048576', '12345678', ' ', '');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 4 }), fc.integer({ min: 0, max: 12_345_678 }), (pieces, row) => {
      const address = pieces.join('');
      for (const r of [row, Number(ADDRESS.exec(address)?.[2] ?? 1)]) {
        const m = ADDRESS.exec(address);
        expect(columnIn(address, r)).toBe(m && Number(m[2]) === r ? col(m[1]!) : -1);
      }
    }),
    { numRuns: 2000 },
  );
  expect(columnIn('XFD1048576', 1048576)).toBe(16384);
  expect(columnIn(undefined, 1)).toBe(-1);
});
