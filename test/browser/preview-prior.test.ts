/**
 * 上年公开文件 in the preview host, real Chromium, pane at 350 px: open last year's 说明 (.txt) in the 情况说明 panel,
 * see what was read; 说明核对 of the 比上年 paragraph lists the 比上年 verdicts; 检查 judges the workbook's own 说明
 * sheet against it; 保存为 .xlsx and reopen: the prior facts kept in the workbook are still used.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { seedNarrative } from '../seeds/seed-narrative';
import { ARTIFACTS, launch } from './chromium';
import { serveDir } from './static-server';

const WEB = join(__dirname, '..', '..', 'dist', 'web');
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const file = join(ARTIFACTS, 'seed-001-prior.xlsx');
const last = join(ARTIFACTS, '2021年部门预算公开.txt');

/** Last year's 说明; its “三公” figure 3.73 makes this year's 「与2021年相比增加0.01万元」 wrong (3.84 − 3.73 = 0.11). */
const LAST_YEAR = [
  '中共张家口市委机构编制委员会办公室2021年部门预算信息公开情况说明',
  '二、部门预算安排的总体情况',
  '2021年支出预算552.20万元，其中基本支出500.95万元，项目支出51.25万元。',
  '四、财政拨款“三公”经费预算情况及增减变化原因',
  '2021年财政拨款“三公”经费预算3.73万元。',
].join('\n');

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const wb = seedWorkbook('001');
  const ws = wb.addWorksheet('部门说明');
  seedNarrative('001')
    .split('\n')
    .forEach((l, i) => (ws.getCell(i + 1, 1).value = l));
  await wb.xlsx.writeFile(file);
  writeFileSync(last, LAST_YEAR);
  server = await serveDir(WEB);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const tab = (name: string) => page.getByRole('tab', { name });
const N04 = /说明中“三公”经费增减额“与2021年相比增加0.01万元”≠ 0.11万元/;

async function check() {
  const section = page.locator('[data-panel="check"] section');
  const n = Number((await section.getAttribute('data-checks')) ?? 0);
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator(`[data-panel="check"] section[data-checks="${n + 1}"]`).waitFor();
}

it('opens last year’s 说明 in the pane and shows what was read, and the 上年数 with their source', async () => {
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(file);
  await page.getByText(/已打开 seed-001-prior.xlsx/).waitFor();
  await tab('情况说明').click();
  await page.getByRole('button', { name: '生成 Word' }).waitFor();
  await page.getByText('未打开上年公开文件', { exact: false }).waitFor();
  await page.getByLabel('打开上年公开文件').setInputFiles(last);
  await page
    .getByText(/已读取并保存在工作簿中。上年公开文件：2021年部门预算公开.txt（2021年；读到 \d+ 个数，来自表 0、说明 \d+）/)
    .waitFor();
  expect(await page.getByLabel('上年支出合计').getAttribute('placeholder')).toBe('552.20');
  await page
    .getByText(/2021年部门预算公开.txt：说明第 3 行/)
    .first()
    .waitFor();
  // The reason threshold is chosen here and kept with the file.
  await page.getByLabel('增减原因阈值').fill('50');
  await page.getByLabel('增减原因阈值').blur();
  await page.getByText('增减超过上年 50% 而未写原因的，核对时提示（已随工作簿保存）。').waitFor();
  const pane = await page.locator('[data-panel="narrative"]').boundingBox();
  expect(pane!.width).toBeLessThanOrEqual(350);
  expect(errors).toEqual([]);
});

it('说明核对 lists the 比上年 verdicts against last year’s figures', async () => {
  const text = seedNarrative('001');
  await page.getByLabel('粘贴情况说明').fill(text);
  await page.getByRole('button', { name: '核对说明' }).click();
  const status = page.getByLabel('比上年核对');
  await status.waitFor();
  expect(await status.innerText()).toMatch(/比上年：\d+ 处；一致 [1-9]\d*，不一致 1，.*（上年数取自 2021年部门预算公开.txt）/);
  const list = page.getByLabel('比上年', { exact: true });
  expect(await list.innerText()).toMatch(/不一致\s*“与2021年相比增加0.01万元”/);
  expect(await list.innerText()).toMatch(/一致\s*“较2021年预算增加3.33万元”/);
  await page.screenshot({ path: join(ARTIFACTS, 'preview-prior.png') });
  expect(errors).toEqual([]);
});

it('检查 judges the workbook’s 说明 sheet against the 上年公开文件 kept in it', async () => {
  await tab('检查').click();
  await check();
  await page.locator('[data-panel="check"]').getByText(N04).first().waitFor();
  expect(errors).toEqual([]);
});

it('saved and reopened: the prior facts are still used', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存为 .xlsx' }).click()]);
  const saved = join(ARTIFACTS, 'seed-001-prior-saved.xlsx');
  await download.saveAs(saved);
  await page.goto(`${server.url}/preview.html`); // a fresh pane: nothing kept in memory
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(saved);
  await page.getByText(/已打开 seed-001-prior-saved.xlsx/).waitFor();
  await tab('检查').click();
  await check();
  await page.locator('[data-panel="check"]').getByText(N04).first().waitFor();
  await tab('情况说明').click();
  await page.getByText(/^上年公开文件：2021年部门预算公开.txt（2021年/).waitFor();
  expect(await page.getByLabel('增减原因阈值').inputValue()).toBe('50');
  expect(errors).toEqual([]);
});
