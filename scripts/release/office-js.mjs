/**
 * `--office-js local`: the Excel part of the npm package @microsoft/office-js, copied unmodified (its licence allows
 * distributing the files in their original form, not changing them) into web/office-js/, and the pages pointed at it.
 * Microsoft does not support a self-hosted office.js; 部署说明.md says so (scripts/release/deploy-doc.mjs).
 */
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const LOCAL_DIR = 'office-js';

/** What office.js loads for Excel: the loader, the host files for Windows/web/Mac, strings, telemetry. */
const FILES = [/^office\.js$/, /^excel-(win32-16\.0[01]|web-16\.00|mac-16\.00)(-core)?\.js$/, /^(LICENSE|README)\.md$/];
const FOLDERS = ['zh-cn', 'en-us', 'telemetry'];

export function officeJsPackage(root) {
  const req = createRequire(join(root, 'package.json'));
  const dir = dirname(req.resolve('@microsoft/office-js/package.json'));
  return { dir, version: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version };
}

/** Copies the files into web/office-js and rewrites the pages' office.js reference; returns the package version. */
export function copyOfficeJs(root, web) {
  const { dir, version } = officeJsPackage(root);
  const dist = join(dir, 'dist');
  const target = join(web, LOCAL_DIR);
  for (const f of readdirSync(dist)) if (FILES.some((re) => re.test(f))) cpSync(join(dist, f), join(target, f));
  for (const f of ['LICENSE.md', 'README.md']) if (existsSync(join(dir, f))) cpSync(join(dir, f), join(target, f));
  for (const d of FOLDERS) cpSync(join(dist, d), join(target, d), { recursive: true, filter: (p) => !p.endsWith('.debug.js') });
  for (const page of readdirSync(web).filter((f) => f.endsWith('.html'))) {
    const file = join(web, page);
    const html = readFileSync(file, 'utf8');
    if (html.includes(CDN_OFFICE_JS)) writeFileSync(file, html.replaceAll(CDN_OFFICE_JS, `${LOCAL_DIR}/office.js`));
  }
  return version;
}
