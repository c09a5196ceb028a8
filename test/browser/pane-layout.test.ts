/**
 * The pane fits Excel's real width: at 320 and 350 px, on every tab (检查 with findings and a diagnosis) and its 帮助, no two
 * interactive elements overlap, none is cut off at the pane's edge, and the pane needs no horizontal scroll.
 * Screenshots go to test-artifacts/pane-<tab>-<width>.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { ARTIFACTS, launch } from './chromium';
import { serveDir } from './static-server';

const WEB = join(__dirname, '..', '..', 'dist', 'web');
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;
const file = join(ARTIFACTS, 'seed-001-layout.xlsx');

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const wb = seedWorkbook('001');
  wb.getWorksheet('部门预算收支总表')!.getCell('C6').value = 600; // one wrong figure: a 诊断 box on the 检查 tab
  await wb.xlsx.writeFile(file);
  server = await serveDir(WEB);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Box {
  what: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Visible interactive elements of the pane, and the pane's own box and scroll width. */
async function layout(page: Page): Promise<{ boxes: Box[]; pane: { left: number; right: number; scroll: number; client: number } }> {
  return page.evaluate(() => {
    const pane = document.querySelector('.pane') as HTMLElement;
    const r = pane.getBoundingClientRect();
    const sel =
      'button, input:not([type=file]):not([type=hidden]), select, textarea, a, [role=tab], [role=radio], [role=checkbox], [role=switch]';
    const boxes = [...pane.querySelectorAll<HTMLElement>(sel)]
      .filter((el) => el.offsetParent !== null && !el.closest('[hidden]'))
      .map((el) => {
        const b = el.getBoundingClientRect();
        const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 20) ?? el.tagName;
        return { what: `${el.tagName.toLowerCase()} ${label}`, x: b.x, y: b.y, w: b.width, h: b.height };
      })
      .filter((b) => b.w > 0 && b.h > 0);
    return { boxes, pane: { left: r.left, right: r.right, scroll: pane.scrollWidth, client: pane.clientWidth } };
  });
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
const inside = (a: Box, b: Box) => a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.w <= b.x + b.w + 1 && a.y + a.h <= b.y + b.h + 1;

async function open(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'zh-CN' });
  await page.goto(`${server.url}/preview.html?pane=${width}`);
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(file);
  await page.getByText(/已打开 seed-001-layout.xlsx/).waitFor();
  return page;
}

const TABS: { tab: string; ready: (p: Page) => Promise<void> }[] = [
  { tab: '插入模板', ready: (p) => p.getByRole('button', { name: '插入模板' }).waitFor() },
  {
    tab: '检查',
    ready: async (p) => {
      await p.getByRole('button', { name: '检查', exact: true }).click();
      await p.locator('[data-diagnosis="D1"]').waitFor();
    },
  },
  {
    tab: '科目名称',
    ready: (p) =>
      p
        .getByRole('button', { name: /填充科目名称/ })
        .first()
        .waitFor(),
  },
  { tab: '情况说明', ready: (p) => p.getByLabel('部门职责').waitFor() },
  {
    // 帮助 of the 检查 tab, with its screenshot loaded.
    tab: '帮助',
    ready: async (p) => {
      await p.getByRole('tab', { name: '检查', exact: true }).click();
      await p.getByRole('button', { name: '帮助' }).click();
      await p.getByRole('region', { name: '帮助：检查与出错说明' }).waitFor();
      await p.waitForFunction(() => ((document.querySelector('.pane img') as HTMLImageElement | null)?.naturalWidth ?? 0) > 0);
    },
  },
];

describe.each([320, 350])('pane at %i px', (width) => {
  it.each(TABS.map((t) => [t.tab, t] as const))('%s: no overlap, no clipping, no horizontal scroll', async (name, t) => {
    const page = await open(width);
    if (name !== '帮助') await page.getByRole('tab', { name, exact: true }).click();
    await t.ready(page);
    const { boxes, pane } = await layout(page);
    await page.locator('.pane').screenshot({ path: join(ARTIFACTS, `pane-${name}-${width}.png`) });
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (overlap(a, b) && !inside(a, b) && !inside(b, a)) clashes.push(`${a.what} × ${b.what}`);
      }
    const clipped = boxes.filter((b) => b.x < pane.left - 1 || b.x + b.w > pane.right + 1).map((b) => b.what);
    expect({ clashes, clipped, scroll: pane.scroll > pane.client + 1 }).toEqual({ clashes: [], clipped: [], scroll: false });
    await page.close();
  });
});
