/**
 * `sizeTest` is `it` for a test whose subject is size (a million rows, thousands of merged ranges):
 * in a StrykerJS run (jest.mutation.config.js sets PRA_MUTATION_RUN) it is skipped, since it would
 * run instrumented for every mutant of the reader and the checks it passes through, minutes each;
 * the logic on its path is held by the small tests. Skipping can only lower the mutation score:
 * a skipped test kills nothing. `npm test` runs it as `it`.
 */
export const sizeTest: jest.It = process.env.PRA_MUTATION_RUN === '1' ? it.skip : it;
