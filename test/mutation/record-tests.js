// Setup file of the mutation test run (jest.mutation.config.js): in StrykerJS's dry run, appends each
// test file's full test names to the index test/mutation/covering-files-runner.js reads, one JSON line
// per file. Writes nothing outside Stryker's sandbox (PRA_MUTATION_TEST_INDEX unset) and nothing in a
// mutant run (the active mutant is set then).
'use strict';
/* global afterEach, afterAll, expect */
const { appendFileSync } = require('fs');

const indexPath = process.env.PRA_MUTATION_TEST_INDEX;
if (indexPath && process.env.__STRYKER_ACTIVE_MUTANT__ === undefined) {
  const names = [];
  afterEach(() => {
    const name = expect.getState().currentTestName;
    if (name !== undefined) names.push(name);
  });
  afterAll(() => {
    appendFileSync(indexPath, `${JSON.stringify({ file: expect.getState().testPath, names })}\n`);
  });
}
