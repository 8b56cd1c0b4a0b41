import { itemNumbers } from '../progress-items';
import { atCell, cellOf, columnOf, Rule } from './rule';

/**
 * Progress items must be numbered 1, 2, 3… in order: `1, 2, 4` means an item was lost or misnumbered.
 * Progress joined from sub-columns (已完成 / 下一步) is numbered in each sub-column on its own.
 */
export const progressNumbering: Rule = {
  codes: ['progress-numbering'],
  *check({ model }) {
    const column = columnOf(model, 'progress');
    if (!column) return;
    for (const row of model.rows) {
      const cell = cellOf(row, column);
      if (cell.inherited) continue;
      for (const part of cell.joined ?? [{ col: cell.col, text: cell.text }]) {
        const found = itemNumbers(part.text);
        if (found.every((n, i) => n === i + 1)) continue;
        const expected = found.map((_, i) => i + 1);
        yield { ...atCell('progress-numbering', row, column, { params: { found: found.join(', '), expected: expected.join(', ') } }), col: part.col, value: part.text };
      }
    }
  },
};
