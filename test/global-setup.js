/** Jest global setup: stop at once, with one message, when ../shared (the seed documents) is absent. */
/* eslint-disable @typescript-eslint/no-require-imports -- jest loads this file as CommonJS before any transform */
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = () => {
  execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'check-shared.mjs')], { stdio: 'inherit' });
};
