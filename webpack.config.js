/**
 * Web build of the add-in: task pane (taskpane.html), ribbon function file (commands.html), the browser preview
 * host (preview.html) and the help page, into dist/web. Dev server: HTTPS with the Office dev certificates
 * (office-addin-dev-certs), or plain HTTP on localhost when BD_HTTP=1 (preview only, e.g. in CI).
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');

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
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } } },
        },
      ],
    },
    optimization: {
      splitChunks: { chunks: (chunk) => chunk.name !== 'commands', name: (_m, chunks) => (chunks.length > 1 ? 'shared' : undefined) },
    },
    performance: { hints: false },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:/, (r) => {
        r.request = r.request.replace(/^node:/, '');
      }),
      // taskpane.html loads its own scripts (an ES5 loader after the old-webview guard), hence no injection.
      page('taskpane', './src/taskpane/taskpane.html', ['taskpane'], false),
      page('commands', './src/commands/commands.html', ['commands']),
      page('preview', './src/preview/preview.html', ['preview']),
      page('help', './src/help.html', ['help']),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'docs/images/*.png', to: 'help/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: 'node_modules/highs/build/highs.wasm', to: 'highs.wasm' },
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
