/**
 * `npm run package -- --url https://budget.example.invalid/yusuan/` into a temporary folder (reusing the production
 * build): the manifest validates against the vendored XSD, every URL in it lies under the base (no localhost), every
 * file the manifest and the pages reference exists in web/, the IT documents say what they must. Then web/ is served
 * by a plain static HTTPS server (node:https, a throwaway self-signed certificate from openssl) under /yusuan/ and
 * the whole browser session runs against it. Also: no --url → Chinese message, exit 2; a folder that is not a
 * release is never replaced; --office-js local ships office.js and points the pages at it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from './chromium';
import { wholeSession } from './product-session';

const ROOT = join(__dirname, '..', '..');
const BASE = 'https://budget.example.invalid/yusuan/';
const tmp = mkdtempSync(join(tmpdir(), 'bd-release-'));
const out = join(tmp, 'release');

function pack(...args: string[]) {
  return spawnSync('npm', ['run', '--silent', 'package', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
}

let browser: Browser;
let server: Server;
let origin = '';

beforeAll(async () => {
  const r = pack('--url', BASE, '--out', out, '--reuse-build');
  if (r.status !== 0) throw new Error(`npm run package failed: ${r.stderr}${r.stdout}`);
  browser = await launch();
}, 300000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(null)));
});

it('writes web/, manifest.xml, 部署说明.md, trusted-catalog.reg and 离线版/', () => {
  expect(readdirSync(out).sort()).toEqual(expect.arrayContaining(['manifest.xml', 'trusted-catalog.reg', 'web', '离线版', '部署说明.md']));
  expect(existsSync(join(out, '离线版', '预算公开助手.html'))).toBe(true);
  expect(existsSync(join(out, 'web', '预算公开助手.html'))).toBe(true);
  // The developer's pages and the localhost manifest stay out of web/.
  expect(existsSync(join(out, 'web', 'preview.html'))).toBe(false);
  expect(existsSync(join(out, 'web', 'manifest.xml'))).toBe(false);
});

it('the manifest validates, every URL is under the base, each names a file in web/, and the version is new', () => {
  const manifest = join(out, 'manifest.xml');
  const v = execFileSync(
    process.execPath,
    [join(ROOT, 'scripts', 'validate-manifest.mjs'), manifest, '--build-dir', join(out, 'web'), '--base', BASE],
    { encoding: 'utf8' },
  );
  expect(v).toContain('manifest valid');
  const xml = readFileSync(manifest, 'utf8');
  const urls = [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|>(https?:\/\/[^<]+)</g)].map((m) => m[1] ?? m[2]!);
  expect(urls.length).toBeGreaterThanOrEqual(10);
  for (const u of urls) {
    expect(u.startsWith(BASE)).toBe(true);
    expect(existsSync(join(out, 'web', decodeURI(u.slice(BASE.length))))).toBe(true);
  }
  expect(xml).not.toMatch(/localhost/i);
  expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.1"\/>/);
  const version = /<Version>([^<]+)<\/Version>/.exec(xml)![1]!;
  expect(version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(version).not.toBe(/<Version>([^<]+)<\/Version>/.exec(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'))![1]);
});

it('every script, style, image and link the pages reference is in web/ (relative paths, hashed script URLs)', () => {
  const web = join(out, 'web');
  const pages = readdirSync(web).filter((f) => f.endsWith('.html') && f !== '预算公开助手.html');
  expect(pages.sort()).toEqual(['commands.html', 'help.html', 'taskpane.html']);
  for (const p of pages) {
    const html = readFileSync(join(web, p), 'utf8');
    const refs = [
      ...[...html.matchAll(/<(?:script|link|img|a)\b[^>]*?\s(?:src|href)=["']?([^"' >]+)/g)].map((m) => m[1]!),
      ...[...html.matchAll(/"([\w.-]+\.js\?v=[0-9a-f]+)"/g)].map((m) => m[1]!),
    ].filter((r) => !r.startsWith('https://appsforoffice.microsoft.com/'));
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) {
      expect(r).not.toMatch(/^(\/|https?:)/); // relative: the pages work under any base path
      const file = decodeURI(r.split(/[?#]/)[0]!);
      expect([p, file, existsSync(join(web, file))]).toEqual([p, file, true]);
    }
    for (const s of html.matchAll(/\.js\?v=([0-9a-f]+)/g)) expect(s[1]).toHaveLength(8);
  }
});

it('部署说明.md and trusted-catalog.reg say what the IT administrator needs', () => {
  const doc = readFileSync(join(out, '部署说明.md'), 'utf8');
  for (const needed of [
    BASE,
    'HTTPS',
    'application/wasm',
    '共享文件夹',
    'Trusted Catalogs',
    'trusted-catalog.reg',
    '集中部署',
    'Excel 网页版',
    'appsforoffice.microsoft.com',
    'officeapis.public.onecdn.static.microsoft',
    'WebView2',
    '离线版',
    '更新',
  ])
    expect([needed, doc.includes(needed)]).toEqual([needed, true]);
  const reg = readFileSync(join(out, 'trusted-catalog.reg'));
  expect([...reg.subarray(0, 2)]).toEqual([0xff, 0xfe]);
  const text = reg.subarray(2).toString('utf16le');
  expect(text).toMatch(/^Windows Registry Editor Version 5\.00\r\n/);
  expect(text).toMatch(/\[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16\.0\\WEF\\TrustedCatalogs\\\{[0-9A-F-]{36}\}\]/);
  expect(text).toContain('"Flags"=dword:00000001');
});

it('without --url: a Chinese message and exit 2; a folder that is not a release is left alone', () => {
  const r = pack('--out', join(tmp, 'x'));
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/缺少 --url/);
  const http = pack('--url', 'http://budget.example.invalid/', '--out', join(tmp, 'x'));
  expect(http.status).toBe(2);
  expect(http.stderr).toMatch(/https:\/\//);
  const mine = join(tmp, 'mine');
  mkdirSync(mine);
  writeFileSync(join(mine, '我的文件.txt'), '不要删');
  const refused = pack('--url', BASE, '--out', mine, '--reuse-build');
  expect(refused.status).toBe(2);
  expect(refused.stderr).toMatch(/不是本工具生成的发布包/);
  expect(readFileSync(join(mine, '我的文件.txt'), 'utf8')).toBe('不要删');
});

it('--office-js local ships the unmodified office.js files and points the pages at them, with the caveat', () => {
  const local = join(tmp, 'local');
  const r = pack('--url', BASE, '--out', local, '--reuse-build', '--office-js', 'local');
  expect(r.status).toBe(0);
  const web = join(local, 'web');
  const dist = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
  for (const f of ['office.js', 'excel-win32-16.01.js', 'excel-web-16.00.js', 'zh-cn/office_strings.js', 'telemetry/oteljs_agave.js'])
    expect(readFileSync(join(web, 'office-js', f)).equals(readFileSync(join(dist, f)))).toBe(true);
  for (const p of ['taskpane.html', 'commands.html']) {
    const html = readFileSync(join(web, p), 'utf8');
    expect(html).toContain('office-js/office.js');
    expect(html).not.toContain('appsforoffice.microsoft.com');
  }
  expect(readFileSync(join(local, '部署说明.md'), 'utf8')).toMatch(/微软不支持自行托管 office\.js/);
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/** A plain static HTTPS server for web/ under /yusuan/, with a throwaway self-signed certificate. */
async function serveRelease(): Promise<string> {
  const certDir = mkdtempSync(join(tmpdir(), 'bd-cert-'));
  const key = join(certDir, 'key.pem');
  const cert = join(certDir, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'],
    {
      stdio: 'pipe',
    },
  );
  const web = join(out, 'web');
  server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (!path.startsWith('/yusuan/')) {
      res.writeHead(404).end();
      return;
    }
    const file = normalize(path.slice('/yusuan/'.length)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(web, file));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return `https://127.0.0.1:${(server.address() as { port: number }).port}`;
}

it('served by a static HTTPS server, the release runs the whole session; the task pane page loads', async () => {
  origin = await serveRelease();
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  await context.route(/appsforoffice/, (r) => r.abort()); // no Microsoft CDN here
  const errors: string[] = [];
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${origin}/yusuan/${encodeURIComponent('预算公开助手.html')}`);
  await wholeSession(page, mkdtempSync(join(tmpdir(), 'bd-release-session-')));
  const pane = await context.newPage();
  pane.on('pageerror', (e) => errors.push(e.message));
  await pane.goto(`${origin}/yusuan/taskpane.html`);
  await pane.getByText('此页面需要在 Excel 中作为加载项打开').waitFor();
  expect(errors).toEqual([]);
}, 240000);
