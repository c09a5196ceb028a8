/**
 * Fill state in the preview host, real Chromium, pane at 350 px: the inserted empty template checks as 「尚未填写」
 * (never 可以报送 or 「所有勾稽关系均相符」) with each unfilled table listed; the half-filled template shows exactly one
 * diagnosis, 收支总表!E39 340.75 → 340.57; a filled 支出总表 without its 合计 row is listed once under 缺行缺栏（未核对）.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { emptyTemplate, halfFilled } from '../fixtures/fill-states';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { ARTIFACTS, launch } from './chromium';
import { serveDir } from './static-server';

const WEB = join(__dirname, '..', '..', 'dist', 'web');
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const empty = join(ARTIFACTS, 'fill-empty-template.xlsx');
const half = join(ARTIFACTS, 'fill-half-filled.xlsx');
const noTotal = join(ARTIFACTS, 'fill-no-total-row.xlsx');

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await emptyTemplate().xlsx.writeFile(empty);
  await halfFilled().xlsx.writeFile(half);
  // seed 003 with its 支出总表 合计 row deleted (row 6: the first body row)
  const wb = seedWorkbook('003');
  const ws = wb.getWorksheet('部门预算支出总表')!;
  expect(ws.getCell('C6').value).toBe('合计');
  ws.spliceRows(6, 1);
  await wb.xlsx.writeFile(noTotal);
  server = await serveDir(WEB);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html?pane=350`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const status = () => page.getByLabel('报送状态');

it('an inserted empty template checks as 尚未填写, its unfilled tables listed', async () => {
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(empty);
  await page.getByText(/已打开 fill-empty-template.xlsx/).waitFor();
  await page.getByRole('tab', { name: '检查' }).click();
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByText('识别 9 张表：错误 0，尾差 0，提示 0').waitFor();
  await status().waitFor();
  expect(await status().innerText()).toMatch(/^尚未填写/);
  expect(await page.locator('.pane').innerText()).not.toMatch(/可以报送|所有勾稽关系均相符/);
  await page.getByText('尚未填写（未核对）').waitFor();
  expect(await page.getByText(/尚未填写，相关的 \d+ 条勾稽关系未核对/).count()).toBe(7);
  await page.locator('.pane').screenshot({ path: join(ARTIFACTS, 'pane-fill-empty-350.png') });
  expect(errors).toEqual([]);
});

it('the half-filled template: exactly one diagnosis, E39 → 340.57', async () => {
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(half);
  await page.getByText(/已打开 fill-half-filled.xlsx/).waitFor();
  await page.getByRole('tab', { name: '检查' }).click();
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByText('识别 9 张表：错误 1，尾差 0，提示 0').waitFor();
  const diagnosis = page.locator('section[aria-label="诊断"]');
  await diagnosis.waitFor();
  const text = await diagnosis.innerText();
  expect(text).toContain('E39');
  expect(text).toContain('340.57');
  expect(text.match(/最可能出错/g)).toHaveLength(1);
  expect(await status().innerText()).toMatch(/尚未填写/);
  expect(errors).toEqual([]);
});

it('a filled table without its 合计 row: listed once under 缺行缺栏（未核对）, the status names it, never 可以报送', async () => {
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(noTotal);
  await page.getByText(/已打开 fill-no-total-row.xlsx/).waitFor();
  await page.getByRole('tab', { name: '检查' }).click();
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByText('缺行缺栏（未核对）').waitFor();
  expect(await status().innerText()).toMatch(/^尚不能报送：支出总表没有“合计”行（相关的 \d+ 条勾稽关系未核对，请按模板补上）/);
  expect(await page.getByText(/支出总表没有“合计”行，相关的 \d+ 条勾稽关系未核对：请按模板补上“合计”行/).count()).toBe(1);
  expect(await page.locator('.pane').innerText()).not.toMatch(/可以报送|所有勾稽关系均相符/);
  await page.locator('.pane').screenshot({ path: join(ARTIFACTS, 'pane-fill-no-total-350.png') });
  expect(errors).toEqual([]);
});
