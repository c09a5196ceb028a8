/**
 * `npm run package`: the release folder an IT administrator deploys — web/ (the production build: relative paths,
 * content-hashed script URLs, the 离线版 page too), manifest.xml (every URL under the base, validated with the
 * vendored XSD, a new <Version>), 部署说明.md, trusted-catalog.reg and 离线版/. `packageRelease` is the one entry
 * point (a WPS package can call it and add its own folder); scripts/package.mjs is the command line around it.
 * The release is assembled in a temporary folder beside the target and renamed into place: never half a release, and
 * a folder that is not an earlier release is never replaced.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogGuid, deployDoc, trustedCatalogReg } from './deploy-doc.mjs';
import { normalizeBase, releaseManifest, releaseVersion } from './manifest.mjs';
import { copyOfficeJs, officeJsPackage } from './office-js.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OFFLINE_PAGE = '预算公开助手.html';
const MARKER = '.预算公开助手-发布包';
/** Developer-only pages, the dev manifest (localhost) and the WPS 加载项's files (npm run package:wps) stay out of web/. */
const DEV_ONLY = new Set(['manifest.xml', 'preview.html', 'preview.js', 'bundle-stats.json']);
const keep = (rel) => !DEV_ONLY.has(rel) && !/^wps-/.test(rel);

export class ReleaseError extends Error {}

function run(args, label) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new ReleaseError(`${label}失败（退出码 ${r.status}），未生成发布包。`);
}

/** Builds dist/web and dist/offline (production), unless `reuse` and both exist already. */
export function buildWeb({ reuse = false } = {}) {
  const web = join(ROOT, 'dist', 'web');
  const offline = join(ROOT, 'dist', 'offline');
  if (reuse && existsSync(join(web, 'taskpane.html')) && existsSync(join(offline, OFFLINE_PAGE))) return { web, offline };
  const webpack = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  run([webpack, '--mode', 'production'], '构建加载项网页');
  run([webpack, '-c', join(ROOT, 'webpack.offline.config.js')], '构建离线版');
  return { web, offline };
}

/**
 * Writes the release into `out`. Options: url (required), out (default release/), officeJs 'cdn' | 'local',
 * version (default from package.json and the hour), reuseBuild, force (replace a non-release folder), and
 * `addTo(dir, info)`: called with the release folder before it is moved into place, for another host's files (a WPS
 * add-in folder, say) — throwing there leaves nothing behind. Returns what was written. Throws ReleaseError with a
 * Chinese message on bad input.
 */
export function packageRelease(opts) {
  if (!opts.url)
    throw new ReleaseError('缺少 --url：请给出放置 web/ 的 HTTPS 地址，例如 npm run package -- --url https://ysgk.example.gov.cn/yusuan/');
  const b = normalizeBase(opts.url);
  if (b.error) throw new ReleaseError(b.error);
  const officeJs = opts.officeJs ?? 'cdn';
  if (!['cdn', 'local'].includes(officeJs)) throw new ReleaseError(`--office-js 只能是 cdn 或 local，收到：${officeJs}`);
  const out = resolve(opts.out ?? join(ROOT, 'release'));
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MARKER)) && !opts.force)
    throw new ReleaseError(`${out} 已存在且不是本工具生成的发布包，未改动。请换一个 --out 文件夹，或加 --force 替换。`);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const version = opts.version ?? releaseVersion(pkg.version);
  if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(version)) throw new ReleaseError(`版本号须为四段数字（如 1.0.0.1）：${version}`);

  const built = buildWeb({ reuse: !!opts.reuseBuild });
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    const web = join(tmp, 'web');
    cpSync(built.web, web, { recursive: true, filter: (src) => keep(src.slice(built.web.length + 1)) });
    cpSync(join(built.offline, OFFLINE_PAGE), join(web, OFFLINE_PAGE));
    cpSync(built.offline, join(tmp, '离线版'), { recursive: true });
    const officeJsVersion = officeJs === 'local' ? copyOfficeJs(ROOT, web) : officeJsPackage(ROOT).version;
    const manifest = join(tmp, 'manifest.xml');
    writeFileSync(manifest, releaseManifest(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), { ...b, version }));
    run([join(ROOT, 'scripts', 'validate-manifest.mjs'), manifest, '--build-dir', web, '--base', b.base], '清单校验');
    const guid = catalogGuid(b.base);
    writeFileSync(join(tmp, '部署说明.md'), deployDoc({ ...b, version, officeJs, officeJsVersion, guid }));
    writeFileSync(join(tmp, 'trusted-catalog.reg'), trustedCatalogReg(b.base));
    if (opts.addTo) opts.addTo(tmp, { base: b.base, version, web });
    writeFileSync(join(tmp, MARKER), `${version}\n${b.base}\n`);
    rmSync(out, { recursive: true, force: true });
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return { out, base: b.base, version, officeJs };
}
