import { atCell, Rule } from './rule';
import { lookupUnit, unitMentions } from './unit-names';

/** A unit the directory does not know (only when a directory is given). */
export const unitUnknown: Rule = {
  codes: ['unit-unknown'],
  *check({ model, directory }) {
    if (!directory) return;
    for (const m of unitMentions(model)) {
      const verdict = lookupUnit(directory, m.unit);
      if (verdict.kind === 'unknown') yield atCell('unit-unknown', m.row, m.column, { params: { unit: m.unit }, ...(verdict.suggestion ? { suggestion: verdict.suggestion } : {}) });
    }
  },
};
