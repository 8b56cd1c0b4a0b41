import { atCell, cellOf, columnOf, Rule } from './rule';

/**
 * 序号 that jump (3 then 5): a task may have been left out. Reported at the row after the gap, for a
 * whole table or a master list; a unit's own submission (tasks 1, 8, 9 by design) is not checked.
 */
export const seqGap: Rule = {
  codes: ['seq-gap'],
  *check({ model, scope }) {
    const seq = columnOf(model, 'seq');
    if (!seq || scope === 'subset') return;
    let previous: number | undefined;
    for (const row of model.rows) {
      const value = row.seq;
      if (value.kind === 'invalid') previous = undefined; // seq-invalid already points there
      if (value.kind !== 'number' || cellOf(row, seq).inherited) continue;
      const current = value.value;
      const before = previous;
      previous = current;
      if (before === undefined || current <= before + 1) continue;
      const missing = current - before === 2 ? `${before + 1}` : `${before + 1}–${current - 1}`;
      yield atCell('seq-gap', row, seq, { params: { seq: current, previous: before, missing } });
    }
  },
};
