// The order StrykerJS's jest runs test files in for each mutant: smallest file first. Stryker stops
// at the first failing test (bail), so a mutant a small unit test kills is decided before the large
// integration files (the corpus, the print and property tests) load; jest's default puts the
// largest first when it has no timings, which is always the case in Stryker's fresh sandbox.
const Sequencer = require('@jest/test-sequencer').default;
const { statSync } = require('fs');

class SmallestFirst extends Sequencer {
  sort(tests) {
    const size = (test) => statSync(test.path).size;
    return [...tests].sort((a, b) => size(a) - size(b) || a.path.localeCompare(b.path));
  }
}

module.exports = SmallestFirst;
