import { atCell, cellOf, columnOf, Rule } from './rule';

/**
 * A row with content but no 序号, and no merged 序号 above it: usually a sub-task written under
 * the task above without merging the 序号 cells.
 */
export const seqMissing: Rule = {
  codes: ['seq-missing'],
  check({ model }) {
    const seq = columnOf(model, 'seq');
    if (!seq) return [];
    return model.rows.filter((row) => row.seq.kind === 'empty' && cellOf(row, seq).col >= 0).map((row) => atCell('seq-missing', row, seq));
  },
};
