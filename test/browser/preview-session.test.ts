/**
 * The session holds together across tabs (real Chromium): check → 情况说明 → back to 检查 shows the same findings
 * (and the marks stay); 部门职责 typed and not yet saved survives a switch to 检查 and back; another file opened
 * clears the previous file's results.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { ARTIFACTS, launch } from './chromium';
import { serveDir } from './static-server';

const WEB = join(__dirname, '..', '..', 'dist', 'web');
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const file = join(ARTIFACTS, 'seed-001-session.xlsx');

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await seedWorkbook('001').xlsx.writeFile(file);
  server = await serveDir(WEB);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(file);
  await page.getByText(/已打开 seed-001-session.xlsx/).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const tab = (name: string) => page.getByRole('tab', { name, exact: true });

it('findings survive a switch to 情况说明 and back', async () => {
  await tab('检查').click();
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByText('识别 9 张表：错误 0，尾差 15，提示 1').waitFor();
  const before = await page.locator('[data-panel="check"] li[data-rule]').count();
  expect(before).toBeGreaterThan(0);
  await tab('情况说明').click();
  await page.getByLabel('部门职责').waitFor();
  await tab('检查').click();
  await page.getByText('识别 9 张表：错误 0，尾差 15，提示 1').waitFor();
  expect(await page.locator('[data-panel="check"] li[data-rule]').count()).toBe(before);
  expect(errors).toEqual([]);
});

it('部门职责 typed but not saved survives a switch to 检查 and back', async () => {
  await tab('情况说明').click();
  const text = '（一）贯彻落实机构编制管理的政策法规。';
  await page.getByLabel('部门职责').fill(text);
  await tab('检查').click();
  await tab('情况说明').click();
  expect(await page.getByLabel('部门职责').inputValue()).toBe(text);
  expect(errors).toEqual([]);
});

it('opening a file that is not a workbook says so in Chinese (the library text only as a detail)', async () => {
  const bad = join(ARTIFACTS, 'not-a-workbook.xlsx');
  writeFileSync(bad, 'this is not a zip');
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(bad);
  const status = page.getByText(/无法(打开|读取) not-a-workbook.xlsx/);
  await status.waitFor();
  const text = await status.innerText();
  expect(text).toMatch(/不是有效的 Excel 工作簿.*另存为/);
  // No English sentence (three Latin words in a row) and no URL, once the file name is set aside.
  expect(text.replace('not-a-workbook.xlsx', '')).not.toMatch(/[A-Za-z]+[\s,.'’]+[A-Za-z]+[\s,.'’]+[A-Za-z]+|https?:/);
});

/** Clicks 检查 and waits for that check to finish (the panel counts completed checks). */
async function check() {
  const section = page.locator('[data-panel="check"] section');
  const n = Number(await section.getAttribute('data-checks'));
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator(`[data-panel="check"] section[data-checks="${n + 1}"]`).waitFor();
}

it('after another file is opened the old results are cleared at once (nothing of them left to click)', async () => {
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(file);
  await page.getByText(/已打开 seed-001-session.xlsx/).waitFor();
  await tab('检查').click();
  await check();
  await page.getByText('识别 9 张表：错误 0，尾差 15，提示 1').waitFor();
  const other = join(ARTIFACTS, 'other-workbook.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('别的表').getCell('A1').value = '无关内容';
  await wb.xlsx.writeFile(other);
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(other);
  await page.getByText(/已打开 other-workbook.xlsx/).waitFor();
  await page.getByText(/已打开另一个工作簿：上一个工作簿的检查结果已清除/).waitFor();
  expect(await page.locator('[data-panel="check"] li[data-rule]').count()).toBe(0);
  expect(
    await page
      .locator('[data-panel="check"]')
      .getByLabel(/^定位到 /)
      .count(),
  ).toBe(0);
  await check();
  await page.getByText('识别 0 张表：错误 0，尾差 0，提示 0').waitFor();
  const after = await page.locator('[data-panel="check"]').innerText();
  expect(after).not.toMatch(/The requested resource|doesn't exist/);
  expect(errors).toEqual([]);
});
