// The jest runner StrykerJS's mutant runs go through (jest.mutation.config.js `runner`): only the test
// files that hold a test covering the mutant are loaded. Stryker's jest runner passes the covering
// tests as a name pattern and nothing else, so plain jest would load all ~50 test files (their imports
// of the instrumented core, their module-level fixtures) for every mutant only to skip most tests.
// The names of each file's tests come from the index the dry run writes (test/mutation/record-tests.js).
// Safe side: without a pattern (the dry run, a static mutant), without an index, or when the index
// names no file for the pattern, every file runs, as jest would.
'use strict';
const TestRunner = require('jest-runner').default;
const { existsSync, readFileSync } = require('fs');

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
    return super.runTests(coveringFiles(tests, this._globalConfig.testNamePattern), watcher, options);
  }
}

module.exports = CoveringFilesRunner;
