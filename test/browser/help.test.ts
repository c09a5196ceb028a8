/**
 * 帮助 (real Chromium): reachable from every tab, it opens that capability's page with its screenshot; 返回 comes
 * back to the tab with what was typed still there; the standalone help.html shows every page.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { HELP_PAGES } from '../../src/taskpane/help-pages';
import { launch } from './chromium';
import { serveDir } from './static-server';

const WEB = join(__dirname, '..', '..', 'dist', 'web');
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = await serveDir(WEB);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/preview.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const imageLoaded = () =>
  page.waitForFunction(() => ((document.querySelector('.pane img') as HTMLImageElement | null)?.naturalWidth ?? 0) > 0);

it.each([
  ['插入模板', '插入模板'],
  ['检查', '检查与出错说明'],
  ['科目名称', '科目名称'],
  ['情况说明', '情况说明'],
])('from the %s tab, 帮助 opens “%s” with its screenshot; 返回 goes back', async (tab, title) => {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await page.getByRole('button', { name: '帮助' }).click();
  await page.getByRole('region', { name: `帮助：${title}` }).waitFor();
  await imageLoaded();
  await page.getByRole('button', { name: '返回' }).first().click();
  await page.getByRole('region', { name: `帮助：${title}` }).waitFor({ state: 'detached' });
  expect(await page.getByRole('tab', { name: tab, exact: true }).getAttribute('aria-selected')).toBe('true');
});

it('what was typed in 情况说明 is still there after reading 帮助', async () => {
  await page.getByRole('tab', { name: '情况说明', exact: true }).click();
  await page.getByLabel('部门职责').fill('（一）负责机构编制管理。');
  await page.getByRole('button', { name: '帮助' }).click();
  await page.getByRole('button', { name: '科目名称' }).click(); // another page from inside 帮助
  await page.getByRole('region', { name: '帮助：科目名称' }).waitFor();
  await page.getByRole('button', { name: '返回' }).first().click();
  expect(await page.getByLabel('部门职责').inputValue()).toBe('（一）负责机构编制管理。');
  expect(errors).toEqual([]);
});

it('help.html shows every page with its screenshot', async () => {
  const help = await browser.newPage();
  await help.goto(`${server.url}/help.html`);
  for (const p of HELP_PAGES) await help.getByRole('heading', { name: p.title }).waitFor();
  const images = await help.locator('img').evaluateAll((els) => els.map((e) => (e as HTMLImageElement).naturalWidth));
  await help.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  expect(images.length).toBe(HELP_PAGES.length);
  await help.close();
});
