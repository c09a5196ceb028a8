/**
 * The pane's weight, for `npm run bench`: first load (taskpane.js + shared.js, gzip level 9) against its budget, what
 * shared.js holds (dist/bundle-stats.json, written by the build: source bytes by package or src/ folder), the lazy
 * chunks, how many copies of highs.wasm dist/web ships, and whether the preview fetched highs.wasm when checking
 * each seed workbook with a real two-cell break (real Chromium, test/browser/check-in-preview.ts).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../test/browser/chromium';
import { checkInPreview } from '../test/browser/check-in-preview';
import { serveDir } from '../test/browser/static-server';
import { seedWorkbook } from '../test/fixtures/seed-workbooks';
import { sanGongBreakWorkbook } from '../test/fixtures/two-cell-break';

/** First load of the pane, KiB gzip. */
export const FIRST_LOAD_BUDGET_KIB = 150;

export async function paneBench(root: string, line: (k: string, v: string) => void): Promise<void> {
  const web = join(root, 'dist', 'web');
  if (!existsSync(join(web, 'taskpane.html'))) return line('pane', 'dist/web missing: run npm run build:web first');
  const gz = (f: string) => (existsSync(join(web, f)) ? gzipSync(readFileSync(join(web, f)), { level: 9 }).length / 1024 : 0);
  const first = gz('shared.js') + gz('taskpane.js');
  line(
    `pane first load (shared.js + taskpane.js), gzip 9 — budget ${FIRST_LOAD_BUDGET_KIB} KiB`,
    `${first.toFixed(1)} KiB (${first <= FIRST_LOAD_BUDGET_KIB ? 'within' : 'OVER'} budget)`,
  );
  const stats = join(root, 'dist', 'bundle-stats.json');
  if (existsSync(stats)) {
    const groups = (JSON.parse(readFileSync(stats, 'utf8')) as Record<string, Record<string, number>>).shared ?? {};
    const top = Object.entries(groups).sort((a, b) => b[1] - a[1]);
    const core = top.filter(([k]) => k.startsWith('src/core')).reduce((s, [, v]) => s + v, 0);
    line(
      'shared.js holds (source KiB, largest first)',
      top
        .slice(0, 8)
        .map(([k, v]) => `${k} ${(v / 1024).toFixed(0)}`)
        .join(', '),
    );
    line(
      'shared.js: src/core source',
      `${(core / 1024).toFixed(1)} KiB (${top
        .filter(([k]) => k.startsWith('src/core'))
        .map(([k]) => k.slice(9))
        .join(', ')})`,
    );
  }
  const lazy = readdirSync(web).filter(
    (f) =>
      f.endsWith('.js') &&
      !['shared.js', 'taskpane.js', 'preview.js', 'help.js', 'commands.js', 'wps-main.js', 'wps-taskpane.js'].includes(f),
  );
  line('lazy chunks, gzip KiB', lazy.map((f) => `${f} ${gz(f).toFixed(1)}`).join(', '));
  const wasm = readdirSync(web).filter((f) => f.endsWith('.wasm'));
  line('WebAssembly files in dist/web', `${wasm.length} (${wasm.join(', ')})`);

  const dir = mkdtempSync(join(tmpdir(), 'bd-pane-'));
  const server = await serveDir(web);
  const browser = await launch();
  try {
    for (const seed of ['000', '001', '003']) {
      const file = join(dir, `seed-${seed}.xlsx`);
      await sanGongBreakWorkbook(seedWorkbook(seed)).xlsx.writeFile(file);
      const r = await checkInPreview(browser, server.url, file);
      const fetched = r.requests.some((u) => /highs\.wasm$/.test(u));
      line(`preview, seed ${seed} with a two-cell 三公 break: highs.wasm fetched`, `${fetched ? 'YES' : 'no'} — ${r.summary}`);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
