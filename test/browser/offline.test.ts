/**
 * 离线版 (dist/offline/预算公开助手.html, built by webpack.offline.config.js): opened over file:// in Chromium with
 * every request outside file:// blocked and counted — there must be none — it does the whole session
 * (product-session.ts) after an insert into a new workbook: two typos named and repaired with HiGHS inlined, 尾差 explained, 可以报送, Word, 审核报告,
 * saved and reopened. And nothing of the developer's preview or the Office fake shows in the page.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ARTIFACTS, launch } from './chromium';
import { wholeSession } from './product-session';

const PAGE = join(__dirname, '..', '..', 'dist', 'offline', '预算公开助手.html');
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
const blocked: string[] = [];
const seen: string[] = [];

beforeAll(async () => {
  if (!existsSync(PAGE)) throw new Error('dist/offline 不存在：先运行 npm run build:web（含离线版）');
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page = await context.newPage();
  page.on('request', (r) => seen.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(PAGE).href);
}, 60000);

afterAll(async () => {
  await browser?.close();
});

it('opens from file:// as the product: its own title, no preview or fake-Office wording', async () => {
  expect(await page.title()).toBe('预算公开助手 · 离线版');
  await page.getByText('预算公开助手 · 离线版').waitFor();
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/浏览器预览|模拟|fake|Office\.js|localhost|开发服务器/i);
});

it('插入模板 into a new workbook: the nine tables', async () => {
  await page.getByText('空白工作簿').waitFor();
  await page.getByLabel('编码').fill('225');
  await page.getByLabel('名称').fill('中共秦皇岛市海港区委机构编制委员会办公室');
  await page.getByRole('button', { name: '插入模板' }).click();
  await page.getByText(/已插入9张表/).waitFor();
  expect(await page.getByRole('tablist', { name: '工作表' }).getByRole('tab').count()).toBe(9);
  expect(errors).toEqual([]);
});

it('the whole session with no request outside file://', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bd-offline-'));
  await wholeSession(page, dir);
  await page.screenshot({ path: join(ARTIFACTS, 'offline-session.png') });
  expect(blocked).toEqual([]);
  expect(seen.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
  expect(errors).toEqual([]);
}, 240000);
