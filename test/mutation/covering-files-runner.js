// The jest runner StrykerJS's mutant runs go through (jest.mutation.config.js `runner`):
// - only the test files that hold a test covering the mutant are loaded. Stryker's jest runner passes
//   the covering tests as a name pattern and nothing else, so plain jest would load all ~50 test files
//   (their imports of the instrumented core, their module-level fixtures) for every mutant only to skip
//   most tests. Which file holds which tests comes from the index the dry run writes
//   (test/mutation/record-tests.js);
// - it stops at the first file with a failing test (the mutant is killed: Stryker needs no more), which
//   jest cannot do when called as a library (Stryker sets bail off); smallest file first, since the unit
//   tests of a module are small and the integration files (corpus, print, properties) large.
// Safe side: without a pattern (the dry run, a static mutant), without an index, or when the index
// names no file for the pattern, every file runs, as jest would.
'use strict';
const TestRunner = require('jest-runner').default;
const { existsSync, readFileSync, statSync } = require('fs');

let cached;

/** test file path → the full names of its tests, from the dry run's index (read once per process). */
function indexOf(path) {
  if (cached && cached.path === path) return cached.files;
  if (!existsSync(path)) return undefined;
  const files = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '') continue;
    const { file, names } = JSON.parse(line);
    files.set(file, [...(files.get(file) ?? []), ...names]);
  }
  cached = { path, files };
  return files;
}

function coveringFiles(tests, pattern) {
  const indexPath = process.env.PRA_MUTATION_TEST_INDEX;
  if (!pattern || !indexPath) return tests;
  const index = indexOf(indexPath);
  if (!index) return tests;
  // jest matches the pattern against each test's full name, case-insensitively (jest-circus)
  const matches = new RegExp(pattern, 'i');
  const kept = tests.filter((test) => (index.get(test.path) ?? []).some((name) => matches.test(name)));
  return kept.length > 0 ? kept : tests;
}

class CoveringFilesRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    const kept = coveringFiles(tests, this._globalConfig.testNamePattern);
    if (!options.serial || process.env.__STRYKER_ACTIVE_MUTANT__ === undefined) return super.runTests(kept, watcher, options);
    let failed = false;
    const offSuccess = this.on('test-file-success', ([, result]) => {
      if (result.numFailingTests > 0 || result.testExecError) failed = true;
    });
    const offFailure = this.on('test-file-failure', () => {
      failed = true;
    });
    try {
      const size = (test) => statSync(test.path).size;
      for (const test of [...kept].sort((a, b) => size(a) - size(b) || a.path.localeCompare(b.path))) {
        if (failed || watcher.isInterrupted()) break;
        await super.runTests([test], watcher, options);
      }
    } finally {
      offSuccess();
      offFailure();
    }
  }
}

module.exports = CoveringFilesRunner;
