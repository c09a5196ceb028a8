#!/usr/bin/env node
/**
 * npm run package -- --url https://<host>/<path>/ [--out release] [--office-js cdn|local] [--version a.b.c.d]
 *                    [--reuse-build] [--force]
 * Writes the deployable release (scripts/release/release.mjs). Bad or missing arguments: a Chinese message, exit 2.
 */
import { packageRelease, ReleaseError } from './release/release.mjs';

const USAGE =
  '用法：npm run package -- --url https://服务器/路径/ [--out 文件夹] [--office-js cdn|local] [--version 1.0.0.1] [--reuse-build] [--force]';

function parse(argv) {
  const o = {};
  const value = (i, name) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new ReleaseError(`${name} 后面缺少值。\n${USAGE}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--url') o.url = value(i++, a);
    else if (a === '--out') o.out = value(i++, a);
    else if (a === '--office-js') o.officeJs = value(i++, a);
    else if (a === '--version') o.version = value(i++, a);
    else if (a === '--reuse-build') o.reuseBuild = true;
    else if (a === '--force') o.force = true;
    else throw new ReleaseError(`不认识的参数：${a}\n${USAGE}`);
  }
  if (!o.url) throw new ReleaseError(`缺少 --url：请给出放置 web/ 的 HTTPS 地址。\n${USAGE}`);
  return o;
}

try {
  const r = packageRelease(parse(process.argv.slice(2)));
  console.log(
    `已生成发布包：${r.out}\n  版本 ${r.version}；地址 ${r.base}；office.js：${r.officeJs === 'local' ? '随包提供（web/office-js）' : '微软 CDN'}`,
  );
  console.log('  下一步：按其中的“部署说明.md”把 web/ 放到 HTTPS 服务器、把 manifest.xml 放到共享文件夹。');
} catch (e) {
  if (e instanceof ReleaseError) {
    console.error(e.message);
    process.exit(2);
  }
  throw e;
}
