#!/usr/bin/env node
// `npm run mutation [-- stryker options]`: StrykerJS over src/core and src/io (stryker.config.json:
// incremental, perTest coverage, concurrency 1), run at low priority (`nice -n 10`) since the machine
// is shared, then the score of each directory (scripts/mutation-score.js). A focused run names its
// files and tests, and gets its own incremental file so it does not forget the others' results:
//   PRA_MUTATION_TESTS=test/core/seq,test/mutation npm run mutation -- --mutate src/core/seq.ts
// Each run's JSON report is also kept under reports/mutation/runs/ (named after --mutate), so the
// score over several focused runs is `npm run mutation:score -- reports/mutation/runs/*.json`.
'use strict';
const { spawnSync } = require('child_process');
const { copyFileSync, existsSync, mkdirSync } = require('fs');
const { join } = require('path');

const args = process.argv.slice(2);
const at = args.indexOf('--mutate');
const focus = at >= 0 ? args[at + 1] : undefined;
const name = focus
  ? focus
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 120)
  : 'all';
if (focus && !args.includes('--incrementalFile')) args.push('--incrementalFile', `reports/incremental/${name}.json`);

const stryker = join(__dirname, '..', 'node_modules', '.bin', process.platform === 'win32' ? 'stryker.cmd' : 'stryker');
const [command, commandArgs] = process.platform === 'win32' ? [stryker, ['run', ...args]] : ['nice', ['-n', '10', stryker, 'run', ...args]];
const run = spawnSync(command, commandArgs, { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

const report = 'reports/mutation/mutation.json';
if (existsSync(report)) {
  mkdirSync('reports/mutation/runs', { recursive: true });
  copyFileSync(report, `reports/mutation/runs/${name}.json`);
}
const score = spawnSync(process.execPath, [join(__dirname, 'mutation-score.js'), report], { stdio: 'inherit' });
process.exit(score.status ?? 1);
