import { allowedStatuses, matchStatus } from '../status';
import { atCell, cellOf, columnOf, Rule } from './rule';

/**
 * A status the template does not allow. Spaces around a known status and the template's aliases
 * are accepted; traditional spellings (`進度滯後`) and near misses get the status they mean.
 */
export const statusUnknown: Rule = {
  codes: ['status-unknown'],
  check({ model }) {
    const column = columnOf(model, 'status');
    if (!column) return [];
    const allowed = allowedStatuses(model.template).join('、');
    return model.rows.flatMap((row) => {
      const match = matchStatus(model.template, cellOf(row, column).text);
      if (match.kind !== 'unknown') return [];
      return [atCell('status-unknown', row, column, { params: { allowed, reason: `reason.${match.reason}` }, ...(match.suggestion ? { suggestion: match.suggestion } : {}) })];
    });
  },
};
