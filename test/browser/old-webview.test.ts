/**
 * The task pane in an old Office webview: with the user agent of IE11 (Excel 2016/2019 volume-licensed) or EdgeHTML,
 * taskpane.html shows the Chinese guard (why, and what to do: 离线版 or a newer Excel) and loads none of the app's
 * scripts; with a current Chromium the guard stays hidden. The guard and the loader are ES5 (parsed as such here).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import type { Browser } from 'playwright-core';
import { launch } from './chromium';
import { serveDir } from './static-server';

const WEB = join(__dirname, '..', '..', 'dist', 'web');
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko';
const EDGE_HTML =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveDir(WEB);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("taskpane.html's inline scripts are ES5", () => {
  const html = readFileSync(join(WEB, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  expect(scripts).toHaveLength(2);
  for (const code of scripts) expect(() => parse(code, { ecmaVersion: 5 })).not.toThrow();
});

it.each([
  ['IE11 (Trident)', IE11],
  ['EdgeHTML', EDGE_HTML],
])('%s: the Chinese guard, no app script loaded, no error', async (_name, userAgent) => {
  const context = await browser.newContext({ userAgent, viewport: { width: 350, height: 700 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  // No network here: office.js is stood in for by a bare Office object, as if loaded from the CDN.
  await context.route(/appsforoffice/, (r) => r.fulfill({ contentType: 'text/javascript', body: 'window.Office = {};' }));
  await page.goto(`${server.url}/taskpane.html`);
  const guard = page.getByRole('alert');
  await guard.waitFor();
  const text = await guard.innerText();
  expect(text).toContain('这台电脑的 Excel 无法运行预算公开助手的任务窗格');
  expect(text).toMatch(/Internet Explorer/);
  expect(text).toMatch(/离线版/);
  expect(text).toMatch(/Excel 2021|Microsoft 365/);
  expect(await page.locator('#root').isVisible()).toBe(false);
  await page.waitForTimeout(300);
  expect(scripts.filter((u) => !u.includes('appsforoffice'))).toEqual([]);
  expect(scripts.filter((u) => u.includes('appsforoffice'))).toHaveLength(1);
  expect(await page.locator('#root').innerHTML()).toBe('');
  // Inside Office the guard still hands Office its initialize handler (the add-in counts as started).
  expect(await page.evaluate('typeof window.Office.initialize')).toBe('function');
  expect(errors).toEqual([]);
  await context.close();
});

it('a current Chromium: no guard, the app starts (outside Office it says so)', async () => {
  const context = await browser.newContext({ viewport: { width: 350, height: 700 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await context.route(/appsforoffice/, (r) => r.abort());
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByText('此页面需要在 Excel 中作为加载项打开').waitFor();
  expect(await page.locator('#bd-old').isVisible()).toBe(false);
  expect(errors).toEqual([]);
  await context.close();
});
