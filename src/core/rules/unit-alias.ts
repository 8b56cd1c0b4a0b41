import { unitKey } from '../units';
import { atCell, Rule } from './rule';
import { lookupUnit, spellingsInData, unitMentions } from './unit-names';

/**
 * A non-standard spelling of a unit: an alias in the directory, or, with no directory, a short
 * form (`交通运输局`) of a name the same data writes in full (`市交通运输局`).
 */
export const unitAlias: Rule = {
  codes: ['unit-alias'],
  check({ model, directory }) {
    const mentions = unitMentions(model);
    if (directory) {
      return mentions.flatMap((m) => {
        const verdict = lookupUnit(directory, m.unit);
        return verdict.kind === 'alias' ? [atCell('unit-alias', m.row, m.column, { params: { unit: m.unit, basis: 'basis.directory' }, suggestion: verdict.standard })] : [];
      });
    }
    const preferred = spellingsInData(mentions);
    return mentions.flatMap((m) => {
      const standard = preferred.get(unitKey(m.unit));
      return standard ? [atCell('unit-alias', m.row, m.column, { params: { unit: m.unit, basis: 'basis.data' }, suggestion: standard })] : [];
    });
  },
};
