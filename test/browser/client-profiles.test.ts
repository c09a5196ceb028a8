/**
 * The real pane as older Excel clients (preview.html?excelapi=…: the strict fake refuses calls above that set): on
 * 1.9, 1.14 and 1.17 it says what works differently, checks seed 001 (15 尾差, 1 提示) and jumps to a finding
 * selecting one cell (multi-area selection is 1.18); on the latest nothing is listed and 定位 selects the related
 * cells too; on the declared minimum (1.1) it still inserts the nine tables and checks them. No page error anywhere.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { ARTIFACTS, launch } from './chromium';
import { serveDir } from './static-server';

const WEB = join(__dirname, '..', '..', 'dist', 'web');
const file = join(ARTIFACTS, 'seed-001-profiles.xlsx');
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await seedWorkbook('001').xlsx.writeFile(file);
  server = await serveDir(WEB);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function paneAs(level: string | null) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html${level ? `?excelapi=${level}` : ''}`);
  await page.getByRole('button', { name: '插入模板' }).waitFor();
  return { page, errors };
}

it.each([
  ['1.9', true],
  ['1.14', true],
  ['1.17', true],
  [null, false],
])('ExcelApi %s: notes, check, 定位', async (level, older) => {
  const { page, errors } = await paneAs(level);
  const notes = page.getByLabel('本 Excel 的功能限制');
  if (older) {
    await notes.getByText('本 Excel 版本较旧，以下功能有所不同').waitFor();
    expect(await notes.innerText()).toMatch(/定位时只选中出错的单元格.*（需要 ExcelApi 1\.18）/);
  } else expect(await notes.count()).toBe(0);
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(file);
  await page.getByText(/已打开 seed-001-profiles.xlsx/).waitFor();
  await page.getByRole('tab', { name: '检查', exact: true }).click();
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByText('识别 9 张表：错误 0，尾差 15，提示 1').waitFor();
  await page
    .locator('[data-panel="check"]')
    .getByLabel(/^定位到 /)
    .first()
    .click();
  await page.waitForFunction(
    () => (window as unknown as { __previewExcel: { model: { selection: unknown } } }).__previewExcel.model.selection,
  );
  const selection = await page.evaluate(
    () => (window as unknown as { __previewExcel: { model: { selection: { cell: string } } } }).__previewExcel.model.selection.cell,
  );
  if (older) expect(selection).not.toContain(',');
  expect(await page.locator('body').innerText()).not.toMatch(/ApiNotFound|needs ExcelApi/);
  expect(errors).toEqual([]);
  await page.close();
});

it('ExcelApi 1.1 (the declared minimum): inserts the nine tables and checks them', async () => {
  const { page, errors } = await paneAs('1.1');
  await page
    .getByLabel('本 Excel 的功能限制')
    .getByText(/不合并标题单元格/)
    .waitFor();
  await page.getByLabel('编码').fill('225');
  await page.getByLabel('名称').fill('中共秦皇岛市海港区委机构编制委员会办公室');
  await page.getByRole('button', { name: '插入模板' }).click();
  await page.getByText(/已插入9张表/).waitFor();
  await page.getByRole('tab', { name: '检查', exact: true }).click();
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByText(/^识别 9 张表：错误 0，/).waitFor();
  expect(await page.locator('body').innerText()).not.toMatch(/ApiNotFound|needs ExcelApi/);
  expect(errors).toEqual([]);
  await page.close();
});
