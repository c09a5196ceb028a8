/**
 * 情况说明 inputs typed but not saved are not lost on 保存为 .xlsx (issue #18, real Chromium, pane at 350 px): the pane
 * says they are unsaved, 保存为 .xlsx puts them into the workbook first and the file has them; inputs typed for one
 * file are never written into another file opened after it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { startingInputs } from '../../src/core/narrative/stored-inputs';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { ARTIFACTS, launch } from './chromium';
import { serveDir } from './static-server';

const WEB = join(__dirname, '..', '..', 'dist', 'web');
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const fileA = join(ARTIFACTS, 'unsaved-a.xlsx');
const fileB = join(ARTIFACTS, 'unsaved-b.xlsx');
const DUTIES = '（一）贯彻落实机构编制管理的政策法规。\n（二）拟订机构改革方案。';

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await seedWorkbook('001').xlsx.writeFile(fileA);
  await seedWorkbook('000').xlsx.writeFile(fileB);
  server = await serveDir(WEB);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html?pane=350`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, name: string) {
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(path);
  await page.getByText(new RegExp(`已打开 ${name.replace('.', '\\.')}`)).waitFor();
}

/** 保存为 .xlsx; the 部门职责 stored in the file written. */
async function saveAndRead(name: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存为 .xlsx' }).click();
  const path = join(ARTIFACTS, name);
  await (await download).saveAs(path);
  await page.getByText(/已生成 .*交给浏览器下载/).waitFor();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return startingInputs(readSnapshot(wb), null).duties;
}

const note = () => page.getByText('有尚未保存到工作簿的填写内容。');

it('typed 部门职责 not saved: the pane says so, and 保存为 .xlsx puts them into the file', async () => {
  await open(fileA, 'unsaved-a.xlsx');
  await page.getByRole('tab', { name: '情况说明', exact: true }).click();
  await page.getByLabel('部门职责').waitFor();
  expect(await note().count()).toBe(0);
  await page.getByLabel('部门职责').fill(DUTIES);
  await note().waitFor();
  expect(await saveAndRead('unsaved-a-saved.xlsx')).toBe(DUTIES);
  expect(await page.locator('#open-status').innerText()).toContain('情况说明的填写内容已先保存到工作簿，一并写入。');
  await note().waitFor({ state: 'detached' });
  expect(errors).toEqual([]);
});

it('inputs typed for file A are not written into file B opened after it', async () => {
  await page.getByLabel('部门职责').fill(`${DUTIES}\n（三）只属于 A 的一条。`);
  await note().waitFor();
  await open(fileB, 'unsaved-b.xlsx');
  expect(await page.locator('#open-status').innerText()).toContain('上一个文件中情况说明的填写内容未保存，不会写入这个文件。');
  expect(await saveAndRead('unsaved-b-saved.xlsx')).not.toContain('只属于 A');
  // The 情况说明 tab's own save reads B first instead of writing A's inputs into it.
  await page.getByRole('button', { name: '保存填写内容到工作簿' }).click();
  await page.getByText('已打开另一个工作簿：已改为读取它的表格和填写内容，未写入。').waitFor();
  expect(await page.getByLabel('部门职责').inputValue()).not.toContain('只属于 A');
  expect(errors).toEqual([]);
});
