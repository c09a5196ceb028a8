/**
 * Values read as the file means them, and outputs every reader can open: a formula's cached empty string is blank
 * (not 公式未计算); an ISO 8601 date cell is its text (not 2023); money sums stay exact at 10^308; an `_xFFFF_` escape
 * stays escaped and no Word file carries a character XML forbids; .xls, encrypted and .ods files are named.
 */
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Decimal } from '../../src/core/money';
import { narrativeDocxBuffer } from '../../src/docx/narrative-docx';
import { loadWorkbook } from '../../src/xlsx/files';
import { decodeXString, readSnapshot } from '../../src/xlsx/read-snapshot';
import { bookParts, zipParts } from '../fixtures/hostile-files';

const dir = mkdtempSync(join(tmpdir(), 'bd-values-'));

/** A one-sheet workbook whose row 1 holds the given cells' XML. */
async function cells(xml: string): Promise<(string | number | boolean | null)[]> {
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${xml}</row></sheetData></worksheet>`;
  const path = join(dir, `w${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(path, zipParts([...bookParts(['S']), { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet) }]));
  return readSnapshot(await loadWorkbook(path)).sheets[0]!.values[0]!;
}

it.each([
  ['a cached empty string (LibreOffice, =IF(…,1,""))', '<c r="A1" t="str"><f>IF(B1=0,1,"")</f><v></v></c>', null],
  ['a cached empty string written <v/>', '<c r="A1" t="str"><f>IF(B1=0,1,"")</f><v/></c>', null],
  ['a formula without a cached result', '<c r="A1"><f>SUM(B1:C1)</f></c>', '=SUM(B1:C1)'],
  ['a cached result of 0', '<c r="A1"><f>B1-B1</f><v>0</v></c>', 0],
  ['a cached result of FALSE', '<c r="A1" t="b"><f>B1&gt;1</f><v>0</v></c>', false],
  ['a cached text result', '<c r="A1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>', 'ab'],
  ['an ISO 8601 date cell', '<c r="A1" t="d"><v>2023-05-01</v></c>', '2023-05-01'],
  ['a number', '<c r="A1"><v>238.13</v></c>', 238.13],
])('%s', async (_name, xml, expected) => {
  expect((await cells(xml))[0]).toEqual(expected);
});

it('sums stay exact at the magnitude a cell can hold (1E+308 + 439.20 − 1E+308)', () => {
  expect(new Decimal('1E+308').plus('439.20').minus('-1E+308').minus('2E+308').toFixed(2)).toBe('439.20');
});

it('an escape for a character XML forbids stays escaped; others are decoded', () => {
  expect(decodeXString('行政_xFFFF_运行_x0001_')).toBe('行政_xFFFF_运行_x0001_');
  expect(decodeXString('行政_x000D_运行')).toBe('行政\r运行');
});

it('a Word file never carries a character XML forbids', async () => {
  const buf = await narrativeDocxBuffer({ title: ['说明\uFFFF'], blocks: [{ kind: 'p', text: '正文\u0001\uFFFE结束' }], missing: [] });
  const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
  expect(xml).toContain('正文结束');
  expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)).toBe(false);
});

it.each([
  ['an .xls', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]), /旧版 Excel 97–2003 工作簿（\.xls）/],
  [
    'an encrypted workbook',
    Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le')]),
    /设有打开密码/,
  ],
  ['an HTML page named .xlsx', Buffer.from('<html><body><table></table></body></html>'), /网页格式/],
])('%s is named, with what to do', async (_name, data, message) => {
  const path = join(dir, 'x.xlsx');
  writeFileSync(path, data);
  await expect(loadWorkbook(path)).rejects.toThrow(message);
  expect(readFileSync(path)).toEqual(data);
});
