/**
 * Shared formulas whose text the file does not give (master missing, master with an empty <f>, master after the
 * dependent, si pointing nowhere): both readers read the cached value, or 公式未计算 without one, and agree.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSnapshot, loadWorkbook } from '../../src/xlsx/files';
import { readSnapshot, UNKNOWN_FORMULA } from '../../src/xlsx/read-snapshot';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { SHEET1, withPart } from '../fixtures/hostile-files';

const dir = mkdtempSync(join(tmpdir(), 'bd-unknown-f-'));
const rows = (xml: string) => (x: string) => x.replace('</sheetData>', `${xml}</sheetData>`);

/** [case, rows appended at 60–61, expected B60, expected B61] */
const CASES: [string, string, unknown, unknown][] = [
  ['master missing', '<row r="61"><c r="B61"><f t="shared" si="0"/><v>5</v></c></row>', undefined, 5],
  [
    'master with an empty <f>',
    '<row r="60"><c r="B60"><f t="shared" ref="B60:B62" si="0"></f><v>1</v></c></row><row r="61"><c r="B61"><f t="shared" si="0"/><v>5</v></c></row>',
    1,
    5,
  ],
  [
    'master with a self-closed <f>, dependent without a value',
    '<row r="60"><c r="B60"><f t="shared" ref="B60:B62" si="0"/><v>1</v></c></row><row r="61"><c r="B61"><f t="shared" si="0"/></c></row>',
    1,
    UNKNOWN_FORMULA,
  ],
  ['si pointing nowhere', '<row r="61"><c r="B61"><f t="shared" si="9"/><v>5</v></c></row>', undefined, 5],
  [
    'master after the dependent',
    '<row r="60"><c r="A60"><v>3</v></c><c r="B60"><f t="shared" si="0"/><v>7</v></c></row><row r="61"><c r="A61"><v>4</v></c><c r="B61"><f t="shared" ref="B60:B61" si="0">A61*2</f><v>8</v></c></row>',
    7,
    8,
  ],
  [
    'a text result and an error result',
    '<row r="60"><c r="B60" t="str"><f t="shared" si="4"/><v>合计</v></c></row><row r="61"><c r="B61" t="e"><f t="shared" si="4"/><v>#REF!</v></c></row>',
    '合计',
    '#REF!',
  ],
];

describe('a shared formula whose text is unknown reads as its cached value', () => {
  it.each(CASES)('%s', async (name, xml, b60, b61) => {
    const path = join(dir, `${name.replace(/\W+/g, '_')}.xlsx`);
    writeFileSync(path, await withPart(Buffer.from(await seedWorkbook('001').xlsx.writeBuffer()), SHEET1, rows(xml)));
    const full = readSnapshot(await loadWorkbook(path));
    const fast = await loadSnapshot(path);
    expect(fast).toEqual(full);
    const values = full.sheets[0]!.values;
    if (b60 !== undefined) expect(values[59]![1]).toBe(b60);
    expect(values[60]![1]).toBe(b61);
  });

  it('the workbook it loads can be written (the marked copy)', async () => {
    const path = join(dir, 'write.xlsx');
    writeFileSync(path, await withPart(Buffer.from(await seedWorkbook('001').xlsx.writeBuffer()), SHEET1, rows(CASES[1]![1])));
    const wb = await loadWorkbook(path);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await wb.xlsx.writeBuffer());
    expect(again.worksheets[0]!.getCell('B61').value).toBe(5);
  });
});
