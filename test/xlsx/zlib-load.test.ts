/**
 * The file reader (`loadWorkbook`: ExcelJS's parsers fed by Node's zlib, sheets made without the quadratic name
 * look-up) builds exactly the workbook ExcelJS's own `load` builds: same model, same snapshot — on the seed files and
 * on a workbook with every kind of part; a clash of sheet names is refused by both; inflation is bounded by what a
 * part really inflates to, whatever its header says.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { loadWorkbook } from '../../src/xlsx/files';
import { FileError } from '../../src/xlsx/file-error';
import { Budget, partBytes } from '../../src/xlsx/zlib-load';
import { nodeInflater } from '../../src/xlsx/node-inflater';
import { jszipInflater } from '../../src/xlsx/inflater';
import { LIMITS } from '../../src/xlsx/limits';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { everyPart } from '../fixtures/every-part';

const dir = mkdtempSync(join(tmpdir(), 'bd-load-'));

async function both(path: string) {
  const stock = await new ExcelJS.Workbook().xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const ours = await loadWorkbook(path);
  return { stock, ours };
}

/** The same workbook zipped again: its parts stored without compression, or in the reverse order. */
async function rezip(wb: ExcelJS.Workbook, how: 'store' | 'reverse'): Promise<Buffer> {
  const src = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n]!.dir);
  for (const n of how === 'reverse' ? names.reverse() : names) out.file(n, await src.file(n)!.async('nodebuffer'));
  return out.generateAsync({ type: 'nodebuffer', compression: how === 'store' ? 'STORE' : 'DEFLATE' });
}

const written = (make: () => ExcelJS.Workbook) => async () => Buffer.from(await make().xlsx.writeBuffer());
const cases: [string, () => Promise<Buffer>][] = [
  ['seed 000 (部门 and 单位)', written(() => seedWorkbook('000'))],
  ['seed 001', written(() => seedWorkbook('001'))],
  ['seed 003, amounts as text', written(() => seedWorkbook('003', { amounts: 'text' }))],
  ['every kind of part', written(everyPart)],
  ['every kind of part, stored without compression', () => rezip(everyPart(), 'store')],
  ['every kind of part, shared strings and styles after the sheets', () => rezip(everyPart(), 'reverse')],
];

it.each(cases)('%s: the same workbook model and snapshot as ExcelJS load', async (name, make) => {
  const path = join(dir, `${name.replace(/\W+/g, '_')}.xlsx`);
  writeFileSync(path, await make());
  const { stock, ours } = await both(path);
  expect(JSON.stringify(ours.model)).toBe(JSON.stringify(stock.model));
  expect(readSnapshot(ours)).toEqual(readSnapshot(stock));
  const sheets = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => [w.id, w.name, (w as unknown as { orderNo: number }).orderNo, w.state]);
  expect(sheets(ours)).toEqual(sheets(stock));
  // The loaded workbook still takes new sheets and refuses a clashing name, as ExcelJS's does.
  expect(() => ours.addWorksheet(stock.worksheets[0]!.name.toUpperCase())).toThrow(/already exists/);
  expect(ours.addWorksheet('新表').id).toBe(stock.addWorksheet('新表').id);
});

it('two sheets whose names differ only in case are refused by both readers', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet');
  wb.addWorksheet('Other');
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const xml = (await zip.file('xl/workbook.xml')!.async('string')).replace('name="Other"', 'name="SHEET"');
  zip.file('xl/workbook.xml', xml);
  const path = join(dir, 'clash.xlsx');
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  await expect(new ExcelJS.Workbook().xlsx.load(readFileSync(path) as unknown as ArrayBuffer)).rejects.toThrow(/already exists: SHEET/);
  await expect(loadWorkbook(path)).rejects.toThrow(FileError);
  await expect(loadWorkbook(path)).rejects.toThrow(/有两个工作表都叫「SHEET」/);
});

describe.each([
  ['zlib', nodeInflater],
  ['JSZip (the preview)', jszipInflater],
] as const)('inflater: %s', (_name, inflater) => {
  it('a part is inflated within what is left of the limit, whatever size its header states', async () => {
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(3 * 2 ** 20, 0x20), { compression: 'DEFLATE' });
    const loaded = await JSZip.loadAsync(await zip.generateAsync({ type: 'nodebuffer' }));
    // The header's size is not consulted: the budget alone bounds the output.
    const raw = (loaded.file('xl/worksheets/sheet1.xml') as unknown as { _data: { uncompressedSize: number } })._data;
    raw.uncompressedSize = 10;
    const budget = new Budget('a.xlsx', inflater);
    budget.left = 2 * 2 ** 20;
    await expect(partBytes(loaded, 'xl/worksheets/sheet1.xml', budget)).rejects.toThrow(
      `无法读取 a.xlsx：解压后超过上限 ${LIMITS.inflatedBytes / 2 ** 20} MB`,
    );
    raw.uncompressedSize = 3 * 2 ** 20; // (JSZip refuses a part whose size differs from its header's: 已损坏)
    const enough = new Budget('a.xlsx', inflater);
    expect((await partBytes(loaded, 'xl/worksheets/sheet1.xml', enough)).length).toBe(3 * 2 ** 20);
    expect(enough.left).toBe(LIMITS.inflatedBytes - 3 * 2 ** 20);
  });

  it('a corrupt deflated part is a Chinese message, not a zlib error', async () => {
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', '<worksheet/>', { compression: 'DEFLATE' });
    const loaded = await JSZip.loadAsync(await zip.generateAsync({ type: 'nodebuffer' }));
    const raw = (loaded.file('xl/worksheets/sheet1.xml') as unknown as { _data: { compressedContent: Uint8Array } })._data;
    raw.compressedContent = Uint8Array.from([0xff, 0xff, 0xff, ...deflateRawSync('x')]);
    await expect(partBytes(loaded, 'xl/worksheets/sheet1.xml', new Budget('b.xlsx', inflater))).rejects.toThrow(
      /无法读取 b\.xlsx：压缩包中的 xl\/worksheets\/sheet1\.xml 已损坏/,
    );
  });
});
