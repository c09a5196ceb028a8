/**
 * The pane at scale (issue #18, real Chromium, pane at 350 px): a generated workbook of 100 departments (900 tables,
 * one mistyped figure in each department, two in every tenth) opens with its progress shown, and its 诊断 come as one
 * collapsed group per department with its count; a group's 全部采用 repairs that department's cells and no other's.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { departmentsWithTypos, workbookOf } from '../fixtures/many-departments';
import { ARTIFACTS, launch } from './chromium';
import { serveDir } from './static-server';

jest.setTimeout(180_000);

const WEB = join(__dirname, '..', '..', 'dist', 'web');
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const file = join(ARTIFACTS, 'departments-100.xlsx');
let typos: Map<string, string[]>;
const panel = () => page.locator('[data-panel="check"]');

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const made = await departmentsWithTypos(100);
  typos = made.typos;
  await workbookOf(made.snap).xlsx.writeFile(file);
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

/** The stored values of cells given as "sheet!A1", from the pane's workbook. */
const values = (cells: string[]) =>
  page.evaluate((list) => {
    type Model = { sheet(n: string): { peek(r: number, c: number): { value: unknown } | undefined } };
    const model = (window as unknown as { __previewExcel: { model: Model } }).__previewExcel.model;
    return list.map((x) => {
      const [sheet, a] = x.split('!') as [string, string];
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return model.sheet(sheet).peek(Number(m[2]) - 1, col)?.value ?? null;
    });
  }, cells);

it('opening the 900-table file (1,100 sheets) shows its progress', async () => {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __statusSeen: string[] }).__statusSeen = seen;
    const el = document.getElementById('open-status')!;
    new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
  });
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(file);
  await page.getByText(/已打开 departments-100\.xlsx（1100 个工作表）/).waitFor({ timeout: 120_000 });
  const seen = await page.evaluate(() => (window as unknown as { __statusSeen: string[] }).__statusSeen);
  expect(seen.some((t) => /正在打开 departments-100\.xlsx.*正在读取文件/.test(t))).toBe(true);
  const steps = seen.filter((t) => /正在载入工作表 \d+\/1100…/.test(t));
  expect(steps.length).toBeGreaterThanOrEqual(10);
  expect(errors).toEqual([]);
});

it('100 departments: one collapsed group per department with its count; 全部采用 of one repairs only it', async () => {
  await page.getByRole('tab', { name: '检查', exact: true }).click();
  await page.getByRole('button', { name: '检查', exact: true }).click();
  const items = panel().locator('[data-unit]');
  await items.first().waitFor({ timeout: 120_000 });
  expect(await items.count()).toBe(100);
  const units = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')));
  expect(units).toEqual([...typos.keys()]);
  // The findings too: one collapsed section per department, headed by its counts.
  const sections = panel().locator('[data-findings-unit]');
  expect(await sections.count()).toBe(100);
  expect(await panel().locator('li[data-rule]').count()).toBe(0);
  expect(await panel().locator('[data-findings-unit="110"]').innerText()).toMatch(/^110 .+：错误 \d+，尾差 \d+，提示 \d+/);
  // Collapsed: no repair button shows until a group is opened; each header gives its count.
  expect(
    await panel()
      .getByRole('button', { name: /^采用改正|^改这一处/ })
      .count(),
  ).toBe(0);
  const header = panel().getByRole('button', { name: /^110 .*：\d+ 处诊断/ });
  expect(await header.innerText()).toMatch(/^110 .+：\d+ 处诊断/);
  await header.click();
  const all = panel().getByRole('button', { name: /^全部采用 110 .*（2 处）$/ });
  await all.waitFor();
  await page.locator('.pane').screenshot({ path: join(ARTIFACTS, 'departments-100-groups-350.png') });
  const others = [...typos.entries()].filter(([u]) => u !== '110').flatMap(([, c]) => c);
  const othersBefore = await values(others);
  await all.click();
  await panel()
    .getByText(/已改正 .*，并已重新检查。可撤销。/)
    .waitFor({ timeout: 120_000 });
  expect((await values(typos.get('110')!)).some((v) => v === 12345.67)).toBe(false);
  expect(await values(others)).toEqual(othersBefore);
  await panel().locator('[data-unit="111"]').waitFor();
  expect(await items.count()).toBe(99);
  expect(await panel().locator('[data-unit="110"]').count()).toBe(0);
  expect(errors).toEqual([]);
});
