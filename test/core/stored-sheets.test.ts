/**
 * The add-in's very hidden sheets as the workbook keeps them: test/fixtures/stored/stored-sheets-ab64ddc.xlsx was
 * written through ExcelJS by the stores of commit ab64ddc (出错说明, 说明 inputs, 上年 with its reason threshold, the
 * settings, the marks; the 说明 inputs long enough to take two cells of column A). Every store must still read it to
 * the same records, and writing those records again must give the very same cells: a workbook saved by an earlier
 * version keeps its explanations, inputs and last year's disclosure.
 */
import { join } from 'node:path';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { storedMarks } from '../../src/core/marks/marks';
import { planStoreInputs, readStoredInputs } from '../../src/core/narrative/stored-inputs';
import { planStorePrior, readStoredPrior, readStoredReasonShare } from '../../src/core/narrative/stored-prior';
import { planStoreExplanations, readExplanations } from '../../src/core/review/explanations';
import { readSettings, withSettings } from '../../src/core/settings';
import { EXPLANATIONS_SHEET, INPUTS_SHEET, MARKS_SHEET, PRIOR_SHEET, SETTINGS_SHEET } from '../../src/core/internal-sheets';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { Workbook } from '../../src/xlsx/workbook';

let snap: WorkbookSnapshot;
beforeAll(async () => {
  const wb = new Workbook();
  await wb.xlsx.readFile(join(__dirname, '../fixtures/stored/stored-sheets-ab64ddc.xlsx'));
  snap = readSnapshot(wb);
});

const valuesOf = (name: string) => snap.sheets.find((s) => s.name === name)!.values;

it('the fixture holds every store, very hidden', () => {
  for (const name of [EXPLANATIONS_SHEET, INPUTS_SHEET, PRIOR_SHEET, SETTINGS_SHEET, MARKS_SHEET])
    expect(snap.sheets.find((s) => s.name === name)?.visibility).toBe('veryHidden');
  expect(valuesOf(INPUTS_SHEET)).toHaveLength(2);
});

it('出错说明 read back, and written again to the same cells', () => {
  const list = readExplanations(snap);
  expect(list).toEqual([
    { key: 'T1-01|收支总表!B2|12.50|13.50', kind: 'explained', text: '按财政局批复数填列', date: '2026-11-30', where: '收支总表!B2' },
    { key: 'X-07|收支总表!C3|7|0', kind: 'dismissed', text: '=1+1 不是公式', date: '2026-12-01', where: '收支总表!C3' },
  ]);
  const plan = planStoreExplanations(snap, list);
  expect(plan.deleteSheets).toEqual([EXPLANATIONS_SHEET]);
  expect(plan.addSheets[0]).toMatchObject({
    name: EXPLANATIONS_SHEET,
    visibility: 'veryHidden',
    textOnly: true,
    values: valuesOf(EXPLANATIONS_SHEET),
  });
});

it('说明 inputs read back across two cells, and written again to the same cells', () => {
  const inputs = readStoredInputs(snap);
  expect(inputs).toMatchObject({
    government: '市级',
    regionWord: '我市',
    units: [{ name: '某某中心', nature: '事业单位', rank: '正科级', funding: '财政拨款' }],
    prior: { total: '1234.56', sanGong: '12.00' },
    reasons: { total: '人员增加' },
    other: '无',
  });
  expect(inputs.duties).toBe('主要职责：'.repeat(7000));
  const plan = planStoreInputs(snap, inputs);
  expect(plan.deleteSheets).toEqual([INPUTS_SHEET]);
  expect(plan.addSheets[0]).toMatchObject({ name: INPUTS_SHEET, visibility: 'veryHidden', textOnly: true, values: valuesOf(INPUTS_SHEET) });
});

it('上年 read back with its reason threshold, and written again to the same cells', () => {
  const prior = readStoredPrior(snap)!;
  expect([prior.source, prior.year]).toEqual(['2025年部门预算公开.docx', 2023]);
  expect(prior.values['operating']).toMatchObject({ from: 'text' });
  expect(prior.values['operating']!.value.toFixed(2)).toBe('31.31');
  expect(Object.keys(prior.values).length).toBeGreaterThan(3);
  expect(readStoredReasonShare(snap)).toBe(30);
  const plan = planStorePrior(snap, prior, 30);
  expect(plan.deleteSheets).toEqual([PRIOR_SHEET]);
  expect(plan.addSheets[0]).toMatchObject({ name: PRIOR_SHEET, visibility: 'veryHidden', textOnly: true, values: valuesOf(PRIOR_SHEET) });
  expect(planStorePrior(snap, null)).toMatchObject({ deleteSheets: [PRIOR_SHEET], addSheets: [] });
});

it('settings and marks read back; settings written again to the same cells', () => {
  expect(readSettings(snap)).toEqual({ t2Layout: 'U' });
  const plan = withSettings(
    { description: 'x', styles: {}, addSheets: [] },
    snap.sheets.map((s) => s.name),
    readSettings(snap),
  );
  expect(plan.deleteSheets).toEqual([SETTINGS_SHEET]);
  expect(plan.addSheets[0]).toMatchObject({
    name: SETTINGS_SHEET,
    visibility: 'veryHidden',
    textOnly: true,
    values: valuesOf(SETTINGS_SHEET),
  });
  expect([...storedMarks(snap)]).toEqual([
    ['收支总表\u0000C3', { color: '#00B050', pattern: 'solid', raw: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } } }],
  ]);
});
