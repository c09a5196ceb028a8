#!/usr/bin/env node
// 预算公开助手 command line; the compiled code lives in dist/node (npm run build).
// A closed pipe (e.g. `| head`) ends the program quietly.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
require('../dist/node/cli/main.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
