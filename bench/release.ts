/**
 * Release figures for `npm run bench`: the 离线版 page's size (raw and gzip: it carries every script and HiGHS's
 * WebAssembly), and the time of `npm run package` on an existing build (what the test suite pays for it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function releaseFigures(root: string, line: (k: string, v: string) => void): void {
  const page = join(root, 'dist', 'offline', '预算公开助手.html');
  if (!existsSync(page) || !existsSync(join(root, 'dist', 'web', 'taskpane.html'))) {
    line('离线版 / release', 'dist/offline or dist/web missing: run npm run build first');
    return;
  }
  const bytes = readFileSync(page);
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
  line('离线版 预算公开助手.html (one file), raw / gzip', `${mib(bytes.length)} / ${mib(gzipSync(bytes, { level: 9 }).length)}`);
  const dir = mkdtempSync(join(tmpdir(), 'bd-bench-release-'));
  const t0 = process.hrtime.bigint();
  execFileSync(
    process.execPath,
    [join(root, 'scripts', 'package.mjs'), '--url', 'https://budget.example.invalid/yusuan/', '--out', join(dir, 'r'), '--reuse-build'],
    { stdio: 'pipe' },
  );
  line('npm run package on an existing build (copy, manifest, XSD)', `${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms`);
  rmSync(dir, { recursive: true, force: true });
}
