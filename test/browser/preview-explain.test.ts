/**
 * A whole review in the preview (real Chromium, pane at 350 px): check, explain a 尾差, save the workbook as .xlsx
 * (the CLI's writer), reopen it: the explanation is there; explain or dismiss the rest: 可以报送; change the explained
 * value: its explanation re-opens. The 审核报告 .docx lists every finding with its explanation and converts to PDF
 * (LibreOffice). The saved files are kept as artifacts.
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
const file = join(ARTIFACTS, 'seed-001-explain.xlsx');
const panel = () => page.locator('[data-panel="check"]');
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await seedWorkbook('001').xlsx.writeFile(file);
  server = await serveDir(WEB);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
  await open(file, 'seed-001-explain.xlsx');
  await page.getByRole('tab', { name: '检查', exact: true }).click();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, name: string) {
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(path);
  await page.getByText(new RegExp(`已打开 ${name.replace('.', '\\.')}`)).waitFor();
}

/** Clicks 检查 and waits for that check to finish (the panel counts completed checks). */
async function check() {
  const n = Number(await panel().locator('section').getAttribute('data-checks'));
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await panel()
    .locator(`section[data-checks="${n + 1}"]`)
    .waitFor();
  await panel()
    .getByText(/^识别 9 张表/)
    .waitFor();
}

async function saveAs(name: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存为 .xlsx' }).click();
  const path = join(ARTIFACTS, name);
  await (await download).saveAs(path);
  await page.getByText(/已生成 .*交给浏览器下载/).waitFor();
  return path;
}

const readiness = () => panel().getByLabel('报送状态').innerText();

async function explainFirstOpen(text: string, dismiss = false) {
  const first = panel()
    .locator('li[data-rule]')
    .filter({ has: page.getByRole('button', { name: /填写出错说明$/ }) })
    .first();
  // The item by its cell (the 填写 button goes away while the editor is open).
  const where = await first.getByLabel(/^定位到 /).getAttribute('aria-label');
  const item = panel()
    .locator('li[data-rule]')
    .filter({ has: page.getByLabel(where!, { exact: true }) })
    .first();
  await item.getByRole('button', { name: /填写出错说明$/ }).click();
  await item.getByRole('textbox').fill(text);
  await item.getByRole('button', { name: dismiss ? '忽略此提示' : '保存说明' }).click();
  await item.getByText(dismiss ? `已忽略：${text}` : `出错说明：${text}`).waitFor();
}

it('a 尾差 explained, saved as .xlsx and reopened keeps its explanation; 可以报送 follows', async () => {
  await check();
  const before = await readiness();
  expect(before).toMatch(/^尚不能报送：尾差\/提示 (\d+) 处未说明。$/);
  const open0 = Number(/(\d+) 处未说明/.exec(before)![1]);
  await explainFirstOpen('四舍五入尾差');
  expect(await readiness()).toContain(`尾差/提示 ${open0 - 1} 处未说明`);

  const saved = await saveAs('seed-001-explained.xlsx');
  await open(saved, 'seed-001-explained.xlsx');
  await check();
  await panel().getByText('出错说明：四舍五入尾差').waitFor();
  expect(await readiness()).toContain(`尾差/提示 ${open0 - 1} 处未说明`);

  // The rest: 尾差 explained, the 提示 dismissed.
  for (;;) {
    const next = panel()
      .locator('li[data-rule]')
      .filter({ has: page.getByRole('button', { name: /填写出错说明$/ }) });
    if ((await next.count()) === 0) break;
    const advisory = (await next.first().getAttribute('data-severity')) === 'advisory';
    await explainFirstOpen(advisory ? '已与财政局核实' : '四舍五入尾差', advisory);
  }
  expect(await readiness()).toMatch(/^可以报送/);
  const ready = await saveAs('seed-001-ready.xlsx');
  await open(ready, 'seed-001-ready.xlsx');
  await check();
  expect(await readiness()).toMatch(/^可以报送/);
  await page.screenshot({ path: join(ARTIFACTS, 'preview-explain-ready.png') });
  expect(errors).toEqual([]);
});

it('the 审核报告 (.docx) lists every finding with its 出错说明 and opens in LibreOffice', async () => {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '审核报告（Word）' }).click();
  const path = join(ARTIFACTS, 'review-report.docx');
  await (await download).saveAs(path);
  await panel()
    .getByText(/已生成“审核报告_.*\.docx”并交给浏览器下载/)
    .waitFor();
  const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
  const summary = await panel()
    .getByText(/^识别 9 张表/)
    .innerText();
  const findings = [...summary.matchAll(/(\d+)/g)].slice(1).reduce((a, m) => a + Number(m[1]), 0);
  // One table row per finding (plus the header): the counted ones (roots, as the pane counts them) and those that
  // follow from them, marked （连带）; each explanation in it, the status and the fonts set.
  const following = (xml.match(/（连带）/g) ?? []).length;
  expect((xml.match(/<w:tr>|<w:tr /g) ?? []).length).toBe(findings + following + 1);
  expect((xml.match(/四舍五入尾差（\d{4}-\d{2}-\d{2}）/g) ?? []).length).toBeGreaterThan(0);
  expect(xml).toContain('已忽略：已与财政局核实');
  expect(xml).toContain('报送状态：可以报送');
  expect(xml).toContain('w:eastAsia="黑体"');
  expect(SOFFICE).toBeDefined(); // .ci/run installs libreoffice-writer
  const out = join(ARTIFACTS, 'report-pdf');
  mkdirSync(out, { recursive: true });
  execFileSync(SOFFICE!, ['--headless', '--convert-to', 'pdf', '--outdir', out, path], {
    timeout: 120000,
    stdio: 'pipe',
    env: { ...process.env, HOME: out },
  });
  const pdf = readFileSync(join(out, 'review-report.pdf'));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

it('changing an explained value re-opens its explanation', async () => {
  const item = panel().locator('li[data-severity="rounding"]').first();
  const address = (await item.getByLabel(/^定位到 /).innerText()).split('!')[1]!;
  const sheet = (await item.getByLabel(/^定位到 /).innerText()).split('!')[0]!;
  await item.getByLabel(/^定位到 /).click();
  await page.locator(`td[data-addr="${address}"]`).dblclick();
  const input = page.getByLabel(`编辑 ${address}`);
  const old = Number(await input.inputValue());
  await input.fill(String((old + 0.02).toFixed(2)));
  await input.press('Enter');
  await check();
  expect(await readiness()).toMatch(/尚不能报送：.*1 条出错说明因数字改动已失效/);
  const reopened = panel()
    .locator('li[data-rule]')
    .filter({ hasText: `${sheet}!${address}` })
    .first();
  await reopened.getByRole('button', { name: /填写出错说明$/ }).waitFor();
  expect(errors).toEqual([]);
});
