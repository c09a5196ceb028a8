/**
 * 生成 Word on tables with 错误 asks first (real Chromium): the 说明's figures come from those tables.
 * 取消 writes nothing; 仍然生成 goes on.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { ARTIFACTS, launch } from './chromium';
import { serveDir } from './static-server';

const WEB = join(__dirname, '..', '..', 'dist', 'web');
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;
let page: Page;
const file = join(ARTIFACTS, 'seed-001-wrong.xlsx');

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const wb = seedWorkbook('001');
  wb.getWorksheet('部门预算收支总表')!.getCell('C6').value = 600;
  await wb.xlsx.writeFile(file);
  server = await serveDir(WEB);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  await page.goto(`${server.url}/preview.html`);
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(file);
  await page.getByText(/已打开 seed-001-wrong.xlsx/).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('warns before 生成 Word when the tables hold 错误; 取消 writes nothing, 仍然生成 goes on', async () => {
  await page.getByRole('tab', { name: '情况说明', exact: true }).click();
  await page.getByLabel('部门职责').waitFor();
  await page.getByRole('button', { name: '生成 Word' }).click();
  await page.getByText(/表格中有 1 处错误，说明中的数字取自这些表格/).waitFor();
  await page.getByRole('button', { name: '取消' }).click();
  expect(await page.getByText(/表格中有 1 处错误/).count()).toBe(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成 Word' }).click();
  await page.getByRole('button', { name: '仍然生成' }).click();
  expect((await download).suggestedFilename()).toMatch(/情况说明\.docx$/);
});
