/**
 * Our fixes to ExcelJS 4.4.0 are local to our reader: its worksheet parsers carry them (an ISO date cell is its text,
 * a formula's cached "" is kept, a large validation range is kept aside and bounded), while ExcelJS's own classes and
 * its own `load`, used anywhere else in the same process (before or after ours), behave exactly as the package does.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkbook } from '../../src/xlsx/files';
import { bookParts, zipParts } from '../fixtures/hostile-files';

/* eslint-disable @typescript-eslint/no-require-imports -- the package's own classes, to see they are untouched */
const CellXform = require('exceljs/lib/xlsx/xform/sheet/cell-xform');
const DataValidationsXform = require('exceljs/lib/xlsx/xform/sheet/data-validations-xform');
/* eslint-enable @typescript-eslint/no-require-imports */

const dir = mkdtempSync(join(tmpdir(), 'bd-local-'));
const protos = () => [CellXform.prototype.parseOpen, CellXform.prototype.parseClose, DataValidationsXform.prototype.parseClose];
const before = protos();

const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="d"><v>2023-05-01</v></c><c r="B1" t="str"><f>IF(C1=0,1,"")</f><v></v></c><c r="C1"><v>5</v></c></row>
<row r="2"><c r="A2"><v>1</v></c></row></sheetData>
<dataValidations count="1"><dataValidation type="decimal" sqref="C1:C20000"><formula1>0</formula1></dataValidation></dataValidations></worksheet>`;
const file = join(dir, 'a.xlsx');
writeFileSync(file, zipParts([...bookParts(['S']), { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet) }]));

async function excelJs(): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0]!;
}
/** The formula's cached result as the model holds it (ExcelJS's `cell.value` drops an empty one). */
const result = (ws: ExcelJS.Worksheet) => (ws.getCell('B1') as unknown as { model: { result?: unknown } }).model.result;
const validated = (ws: ExcelJS.Worksheet) =>
  Object.keys((ws as unknown as { dataValidations: { model: object } }).dataValidations.model).length;

it('our reader: the date is text, the cached "" kept, the validation clipped to the used rows', async () => {
  const ws = (await loadWorkbook(file)).worksheets[0]!;
  expect(ws.getCell('A1').value).toBe('2023-05-01');
  expect(result(ws)).toBe('');
  expect(validated(ws)).toBe(2); // C1:C2, the rows the sheet holds
});

it("ExcelJS's own load, after ours and while ours runs, reads as the package does", async () => {
  await loadWorkbook(file);
  const [alone, during] = await Promise.all([excelJs(), loadWorkbook(file).then(excelJs)]);
  for (const ws of [alone, during]) {
    expect(ws.getCell('A1').value).not.toBe('2023-05-01'); // the package's parseFloat reading
    expect(result(ws)).toBeUndefined();
    expect(validated(ws)).toBe(20_000); // expanded cell by cell, as the package does
  }
  expect(protos()).toEqual(before);
});
