/**
 * The release manifest: the project's manifest.xml (written for the dev server, https://localhost:3000) with every
 * URL moved under the deployment base, a new <Version>, and no <AppDomains> (the pane never leaves the base, whose
 * domain Office allows anyway). Pure text in, text out.
 */

const DEV_ORIGIN = 'https://localhost:3000';

/**
 * The base URL as the package uses it, or a Chinese reason why it cannot be used: HTTPS (Office requires it), a real
 * host (not this machine), no query or fragment, ending in "/".
 */
export function normalizeBase(raw) {
  let u;
  try {
    u = new URL(raw);
  } catch {
    return { error: `“${raw}”不是有效的网址。请写完整的 HTTPS 地址，例如 https://ysgk.example.gov.cn/yusuan/` };
  }
  if (u.protocol !== 'https:')
    return { error: `网址必须以 https:// 开头（Office 只从 HTTPS 地址加载加载项，不能用 http:// 或文件路径）：${raw}` };
  if (/^(localhost|127\.|\[::1\])/i.test(u.host))
    return { error: `网址不能是本机地址（${u.host}）：各台电脑要从单位的 HTTPS 服务器取得加载项。` };
  if (u.search || u.hash) return { error: `网址中不能有“?”或“#”部分：${raw}` };
  if (u.username || u.password) return { error: '网址中不能含用户名或密码。' };
  if (/[&'"<>]/.test(u.pathname)) return { error: `网址的路径中不能有 & ' " < > 这些字符：${raw}` };
  const path = u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/`;
  return { base: `${u.origin}${path}`, origin: u.origin };
}

/**
 * A new manifest version from the package's semver and the hour of packaging (hours since 2025-01-01 UTC), so a
 * later package is always a higher version and Office offers the update. Each part stays ≤ 99999 (the XSD's limit).
 */
export function releaseVersion(semver, now = new Date()) {
  const [major, minor, patch] = semver.split(/[.-]/).map((x) => Number(x) || 0);
  const hours = Math.floor((now.getTime() - Date.UTC(2025, 0, 1)) / 3_600_000);
  return `${major}.${minor}.${patch}.${Math.max(0, Math.min(99999, hours))}`;
}

export function releaseManifest(xml, { base, version }) {
  let out = xml
    .replace(/\n\s*<AppDomains>[\s\S]*?<\/AppDomains>/, '')
    .replaceAll(`${DEV_ORIGIN}/`, base)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
  if (out.includes(DEV_ORIGIN) || /localhost/i.test(out)) throw new Error('清单中仍有 localhost 地址');
  // The comment above <OfficeApp> speaks of the development manifest; say what this one is.
  out = out.replace(/<!--[\s\S]*?-->/, `<!-- 预算公开助手 ${version}：部署清单，全部地址位于 ${base} 之下（npm run package 生成）。 -->`);
  return out;
}
