/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), with the flags this closed network needs.
 * Playwright gives every launch a fresh temporary profile.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

/** A sheet tab of the preview's workbook (not the pane's own tabs). */
export const sheetTab = (page: Page, opts: { name: string; selected?: boolean }) =>
  page.getByRole('tablist', { name: '工作表' }).getByRole('tab', opts);
