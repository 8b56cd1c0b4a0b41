/**
 * A test file's shared set-up, visible to StrykerJS. Stryker counts code as covering a test only when
 * it runs while that test runs: set-up in `beforeAll` covers no test, so every mutant only the set-up
 * reaches is run against no test and "survives" however well the file's tests check its result. In
 * mutation runs (PRA_MUTATION_RUN, set by jest.mutation.config.js) the set-up therefore runs before
 * each test; in every other run once, as `beforeAll`.
 */
export function beforeTests(setUp: () => unknown, timeout?: number): void {
  if (process.env.PRA_MUTATION_RUN === '1') beforeEach(setUp, timeout);
  else beforeAll(setUp, timeout);
}
