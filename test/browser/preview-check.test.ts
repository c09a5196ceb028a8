/**
 * 检查 in the preview host, real Chromium: open a seed fixture (.xlsx built from seed 001) through the file input,
 * click 检查, see the 16 尾差 + 1 提示 listed and the cells coloured, jump to a finding, then 清除标记.
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
const file = join(ARTIFACTS, 'seed-001.xlsx');

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await seedWorkbook('001').xlsx.writeFile(file);
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

const bg = (addr: string) => page.locator(`td[data-addr="${addr}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);

it('opens the workbook, checks it, lists and colours the findings', async () => {
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(file);
  await page.getByText(/已打开 seed-001.xlsx（\d+ 个工作表）/).waitFor();
  await page.getByRole('tab', { name: '检查' }).click();
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByText('识别 9 张表：错误 0，尾差 15，提示 1').waitFor();
  expect(await page.locator('li[data-severity="rounding"]').count()).toBeGreaterThan(0);
  // 收支总表 is the first sheet: its 本年支出合计 (E36) is amber.
  await sheetTab(page, { name: '部门预算收支总表' }).click();
  expect(await bg('E36')).toBe('rgb(255, 235, 156)');
  expect(await bg('E35')).toBe('rgba(0, 0, 0, 0)');
  await page.screenshot({ path: join(ARTIFACTS, 'preview-check.png') });
  expect(errors).toEqual([]);
});

it('a click on a finding jumps to its sheet and cell', async () => {
  await page.getByLabel('定位到 部门预算一般公共预算财政拨款基本支出表!D13').click();
  await sheetTab(page, { name: '部门预算一般公共预算财政拨款基本支出表', selected: true }).waitFor();
  expect(await bg('D13')).toBe('rgb(189, 215, 238)');
  expect(await page.locator('td[data-addr="D13"]').evaluate((el) => (el as HTMLElement).style.outline)).toContain('solid');
});

it('清除标记 restores the cells', async () => {
  await page.getByRole('button', { name: '清除标记' }).click();
  await page.getByText(/已清除 \d+ 个单元格的标记/).waitFor();
  expect(await bg('D13')).toBe('rgba(0, 0, 0, 0)');
  expect(errors).toEqual([]);
});

it('an edited cell with 自动检查 on is re-checked, and 诊断 names that cell, not the total it breaks', async () => {
  await page.getByRole('switch').check();
  await sheetTab(page, { name: '部门预算收支总表' }).click();
  const before = await page.locator('td[data-addr="C6"]').innerText();
  await page.locator('td[data-addr="C6"]').dblclick();
  await page.getByLabel('编辑 C6').fill('600.00');
  await page.keyboard.press('Enter');
  // One mistyped figure is one 错误 (the diagnosed cell); the identities it breaks are listed under it.
  await page.getByText(/识别 9 张表：错误 1，/).waitFor({ timeout: 10000 });
  const box = page.locator('[data-diagnosis="D1"]');
  await box.getByText('最可能出错：').waitFor();
  expect(await box.innerText()).toContain(`600.00，应为 ${before}`);
  expect(await bg('C6')).toBe('rgb(255, 199, 206)'); // the typed figure is red …
  expect(await bg('C36')).toBe('rgba(0, 0, 0, 0)'); // … not the correct 本年收入合计 it breaks (T1-01)
  await page.screenshot({ path: join(ARTIFACTS, 'preview-diagnosis.png') });
});

it('采用改正 writes the repaired value on request, re-checks, and 撤销改正 puts the typed value back', async () => {
  await page.getByRole('switch').uncheck();
  await page
    .locator('[data-diagnosis="D1"]')
    .getByRole('button', { name: /采用改正/ })
    .click();
  await page.getByText(/已改正 部门预算收支总表!C6 为/).waitFor();
  await page.getByText('识别 9 张表：错误 0，尾差 15，提示 1').waitFor();
  expect(await page.locator('td[data-addr="C6"]').innerText()).not.toBe('600.00');
  await page.getByRole('button', { name: '撤销改正' }).click();
  await page.getByText('已撤销改正，原值已恢复，并已重新检查。').waitFor();
  expect(await page.locator('td[data-addr="C6"]').innerText()).toBe('600.00');
});

it('two wrong cells: the exact small-part enumeration names both', async () => {
  await page.locator('td[data-addr="E8"]').dblclick();
  await page.getByLabel('编辑 E8').fill('999.99');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '检查', exact: true }).click();
  const box = page.locator('[data-diagnosis="D1"]');
  await box.getByText('最可能出错（共 2 处）：').waitFor({ timeout: 20000 });
  expect(await box.innerText()).toContain('部门预算收支总表!C6');
  expect(await box.innerText()).toContain('部门预算收支总表!E8');
  expect(errors).toEqual([]);
});
