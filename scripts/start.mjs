#!/usr/bin/env node
/**
 * npm start: where desktop Excel can exist (Windows, macOS), build, serve over HTTPS and sideload the add-in
 * (office-addin-debugging, the Office template's flow). Elsewhere (Linux, or BD_PREVIEW=1), or when sideloading
 * fails, serve the same build and open nothing: the browser preview page runs the real pane on an in-memory workbook.
 */
import { spawn } from 'node:child_process';

const port = process.env.npm_package_config_dev_server_port || 3000;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const run = (args, env = {}) => spawn(npx, args, { stdio: 'inherit', env: { ...process.env, ...env } });

function preview(reason) {
  console.log(`\n[预算公开助手] ${reason}`);
  console.log(
    `[预算公开助手] 浏览器预览 / browser preview: https://localhost:${port}/preview.html （证书不可用时为 http://localhost:${port}/preview.html）`,
  );
  console.log(`[预算公开助手] 加载项页面 / add-in pane: https://localhost:${port}/taskpane.html  清单 / manifest: manifest.xml\n`);
  const server = run(['webpack', 'serve', '--mode', 'development']);
  server.on('exit', (code) => process.exit(code ?? 0));
}

const canSideload = (process.platform === 'win32' || process.platform === 'darwin') && process.env.BD_PREVIEW !== '1';
if (!canSideload) {
  preview('本机没有 Excel 桌面版：启动浏览器预览。No desktop Excel here: starting the browser preview.');
} else {
  const sideload = run(['office-addin-debugging', 'start', 'manifest.xml']);
  sideload.on('exit', (code) => {
    if (code) preview(`旁加载失败（退出码 ${code}），改为浏览器预览。Sideloading failed; starting the browser preview.`);
  });
}
