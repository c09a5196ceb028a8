/**
 * 离线版: the preview host made into the product, as ONE HTML file (dist/offline/预算公开助手.html) that opens from
 * file:// with no network — every chunk inlined (one chunk, one inline script), HiGHS's WebAssembly inside the page
 * as base64 text (src/offline/inline-solver.ts replaces src/taskpane/solver.ts), no CDN, no dev-server code. The help
 * screenshots sit beside it in help/. Kept apart from webpack.config.js (whose module rules and resolve it reuses) so
 * the add-in's own chunking can change freely. `npm run build:offline`; scripts/package.mjs copies it into release/.
 */
const path = require('node:path');
const fs = require('node:fs');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const addinConfig = require('./webpack.config.js');

const PAGE = '预算公开助手.html';
const TITLE = '预算公开助手 · 离线版';

/** Replaces each emitted script tag by the script itself (`</script` escaped) and drops the separate file. */
class InlineScriptsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('InlineScripts', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('InlineScripts', (data) => {
        const inline = (tag) => {
          const src = tag.tagName === 'script' && tag.attributes && tag.attributes.src;
          if (!src) return tag;
          const name = decodeURIComponent(String(src).split('?')[0]);
          const asset = compilation.getAsset(name);
          if (!asset) throw new Error(`离线版：找不到要内联的脚本 ${name}`);
          const code = asset.source
            .source()
            .toString()
            .replace(/<\/script/gi, '<\\/script');
          compilation.deleteAsset(name);
          return { tagName: 'script', voidTag: false, meta: tag.meta, attributes: {}, innerHTML: code };
        };
        data.headTags = data.headTags.map(inline);
        // HiGHS's WebAssembly as base64 text in a script the browser does not run (src/offline/inline-solver.ts).
        data.headTags.push({
          tagName: 'script',
          voidTag: false,
          meta: {},
          attributes: { type: 'application/octet-stream', id: 'bd-highs-wasm' },
          innerHTML: fs.readFileSync(require.resolve('highs/runtime')).toString('base64'),
        });
        data.bodyTags = data.bodyTags.map(inline);
        return data;
      });
    });
  }
}

module.exports = async (env, argv) => {
  const base = await addinConfig(env || {}, { ...argv, mode: 'production' });
  const template = fs
    .readFileSync(path.resolve(__dirname, 'src/preview/preview.html'), 'utf8')
    .replace(/<title>[^<]*<\/title>/, `<title>${TITLE}</title>`);
  return {
    mode: 'production',
    devtool: false,
    entry: { app: './src/preview/index.tsx' },
    output: { path: path.resolve(__dirname, 'dist/offline'), filename: 'app.js', publicPath: '', clean: true },
    resolve: base.resolve,
    module: {
      ...base.module,
      // HiGHS's `new URL("highs.wasm", import.meta.url)` must not become a separate file: the bytes are in the page.
      parser: { javascript: { url: false } },
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:/, (r) => {
        r.request = r.request.replace(/^node:/, '');
      }),
      new webpack.NormalModuleReplacementPlugin(/^\.\/solver$/, (r) => {
        if (/[\\/]src[\\/]taskpane$/.test(r.context)) r.request = path.resolve(__dirname, 'src/offline/inline-solver.ts');
      }),
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new webpack.DefinePlugin({ __BD_OFFLINE__: 'true' }),
      new HtmlWebpackPlugin({ filename: PAGE, templateContent: template, inject: 'body', scriptLoading: 'blocking' }),
      new InlineScriptsPlugin(),
      new CopyWebpackPlugin({ patterns: [{ from: 'docs/images/*.png', to: 'help/[name][ext]' }] }),
    ],
  };
};
module.exports.PAGE = PAGE;
