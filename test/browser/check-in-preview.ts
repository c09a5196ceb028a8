/**
 * Open an .xlsx in the preview (real Chromium), click 检查, and return what the pane said and every URL it requested
 * (browser tests, and the bench's "did the pane fetch highs.wasm" figure).
 */
import type { Browser } from 'playwright-core';

export interface PreviewCheck {
  summary: string;
  diagnosisText: string;
  requests: string[];
  errors: string[];
}

export async function checkInPreview(browser: Browser, url: string, file: string): Promise<PreviewCheck> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${url}/preview.html`);
    await page.getByLabel('打开 .xlsx 文件').setInputFiles(file);
    await page.getByText(/已打开 .*（\d+ 个工作表）/).waitFor();
    await page.getByRole('tab', { name: '检查' }).click();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    const summary = page.getByText(/识别 \d+ 张表：错误 \d+/);
    await summary.waitFor({ timeout: 20000 });
    const boxes = page.locator('[data-diagnosis]');
    const diagnosisText = (await boxes.count()) ? (await boxes.allInnerTexts()).join('\n') : '';
    return { summary: await summary.innerText(), diagnosisText, requests, errors };
  } finally {
    await page.close();
  }
}
