import { statusColumn } from '../columns';
import { allowedStatusesOfKind, matchStatusOfKind } from '../status';
import { atCell, cellOf, FindingDraft, Rule } from './rule';

/**
 * A status the template does not allow. Spaces around a known status are accepted; traditional
 * spellings (`進度滯後`) and near misses get the status they mean. A status written as one of the
 * template's aliases (`正常推进`, `序时推进`) counts for statistics but is `status-alias`: a published
 * table uses one vocabulary, so the standard word is its suggestion (and its fix). Yes/no and
 * percentage status columns accept 是/否 and `80%`.
 */
export const statusUnknown: Rule = {
  codes: ['status-unknown', 'status-alias'],
  *check({ model }): Generator<FindingDraft> {
    const found = statusColumn(model);
    if (!found) return;
    const { column, kind } = found;
    const allowed = allowedStatusesOfKind(model.template, kind).join('、');
    for (const row of model.rows) {
      const cell = cellOf(row, column);
      const match = matchStatusOfKind(model.template, kind, cell.text);
      if (match.kind === 'known' && match.spelling === 'alias' && kind === 'words' && !cell.inherited) {
        yield atCell('status-alias', row, column, { params: { standard: match.status.name }, suggestion: match.status.name });
        continue;
      }
      if (match.kind !== 'unknown') continue;
      yield atCell('status-unknown', row, column, { params: { allowed, reason: `reason.${match.reason}` }, ...(match.suggestion ? { suggestion: match.suggestion } : {}) });
    }
  },
};
