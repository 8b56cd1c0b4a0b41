import { unitKey } from '../units';
import { atCell, Rule } from './rule';
import { lookupUnit, spellingsInData, unitMentions } from './unit-names';

/**
 * A non-standard spelling of a unit: an alias in the directory, or, with no directory, a short
 * form (`交通运输局`) of a name the same data writes in full (`市交通运输局`).
 */
export const unitAlias: Rule = {
  codes: ['unit-alias'],
  *check({ model, directory }) {
    if (directory) {
      for (const m of unitMentions(model)) {
        const verdict = lookupUnit(directory, m.unit);
        if (verdict.kind === 'alias') yield atCell('unit-alias', m.row, m.column, { params: { unit: m.unit, basis: 'basis.directory' }, suggestion: verdict.standard });
      }
      return;
    }
    const preferred = spellingsInData(unitMentions(model));
    if (preferred.size === 0) return;
    for (const m of unitMentions(model)) {
      const standard = preferred.get(unitKey(m.unit));
      if (standard) yield atCell('unit-alias', m.row, m.column, { params: { unit: m.unit, basis: 'basis.data' }, suggestion: standard });
    }
  },
};
