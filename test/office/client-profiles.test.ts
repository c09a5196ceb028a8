/**
 * Requirement-set gating (src/office/requirements.ts): the strict fake, created as a real client (Excel 2016 MSI 1.1
 * … Microsoft 365), refuses every API above its set and accepts the rest; the adapter's whole session — insert, check
 * with 诊断 and 采用改正, 出错说明, 科目名称, 情况说明, 定位, 导出检查结果, 清除标记 — runs on 1.9, 1.14, 1.17 and
 * the latest without one refused call, and insert + check run on the manifest's declared minimum (1.1). What each
 * level loses is visible: the capabilities off and the Chinese notes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellAddress, parseCell } from '../../src/core/a1';
import { buildBooks } from '../../src/core/codes/books';
import * as DATA from '../../src/core/codes/data.generated';
import { generateNarrative } from '../../src/core/narrative/generate';
import { DEFAULT_INPUTS } from '../../src/core/narrative/inputs';
import { explanationKey } from '../../src/core/review/explanations';
import { checkAndMark, clearMarks } from '../../src/actions/check';
import { storeExplanations } from '../../src/actions/explanations';
import { exportResults } from '../../src/actions/export-results';
import { createFakeExcel, FakeRequestContext } from '../../src/office/fake/fake-excel';
import { FakeWorkbook } from '../../src/office/fake/model';
import { insertTemplates } from '../../src/actions/insert';
import { fillNames } from '../../src/actions/names';
import { loadNarrativeContext, writeNarrativeSheet } from '../../src/actions/narrative';
import { selectCell } from '../../src/actions/navigate';
import { applyRepair } from '../../src/actions/repair';
import {
  API_SETS,
  capabilitiesOf,
  CLIENT_PROFILES,
  compareSets,
  DECLARED_MINIMUM,
  degradationNotes,
  type ExcelApiName,
} from '../../src/office/requirements';
import { loadNodeSolver } from '../../src/solver/node';
import { locate } from '../check/mutate';
import { withValue } from '../diagnose/helpers';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { fakeFrom, fakeHost } from './fake-from';

const books = buildBooks(DATA);
const OPTS = { edition: '2023', level: '部门' as const, code: '225', name: '中共秦皇岛市海港区委机构编制委员会办公室' };

/** One call of each API in the table, made the way the adapter makes it. */
const CALLS: Record<ExcelApiName, (ctx: FakeRequestContext) => unknown> = {
  'Range.merge': (c) => c.workbook.worksheets.getItem('S').getRange('A1:B1').merge(false),
  'RangeFormat.columnWidth': (c) => (c.workbook.worksheets.getItem('S').getRange('A:A').format.columnWidth = 40),
  'RangeFormat.rowHeight': (c) => (c.workbook.worksheets.getItem('S').getRange('1:1').format.rowHeight = 20),
  'Worksheet.visibility (set)': (c) => (c.workbook.worksheets.getItem('S').visibility = 'Hidden'),
  'Worksheet.getUsedRange(valuesOnly)': (c) => c.workbook.worksheets.getItem('S').getUsedRange(true),
  'WorksheetCollection.getItemOrNullObject': (c) => c.workbook.worksheets.getItemOrNullObject('S'),
  'Worksheet.getUsedRangeOrNullObject': (c) => c.workbook.worksheets.getItem('S').getUsedRangeOrNullObject(true),
  'Range.getUsedRangeOrNullObject': (c) => c.workbook.worksheets.getItem('S').getRange('A1:B2').getUsedRangeOrNullObject(true),
  'Worksheet.freezePanes': (c) => c.workbook.worksheets.getItem('S').freezePanes.freezeRows(1),
  'Range.getCellProperties': (c) => c.workbook.worksheets.getItem('S').getRange('A1').getCellProperties({}),
  'Range.getSpecialCellsOrNullObject': (c) => c.workbook.worksheets.getItem('S').getRange('A1:B2').getSpecialCellsOrNullObject('Constants'),
  'RangeFill.pattern': (c) => (c.workbook.worksheets.getItem('S').getRange('A1').format.fill.pattern = 'Gray50'),
  'RangeFill.tintAndShade': (c) => (c.workbook.worksheets.getItem('S').getRange('A1').format.fill.tintAndShade = 0.2),
  'Worksheet.pageLayout': (c) => (c.workbook.worksheets.getItem('S').pageLayout.orientation = 'Landscape'),
  'Worksheet.getRanges': (c) => c.workbook.worksheets.getItem('S').getRanges('A1,B2'),
  'WorksheetCollection.onChanged': (c) => c.workbook.worksheets.onChanged.add(() => undefined),
  'Range.getMergedAreasOrNullObject': (c) => c.workbook.worksheets.getItem('S').getRange().getMergedAreasOrNullObject(),
  'WorksheetChangedEventArgs.triggerSource': () => undefined,
  'RangeAreas.select': (c) => c.workbook.worksheets.getItem('S').getRanges('A1,B2').select(),
};
const CALLED = (Object.keys(CALLS) as ExcelApiName[]).filter((a) => a !== 'WorksheetChangedEventArgs.triggerSource');

describe.each(CLIENT_PROFILES.map((p) => [p.label, p.level] as const))('%s', (_label, level) => {
  it.each(CALLED)('%s: refused above the client set, accepted at or below it', async (api) => {
    const model = new FakeWorkbook();
    model.addSheet('S');
    model.addSheet('T');
    const excel = createFakeExcel(model, level);
    const attempt = excel.run(async (ctx) => {
      if (api === 'RangeAreas.select' && compareSets('1.9', level) > 0)
        ctx.requires('RangeAreas.select'); // getRanges is refused first
      else CALLS[api](ctx);
      await ctx.sync();
    });
    if (compareSets(API_SETS[api], level) > 0) await expect(attempt).rejects.toMatchObject({ code: 'ApiNotFound' });
    else await expect(attempt).resolves.toBeUndefined();
  });
});

async function typoWorkbook(level: string) {
  const clean = await seedSnapshot('000');
  const leaf = locate(clean, { table: 'T3', row: 'code:2013201', column: 'basic' });
  const at = cellAddress(leaf.row, leaf.col);
  return { excel: fakeFrom(withValue(clean, leaf.sheet, at, 329.13), level), sheet: leaf.sheet, at };
}

const SESSION_LEVELS = ['1.9', '1.14', '1.17', CLIENT_PROFILES.at(-1)!.level];

it.each(SESSION_LEVELS)('the whole session on ExcelApi %s, no call refused', async (level) => {
  // Insert into a blank workbook.
  const blank = createFakeExcel(new FakeWorkbook(), level);
  await insertTemplates(fakeHost(blank), OPTS);
  expect(blank.model.sheets).toHaveLength(9);
  expect(blank.model.sheets[1]!.freezeRows).toBe(5);
  expect(blank.model.sheets[1]!.page.orientation).toBe('Landscape');

  // Check a workbook with a typo: 诊断 names the cell; 采用改正; clean afterwards.
  const { excel, sheet, at } = await typoWorkbook(level);
  const host = fakeHost(excel);
  const r = await checkAndMark(host, [], loadNodeSolver);
  const d = r.diagnoses[0]!;
  expect(d.explanations[0]).toEqual([expect.objectContaining({ sheet, cell: at, current: '329.13', repaired: '238.13' })]);
  await selectCell(host, sheet, at, [{ sheet, cell: 'A1' }]);
  expect(excel.model.selection!.cell).toBe(compareSets(level, '1.18') >= 0 ? `${at},A1` : at);
  expect(await clearMarks(host)).toBeGreaterThan(0);
  expect((await applyRepair(host, d.explanations[0]!)).kind).toBe('ok');
  const again = await checkAndMark(host, [], loadNodeSolver);
  expect(again.findings.filter((f) => f.severity === 'error')).toEqual([]);

  // 出错说明, stored in the very hidden sheet.
  const finding = r.findings[0]!;
  await storeExplanations(host, [
    { key: explanationKey(finding), kind: 'explained', text: '四舍五入尾差', date: '2026-12-05', where: 'x' },
  ]);
  expect(excel.model.sheets.some((s) => s.visibility === 'VeryHidden')).toBe(true);

  // 科目名称, 情况说明, 导出检查结果.
  await fillNames(host, books, 2023);
  const { facts } = await loadNarrativeContext(host);
  const name = await writeNarrativeSheet(host, generateNarrative(facts[0]!, DEFAULT_INPUTS));
  expect(excel.model.sheet(name)).toBeDefined();
  await exportResults(host, again);
});

it('insert and check on the declared minimum (ExcelApi 1.1, Excel 2016 MSI): values, formats, marks and 诊断 all there', async () => {
  const manifest = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
  expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${DECLARED_MINIMUM}"/>`);
  const blank = createFakeExcel(new FakeWorkbook(), DECLARED_MINIMUM);
  await insertTemplates(fakeHost(blank), OPTS);
  const t2 = blank.model.sheet('部门预算收入总表')!;
  expect(t2.peek(0, 0)!.value).toBe('部门预算收入总表');
  expect(t2.peek(5, 3)!.numberFormat).toBe('0.00');
  expect(t2.merges).toEqual([]); // merging is 1.2
  expect(t2.freezeRows ?? 0).toBe(0); // 1.7
  expect(t2.page).toEqual({}); // 1.9

  const { excel, sheet, at } = await typoWorkbook(DECLARED_MINIMUM);
  const host = fakeHost(excel);
  const r = await checkAndMark(host, [], loadNodeSolver);
  expect(r.diagnoses[0]!.explanations[0]).toEqual([expect.objectContaining({ sheet, cell: at, repaired: '238.13' })]);
  const ws = excel.model.sheet(sheet)!;
  expect(ws.peek(parseCell(at).row, parseCell(at).col)!.format.fill).toBeTruthy();
  expect(await clearMarks(host)).toBeGreaterThan(0);
  expect(ws.peek(parseCell(at).row, parseCell(at).col)!.format.fill ?? null).toBeNull();
});

it.each([
  ['1.1', ['layout', 'freezePanes', 'originalFills', 'printSetup', 'changeEvents', 'ownChangeFlag', 'multiSelect']],
  ['1.8', ['originalFills', 'printSetup', 'changeEvents', 'ownChangeFlag', 'multiSelect']],
  ['1.9', ['ownChangeFlag', 'multiSelect']],
  ['1.14', ['multiSelect']],
  ['1.17', ['multiSelect']],
  ['1.20', []],
])('ExcelApi %s lacks exactly %j, each said in Chinese with the set that brings it', (level, missing) => {
  const caps = capabilitiesOf(createFakeExcel(new FakeWorkbook(), level));
  expect(
    Object.entries(caps)
      .filter(([, on]) => !on)
      .map(([c]) => c),
  ).toEqual(missing);
  const notes = degradationNotes(caps);
  expect(fakeHost(createFakeExcel(new FakeWorkbook(), level)).limitations!()).toEqual(notes); // what the pane shows
  expect(notes).toHaveLength(missing.length);
  for (const n of notes) expect(n).toMatch(/[\u4e00-\u9fff].*（需要 ExcelApi 1\.\d+）$/);
});
