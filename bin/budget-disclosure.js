#!/usr/bin/env node
// 预算公开助手 command line; the compiled code lives in dist/node (npm run build).
require('../dist/node/cli/main.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
