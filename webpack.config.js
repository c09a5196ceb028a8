/**
 * Web build of the add-in: task pane (taskpane.html), ribbon function file (commands.html), the browser preview
 * host (preview.html), the help page, and the WPS 加载项's entry page and pane (wps-index.html, wps-taskpane.html,
 * packaged by scripts/package-wps.ts), into dist/web. Dev server: HTTPS with the Office dev certificates
 * (office-addin-dev-certs), or plain HTTP on localhost when BD_HTTP=1 (preview only, e.g. in CI).
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');

/**
 * What the pane loads first, by origin (an npm package or a src/ folder), in source bytes: written to
 * dist/bundle-stats.json for `npm run bench -- pane` (the bundle analysis beside the first-load figure).
 */
class FirstLoadSummary {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('FirstLoadSummary', (compilation) => {
      const out = {};
      for (const chunk of compilation.chunks) {
        if (chunk.name !== 'shared' && chunk.name !== 'taskpane') continue;
        const groups = {};
        const add = (m) => {
          if (m.modules) return m.modules.forEach(add);
          const id = (m.nameForCondition && m.nameForCondition()) || '';
          const rel = path.relative(__dirname, id).replace(/\\/g, '/');
          const key = rel.startsWith('node_modules/')
            ? rel.replace(/^node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
            : rel.replace(/^(src\/[^/]+(\/[^/.]+)?).*$/, '$1');
          groups[key] = (groups[key] || 0) + m.size();
        };
        for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) add(m);
        out[chunk.name] = groups;
      }
      require('node:fs').writeFileSync(path.resolve(__dirname, 'dist/bundle-stats.json'), JSON.stringify(out, null, 1));
    });
  }
}

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

async function httpsOptions() {
  if (process.env.BD_HTTP === '1') return null;
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    console.warn(`[预算公开助手] 无法取得 HTTPS 开发证书，改用 HTTP（仅浏览器预览可用）：${e.message}`);
    return null;
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const https = env && env.WEBPACK_SERVE ? await httpsOptions() : null;
  const page = (name, template, chunks, inject = 'body') =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, inject, scriptLoading: 'defer' });
  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/preview/index.tsx',
      help: './src/help/index.tsx',
      // WPS 加载项 (npm run package:wps): the entry page's script and the same pane over the WPS host.
      'wps-main': './src/wps/addin/main.ts',
      'wps-taskpane': './src/wps/pane/index.tsx',
    },
    // Production: each script's URL carries its content hash (?v=…), so a new release is never mixed with an old
    // cached script, while the files keep their names (tests and the bench read dist/web/<name>.js).
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: dev ? '[name].js' : '[name].js?v=[contenthash:8]',
      chunkFilename: dev ? '[name].js' : '[name].js?v=[contenthash:8]',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // highs (HiGHS in WebAssembly) reaches for Node modules only when it runs under Node: none in the pane.
      fallback: { module: false, crypto: false, fs: false, path: false, url: false },
      // The preview's reader (src/xlsx/read-workbook.ts) uses ExcelJS's own modules; its CSV module (fast-csv, Node
      // streams) is never used here.
      alias: { [path.resolve(__dirname, 'node_modules/exceljs/lib/csv/csv.js')]: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } } },
        },
        // HiGHS names its WebAssembly with new URL('highs.wasm', import.meta.url): emitted once, under its own name,
        // where src/taskpane/solver.ts asks for it.
        { test: /highs\.wasm$/, type: 'asset/resource', generator: { filename: '[name][ext]' } },
      ],
    },
    optimization: {
      // shared.js: what the pane (in Excel and in WPS) and the preview load first. Code shared only by lazy panels
      // (检查, 科目名称, 情况说明: the core's rules, narrative vocabulary, code books, diagnosis) stays in lazy chunks.
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          shared: {
            name: 'shared',
            chunks: (chunk) => chunk.name === 'taskpane' || chunk.name === 'preview' || chunk.name === 'wps-taskpane',
            minChunks: 2,
            enforce: true,
          },
          lazy: { chunks: 'async', minChunks: 2, reuseExistingChunk: true, enforce: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new FirstLoadSummary(),
      new webpack.NormalModuleReplacementPlugin(/^node:/, (r) => {
        r.request = r.request.replace(/^node:/, '');
      }),
      // taskpane.html loads its own scripts (an ES5 loader after the old-webview guard), hence no injection.
      page('taskpane', './src/taskpane/taskpane.html', ['taskpane'], false),
      page('commands', './src/commands/commands.html', ['commands']),
      page('preview', './src/preview/preview.html', ['preview']),
      page('help', './src/help.html', ['help']),
      page('wps-index', './src/wps/addin/index.html', ['wps-main']),
      page('wps-taskpane', './src/wps/addin/taskpane.html', ['wps-taskpane']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'docs/images/*.png', to: 'help/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : 'http',
      static: false,
      hot: false,
      client: { overlay: false },
    },
  };
};
