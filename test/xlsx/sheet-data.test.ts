/**
 * The sheetData scanner (src/xlsx/sheet-data.ts) against ExcelJS's parser (with our `fixCellParser`): for every
 * worksheet of the seed workbooks, the every-part and every-value workbooks, the hostile files and sheets edited in
 * each way the hostile corpus edits them, and generated sheetData (fast-check: every cell kind, styles, entities,
 * shared and array formulas, empty values, missing `r`, whitespace, malformed input), the scanner either gives up or
 * its rows deep-equal (undefined keys included) ExcelJS's; the worksheet model read with it equals the model read
 * without it (or both fail alike); and `snapshotXlsx` gives the same snapshots (or the same refusal) with and without.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gaveUp, piecesWithout, scanSheetData, type SheetData } from '../../src/xlsx/sheet-data';
import { restEvents } from '../../src/xlsx/sheet-rest';
import { sheetText, snapshotXlsx, worksheetModel, type Counted } from '../../src/xlsx/zlib-load';
import { unprefixed, withoutPhonetic, withPositions } from '../../src/xlsx/normalise';
import { readWorkbookWith } from '../../src/xlsx/read-workbook';
import { nodeInflater } from '../../src/xlsx/node-inflater';
import { memoryBudget } from '../../src/xlsx/files';
import { LIMITS } from '../../src/xlsx/limits';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { everyPart, varied } from '../fixtures/every-part';
import * as H from '../fixtures/hostile-files';

/* eslint-disable @typescript-eslint/no-require-imports -- ExcelJS's SAX events, as its parsers get them */
const parseSax = require('exceljs/lib/utils/parse-sax') as (pieces: Iterable<string>) => AsyncIterable<unknown[]>;
/* eslint-enable @typescript-eslint/no-require-imports */
/** Sheets whose rest (outside the sheetData) saxes read, the rest scanner having left it. */
let restWhole = 0;

/** A worksheet part's text as the reader hands it to the parser (./zlib-load.ts parseXlsx). */
const normalised = (xml: string) => withPositions(withoutPhonetic(unprefixed(xml)));

/**
 * Both readings of one worksheet text: the scanner's rows are ExcelJS's wherever ExcelJS files that sheetData as the
 * sheet's rows, and the worksheet model read with the scanner is the one read without it (or both fail alike). Returns
 * why the sheet was read whole (the scanner gave up, or ExcelJS did not file its sheetData as the rows), or null.
 */
async function compareSheet(text: string): Promise<string | null> {
  const scan = scanSheetData(text);
  const full = await worksheetModel(text, null).catch((e: Error) => e);
  const fast = await worksheetModel(text, gaveUp(scan) ? null : scan).catch((e: Error) => e);
  if (full instanceof Error) expect(fast).toEqual(full);
  else expect(fast).toStrictEqual(full);
  if (gaveUp(scan)) return scan.reason;
  // The rest's events are saxes's, where the rest scanner reads them.
  const events = restEvents(text, scan.start, scan.end);
  if (events) {
    const sax: unknown[] = [];
    for await (const group of parseSax(piecesWithout(text, scan.start, scan.end, 65536)) as AsyncIterable<unknown[]>) sax.push(...group);
    expect(events).toStrictEqual(sax);
  } else restWhole++;
  if (full instanceof Error) return 'the parser refuses the sheet';
  if (!Array.isArray(full.rows)) return "not the sheet's rows";
  expect(scan.rows).toStrictEqual(full.rows);
  return null;
}

/** Every worksheet part of a workbook, normalised, by part name. */
async function sheetsOf(book: Buffer): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(book);
  const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
  return Promise.all(names.map(async (n) => [n, normalised(await zip.file(n)!.async('string'))] as [string, string]));
}

const ENV = { inflater: nodeInflater, memory: memoryBudget };
const snapshots = (book: Buffer, scan: boolean) =>
  readWorkbookWith('a.xlsx', book, ENV, (wb, zip, budget, hooks) => snapshotXlsx(wb, zip, budget, hooks, scan)).then(
    (r) => r.out,
    (e: Error) => `${e.constructor.name}: ${e.message}`,
  );

const written = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
let seed003: Buffer;
const sheet1 = (edit: (xml: string) => string) => () => H.withPart(seed003, H.SHEET1, edit);
const inSheetData = (xml: string) => () => H.inSheetData(seed003, xml);

/** Workbooks: the seeds in every amount style, the fixtures, the hostile files, the hostile corpus's sheet edits. */
const BOOKS: [string, () => Promise<Buffer>][] = [
  ...['000', '001', '003'].map((s): [string, () => Promise<Buffer>] => [`seed ${s}`, () => written(seedWorkbook(s))]),
  ...(['text', 'fullwidth', 'yuan', 'thousands'] as const).map((a): [string, () => Promise<Buffer>] => [
    `seed 001, amounts ${a}`,
    () => written(seedWorkbook('001', { amounts: a })),
  ]),
  ['every kind of part', () => written(everyPart())],
  ['every kind of value', () => written(varied())],
  ['stored sheets', async () => readFileSync(join(__dirname, '../fixtures/stored/stored-sheets-ab64ddc.xlsx'))],
  ['whole-column validations', () => H.wholeColumnValidations(seed003, 10)],
  ['300 merges', () => H.manyMerges(seed003, 300)],
  ['a whole-sheet merge', () => H.withMerge(seed003, `<mergeCell ref='$A$1:$XFD$1048576'/>`)],
  ['a wide sheet', async () => H.wideSheet(60, 40)],
  ['cells and rows without r', sheet1(H.withoutPositions)],
  [
    'x:-prefixed SpreadsheetML',
    sheet1((x) =>
      x
        .replace(/<(\/?)(?!\?)([a-zA-Z]+)([\s>/])/g, (_m, sl: string, t: string, e: string) => `<${sl}x:${t}${e}`)
        .replace(
          'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
          'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
        ),
    ),
  ],
  ['a stray cell at XFD1048576', inSheetData('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')],
  [
    'an inline string with a phonetic run',
    inSheetData(
      '<row r="90"><c r="A90" t="inlineStr"><is><t>部门</t><rPh sb="0" eb="2"><t>ぶもん</t></rPh><phoneticPr fontId="1"/></is></c></row>',
    ),
  ],
  [
    'rich inline text (gives up)',
    inSheetData('<row r="90"><c r="A90" t="inlineStr"><is><r><t>部</t></r><r><rPr><b/></rPr><t>门</t></r></is></c></row>'),
  ],
  ['CDATA (gives up)', inSheetData('<row r="90"><c r="A90" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c></row>')],
  ['a comment (gives up)', inSheetData('<!-- x --><row r="90"><c r="A90"><v>1</v></c></row>')],
  [
    'shared, array and string formulas, cached "" and dates',
    inSheetData(
      '<row r="60"><c r="A60"><v>2</v></c><c r="B60"><f t="shared" ref="B60:B62" si="7">A60*2</f><v>4</v></c>' +
        '<c r="C60" t="str"><f>IF(A60=0,1,"")</f><v></v></c><c r="D60" t="d"><v>2023-05-01</v></c>' +
        '<c r="E60" t="d"><f>TODAY()</f><v>2023-05-01</v></c><c r="F60"><f t="array" ref="F60:F61">A60:A61*2</f><v>4</v></c></row>' +
        '<row r="61"><c r="A61"><v>3</v></c><c r="B61"><f t="shared" si="7"/></c><c r="C61" t="e"><v>#REF!</v></c>' +
        '<c r="D61" t="b"><v>1</v></c><c r="E61" t="b"><f>TRUE()</f><v>0</v></c><c r="F61" t="str"><v>a&amp;amp;b</v></c></row>' +
        '<row r="62"><c r="A62" s="1"/><c r="B62"><f t="shared" si="7"/><v>10</v></c><c r="C62"/><c r="D62" t="inlineStr"><is><t xml:space="preserve"> &lt;x&gt; &#20013;&#x6587; </t></is></c></row>',
    ),
  ],
  [
    'a shared formula of an unknown group',
    inSheetData('<row r="60"><c r="B60"><v>4</v></c><c r="C60"><f t="shared" si="3"/><v>1</v></c></row>'),
  ],
  ['a cell outside its row', inSheetData('<row r="70"><c r="B71"><v>4</v></c></row>')],
  ['two cells at one place', inSheetData('<row r="70"><c r="B70"><v>4</v></c><c r="B70"><v>5</v></c></row>')],
  ['an undefined entity (refused alike)', inSheetData('<row r="70"><c r="B70" t="str"><v>&nbsp;</v></c></row>')],
  ['a control character (refused alike)', inSheetData('<row r="70"><c r="B70" t="str"><v>a\u0001b</v></c></row>')],
  ['a duplicate attribute (refused alike)', inSheetData('<row r="70"><c r="B70" s="1" s="2"><v>1</v></c></row>')],
  ['an unclosed cell (refused alike)', inSheetData('<row r="70"><c r="B70"><v>1</v></row>')],
  [
    'a second sheetData (gives up)',
    sheet1((x) => x.replace('</worksheet>', '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>')),
  ],
  [
    'sheetData inside another element (read whole)',
    sheet1((x) => x.replace(/<sheetData>([\s\S]*)<\/sheetData>/, '<sheetPr><sheetData>$1</sheetData></sheetPr>')),
  ],
  ['CRLF between rows (gives up)', sheet1((x) => x.replace(/<\/row>/g, '</row>\r\n'))],
  [
    'line breaks and spaces between elements and in tags',
    sheet1((x) =>
      x
        .replace(/<\/row>/g, '</row>\n  ')
        .replace(/<c r=/g, '<c\n r = ')
        .replace(/<\/c>/g, '</c> '),
    ),
  ],
];

beforeAll(async () => {
  seed003 = await written(seedWorkbook('003'));
});

describe('each worksheet: the scanner gives up, or reads what ExcelJS reads', () => {
  const reasons = new Map<string, string[]>();
  const restLeft = new Map<string, number>();
  it.each(BOOKS)('%s', async (name, make) => {
    const book = await make();
    const sheets = await sheetsOf(book);
    expect(sheets.length).toBeGreaterThan(0);
    const given: string[] = [];
    const restBefore = restWhole;
    for (const [part, text] of sheets) {
      const why = await compareSheet(text);
      if (why) given.push(`${part}: ${why}`);
    }
    reasons.set(name, given);
    restLeft.set(name, restWhole - restBefore);
    expect(await snapshots(book, true)).toEqual(await snapshots(book, false));
  });

  it('reads the seeds, fixtures and hostile files itself (the comparison is not vacuous); gives up where it says', () => {
    for (const [name, given] of reasons) if (!/gives up|read whole|refused/.test(name)) expect([name, given]).toEqual([name, []]);
    for (const [name, given] of reasons) if (/gives up|read whole|refused/.test(name)) expect([name, given.length]).toEqual([name, 1]);
    // The rest of each sheet (outside the sheetData) is read by the rest scanner too, where its sheetData is.
    for (const [name, left] of restLeft) if (!/gives up|read whole|refused/.test(name)) expect([name, left]).toEqual([name, 0]);
    process.stdout.write([...reasons].flatMap(([n, g]) => g.map((w) => `${n} — ${w}\n`)).join(''));
  });
});

/** The limits' refusals and skips are the same with the scanner's counts (each case's limits, on seed 001). */
const LIMIT_CASES: [string, Partial<typeof LIMITS>, RegExp | null][] = [
  ['past the memory budget', { memoryBytes: 600 * 800 }, /单元格过多（约 [\d,]+ 个）/],
  ['rows past the limit', { rows: 12, strayCells: 3 }, /有内容到第 \d+ 行，超过读取上限 12 行/],
  ['columns past the limit', { columns: 3, strayCells: 3 }, /有内容到第 \d+ 列，超过读取上限 3 列/],
  ['a few stray cells past the limits (skipped)', { rows: 30, columns: 5 }, null],
];

describe('limits: the same refusals with the scanner counting the sheetData', () => {
  const saved = { ...LIMITS };
  afterEach(() => Object.assign(LIMITS, saved));
  it.each(LIMIT_CASES)('%s', async (_name, limits, refused) => {
    const book = await written(seedWorkbook('001'));
    Object.assign(LIMITS, limits);
    const fast = await snapshots(book, true);
    expect(fast).toEqual(await snapshots(book, false));
    if (refused) expect(fast).toMatch(refused);
    else expect((fast as { skipped?: { count: number } }[]).some((sheet) => (sheet.skipped?.count ?? 0) > 0)).toBe(true);
  });
});

// ---- generated sheetData ----------------------------------------------------------------------------------------

/** Mostly what writers write; now and then what XML refuses or the scanner leaves to ExcelJS. */
const mostly = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 30, arbitrary: usual }, { weight: 1, arbitrary: odd });
const space = fc.constantFrom('', '', '', ' ', '\n  ', '\t'); // a carriage return: the CRLF case above
const quote = fc.constantFrom('"', "'");
const textPiece = mostly(
  fc.constantFrom(
    '1',
    '0',
    '-12.5',
    '1E3',
    ' 7 ',
    'abc',
    '中文',
    '𠀀',
    '&amp;',
    '&lt;',
    '&gt;',
    '&quot;',
    '&apos;',
    '&amp;lt;',
    '&#65;',
    '&#x4E2D;',
    '&#13;',
    '>',
    '\n',
    '#REF!',
    'TRUE',
    '2023-05-01',
    'SUM(A1:B2)',
  ),
  fc.constantFrom('&#X41;', '&#0;', '&nbsp;', '&', ']]>', '\u0001', '\uFFFE', '\uD800', '<![CDATA[x]]>', '<!-- c -->'),
);
const text = fc.array(textPiece, { maxLength: 3 }).map((a) => a.join(''));
const attr = (name: string, value: fc.Arbitrary<string>) =>
  fc.option(
    fc.tuple(space, quote, value).map(([s, q, v]) => ` ${name}${s}=${q}${v}${q}`),
    { nil: '' },
  );
const cellType = fc.option(fc.constantFrom('s', 'str', 'b', 'e', 'd', 'n', 'inlineStr', 'x'), { nil: undefined });
const formula = fc
  .tuple(
    attr('t', fc.constantFrom('shared', 'array', 'normal')),
    attr('si', fc.constantFrom('0', '1', '')),
    attr('ref', fc.constantFrom('A1:A3', 'B2', '')),
    attr('ca', fc.constant('1')),
    fc.option(text, { nil: null }),
  )
  .map(([t, si, ref, ca, body]) => (body === null ? `<f${t}${si}${ref}${ca}/>` : `<f${t}${si}${ref}${ca}>${body}</f>`));
const value = fc.option(text, { nil: null }).map((body) => (body === null ? '<v/>' : `<v>${body}</v>`));
const inline = fc
  .array(
    mostly(
      fc.oneof(
        fc.tuple(attr('xml:space', fc.constant('preserve')), text).map(([a, t]) => `<t${a}>${t}</t>`),
        fc.constant('<t/>'),
      ),
      fc.constant('<r><t>x</t></r>'),
    ),
    { maxLength: 2 },
  )
  .map((ts) => `<is>${ts.join('')}</is>`);
const child = fc.oneof(
  { weight: 40, arbitrary: value },
  { weight: 40, arbitrary: formula },
  { weight: 20, arbitrary: inline },
  {
    weight: 1,
    arbitrary: fc.constantFrom('<x/>', '<extLst/>', 'junk'),
  },
);
const cellXml = (r: string) =>
  fc
    .tuple(
      fc.boolean(),
      attr('s', fc.constantFrom('0', '1', '2', '', 'x')),
      cellType,
      attr('cm', fc.constant('1')),
      fc.array(fc.tuple(space, child), { maxLength: 3 }),
      space,
    )
    .map(([withR, s, t, cm, kids, sp]) => {
      const head = `<c${withR ? ` r="${r}"` : ''}${s}${t === undefined ? '' : ` t="${t}"`}${cm}`;
      return kids.length ? `${head}>${kids.map(([w, k]) => w + k).join('')}${sp}</c>` : `${head}/>`;
    });
const rowXml = (n: number) =>
  fc
    .tuple(
      fc.boolean(),
      attr('spans', fc.constantFrom('1:3', '2', ':4', '1:2:3', '')),
      attr('s', fc.constantFrom('1', '')),
      attr('customFormat', fc.constant('1')),
      attr('hidden', fc.constantFrom('1', 'true', '0')),
      attr('ht', fc.constantFrom('15', '12.75', '')),
      attr('outlineLevel', fc.constantFrom('1', '')),
      attr('collapsed', fc.constantFrom('1', 'false')),
      attr('x14ac:dyDescent', fc.constant('0.25')),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), space), { maxLength: 6 }),
    )
    .chain(([withR, ...rest]) => {
      const cols = rest[rest.length - 1] as [number, string][];
      let col = 0;
      return fc.tuple(...cols.map(([skip]) => cellXml(`${String.fromCharCode(65 + (col += skip + 1) - 1)}${n}`))).map((cells) => {
        const attrs = (rest.slice(0, -1) as string[]).join('');
        const body = cells.map((c, i) => cols[i]![1] + c).join('');
        return `<row${withR ? ` r="${n}"` : ''}${attrs}${body ? `>${body}</row>` : '/>'}`;
      });
    });
const sheetDataXml = fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), space), { maxLength: 8 }).chain((steps) => {
  let n = 0;
  return fc.tuple(...steps.map(([d]) => rowXml((n += d)))).map((rows) => rows.map((r, i) => steps[i]![1] + r).join(''));
});

/** What may follow the sheetData: the usual parts, with entities, text, odd spacing, and what the scanners leave. */
const afterSheetData = fc
  .array(
    mostly(
      fc.constantFrom(
        '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>',
        '<conditionalFormatting sqref="A1:A5"><cfRule type="expression" dxfId="0" priority="1"><formula>A1&gt;0</formula></cfRule></conditionalFormatting>',
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="D6 E7"><formula1>"是,否"</formula1></dataValidation></dataValidations>',
        '<hyperlinks><hyperlink ref="C4" r:id="rId1" tooltip="a &amp; b &#x4E2D;"/></hyperlinks>',
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
        '<pageSetup paperSize="9" orientation="landscape"/>\n',
        '<headerFooter><oddHeader>&amp;C第 &amp;P 页</oddHeader></headerFooter>',
        '<rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks>',
        ' ',
      ),
      fc.constantFrom(
        '<!-- x -->',
        '<extLst><ext uri="{X}"><![CDATA[a]]></ext></extLst>',
        '<a b="1"\r\n/>',
        '<a>&bad;</a>',
        '<a b="1" b="2"/>',
      ),
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(''));

const WORKSHEET = (rows: string, after = '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>') =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<dimension ref="A1:D9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="2" width="9" customWidth="1"/></cols>' +
  `<sheetData>${rows}</sheetData>${after}` +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>\n';

/**
 * The reader's path for a sheet (./zlib-load.ts `sheetText`, before positions are given): the text ExcelJS's parser
 * gets is `withPositions`'s; the worksheet read with the scanner's rows is the one read without; what the scanner
 * counted for the limits is the sheetData's `<c>` and `<row>` elements.
 */
async function compareReading(raw: string): Promise<void> {
  let counted: Counted | undefined;
  const read = sheetText(raw, true, (c) => (counted = c));
  const plain = sheetText(raw, false, (c) => expect(c).toBeUndefined());
  expect(read.text).toBe(withPositions(raw));
  expect(plain).toEqual({ text: read.text, rows: null });
  const full = await worksheetModel(read.text, null).catch((e: Error) => e);
  const fast = await worksheetModel(read.text, read.rows).catch((e: Error) => e);
  if (full instanceof Error) expect(fast).toEqual(full);
  else expect(fast).toStrictEqual(full);
  if (counted) {
    const region = raw.slice(counted.start, counted.end);
    expect([counted.cells, counted.rows]).toEqual([region.match(/<c[\s>/]/g)?.length ?? 0, region.match(/<row[\s>/]/g)?.length ?? 0]);
  }
}

it('generated sheetData: the scanner gives up, or its rows and the worksheet are what ExcelJS reads', async () => {
  let read = 0;
  let cells = 0;
  let given = 0;
  const whys = new Map<string, number>();
  const restBefore = restWhole;
  await fc.assert(
    fc.asyncProperty(sheetDataXml, afterSheetData, async (rows, after) => {
      const text = normalised(WORKSHEET(rows, after));
      const why = await compareSheet(text);
      if (why) {
        given++;
        whys.set(why, (whys.get(why) ?? 0) + 1);
      } else {
        read++;
        cells += (scanSheetData(text) as SheetData).rows.reduce((n, r) => n + r.cells.length, 0);
      }
      await compareReading(WORKSHEET(rows, after));
    }),
    { numRuns: 500 },
  );
  // Both branches are exercised: most generated sheets are read by the scanner, the odd ones are not.
  process.stdout.write(
    `generated: ${read} read (${cells} cells), ${given} read whole ${JSON.stringify([...whys])}; rest left to saxes: ${restWhole - restBefore}\n`,
  );
  expect(read).toBeGreaterThan(150);
  expect(cells).toBeGreaterThan(800);
  expect(given).toBeGreaterThan(20);
  expect(restWhole - restBefore).toBeGreaterThan(5);
  expect(restWhole - restBefore).toBeLessThan(read / 2);
});

it('a long sheet: the content removed across the 64 Ki pieces leaves the rest parsed the same', async () => {
  const rows = Array.from(
    { length: 4000 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" s="1"><v>${i}.5</v></c><c r="B${i + 1}" t="s"><v>${i}</v></c></row>`,
  );
  const text = normalised(WORKSHEET(rows.join('')));
  expect(text.length).toBeGreaterThan(3 * 65536);
  expect(await compareSheet(text)).toBeNull();
  expect((scanSheetData(text) as SheetData).rows).toHaveLength(4000);
});
