import { cellAddress } from '../address';
import { cellText } from '../grid';
import type { Rule } from './rule';

/** A column named twice in the header: only the first is checked, the rest is reported. */
export const duplicateColumn: Rule = {
  codes: ['duplicate-column'],
  check({ model }) {
    const { header, grid } = model;
    return [...header.duplicates].flatMap(([key, cols]) => {
      const column = header.template.columns.find((c) => c.key === key) ?? null;
      const cells = cols.map((c) => cellAddress(header.row, c)).join('、');
      return cols.slice(1).map((col) => ({
        code: 'duplicate-column' as const,
        row: header.row,
        col,
        column,
        value: cellText(grid, header.row, col),
        params: { column: column?.label ?? key, cells },
      }));
    });
  },
};
