/**
 * The 离线版 (dist/offline/预算公开助手.html over file://) reads through the CLI's bounded reader: a workbook with a
 * data validation on 100 whole columns (D1:D1048576 …, as Excel writes one when a user validates a column) opens
 * within a bound and checks exactly as the same workbook without the validations; an .xls is named in Chinese with
 * what to do, and the workbook already open stays. A workbook whose stored 出错说明 were damaged by hand is checked
 * as usual, and the pane names the damaged part and says it was ignored. Before, ExcelJS's own loader expanded each validation cell by
 * cell (over 60 s for 10 columns in the CLI; the page did not answer).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import * as H from '../fixtures/hostile-files';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { EXPLANATIONS_SHEET } from '../../src/core/internal-sheets';
import { launch } from './chromium';

const PAGE = join(__dirname, '..', '..', 'dist', 'offline', '预算公开助手.html');
const dir = mkdtempSync(join(tmpdir(), 'bd-offline-hostile-'));
let browser: Browser;
let page: Page;
const errors: string[] = [];
let seedSheets = 0;

beforeAll(async () => {
  const wb = seedWorkbook('003');
  seedSheets = wb.worksheets.length;
  const seed = Buffer.from(await wb.xlsx.writeBuffer());
  writeFileSync(join(dir, 'clean.xlsx'), seed);
  writeFileSync(join(dir, 'columns.xlsx'), await H.wholeColumnValidations(seed, 100));
  const damaged = seedWorkbook('003');
  damaged.addWorksheet(EXPLANATIONS_SHEET, { state: 'veryHidden' }).addRows([
    ['键', '类型', '说明', '日期', '位置'],
    ['X13-02|表!E6||', 7, '类型被改坏', '', ''],
  ]);
  writeFileSync(join(dir, 'damaged.xlsx'), Buffer.from(await damaged.xlsx.writeBuffer()));
  writeFileSync(join(dir, 'old.xlsx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(PAGE).href);
}, 60000);

afterAll(async () => {
  await browser?.close();
});

const status = () => page.locator('#open-status');

async function openAndCheck(name: string): Promise<{ summary: string; openMs: number }> {
  const t = Date.now();
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(join(dir, name));
  await page.getByText(new RegExp(`已打开 ${name.replace('.', '\\.')}（\\d+ 个工作表）`)).waitFor({ timeout: 60000 });
  const openMs = Date.now() - t;
  await page.getByRole('tab', { name: '检查' }).click();
  await page.getByRole('button', { name: '检查', exact: true }).click();
  const summary = page.getByText(/识别 \d+ 张表：错误 \d+/);
  await summary.waitFor({ timeout: 30000 });
  return { summary: await summary.innerText(), openMs };
}

it('whole-column validations on 100 columns: opens within the bound and checks as the clean workbook', async () => {
  const clean = await openAndCheck('clean.xlsx');
  const hostile = await openAndCheck('columns.xlsx');
  console.log(`离线版 open: clean ${clean.openMs} ms, 100 whole-column validations ${hostile.openMs} ms`);
  expect(hostile.summary).toBe(clean.summary);
  expect(hostile.summary).toMatch(/^识别 9 张表/);
  expect(hostile.openMs).toBeLessThan(60000);
  expect(errors).toEqual([]);
}, 180000);

it('an .xls: named in Chinese with what to do, the open workbook stays', async () => {
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(join(dir, 'old.xlsx'));
  await page.getByText(/旧版 Excel 97–2003 工作簿/).waitFor();
  expect(await status().innerText()).toMatch(/^无法读取 old\.xlsx：.*另存为 Excel 工作簿（\.xlsx）后再检查。仍显示原来打开的文件。$/);
  expect(await page.getByRole('tablist', { name: '工作表' }).getByRole('tab').count()).toBe(seedSheets);
  expect(errors).toEqual([]);
});

it('a damaged 出错说明 sheet: checked as usual, the pane names the damage and says it was ignored', async () => {
  const { summary } = await openAndCheck('damaged.xlsx');
  expect(summary).toMatch(/^识别 9 张表/);
  const note = page.getByLabel('出错说明已损坏');
  await note.waitFor();
  expect(await note.innerText()).toMatch(
    /工作簿中保存的出错说明（隐藏工作表「预算公开助手_出错说明」）有损坏：第 2 行类型应为 explained 或 dismissed，已忽略。损坏的部分未使用/,
  );
  expect(errors).toEqual([]);
}, 120000);
