/**
 * npm run package:wps — the WPS 表格 加载项 from the webpack build (dist/web), into release-wps/:
 *   online/budget-disclosure/       the folder to host on an intranet web server (WPS fetches ribbon.xml and
 *                                   index.html from it at every start)
 *   online/jsplugins.xml            its entry (<jspluginonline …/>), for the server address given with --url
 *   offline/budget-disclosure_<v>/  the same folder as `wpsjs build` (离线) lays it out, to copy into jsaddons
 *   offline/publish.xml             its entry for jsaddons/publish.xml (as `wpsjs build --exe` writes it)
 *   offline/budget-disclosure_<v>.zip  the folder zipped for carrying (not .7z: no pure-npm 7z writer; see below)
 *   部署说明（WPS）.md
 * The project's build stays webpack (one pane bundle for Excel, WPS and the preview); `wpsjs` is a development tool
 * (debug against a running WPS, publish page) that needs WPS installed and, for create/build, the network: it is not
 * used here, and its output layout is reproduced instead. Every path in the folder is relative (file:// and http).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import JSZip from 'jszip';

const ROOT = join(__dirname, '..');
const WEB = join(ROOT, 'dist', 'web');
export const OUT = join(ROOT, 'release-wps');
export const ADDIN = 'budget-disclosure';
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The ribbon: a 预算公开 group with one button that opens the pane. No XML declaration (the publish validator refuses one). */
export const RIBBON_XML = `<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" onLoad="OnAddinLoad">
  <ribbon startFromScratch="false">
    <tabs>
      <tab id="budgetTab" label="预算公开助手">
        <group id="budgetGroup" label="预算公开">
          <button id="budgetOpenPane" label="预算公开" screentip="打开预算公开助手" supertip="插入模板、检查勾稽关系、填充科目名称、生成情况说明" size="large" getImage="GetImage" getEnabled="OnGetEnabled" onAction="OnAction"/>
        </group>
      </tab>
    </tabs>
  </ribbon>
</customUI>
`;

/** The entry page WPS loads first: only the ribbon callbacks (main.js). */
const INDEX_HTML = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <title>预算公开助手（WPS 加载项）</title>
    <script src="main.js"></script>
  </head>
  <body></body>
</html>
`;

/** Files of dist/web that belong to Excel or the preview only. */
const NOT_WPS = /^(preview|commands|taskpane)\.(html|js)(\.LICENSE\.txt)?$|^manifest\.xml$|^wps-(index\.html|main\.js|taskpane\.html)$/;

function copyTree(from: string, to: string, skip: (name: string) => boolean = () => false): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (skip(name)) continue;
    const src = join(from, name);
    if (statSync(src).isDirectory()) copyTree(src, join(to, name));
    else copyFileSync(src, join(to, name));
  }
}

/** The add-in folder: entry page, ribbon, pane page and its bundle, icons. */
export function addinFolder(dir: string): void {
  copyTree(WEB, dir, (n) => NOT_WPS.test(n));
  writeFileSync(join(dir, 'index.html'), INDEX_HTML);
  copyFileSync(join(WEB, 'wps-main.js'), join(dir, 'main.js'));
  copyFileSync(join(WEB, 'wps-taskpane.html'), join(dir, 'taskpane.html'));
  writeFileSync(join(dir, 'ribbon.xml'), RIBBON_XML);
  mkdirSync(join(dir, 'images'), { recursive: true });
  for (const size of [16, 32, 64]) copyFileSync(join(ROOT, 'assets', `icon-${size}.png`), join(dir, 'images', `icon-${size}.png`));
}

const xmlAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

async function zipFolder(dir: string, file: string): Promise<void> {
  const zip = new JSZip();
  const base = dirname(dir);
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else zip.file(relative(base, p).split('\\').join('/'), readFileSync(p));
    }
  };
  walk(dir);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

export async function packageWps(serverUrl = 'https://服务器地址/wps/'): Promise<string[]> {
  if (!existsSync(join(WEB, 'wps-taskpane.html'))) throw new Error('dist/web 中没有 WPS 加载项页面：请先运行 npm run build:web');
  rmSync(OUT, { recursive: true, force: true });
  const online = join(OUT, 'online', ADDIN);
  addinFolder(online);
  const url = `${serverUrl.replace(/\/?$/, '/')}${ADDIN}/`;
  writeFileSync(
    join(OUT, 'online', 'jsplugins.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${ADDIN}" type="et" url="${xmlAttr(url)}"/>\n</jsplugins>\n`,
  );
  const folder = `${ADDIN}_${VERSION}`;
  const offline = join(OUT, 'offline', folder);
  addinFolder(offline);
  writeFileSync(
    join(OUT, 'offline', 'publish.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${ADDIN}" type="et" url="${folder}" version="${VERSION}" enable="enable_dev" install="null"/>\n</jsplugins>\n`,
  );
  await zipFolder(offline, join(OUT, 'offline', `${folder}.zip`));
  copyFileSync(join(ROOT, 'docs', '部署说明（WPS）.md'), join(OUT, '部署说明（WPS）.md'));
  return [
    online,
    join(OUT, 'online', 'jsplugins.xml'),
    offline,
    join(OUT, 'offline', 'publish.xml'),
    join(OUT, 'offline', `${folder}.zip`),
  ];
}

if (require.main === module) {
  const i = process.argv.indexOf('--url');
  packageWps(i > 0 ? process.argv[i + 1] : undefined)
    .then((out) => {
      for (const p of out) console.log(relative(ROOT, p));
    })
    .catch((e: Error) => {
      console.error(e.message);
      process.exit(2);
    });
}
