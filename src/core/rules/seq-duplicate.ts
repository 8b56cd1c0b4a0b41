import { atCell, cellOf, columnOf, Rule } from './rule';

/**
 * The same 序号 on two tasks. Rows that share one merged 序号 cell are one task, not duplicates.
 */
export const seqDuplicate: Rule = {
  codes: ['seq-duplicate'],
  check({ model }) {
    const seq = columnOf(model, 'seq');
    if (!seq) return [];
    const firstRow = new Map<number, number>();
    return model.rows.flatMap((row) => {
      if (row.seq.kind !== 'number' || cellOf(row, seq).inherited) return [];
      const first = firstRow.get(row.seq.value);
      if (first === undefined) {
        firstRow.set(row.seq.value, row.index);
        return [];
      }
      return [atCell('seq-duplicate', row, seq, { params: { seq: row.seq.value, firstRow: first + 1 } })];
    });
  },
};
