#!/usr/bin/env node
'use strict';
// Runs the compiled CLI (built by `npm install` through the `prepare` script).
let cli;
try {
  cli = require('../dist/cli/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('progress-report 尚未构建：请先在项目目录运行 npm install（或 npm run build）。\n');
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
