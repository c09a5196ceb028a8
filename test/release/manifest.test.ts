/**
 * The release manifest's pure parts (scripts/release/manifest.mjs, deploy-doc.mjs): which base URLs are accepted
 * (hostile-input table: each refusal in Chinese), the version rule (four parts, each ≤ 99999, later is higher), and
 * the rewritten manifest (every URL under the base, no AppDomains, no localhost), and the catalog key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error — plain ES module of the build scripts, no type declarations
import { normalizeBase, releaseManifest, releaseVersion } from '../../scripts/release/manifest.mjs';
// @ts-expect-error — plain ES module of the build scripts, no type declarations
import { catalogGuid, trustedCatalogReg } from '../../scripts/release/deploy-doc.mjs';

const manifest = readFileSync(join(__dirname, '..', '..', 'manifest.xml'), 'utf8');

it.each([
  ['https://ysgk.example.gov.cn/yusuan', 'https://ysgk.example.gov.cn/yusuan/'],
  ['https://ysgk.example.gov.cn/yusuan/', 'https://ysgk.example.gov.cn/yusuan/'],
  ['https://ysgk.example.gov.cn', 'https://ysgk.example.gov.cn/'],
  ['https://10.1.2.3:8443/addin/', 'https://10.1.2.3:8443/addin/'],
  ['HTTPS://YSGK.Example.gov.cn/a/b/', 'https://ysgk.example.gov.cn/a/b/'],
])('accepts %s as %s', (raw, base) => {
  expect(normalizeBase(raw)).toMatchObject({ base });
});

it.each([
  ['http://ysgk.example.gov.cn/', /https:\/\//],
  ['ftp://ysgk.example.gov.cn/', /https:\/\//],
  ['file:///C:/addin/', /https:\/\//],
  ['\\\\server\\share\\', /不是有效的网址/],
  ['ysgk.example.gov.cn/yusuan/', /不是有效的网址/],
  ['https://localhost:3000/', /本机地址/],
  ['https://127.0.0.1/', /本机地址/],
  ['https://ysgk.example.gov.cn/?v=1', /“\?”或“#”/],
  ['https://ysgk.example.gov.cn/#x', /“\?”或“#”/],
  ['https://user:pw@ysgk.example.gov.cn/', /用户名或密码/],
  ["https://ysgk.example.gov.cn/a&b'/", /不能有 &/],
  ['', /不是有效的网址/],
])('refuses %j in Chinese', (raw, reason) => {
  const r = normalizeBase(raw);
  expect(r.base).toBeUndefined();
  expect(r.error).toMatch(reason);
  expect(r.error).toMatch(/[\u4e00-\u9fff]/);
});

it('versions: four parts, each at most 99999, a later hour gives a higher version', () => {
  const a = releaseVersion('0.1.0', new Date('2026-12-05T10:00:00Z'));
  const b = releaseVersion('0.1.0', new Date('2026-12-05T11:00:00Z'));
  expect(a).toMatch(/^0\.1\.0\.\d{1,5}$/);
  expect(Number(b.split('.')[3])).toBe(Number(a.split('.')[3]) + 1);
  expect(Number(releaseVersion('1.2.3', new Date('2040-01-01T00:00:00Z')).split('.')[3])).toBeLessThanOrEqual(99999);
});

it('rewrites every URL under the base, drops AppDomains and localhost, sets the version', () => {
  const b = normalizeBase('https://ysgk.example.gov.cn/yusuan/');
  const xml = releaseManifest(manifest, { ...b, version: '0.1.0.16894' });
  expect(xml).not.toMatch(/localhost|AppDomain/);
  expect(xml).toContain('<Version>0.1.0.16894</Version>');
  const urls = [...xml.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1]!);
  expect(urls.length).toBe([...manifest.matchAll(/DefaultValue="(https:[^"]+)"/g)].length);
  for (const u of urls) expect(u.startsWith('https://ysgk.example.gov.cn/yusuan/')).toBe(true);
});

it('the catalog key is one GUID per base (an update reuses it) and the .reg names it', () => {
  const g = catalogGuid('https://a.example/x/');
  expect(g).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-A[0-9A-F]{3}-[0-9A-F]{12}\}$/);
  expect(catalogGuid('https://a.example/x/')).toBe(g);
  expect(catalogGuid('https://b.example/x/')).not.toBe(g);
  const reg = (trustedCatalogReg('https://a.example/x/') as Buffer).subarray(2).toString('utf16le');
  expect(reg).toContain(`TrustedCatalogs\\${g}]`);
  expect(reg).toContain(`"Id"="${g}"`);
  expect(reg.split('\r\n').length).toBeGreaterThan(5);
});
