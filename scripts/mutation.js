#!/usr/bin/env node
// `npm run mutation [-- stryker options]`: StrykerJS over src/core and src/io (stryker.config.json:
// incremental, perTest coverage, static mutants ignored), run at low priority (`nice -n 10`) since the
// machine is shared, then the score of each directory (scripts/mutation-score.js).
//
// Without --mutate the run goes chunk by chunk (CHUNKS below: every file of src/core and src/io is in
// exactly one), each chunk with its own incremental file and its JSON report kept under
// reports/mutation/runs/: a run cut off keeps every finished chunk, and the next `npm run mutation`
// retests only what changed since. The score printed at the end is over all chunk reports.
// A focused run names its files (and, to be quicker, its tests):
//   PRA_MUTATION_TESTS=test/core/seq,test/mutation npm run mutation -- --mutate src/core/seq.ts
// PRA_MUTATION_CHUNKS=io-readers,core-rules runs only those chunks, in that order.
'use strict';
const { spawnSync } = require('child_process');
const { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } = require('fs');
const { join } = require('path');

/** Every file of src/core and src/io in exactly one chunk (checked below before anything runs). */
const CHUNKS = [
  ['core-rules', 'src/core/rules/**/*.ts'],
  ['core-merge', 'src/core/merge/**/*.ts'],
  ['core-fix', 'src/core/fix/**/*.ts'],
  ['core-compare-notice-template', 'src/core/compare/**/*.ts,src/core/notice/**/*.ts,src/core/template/**/*.ts'],
  ['core-top-a-r', 'src/core/[a-r]*.ts'],
  ['core-top-s-z', 'src/core/[s-z]*.ts'],
  // src/io in chunks of about 1,000–1,500 mutants each: Stryker writes a chunk's incremental file only when
  // the chunk finishes, so a run cut off loses at most one chunk's work.
  // The reader's chunks run the reader's own tests (READER_TESTS), the consolidated writer's chunk the
  // writer's (WRITER_TESTS): every other test reads workbooks, and many write one, so a mutant there that
  // survives would otherwise run nearly the whole suite (30–60 s each). Fewer tests can only lower the
  // score, never raise it.
  ['io-xml-zip', 'src/io/corrupt.ts,src/io/limits.ts,src/io/xml-bytes.ts,src/io/xml-scan.ts,src/io/xml-text.ts,src/io/zip.ts', 'reader'],
  ['io-sheet', 'src/io/sheet-cells.ts,src/io/sheet-pass.ts,src/io/sheet-quick-cell.ts,src/io/sheet-reader.ts,src/io/sheet-refs.ts', 'reader'],
  [
    'io-workbook-csv',
    'src/io/cell-text.ts,src/io/csv-decode.ts,src/io/csv-reader.ts,src/io/number-format.ts,src/io/read-workbook.ts,src/io/shared-strings.ts,src/io/workbook-styles.ts,src/io/xlsx-reader.ts',
    'reader',
  ],
  [
    'io-consolidated',
    'src/io/consolidated-stats.ts,src/io/consolidated-styles.ts,src/io/consolidated-text-ids.ts,src/io/consolidated-workbook.ts,src/io/consolidated-xlsx.ts,src/io/styled-rows.ts,src/io/xlsx-writer.ts,src/io/xml-safe-text.ts',
    'writer',
  ],
  [
    'io-writers',
    'src/io/annotated-copy.ts,src/io/bar-chart-part.ts,src/io/chase-list.ts,src/io/comparison-workbook.ts,src/io/csv-patch.ts,src/io/csv-writer.ts,src/io/master-workbook.ts,src/io/print-layout.ts,src/io/report-template.ts,src/io/sheet-name.ts,src/io/xlsx-annotate.ts,src/io/xlsx-patch.ts,src/io/zip-splice.ts',
  ],
];

/** The reader's tests: its unit tests, the real-world corpus, hostile and damaged files, its survivor tests. */
const READER_TESTS = 'test/io,test/hardening,test/mutation/io-text,test/mutation/csv-reader,test/mutation/copies,test/mutation/reader-*';

/** The consolidated writer's tests: the print and layout tests, merge accounting, the template workbook, its survivor
 *  tests. Not the seed merge: with its set-up before each test (beforeTests), a mutant it covers merged the seed
 *  folder once per test, and the print tests check the same parts by hand. */
const WRITER_TESTS = 'test/print,test/hardening/merge-accounting,test/app/template-workbook,test/mutation/io-text,test/mutation/writer-*';
const CHUNK_TESTS = { reader: READER_TESTS, writer: WRITER_TESTS };

const root = join(__dirname, '..');
const stryker = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'stryker.cmd' : 'stryker');
const REPORT = 'reports/mutation/mutation.json';

/** A chunk's or a focused run's name: its files, as a file name. */
const nameOf = (focus) =>
  focus
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);

/** One Stryker run; its JSON report is kept as reports/mutation/runs/<name>.json. Returns the exit status. */
function runStryker(name, args, env = process.env) {
  const withFile = args.includes('--incrementalFile') ? args : [...args, '--incrementalFile', `reports/incremental/${name}.json`];
  const [command, commandArgs] = process.platform === 'win32' ? [stryker, ['run', ...withFile]] : ['nice', ['-n', '10', stryker, 'run', ...withFile]];
  if (existsSync(REPORT)) rmSync(REPORT);
  const run = spawnSync(command, commandArgs, { stdio: 'inherit', cwd: root, env });
  if (run.status === 0 && existsSync(REPORT)) {
    mkdirSync('reports/mutation/runs', { recursive: true });
    copyFileSync(REPORT, `reports/mutation/runs/${name}.json`);
  }
  return run.status ?? 1;
}

/** The files of src/core and src/io that no chunk or more than one chunk names (a chunk list out of date). */
function uncoveredFiles() {
  const listed = (dir) =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listed(`${dir}/${e.name}`) : e.name.endsWith('.ts') && e.name !== 'index.ts' ? [`${dir}/${e.name}`] : []));
  // a chunk's globs as Stryker reads them: `**/` any folders, `*` within a name, `[a-r]` a character class
  const toRegExp = (glob) =>
    new RegExp(
      `^${glob
        .replace(/\./g, '\\.')
        .split('**/')
        .map((part) => part.replace(/\*/g, '[^/]*'))
        .join('(.*/)?')}$`,
    );
  const patterns = CHUNKS.flatMap(([, globs]) => globs.split(',').map(toRegExp));
  return [...listed('src/core'), ...listed('src/io')].filter((file) => patterns.filter((p) => p.test(file)).length !== 1);
}

const args = process.argv.slice(2);
const at = args.indexOf('--mutate');
if (at >= 0) {
  const status = runStryker(nameOf(args[at + 1]), args);
  if (status !== 0) process.exit(status);
  const score = spawnSync(process.execPath, [join(__dirname, 'mutation-score.js'), REPORT], { stdio: 'inherit' });
  process.exit(score.status ?? 1);
}

const stray = uncoveredFiles();
if (stray.length > 0) {
  console.error(`mutation: the chunk list in scripts/mutation.js does not name each of these exactly once: ${stray.join(', ')}`);
  process.exit(2);
}
const only = process.env.PRA_MUTATION_CHUNKS ? process.env.PRA_MUTATION_CHUNKS.split(',') : undefined;
const failed = [];
const unknown = (only ?? []).filter((chunk) => !CHUNKS.some(([name]) => name === chunk));
if (unknown.length > 0) {
  console.error(`mutation: no chunk named ${unknown.join(', ')} (chunks: ${CHUNKS.map(([name]) => name).join(', ')})`);
  process.exit(2);
}
// PRA_MUTATION_CHUNKS runs the chunks it names in its order
for (const [chunk, globs, tests] of only ? only.map((name) => CHUNKS.find(([n]) => n === name)) : CHUNKS) {
  // PRA_MUTATION_TESTS, when set, names the tests of every chunk
  const chunkTests = process.env.PRA_MUTATION_TESTS ?? (tests ? CHUNK_TESTS[tests] : undefined);
  console.log(`\nmutation: chunk ${chunk} (${globs})${chunkTests ? `, tests ${chunkTests}` : ''}`);
  // Stryker's --mutate is one comma-separated list of globs (so no braces with commas in CHUNKS)
  const env = chunkTests ? { ...process.env, PRA_MUTATION_TESTS: chunkTests } : process.env;
  if (runStryker(chunk, [...args, '--mutate', globs], env) !== 0) failed.push(chunk);
}
const reports = CHUNKS.map(([chunk]) => `reports/mutation/runs/${chunk}.json`).filter((p) => existsSync(p));
const missing = CHUNKS.filter(([chunk]) => !existsSync(`reports/mutation/runs/${chunk}.json`)).map(([chunk]) => chunk);
if (failed.length > 0) console.error(`mutation: Stryker failed on chunk(s) ${failed.join(', ')}; their last finished report (if any) is used below`);
if (missing.length > 0) console.error(`mutation: not measured: chunk(s) ${missing.join(', ')} — the scores below leave their files out`);
if (reports.length === 0) process.exit(1);
const score = spawnSync(process.execPath, [join(__dirname, 'mutation-score.js'), ...reports], { stdio: 'inherit' });
process.exit(failed.length > 0 || missing.length > 0 ? 1 : (score.status ?? 1));
