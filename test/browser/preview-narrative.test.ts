/**
 * 情况说明 in the preview host, real Chromium: open a seed workbook (tables + 政府采购 + 固定资产), generate the Word
 * file through the pane's download, unzip it and check its XML, then convert it to PDF with LibreOffice headless
 * (Debian libreoffice-writer) — the document opens in a real word processor.
 */
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { ARTIFACTS, launch } from './chromium';
import { serveDir } from './static-server';

const WEB = join(__dirname, '..', '..', 'dist', 'web');
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const file = join(ARTIFACTS, 'seed-000.xlsx');
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await seedWorkbook('000').xlsx.writeFile(file);
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

it('downloads the 情况说明 as .docx with the tables’ numbers', async () => {
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(file);
  await page.getByText(/已打开 seed-000.xlsx/).waitFor();
  await page.getByRole('tab', { name: '情况说明' }).click();
  await page.getByRole('button', { name: '生成 Word' }).waitFor();
  await page.getByLabel('部门职责').fill('（一）贯彻落实机构编制管理的政策法规。');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '生成 Word' }).click()]);
  const target = join(ARTIFACTS, 'narrative.docx');
  await download.saveAs(target);
  expect(download.suggestedFilename()).toBe('中共秦皇岛市海港区委机构编制委员会办公室2023年部门预算信息公开情况说明.docx');
  const xml = await (await JSZip.loadAsync(readFileSync(target))).file('word/document.xml')!.async('string');
  expect(xml).toContain('机关运行经费安排支出31.31万元');
  expect(xml).toContain('贯彻落实机构编制管理的政策法规');
  expect(xml).toContain('w:eastAsia="黑体"');
  await page.screenshot({ path: join(ARTIFACTS, 'preview-narrative.png') });
  expect(errors).toEqual([]);
});

it('the .docx converts to PDF with LibreOffice headless', () => {
  expect(SOFFICE).toBeDefined(); // .ci/run installs libreoffice-writer
  const out = join(ARTIFACTS, 'pdf');
  mkdirSync(out, { recursive: true });
  execFileSync(SOFFICE!, ['--headless', '--convert-to', 'pdf', '--outdir', out, join(ARTIFACTS, 'narrative.docx')], {
    timeout: 120000,
    stdio: 'pipe',
    env: { ...process.env, HOME: out },
  });
  const pdf = readFileSync(join(out, 'narrative.pdf'));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10000);
});

it('说明核对 of a pasted narrative shows the disagreement', async () => {
  await page
    .getByLabel('粘贴情况说明')
    .fill(
      '三、机关运行经费安排情况\n机关运行经费安排支出31.31万元。\n四、财政拨款“三公”经费预算情况及增减变化原因\n财政拨款“三公”经费0.42万元，其中公务接待费0.24万元。',
    );
  await page.getByRole('button', { name: '核对说明' }).click();
  await page.getByText(/发现 1 处问题。读出 3 个数字：一致 2，不一致 1/).waitFor();
  await page
    .getByText(/“三公”经费0.42万元.*0.24万元/)
    .first()
    .waitFor();
  // Every stated figure is listed with its verdict and the table cell it was compared with; the link opens it.
  const figures = page.getByRole('list', { name: '说明中的数字' });
  const wrong = figures.getByRole('listitem').filter({ hasText: '不一致' });
  await wrong.getByText(/三公.*0\.42万元/).waitFor();
  const link = wrong.getByRole('button', { name: /“三公”经费支出表!/ });
  await link.click();
  expect(await page.getByRole('alert').count()).toBe(0);
});
