import { atCell, cellOf, columnOf, Rule } from './rule';

/** A 序号 that is not a number in any accepted spelling (`1`, `１`, `3.`, `（4）`, `4、`, `十二`). */
export const seqInvalid: Rule = {
  codes: ['seq-invalid'],
  *check({ model }) {
    const seq = columnOf(model, 'seq');
    if (!seq) return;
    for (const row of model.rows) if (row.seq.kind === 'invalid' && !cellOf(row, seq).inherited) yield atCell('seq-invalid', row, seq);
  },
};
