/** Jest global setup: stop at once, with one message, when ../shared (the seed documents) is absent. */
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = () => {
  execFileSync(process.execPath, [join(__dirname, '..', 'scripts', 'check-shared.mjs')], { stdio: 'inherit' });
};
