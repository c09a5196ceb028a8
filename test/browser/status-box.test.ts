/**
 * The 报送状态 box shows its whole text at the pane's real widths (320 and 350 px, real Chromium), whatever its
 * length: after a first and a second check of one workbook, and after the check of another whose status is long
 * (the half-filled template: six tables 尚未填写 and an 错误; a 部门 and its 单位 left empty: fourteen tables). The box's
 * text is the check's own readiness text, whole (no ellipsis), it is not scrolled or cut by any ancestor that
 * clips, and it lies inside the pane and the viewport. Screenshots: status-box-<width>-<n>.png.
 */
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { checkWorkbook } from '../../src/core/review/check';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { emptyTemplate, halfFilled } from '../fixtures/fill-states';
import { ARTIFACTS, launch } from './chromium';
import { serveDir } from './static-server';
import { main } from '../../src/cli/main';

const WEB = join(__dirname, '..', '..', 'dist', 'web');
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;
const half = join(ARTIFACTS, 'status-half.xlsx');
const empty = join(ARTIFACTS, 'status-empty.xlsx');
const both = join(ARTIFACTS, 'status-dept-and-unit.xlsx');
const expected: Record<string, string> = {};

async function readinessText(path: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return checkWorkbook(readSnapshot(wb)).readiness!.text;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await halfFilled().xlsx.writeFile(half);
  await emptyTemplate().xlsx.writeFile(empty);
  // a 部门 and its 单位, both inserted and not filled: the longest 尚未填写 list
  const quiet = { out: () => {}, err: () => {} };
  const dept = join(ARTIFACTS, 'status-dept.xlsx');
  expect(
    await main(['insert', '--edition', '2023', '--level', '部门', '--code', '225', '--name', '某部门', '--out', dept, '--force'], quiet),
  ).toBe(0);
  expect(
    await main(
      [
        'insert',
        '--edition',
        '2023',
        '--level',
        '单位',
        '--code',
        '225001',
        '--name',
        '某部门本级',
        '--into',
        dept,
        '--out',
        both,
        '--force',
      ],
      quiet,
    ),
  ).toBe(0);
  for (const f of [half, empty, both]) expected[f] = await readinessText(f);
  expect(expected[both]!.length).toBeGreaterThan(expected[empty]!.length - 1);
  server = await serveDir(WEB);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The status box's text, and whether any of it is hidden: scrolled, cut by a clipping ancestor, outside the pane. */
async function statusBox(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('.pane [aria-label="报送状态"]')!;
    const r = box.getBoundingClientRect();
    const pane = document.querySelector('.pane')!.getBoundingClientRect();
    const hidden: string[] = [];
    for (const el of [box, ...box.querySelectorAll<HTMLElement>('*')]) {
      if (el.scrollHeight > el.clientHeight + 1 && el.clientHeight > 0) hidden.push(`scrolled vertically: ${el.className}`);
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) hidden.push(`scrolled horizontally: ${el.className}`);
      if (getComputedStyle(el).textOverflow === 'ellipsis' && getComputedStyle(el).whiteSpace === 'nowrap')
        hidden.push(`ellipsis: ${el.className}`);
    }
    for (let a = box.parentElement; a && a !== document.body; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (![s.overflowX, s.overflowY].some((o) => o === 'hidden' || o === 'clip')) continue;
      const c = a.getBoundingClientRect();
      if (r.left < c.left - 1 || r.right > c.right + 1 || r.top < c.top - 1 || r.bottom > c.bottom + 1)
        hidden.push(`clipped by ${a.className}`);
    }
    if (r.left < pane.left - 1 || r.right > pane.right + 1) hidden.push('outside the pane');
    if (r.left < 0 || r.right > window.innerWidth) hidden.push('outside the viewport');
    return { text: box.innerText.replace(/\s+/g, ''), width: r.width, hidden };
  });
}

describe.each([320, 350])('pane at %i px', (width) => {
  let page: Page;
  let shot = 0;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${server.url}/preview.html?pane=${width}`);
  });
  afterAll(() => page.close());

  async function checkTwice(path: string, name: string): Promise<void> {
    await page.getByLabel('打开 .xlsx 文件').setInputFiles(path);
    await page.getByText(`已打开 ${name}`).waitFor();
    await page.getByRole('tab', { name: '检查', exact: true }).click();
    const section = page.locator('[data-panel="check"] section[data-checks]');
    for (let i = 0; i < 2; i++) {
      const n = Number((await section.getAttribute('data-checks')) ?? 0);
      await page.getByRole('button', { name: '检查', exact: true }).click();
      await page.locator(`[data-panel="check"] section[data-checks="${n + 1}"]`).waitFor();
      await page.locator('.pane [aria-label="报送状态"]').waitFor();
      const box = await statusBox(page);
      expect(box.text).toContain(expected[path]!.replace(/\s+/g, ''));
      expect(box.hidden).toEqual([]);
      expect(box.width).toBeLessThanOrEqual(width);
      await page.locator('.pane').screenshot({ path: join(ARTIFACTS, `status-box-${width}-${++shot}.png`) });
    }
  }

  it('the half-filled template, checked twice: the whole status is visible', () => checkTwice(half, 'status-half.xlsx'));
  it('then the empty template, checked twice', () => checkTwice(empty, 'status-empty.xlsx'));
  it('then a 部门 and its 单位 left empty (the longest list), checked twice', () => checkTwice(both, 'status-dept-and-unit.xlsx'));

  it('the measure sees a box cut short (a height limit, one line with an ellipsis)', async () => {
    const style = await page.addStyleTag({ content: '.pane [aria-label="报送状态"] { max-height: 24px; overflow: hidden; }' });
    expect((await statusBox(page)).hidden.length).toBeGreaterThan(0);
    await style.evaluate((el) => (el as Element).remove());
    const line = await page.addStyleTag({
      content: '.pane [aria-label="报送状态"] * { white-space: nowrap !important; text-overflow: ellipsis; overflow: hidden; }',
    });
    expect((await statusBox(page)).hidden.length).toBeGreaterThan(0);
    await line.evaluate((el) => (el as Element).remove());
    expect((await statusBox(page)).hidden).toEqual([]);
  });
});
