/**
 * The preview's and the 离线版's loader (src/preview/load-xlsx.ts) reads through the CLI's bounded reader: a hostile
 * file through it either opens (its ranges bounded to the cells the sheet holds) or is refused with the CLI's Chinese
 * message — never a hung page — and the workbook already open stays as it was. ExcelJS's own loader, which the preview
 * used before, takes over 60 s on the whole-column validations here (issue 19) and is not run.
 */
import JSZip from 'jszip';
import { FakeWorkbook } from '../../src/office/fake/model';
import { loadXlsxInto } from '../../src/preview/load-xlsx';
import { FileError } from '../../src/xlsx/file-error';
import { LIMITS } from '../../src/xlsx/limits';
import * as H from '../fixtures/hostile-files';
import { seedWorkbook } from '../fixtures/seed-workbooks';

let seed: Buffer;
let seedSheets: number;
beforeAll(async () => {
  const wb = seedWorkbook('003');
  seedSheets = wb.worksheets.length;
  seed = Buffer.from(await wb.xlsx.writeBuffer());
});

const bytes = (b: Buffer): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

async function open(file: Buffer): Promise<{ model: FakeWorkbook; sheets: number; ms: number }> {
  const model = new FakeWorkbook();
  const t = performance.now();
  const sheets = await loadXlsxInto(model, bytes(file), () => {}, 'a.xlsx');
  return { model, sheets, ms: performance.now() - t };
}

/** A workbook that opens, then `file`, which must be refused: the first stays in view. */
async function refused(file: Buffer): Promise<string> {
  const model = new FakeWorkbook();
  await loadXlsxInto(model, bytes(seed), () => {}, 'seed.xlsx');
  const before = model.sheets.map((s) => s.name);
  const e = await loadXlsxInto(model, bytes(file), () => {}, 'a.xlsx').catch((x: unknown) => x);
  expect(e).toBeInstanceOf(FileError);
  expect(model.sheets.map((s) => s.name)).toEqual(before);
  return (e as Error).message;
}

const opens: [string, () => Promise<Buffer>][] = [
  ['whole-column validations on 100 columns (D1:D1048576 …)', () => H.wholeColumnValidations(seed, 100)],
  ['a whole-sheet merge in single quotes', () => H.withMerge(seed, `<mergeCell ref='A40:XFD1048576'/>`)],
  [
    'a whole-sheet merge with $ and an attribute before ref',
    () => H.withMerge(seed, `<mergeCell xml:space="preserve" ref="$A$40:$XFD$1048576"/>`),
  ],
  [
    'a conditional format and a <col> span over the whole sheet',
    () =>
      H.withPart(seed, H.SHEET1, (x) =>
        x
          .replace('<sheetData', '<cols><col min="1" max="16384" width="9"/></cols><sheetData')
          .replace(
            '</sheetData>',
            '</sheetData><conditionalFormatting sqref="A1:XFD1048576"><cfRule type="cellIs" priority="1" operator="greaterThan"><formula>0</formula></cfRule></conditionalFormatting>',
          ),
      ),
  ],
  ['20,000 one-row merges', () => H.manyMerges(seed, 20_000)],
];

describe('hostile files through the preview loader open, bounded', () => {
  it.each(opens)('%s', async (_name, make) => {
    const { model, sheets, ms } = await open(await make());
    expect(sheets).toBe(seedSheets);
    const first = model.sheets[0]!;
    // The tables are there, and nothing was expanded to the sheet's edge.
    expect(first.cells.size).toBeGreaterThan(20);
    expect(first.cells.size).toBeLessThan(5_000);
    expect(ms).toBeLessThan(30_000);
  });
});

describe('files past the limits are refused in Chinese, the open workbook unchanged', () => {
  afterEach(() => {
    LIMITS.memoryBytes = undefined;
  });

  it('2,000 × 10,000 cells past the memory budget', async () => {
    LIMITS.memoryBytes = 64 * 2 ** 20;
    expect(await refused(H.wideSheet(2_000, 10_000))).toMatch(
      /^无法读取 a\.xlsx：工作表「Sheet1」单元格过多（约 [\d,]+ 个），超过本机可用内存能容纳的/,
    );
  });

  it('a part that inflates past the limit', async () => {
    const saved = LIMITS.inflatedBytes;
    LIMITS.inflatedBytes = 2 ** 20;
    try {
      const big = H.zipParts([...H.bookParts(['Sheet1']), { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(3 * 2 ** 20, 32) }]);
      // (A header that lies about the size is bounded by the inflater: test/xlsx/zlib-load.test.ts, both inflaters.)
      expect(await refused(big)).toMatch(/^无法读取 a\.xlsx：解压后 3 MB，超过上限 1 MB/);
    } finally {
      LIMITS.inflatedBytes = saved;
    }
  });

  it('a table past the row limit', async () => {
    const saved = LIMITS.rows;
    LIMITS.rows = 100;
    try {
      const rows = Array.from({ length: 1_200 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('');
      const file = H.zipParts([
        ...H.bookParts(['支出']),
        {
          name: 'xl/worksheets/sheet1.xml',
          data: Buffer.from(
            `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
          ),
        },
      ]);
      expect(await refused(file)).toMatch(/工作表「支出」有内容到第 1200 行，超过读取上限 100 行，未读取/);
    } finally {
      LIMITS.rows = saved;
    }
  });

  it('an .xls and an encrypted workbook are named with what to do', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await refused(ole)).toMatch(/旧版 Excel 97–2003 工作簿（\.xls）.*另存为 Excel 工作簿（\.xlsx）/);
    const encrypted = Buffer.concat([ole, Buffer.from('EncryptedPackage', 'utf16le')]);
    expect(await refused(encrypted)).toMatch(/设有打开密码/);
  });

  it('an .ods is named', async () => {
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
    expect(await refused(await zip.generateAsync({ type: 'nodebuffer' }))).toMatch(/OpenDocument 表格（\.ods）/);
  });
});
