/**
 * A worksheet whose part is larger than 8 MiB is scanned streamed against the limits before it is inflated; once
 * inflated it is the same text, and its cells are counted against the memory budget once, not twice. A workbook of one
 * such sheet (260,000 cells, ≈ 9 MiB of XML) under a budget that holds its cells once and a half: read. The control:
 * a budget below its cells refuses it, with the count of its cells.
 */
import ExcelJS from 'exceljs';
import { nodeInflater } from '../../src/xlsx/node-inflater';
import { readWorkbookBytes } from '../../src/xlsx/read-workbook';
import { FileError } from '../../src/xlsx/file-error';

const ROWS = 26_000;
const COLS = 10;
let book: Uint8Array;
/** Bytes per cell the budget charges, read off a refusal («…能容纳的 N 个»). */
let perCell: number;

const read = (memory: number) => readWorkbookBytes('big.xlsx', book, { inflater: nodeInflater, memory: () => memory });

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('大表');
  for (let r = 1; r <= ROWS; r++) ws.addRow(Array.from({ length: COLS }, (_, c) => r * 100 + c + 0.25));
  book = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const probe = 10_000_000;
  const refused = await read(probe).catch((e: Error) => e);
  const held = /能容纳的 ([\d,]+) 个/.exec((refused as Error).message)?.[1];
  perCell = probe / Number(held!.replace(/,/g, ''));
}, 60_000);

it('the sheet is larger than 8 MiB inflated (it is scanned streamed first)', async () => {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(book);
  const sheet = zip.file(/worksheets\/sheet1\.xml$/)[0]!;
  expect((await sheet.async('uint8array')).length).toBeGreaterThan(8 * 2 ** 20);
});

it('a budget holding its cells once and a half reads it', async () => {
  const { wb } = await read(ROWS * COLS * perCell * 1.5);
  expect(wb.worksheets[0]!.rowCount).toBe(ROWS);
}, 60_000);

it('the control: a budget below its cells refuses it, counting them once', async () => {
  const refused = await read(ROWS * COLS * perCell * 0.8).catch((e: Error) => e);
  expect(refused).toBeInstanceOf(FileError);
  const counted = Number(/单元格过多（约 ([\d,]+) 个）/.exec((refused as Error).message)![1]!.replace(/,/g, ''));
  expect(counted).toBeLessThanOrEqual(ROWS * COLS * 1.01);
}, 60_000);
