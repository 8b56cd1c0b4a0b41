import { itemNumbers } from '../progress-items';
import { atCell, cellOf, columnOf, Rule } from './rule';

/** Progress items must be numbered 1, 2, 3… in order: `1, 2, 4` means an item was lost or misnumbered. */
export const progressNumbering: Rule = {
  codes: ['progress-numbering'],
  check({ model }) {
    const column = columnOf(model, 'progress');
    if (!column) return [];
    return model.rows.flatMap((row) => {
      const cell = cellOf(row, column);
      if (cell.inherited) return [];
      const found = itemNumbers(cell.text);
      if (found.every((n, i) => n === i + 1)) return [];
      const expected = found.map((_, i) => i + 1);
      return [atCell('progress-numbering', row, column, { params: { found: found.join(', '), expected: expected.join(', ') } })];
    });
  },
};
