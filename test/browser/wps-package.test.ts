/**
 * npm run package:wps output in real Chromium: ribbon.xml parses with the CustomUI namespace and starts with
 * <customUI; the entry page, with the WPS fake as its `Application`, opens the pane through CreateTaskPane when the
 * ribbon button's callback runs; the pane loads from the packaged folder over file:// and over a static server and
 * its first screen renders — and 检查 goes through the WPS host (the fake counts the calls). Needs npm run build:web.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { ADDIN, OUT, packageWps } from '../../scripts/package-wps';
import { launch } from './chromium';
import { serveDir } from './static-server';

const ONLINE = join(OUT, 'online', ADDIN);
let stub: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;

beforeAll(async () => {
  await packageWps('https://intranet.example/wps/');
  const out = await build({
    entryPoints: [join(__dirname, 'wps-stub.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
  });
  stub = out.outputFiles[0]!.text;
  browser = await launch();
  server = await serveDir(ONLINE);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function pageWithWps(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 340, height: 800 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript({ content: stub });
  return { page, errors };
}

it('ribbon.xml: no XML declaration, CustomUI namespace, one 预算公开 group with one button calling OnAction', async () => {
  const xml = readFileSync(join(ONLINE, 'ribbon.xml'), 'utf8');
  expect(xml.startsWith('<customUI')).toBe(true);
  const { page } = await pageWithWps();
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://schemas.microsoft.com/office/2006/01/customui';
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.localName,
      ns: doc.documentElement.namespaceURI,
      groups: [...doc.getElementsByTagNameNS(ns, 'group')].map((g) => g.getAttribute('label')),
      buttons: [...doc.getElementsByTagNameNS(ns, 'button')].map((b) => [b.getAttribute('id'), b.getAttribute('onAction')]),
    };
  }, xml);
  expect(parsed).toEqual({
    error: 0,
    root: 'customUI',
    ns: 'http://schemas.microsoft.com/office/2006/01/customui',
    groups: ['预算公开'],
    buttons: [['budgetOpenPane', 'OnAction']],
  });
  await page.close();
});

it.each(['file', 'http'])('over %s: the entry page opens the pane, whose first screen renders and checks through WPS', async (how) => {
  const base = how === 'file' ? `${pathToFileURL(ONLINE).href}/` : `${server.url}/`;
  const entry = await pageWithWps();
  await entry.page.goto(`${base}index.html`);
  const opened = await entry.page.evaluate(() => {
    const w = window as unknown as {
      OnAction: (c: { Id: string }) => boolean;
      __fakeEt: { taskPanes: { url: string; visible: boolean }[] };
    };
    const ok = w.OnAction({ Id: 'budgetOpenPane' });
    return { ok, panes: w.__fakeEt.taskPanes };
  });
  expect(opened.ok).toBe(true);
  expect(opened.panes).toEqual([{ url: `${base}taskpane.html`, visible: true }]);
  expect(entry.errors).toEqual([]);

  const { page, errors } = await pageWithWps();
  await page.goto(opened.panes[0]!.url);
  await page.getByRole('heading', { name: '预算公开助手' }).waitFor();
  await page.getByRole('button', { name: '插入模板' }).waitFor();
  await page.getByRole('tab', { name: '检查', exact: true }).click();
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByText(/识别 0 张表/).waitFor();
  const calls = await page.evaluate(() => (window as unknown as { __fakeEt: { calls: number } }).__fakeEt.calls);
  expect(calls).toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await entry.page.close();
  await page.close();
});

it('without WPS the pane says in Chinese where it must be opened', async () => {
  const page = await browser.newPage({ viewport: { width: 340, height: 600 } });
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByText(/需要在 WPS 表格中作为加载项打开/).waitFor();
  await page.close();
});
