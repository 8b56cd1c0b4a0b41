import type { Rule } from './rule';

/** Every required column of the template must be in the header. */
export const missingColumn: Rule = {
  codes: ['missing-column'],
  check({ model }) {
    return model.header.missing.map((column) => ({
      code: 'missing-column' as const,
      row: model.header.row,
      col: null,
      column,
      value: '',
      params: { column: column.label },
    }));
  },
};
