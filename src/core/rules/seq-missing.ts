import { atCell, cellOf, columnOf, Rule } from './rule';

/**
 * A row with content but no 序号, and no merged 序号 above it: usually a sub-task written under
 * the task above without merging the 序号 cells.
 */
export const seqMissing: Rule = {
  codes: ['seq-missing'],
  *check({ model }) {
    const seq = columnOf(model, 'seq');
    if (!seq) return;
    for (const row of model.rows) if (row.seq.kind === 'empty' && cellOf(row, seq).col >= 0) yield atCell('seq-missing', row, seq);
  },
};
