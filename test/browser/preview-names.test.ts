/**
 * 科目名称 in the preview host, real Chromium: fill blank names of a seed workbook, undo, and insert a code found
 * with the lookup into the active row of an inserted template.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { ARTIFACTS, launch, sheetTab } from './chromium';
import { serveDir } from './static-server';

const WEB = join(__dirname, '..', '..', 'dist', 'web');
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const file = join(ARTIFACTS, 'seed-000-no-names.xlsx');

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const wb = seedWorkbook('000');
  const ws = wb.getWorksheet('部门预算支出总表')!;
  for (let r = 7; r <= 20; r++) ws.getCell(`C${r}`).value = null; // every 科目名称 of 支出总表
  await wb.xlsx.writeFile(file);
  server = await serveDir(WEB);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const text = (addr: string) => page.locator(`td[data-addr="${addr}"]`).textContent();

it('fills the blank names and undoes the fill', async () => {
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(file);
  await page.getByText(/已打开 seed-000-no-names.xlsx/).waitFor();
  await page.getByRole('tab', { name: '科目名称' }).click();
  await page.getByRole('button', { name: '填充科目名称' }).click();
  await page.getByText(/已填写 \d+ 个科目名称/).waitFor();
  await sheetTab(page, { name: '部门预算支出总表' }).click();
  expect(await text('C7')).toBe('一般公共服务支出');
  expect(await text('C9')).toBe('行政运行');
  await page.screenshot({ path: join(ARTIFACTS, 'preview-names.png') });
  await page.getByRole('button', { name: '撤销上次修改' }).click();
  await page.getByText('已撤销上次修改，单元格恢复原值。').waitFor();
  expect(await text('C9')).toBe('');
  expect(errors).toEqual([]);
});

it('looks up a code and writes it into the active row of a table', async () => {
  await page.locator('td[data-addr="B21"]').click(); // first row below the printed codes
  await page.getByLabel('科目查询').fill('2080505');
  await page.getByLabel('插入 2080505 机关事业单位基本养老保险缴费支出').click();
  await page.getByText(/已在当前行写入 2080505/).waitFor();
  expect(await text('B21')).toBe('2080505');
  expect(await text('C21')).toBe('机关事业单位基本养老保险缴费支出');
  expect(errors).toEqual([]);
});

it('科目查询 for a code the built-in list lacks answers 未找到 with what to do', async () => {
  await page.getByLabel('科目查询').fill('2013288');
  await page.getByText(/未找到“2013288”。.*导入本单位的科目表/).waitFor();
  expect(errors).toEqual([]);
});
