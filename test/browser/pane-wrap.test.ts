/**
 * Two layout defects of issue #18 at the pane's real widths (real Chromium): every 插入模板 checkbox label toggles its
 * own checkbox (all nine shared one id, so a label click toggled the first), and every message box wraps inside the
 * pane — after a second check that lengthens the 报送状态, after a repair's message, and after a check made while the
 * 检查 tab was hidden (one was reported cut off at 350 px after a second check). Screenshots: pane-wrap-<width>.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seedWorkbook } from '../fixtures/seed-workbooks';
import { ARTIFACTS, launch, sheetTab } from './chromium';
import { serveDir } from './static-server';

const WEB = join(__dirname, '..', '..', 'dist', 'web');
let server: Awaited<ReturnType<typeof serveDir>>;
let browser: Browser;
const file = join(ARTIFACTS, 'pane-wrap.xlsx');

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await seedWorkbook('000').xlsx.writeFile(file); // consistent: the first check's 报送状态 is short
  server = await serveDir(WEB);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, locale: 'zh-CN' });
  await page.goto(`${server.url}/preview.html?pane=${width}`);
  return page;
}

describe.each([320, 350])('pane at %i px', (width) => {
  it('each table’s label toggles its own checkbox, and only it', async () => {
    const page = await open(width);
    const boxes = page.locator('[data-panel="insert"] input[type=checkbox]');
    await boxes.first().waitFor();
    const ids = await boxes.evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    const states = () => boxes.evaluateAll((els) => Object.fromEntries(els.map((e) => [e.id, (e as HTMLInputElement).checked])));
    const labels = await page.locator('[data-panel="insert"] [role=group] .fui-Checkbox label').all();
    expect(labels.length).toBeGreaterThanOrEqual(9);
    for (const label of labels) {
      const own = (await label.getAttribute('for'))!;
      const before = await states();
      await label.click();
      const after = await states();
      // Exactly the box the label belongs to changed.
      expect(Object.keys(after).filter((id) => after[id] !== before[id])).toEqual([own]);
      // Its accessible name is its own table's title.
      expect(await page.getByRole('checkbox', { name: (await label.innerText()).trim(), exact: true }).getAttribute('id')).toBe(own);
    }
    await page.close();
  });

  it('every message box wraps inside the pane after a second check and after a repair', async () => {
    const page = await open(width);
    await page.getByLabel('打开 .xlsx 文件').setInputFiles(file);
    await page.getByText(/已打开 pane-wrap.xlsx/).waitFor();
    await page.getByRole('tab', { name: '检查', exact: true }).click();
    const section = page.locator('[data-panel="check"] section[data-checks]');
    const check = async () => {
      const n = Number(await section.getAttribute('data-checks'));
      await page.getByRole('button', { name: '检查', exact: true }).click();
      await page.locator(`[data-panel="check"] section[data-checks="${n + 1}"]`).waitFor();
    };
    await check();
    await page.getByText(/^可以报送/).waitFor();
    // An edit, then the second check: the same 报送状态 box gets a longer text, the status a repair to offer.
    await sheetTab(page, { name: '部门预算收支总表' }).click();
    await page.locator('td[data-addr="C6"]').dblclick();
    await page.getByLabel('编辑 C6').fill('600.00');
    await page.keyboard.press('Enter');
    await check();
    await page.getByText(/^尚不能报送/).waitFor();
    const fits = () =>
      page.evaluate(() => {
        const pane = document.querySelector('.pane')!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>('.pane .fui-MessageBar, .pane .fui-MessageBarBody, .pane [role=status]')]
          .filter((el) => el.offsetParent !== null)
          .map((el) => {
            const r = el.getBoundingClientRect();
            return {
              text: el.innerText.slice(0, 30),
              cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 || r.right > pane.right + 1,
            };
          });
      });
    let boxes = await fits();
    expect(boxes.length).toBeGreaterThanOrEqual(2); // the count line and the 报送状态 at least
    expect(boxes.filter((b) => b.cut)).toEqual([]);
    await page.getByRole('button', { name: /采用改正/ }).click();
    await page.getByText(/已改正 部门预算收支总表!C6 为/).waitFor();
    boxes = await fits();
    expect(boxes.some((b) => b.text.startsWith('已改正'))).toBe(true);
    expect(boxes.filter((b) => b.cut)).toEqual([]);
    // A check while the 检查 tab is hidden (自动检查 after an edit made on another tab), then the tab shown again.
    await page.getByRole('switch').check();
    await page.getByRole('tab', { name: '情况说明', exact: true }).click();
    const n = Number(await section.getAttribute('data-checks'));
    await page.locator('td[data-addr="C6"]').dblclick();
    await page.getByLabel('编辑 C6').fill('700.00');
    await page.keyboard.press('Enter');
    await page.locator(`[data-panel="check"] section[data-checks="${n + 1}"]`).waitFor({ state: 'attached', timeout: 10000 });
    await page.getByRole('tab', { name: '检查', exact: true }).click();
    await page.getByText(/^尚不能报送/).waitFor();
    boxes = await fits();
    expect(boxes.filter((b) => b.cut)).toEqual([]);
    await page.locator('.pane').screenshot({ path: join(ARTIFACTS, `pane-wrap-${width}.png`) });
    await page.close();
  });
});
