/**
 * The preview host in real Chromium: the production build's preview.html runs the real pane on the Office.js fake.
 * Type the department (Chinese through insertText, as an IME commits it), click 插入模板, see the nine sheets.
 * Saves screenshots to test-artifacts/ and prints the time from navigation to an interactive pane.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, launch, sheetTab } from './chromium';
import { serveDir } from './static-server';

const WEB = join(__dirname, '..', '..', 'dist', 'web');
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(WEB, 'preview.html'))) throw new Error('dist/web 不存在：先运行 npm run build（npm test 会先构建）');
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveDir(WEB);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => errors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('loads to an interactive pane', async () => {
  const t0 = Date.now();
  await page.goto(`${server.url}/preview.html`);
  await page.getByRole('button', { name: '插入模板' }).waitFor();
  const ms = Date.now() - t0;
  const nav = await page.evaluate(() => performance.now());
  console.log(`preview: page load → interactive pane ${ms} ms (performance.now at check ${Math.round(nav)} ms)`);
  expect(await page.getByText('空白工作簿').count()).toBe(1);
  expect(errors).toEqual([]);
});

it('types the department in Chinese, clicks 插入模板, and shows the nine sheets in the grid', async () => {
  await page.getByLabel('编码').fill('225');
  await page.getByLabel('名称').click();
  await page.keyboard.insertText('中共秦皇岛市海港区委机构编制委员会办公室');
  expect(await page.getByLabel('名称').inputValue()).toBe('中共秦皇岛市海港区委机构编制委员会办公室');
  await page.getByRole('button', { name: '插入模板' }).click();
  await page.getByText(/已插入9张表/).waitFor();
  const tabs = await page.getByRole('tablist', { name: '工作表' }).getByRole('tab').allTextContents();
  expect(tabs).toEqual([
    '部门预算收支总表',
    '部门预算收入总表',
    '部门预算支出总表',
    '部门预算财政拨款收支总表',
    '部门预算一般公共预算财政拨款支出表',
    '部门预算一般公共预算财政拨款基本支出表',
    '部门预算政府基金预算财政拨款支出表',
    '部门预算国有资本经营预算财政拨款支出表',
    '部门预算财政拨款“三公”经费支出表',
  ]);
  // The grid shows the first sheet with its title merged across the table and the 2023 row 三十一、人行科目.
  const title = page.locator('td[data-addr="A1"]');
  expect(await title.textContent()).toBe('部门预算收支总表');
  expect(await title.getAttribute('colspan')).toBe('5');
  await page.getByText('三十一、人行科目').waitFor();
  const syncs = await page.evaluate(() =>
    (window as unknown as { __previewExcel: { contexts: { syncCount: number }[] } }).__previewExcel.contexts.map((c) => c.syncCount),
  );
  // The insert is 1 read + 1 write, after a look for the same tables already in the workbook (sheet list and extents:
  // 2 round trips in an empty workbook, where there are no cells to read).
  expect(syncs.slice(-2)).toEqual([2, 2]);
  await page.screenshot({ path: join(ARTIFACTS, 'preview-insert.png') });
  await sheetTab(page, { name: '部门预算财政拨款“三公”经费支出表' }).click();
  await page.getByRole('cell', { name: '“三公”经费小计' }).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'preview-sangong.png') });
  expect(errors).toEqual([]);
});

it('a second insert asks first; 取消 adds nothing, 仍然插入 keeps the first sheets and adds numbered ones', async () => {
  await page.getByRole('button', { name: '插入模板' }).click();
  await page.getByText(/工作簿中已有这些表：部门预算收支总表（部门预算收支总表）/).waitFor();
  await page.getByRole('button', { name: '取消' }).click();
  expect(await page.getByRole('tablist', { name: '工作表' }).getByRole('tab').count()).toBe(9);
  await page.getByRole('button', { name: '插入模板' }).click();
  await page.getByRole('button', { name: '仍然插入' }).click();
  await sheetTab(page, { name: '部门预算收支总表(2)' }).waitFor();
  expect(await page.getByRole('tablist', { name: '工作表' }).getByRole('tab').count()).toBe(18);
});
