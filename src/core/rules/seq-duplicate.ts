import { atCell, cellOf, columnOf, Rule } from './rule';

/**
 * The same 序号 on two tasks. Rows that share one merged 序号 cell are one task, not duplicates.
 * The first row of each 序号 is kept in a typed array for the 序号 a sheet of that many rows can
 * have (`1` to twice its row count), in a map for any larger one.
 */
export const seqDuplicate: Rule = {
  codes: ['seq-duplicate'],
  *check({ model }) {
    const seq = columnOf(model, 'seq');
    if (!seq) return;
    const denseLimit = model.rows.length * 2 + 1024;
    // row index + 1 of the first row with each small 序号 (0: none yet)
    const firstDense = new Int32Array(denseLimit);
    const firstSparse = new Map<number, number>();
    for (const row of model.rows) {
      const value = row.seq;
      if (value.kind !== 'number' || cellOf(row, seq).inherited) continue;
      const n = value.value;
      let first: number | undefined;
      if (n < denseLimit) {
        const stored = firstDense[n] ?? 0;
        if (stored === 0) firstDense[n] = row.index + 1;
        else first = stored - 1;
      } else {
        first = firstSparse.get(n);
        if (first === undefined) firstSparse.set(n, row.index);
      }
      if (first !== undefined) yield atCell('seq-duplicate', row, seq, { params: { seq: n, firstRow: first + 1 } });
    }
  },
};
