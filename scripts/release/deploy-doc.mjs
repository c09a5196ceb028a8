/**
 * The IT administrator's documents of a release: 部署说明.md (hosting web/, the shared-folder catalog step by step,
 * Group Policy, Centralized Deployment, Excel on the web, office.js and the proxy, old Excel, the 离线版, updating)
 * and trusted-catalog.reg (the catalog key, UTF-16LE as regedit writes it). Facts: ../shared/notes/delivery.md.
 */
import { createHash } from 'node:crypto';

/** A stable GUID for this deployment's catalog key (same base → same key, so an update does not add a second one). */
export function catalogGuid(base) {
  const h = createHash('sha1').update(`预算公开助手 trusted catalog ${base}`).digest('hex');
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}}`.toUpperCase();
}

/** trusted-catalog.reg: registry text (CRLF) for HKCU; the share path is a placeholder to replace before use. */
export function trustedCatalogReg(base) {
  const guid = catalogGuid(base);
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    '; 预算公开助手：把共享文件夹登记为受信任的加载项目录（当前用户）。',
    '; 使用前把下面 Url 中的 \\\\\\\\SERVER\\\\SHARE 改成放 manifest.xml 的共享文件夹（反斜杠写两遍），然后双击导入并重启 Excel。',
    `[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs\\${guid}]`,
    `"Id"="${guid}"`,
    '"Url"="\\\\\\\\SERVER\\\\SHARE"',
    '"Flags"=dword:00000001',
    '',
  ];
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n'), 'utf16le')]);
}

export function deployDoc({ base, origin, version, officeJs, officeJsVersion, guid }) {
  const local = officeJs === 'local';
  return `# 预算公开助手 部署说明（版本 ${version}）

本文件供单位的信息管理员使用。安装包由 \`npm run package -- --url ${base}\` 生成，内容：

| 文件 | 用途 |
|---|---|
| \`web/\` | 加载项网页（任务窗格、帮助、网页版“预算公开助手.html”），放到 HTTPS 服务器上，地址为 ${base} |
| \`manifest.xml\` | Excel 加载项清单，所有地址都在 ${base} 之下；放到共享文件夹或上传到管理中心 |
| \`trusted-catalog.reg\` | 把共享文件夹登记为“受信任的加载项目录”的注册表模板（使用前修改共享路径） |
| \`离线版/\` | 不需要 Excel、不需要网络的版本：双击“预算公开助手.html” |

所有数据只在使用者的电脑上处理，不会上传；服务器只提供网页文件。

## 一、把 web/ 放到 HTTPS 服务器上

1. 把 \`web/\` 文件夹的**全部内容**复制到服务器，使 ${base}taskpane.html 能打开（IIS、nginx、Apache 或任何静态文件服务器均可，不需要数据库或后台程序）。
2. 必须是 **HTTPS**，证书须由各台电脑已信任的机构签发（如政务外网 CA，或经组策略下发的单位 CA）。Office 不接受 http:// 地址，也不接受文件路径。
3. MIME 类型：\`.wasm\` 为 \`application/wasm\`，\`.js\` 为 \`text/javascript\`，\`.html\` 为 \`text/html; charset=utf-8\`，\`.xml\` 为 \`application/xml\`。IIS 需在“MIME 类型”中添加 \`.wasm\`。
4. 缓存：\`*.html\`、\`highs.wasm\` 设为 \`Cache-Control: no-cache\`；脚本的地址带有内容指纹（\`taskpane.js?v=…\`），可长期缓存。
5. 检查：在一台办公电脑的浏览器中打开 ${base}taskpane.html，应显示“此页面需要在 Excel 中作为加载项打开”，且没有证书警告。

nginx 示例：

\`\`\`nginx
location ${new URL(base).pathname} {
    alias /srv/yusuan/web/;
    types { application/wasm wasm; text/javascript js; text/html html; image/png png; application/xml xml; }
    location ~ \\.(html|wasm)$ { add_header Cache-Control no-cache; }
}
\`\`\`

## 二、Excel 2016/2019/2021/LTSC 2024（Windows，无 Microsoft 365）：共享文件夹目录

微软称共享文件夹目录“不用于生产环境”，但它是没有 Microsoft 365 时 Windows 版 Excel 唯一的集中部署方式，各版本均可用。

1. 在文件服务器上建一个共享文件夹（如 \`\\\\fileserver\\yusuan-addin\`），用户只读，把 \`manifest.xml\` 放进去。文件夹里只放清单，网页文件在第一步的 HTTPS 服务器上。
2. 把该共享文件夹登记为受信任的目录，三种方式任选其一：
   - **组策略（推荐，多台电脑）**：导入 Office 管理模板（ADMX）后，在
     \`用户配置\\策略\\管理模板\\Microsoft Office 2016\\安全设置\\信任中心\\受信任的目录\`
     （英文：\`User Configuration\\Policies\\Administrative Templates\\Microsoft Office 2016\\Security Settings\\Trust Center\\Trusted Catalogs\`）
     中添加共享文件夹地址，并允许在菜单中显示。Office 2019/2021/2024 仍使用“Microsoft Office 2016”模板（16.0）。
   - **注册表**：编辑本安装包中的 \`trusted-catalog.reg\`，把 Url 中的 \`\\\\\\\\SERVER\\\\SHARE\` 改为共享路径（反斜杠写两遍），双击导入（或用登录脚本 \`reg import\`）。
     写入的键为 \`HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs\\${guid}\`（Id、Url、Flags=1）。
   - **手工**：Excel “文件 › 选项 › 信任中心 › 信任中心设置 › 受信任的加载项目录”，在“目录 URL”填共享路径，点“添加目录”，勾选“显示在菜单中”，确定。
3. 重新启动 Excel。
4. 每位用户做一次：“开始 › 加载项”（或“插入 › 我的加载项”）› “共享文件夹” › 选“预算公开助手” › “添加”。之后“开始”选项卡出现“预算公开”组。
5. Excel 2016 批量授权版（MSI）没有功能区按钮，只能从“插入 › 我的加载项”打开。

**这些电脑能否运行任务窗格**：任务窗格需要 WebView2（Chromium 内核）。

| Excel | 能否运行 | 说明 |
|---|---|---|
| Excel 2021、LTSC 2024、Microsoft 365 | 能 | 自带 WebView2 |
| Excel 2016/2019 零售版 | 安装 WebView2 运行时后能 | 可用微软的离线安装包安装“Microsoft Edge WebView2 运行时”，无需联网 |
| Excel 2016/2019 批量授权版 | 不能 | 加载项只能用 IE11 内核显示；任务窗格会显示中文说明，请用户改用离线版或网页版（见第六节） |

清单只要求 ExcelApi 1.1，因此以上各版本都能看到加载项；较新的功能按 Excel 的版本自动启用，不支持时在窗格中注明（如 LTSC 2021/2024 定位时只选中一个单元格）。

## 三、有 Microsoft 365 的单位：集中部署

管理员登录 Microsoft 365 管理中心 › “设置 › 集成应用”（或“Office 加载项”）› “上传自定义应用” › 选择“提供清单文件”并上传 \`manifest.xml\` › 指定用户或组 › 部署。通常 24 小时内出现在用户的 Excel 中。网页文件仍放在第一步的服务器上，须能从用户电脑访问。

## 四、Excel 网页版

“插入 › 加载项 › 我的加载项 › 上传我的加载项”，选择 \`manifest.xml\`。网页版需要能访问 ${origin}（浏览器直接访问），并需要登录 Microsoft 账户或单位账户。

## 五、office.js 与代理服务器

${
  local
    ? `本安装包以 \`--office-js local\` 生成：office.js（npm 包 @microsoft/office-js ${officeJsVersion}，未经修改）放在 \`web/office-js/\`，任务窗格从本服务器加载，不访问微软的 CDN。

**注意**：微软不支持自行托管 office.js（只支持从其 CDN 加载），该 npm 包已不再正式维护，版本可能落后于 CDN；有用户报告自托管的 office.js 在部分电脑上无法加载。请在每一种目标 Excel 版本上实际试用后再推广；若有问题，改用 CDN（重新打包时不加 \`--office-js local\`）并按下面的说明放行域名。每次发布请重新打包以更新 office.js。`
    : `任务窗格从微软 CDN 加载 office.js。代理服务器或防火墙须允许办公电脑访问：

- \`appsforoffice.microsoft.com\`
- \`officeapis.public.onecdn.static.microsoft\`（微软新的 CDN 域名）

若内网完全无法访问外网，可用 \`npm run package -- --url ${base} --office-js local\` 重新打包，把 office.js 放在本服务器上（微软不支持此方式，须在目标 Excel 上实测，详见重新打包后的本节说明）。注意：office.js 离线缓存只能维持几天，“联网时能用过一次”不能证明内网可用。`
}

## 六、离线版（不需要 Excel、不需要服务器）

把 \`离线版\` 文件夹复制到用户电脑（或 U 盘、共享盘），双击 \`预算公开助手.html\`，用 Chrome、Edge（新版）、360 安全浏览器、奇安信可信浏览器、统信/麒麟自带浏览器等 Chromium 内核浏览器打开。可以：打开 .xlsx、插入表样（也可在空白工作簿中插入）、检查与诊断、采用改正、出错说明与报送状态、按编码填写科目名称、生成情况说明（Word）与说明核对、审核报告（Word），最后“保存为 .xlsx”。全部在本机完成，不联网、不上传；原文件不被改动，保存的是新文件。

同一页面也在服务器上：${base}预算公开助手.html（适合 IE 内核的旧版 Excel 用户）。

## 七、更新

1. 用新版本重新运行 \`npm run package -- --url ${base}\`（地址保持不变）。
2. 用新的 \`web/\` **整体替换**服务器上的文件；用户下次打开任务窗格时即为新版本。
3. 用新的 \`manifest.xml\` 替换共享文件夹中的清单（版本号 ${version} 会随每次打包增大）。如果功能区按钮有变化，用户须在“我的加载项”中删除后重新添加；若仍显示旧版本，清除 Office 缓存（\`%LOCALAPPDATA%\\Microsoft\\Office\\16.0\\Wef\\\`）后重启 Excel。
4. 替换 \`离线版\` 文件夹。

## 八、常见问题

- **“共享文件夹”里看不到加载项**：检查目录地址是否为共享路径（\\\\服务器\\共享名），是否勾选“显示在菜单中”，是否重启了 Excel。
- **任务窗格空白或提示无法连接**：在该电脑的浏览器中打开 ${base}taskpane.html，看是否有证书警告；检查代理是否放行了第五节的域名。
- **任务窗格显示“这台电脑的 Excel 无法运行预算公开助手的任务窗格”**：这是 IE 内核的旧版 Excel，见第二节的表格，请用户改用离线版。
`;
}
