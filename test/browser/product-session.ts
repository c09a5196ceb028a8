/**
 * The whole product session, driven in a page that shows the workbook and the pane (离线版 over file://, or the page
 * served from a release's web/): open a workbook with two typos → 检查 names both cells with their typed and original
 * values → 全部采用 → explain the 尾差 (the 提示 dismissed) → 可以报送 → 科目名称 → 情况说明 生成 Word → 说明核对 →
 * 审核报告 → 保存 → reopen the saved file: the explanation is still there. Shared by the offline and release tests.
 */
import JSZip from 'jszip';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seedWorkbook } from '../fixtures/seed-workbooks';

export interface Typo {
  sheet: string;
  cell: string;
  original: string;
  typed: string;
}

/** A held-out-style workbook (seed 001, sheets named 表1…表9 in shuffled order) with two mistyped figures in 收支总表. */
export async function twoTypoWorkbook(path: string): Promise<Typo[]> {
  const wb = seedWorkbook('001', { layout: 'shuffled' });
  const t1 = wb.worksheets.find((ws) => String(ws.getCell('A1').value ?? '').includes('收支总表'))!;
  const typos: Typo[] = [];
  const change = (cell: string, typed: number) => {
    const original = Number(t1.getCell(cell).value);
    if (!Number.isFinite(original) || original === 0) throw new Error(`${t1.name}!${cell} 不是数字`);
    t1.getCell(cell).value = typed;
    typos.push({ sheet: t1.name, cell, original: original.toFixed(2), typed: typed.toFixed(2) });
  };
  change('C6', Number(t1.getCell('C6').value) + 100);
  change('E6', transposed(Number(t1.getCell('E6').value)));
  await wb.xlsx.writeFile(path);
  return typos;
}

/** A typing slip: the two digits before the decimal point swapped (432.59 → 423.59), or +10 when they are equal. */
function transposed(v: number): number {
  const t = v.toFixed(2);
  const i = t.indexOf('.');
  const swapped = Number(`${t.slice(0, i - 2)}${t[i - 1]}${t[i - 2]}${t.slice(i)}`);
  return swapped === v ? v + 10 : swapped;
}

const panel = (page: Page) => page.locator('[data-panel="check"]');

async function openFile(page: Page, path: string) {
  const name = path.split('/').pop()!;
  await page.getByLabel('打开 .xlsx 文件').setInputFiles(path);
  await page.getByText(new RegExp(`已打开 ${name.replace(/\./g, '\\.')}`)).waitFor();
}

async function check(page: Page) {
  const n = Number(await panel(page).locator('section').getAttribute('data-checks'));
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await panel(page)
    .locator(`section[data-checks="${n + 1}"]`)
    .waitFor({ timeout: 30000 });
}

async function download(page: Page, click: () => Promise<void>, dir: string): Promise<{ path: string; name: string }> {
  const wait = page.waitForEvent('download');
  await click();
  const d = await wait;
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return { path, name: d.suggestedFilename() };
}

const docXml = async (path: string) => (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');

export async function wholeSession(page: Page, dir: string): Promise<void> {
  const file = join(dir, '预算公开-两处笔误.xlsx');
  const typos = await twoTypoWorkbook(file);
  await openFile(page, file);
  await page.getByRole('tab', { name: '检查', exact: true }).click();

  // 检查: both mistyped cells named, with what was typed and what it should be.
  await check(page);
  await panel(page)
    .getByText(/^识别 9 张表：错误 2，/)
    .waitFor();
  const box = panel(page).locator('[data-diagnosis="D1"]');
  await box.getByText('最可能出错（共 2 处）：').waitFor();
  const said = await box.innerText();
  for (const t of typos) {
    expect(said).toContain(`${t.sheet}!${t.cell}`);
    expect(said).toContain(`${t.typed}，应为 ${t.original}`);
  }
  await box.getByRole('button', { name: /全部采用/ }).click();
  await panel(page)
    .getByText(/^识别 9 张表：错误 0，尾差 \d+，提示 \d+/)
    .waitFor({ timeout: 30000 });

  // 出错说明 for every 尾差, the 提示 dismissed: 可以报送.
  for (;;) {
    const open = panel(page)
      .locator('li[data-rule]')
      .filter({ has: page.getByRole('button', { name: /填写出错说明$/ }) });
    if ((await open.count()) === 0) break;
    const first = open.first();
    const advisory = (await first.getAttribute('data-severity')) === 'advisory';
    const where = await first.getByLabel(/^定位到 /).getAttribute('aria-label');
    const item = panel(page)
      .locator('li[data-rule]')
      .filter({ has: page.getByLabel(where!, { exact: true }) })
      .first();
    await item.getByRole('button', { name: /填写出错说明$/ }).click();
    const text = advisory ? '已与财政局核实' : '四舍五入尾差';
    await item.getByRole('textbox').fill(text);
    await item.getByRole('button', { name: advisory ? '忽略此提示' : '保存说明' }).click();
    await item.getByText(advisory ? `已忽略：${text}` : `出错说明：${text}`).waitFor();
  }
  expect(await panel(page).getByLabel('报送状态').innerText()).toMatch(/^可以报送/);

  // 审核报告 (Word) with the explanations and the verdict.
  const report = await download(page, () => page.getByRole('button', { name: '审核报告（Word）' }).click(), dir);
  const reportXml = await docXml(report.path);
  expect(reportXml).toContain('报送状态：可以报送');
  expect(reportXml).toContain('四舍五入尾差');

  // 科目名称: the tables' names checked against the code tables.
  await page.getByRole('tab', { name: '科目名称', exact: true }).click();
  await page.getByRole('button', { name: '填充科目名称' }).click();
  await page.getByText(/已填写 \d+ 个科目名称/).waitFor();

  // 情况说明: Word with the tables' figures, then 说明核对 of a pasted sentence.
  await page.getByRole('tab', { name: '情况说明', exact: true }).click();
  await page.getByLabel('部门职责').fill('（一）贯彻落实机构编制管理的政策法规。');
  const narrative = await download(page, () => page.getByRole('button', { name: '生成 Word' }).click(), dir);
  expect(narrative.name).toMatch(/情况说明\.docx$/);
  expect(await docXml(narrative.path)).toContain('贯彻落实机构编制管理的政策法规');
  await page.getByLabel('粘贴情况说明').fill('三、机关运行经费安排情况\n机关运行经费安排支出9999.99万元。');
  await page.getByRole('button', { name: '核对说明' }).click();
  await page.getByText(/读出 \d+ 个数字/).waitFor();

  // 保存, reopen the saved file: the explanation is there, still 可以报送.
  const saved = await download(page, () => page.getByRole('button', { name: '保存为 .xlsx' }).click(), dir);
  const copy = join(dir, '重新打开.xlsx');
  copyFileSync(saved.path, copy);
  await openFile(page, copy);
  await page.getByRole('tab', { name: '检查', exact: true }).click();
  await check(page);
  await panel(page).getByText('出错说明：四舍五入尾差').first().waitFor();
  // Every 尾差 and 提示 is still explained; what is left is the 说明 begun above (部门职责 typed, saved with the
  // workbook): its other gaps are 〔请填写〕, so 可以报送 waits for them — and for nothing else.
  expect(await panel(page).getByLabel('报送状态').innerText()).toMatch(/^尚不能报送：情况说明中 \d+ 处待填写。$/);
}
