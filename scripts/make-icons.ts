/** Renders assets/icon.svg to the PNG sizes the manifest names (16/32/64/80) with Debian's Chromium. Run once; output is committed. */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
(async () => {
  const svg = readFileSync(join(root, 'assets', 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
  for (const size of [16, 32, 64, 80]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({ path: join(root, 'assets', `icon-${size}.png`), omitBackground: true });
    await page.close();
  }
  await browser.close();
})();
