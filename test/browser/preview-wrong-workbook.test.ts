/**
 * The session cannot act on the wrong workbook (issue #18, real Chromium, pane at 350 px). Measured before: after another
 * file was opened, the old file's 改这一处 buttons stayed live under 「结果已过期」 and wrote into the new file. Now:
 * opening another file clears the old results (no repair button left, a Chinese note says so, the new file unchanged);
 * and where the host does not say that the workbook changed (it is swapped or edited behind the pane's back), a
 * click on 采用改正 or on a finding is refused by the adapter's own read, with a Chinese message, and writes nothing.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { ARTIFACTS, launch, sheetTab } from './chromium';
import { serveDir } from './static-server';

const WEB = join(__dirname, '..', '..', 'dist', 'web');
const SHEET = '部门预算收支总表';
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const fileA = join(ARTIFACTS, 'wrong-workbook-a.xlsx');
const fileB = join(ARTIFACTS, 'wrong-workbook-b.xlsx');
const panel = () => page.locator('[data-panel="check"]');

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const a = seedWorkbook('001');
  a.getWorksheet(SHEET)!.getCell('C6').value = 600; // one mistyped figure: 诊断 offers 采用改正
  await a.xlsx.writeFile(fileA);
  // B: another file showing the same figure in the same cell (what fooled the cell-by-cell test), other figures elsewhere.
  const b = seedWorkbook('001');
  b.getWorksheet(SHEET)!.getCell('C6').value = 600;
  b.getWorksheet(SHEET)!.getCell('E8').value = 12.34;
  await b.xlsx.writeFile(fileB);
  server = await serveDir(WEB);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html?pane=350`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, name: string) {
  // The same file may be opened again: forget the last choice and its message.
  await page.evaluate(() => {
    document.getElementById('open-status')!.textContent = '';
    (document.querySelector('input[type=file]') as HTMLInputElement).value = '';
  });
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(path);
  await page.getByText(new RegExp(`已打开 ${name.replace('.', '\\.')}`)).waitFor();
}

/** Opens A, checks it, and waits for the 诊断 of C6 with its 采用改正 button. */
async function checkA() {
  await open(fileA, 'wrong-workbook-a.xlsx');
  await page.getByRole('tab', { name: '检查', exact: true }).click();
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await panel()
    .getByRole('button', { name: /采用改正 部门预算收支总表!C6/ })
    .waitFor();
}

/** The stored value of a cell of 收支总表 in the pane's workbook (0-based row/col). */
const stored = (row: number, col: number) =>
  page.evaluate(
    ([sheet, r, c]) =>
      (
        window as unknown as { __previewExcel: { model: { sheet(n: string): { peek(r: number, c: number): { value: unknown } } } } }
      ).__previewExcel.model
        .sheet(sheet as string)
        .peek(r as number, c as number)?.value,
    [SHEET, row, col] as const,
  );

/** Changes a cell behind the pane's back (no change event): what a host that cannot say so would show. */
const silently = (row: number, col: number, value: number) =>
  page.evaluate(
    ([sheet, r, c, v]) =>
      void ((
        window as unknown as {
          __previewExcel: { model: { sheet(n: string): { cell(r: number, c: number): { value: unknown } } } };
        }
      ).__previewExcel.model
        .sheet(sheet as string)
        .cell(r as number, c as number).value = v),
    [SHEET, row, col, value] as const,
  );

it('opening file B clears file A’s results: no repair button is left, the pane says why, B is unchanged', async () => {
  await checkA();
  await open(fileB, 'wrong-workbook-b.xlsx');
  await panel()
    .getByText(/已打开另一个工作簿：上一个工作簿的检查结果已清除/)
    .waitFor();
  expect(
    await panel()
      .getByRole('button', { name: /采用改正|改这一处|全部采用/ })
      .count(),
  ).toBe(0);
  expect(
    await panel()
      .getByLabel(/^定位到 /)
      .count(),
  ).toBe(0);
  expect(await panel().locator('[data-diagnosis]').count()).toBe(0);
  expect(await stored(5, 2)).toBe(600); // B!C6 as B has it
  await sheetTab(page, { name: SHEET }).click();
  expect(await page.locator('td[data-addr="C6"]').innerText()).toBe('600.00');
  await page.locator('.pane').screenshot({ path: join(ARTIFACTS, 'wrong-workbook-cleared-350.png') });
  expect(errors).toEqual([]);
});

it('A’s 采用改正 clicked after the workbook became B without the host saying so: refused in Chinese, nothing written', async () => {
  await checkA();
  await silently(7, 4, 12.34); // E8 as in B: the open workbook is now B's content, and no event came
  await panel()
    .getByRole('button', { name: /采用改正 部门预算收支总表!C6/ })
    .click();
  const refusal = panel().getByText(/工作表“部门预算收支总表”与检查时不同.*未作改正。请重新检查。/);
  await refusal.waitFor();
  expect(await stored(5, 2)).toBe(600);
  expect(await stored(7, 4)).toBe(12.34);
  expect(await page.getByRole('button', { name: '撤销改正' }).count()).toBe(0);
  await page.locator('.pane').screenshot({ path: join(ARTIFACTS, 'wrong-workbook-refused-350.png') });
  expect(errors).toEqual([]);
});

it('after that refusal the results are stale: a click on a finding checks again instead of jumping', async () => {
  await panel().getByText('工作簿已改动，下面的结果已过期。').waitFor();
  const n = Number(await panel().locator('section[data-checks]').getAttribute('data-checks'));
  await panel().getByLabel('定位到 部门预算收支总表!C6').first().click();
  await panel()
    .locator(`section[data-checks="${n + 1}"]`)
    .waitFor();
  expect(errors).toEqual([]);
});

it('a jump from results the workbook no longer matches is refused (nothing selected) and marks them stale', async () => {
  await checkA();
  await silently(7, 4, 12.34);
  await sheetTab(page, { name: '部门预算收入总表' }).click();
  await panel().getByLabel('定位到 部门预算收支总表!C6').first().click();
  await panel()
    .getByText(/工作表“部门预算收支总表”与检查时不同.*未定位。请重新检查。/)
    .waitFor();
  await panel().getByText('工作簿已改动，下面的结果已过期。').waitFor();
  await sheetTab(page, { name: '部门预算收入总表', selected: true }).waitFor();
  expect(errors).toEqual([]);
});
