import type { ColumnKind } from '../template/schema';
import { isBlank } from '../text';
import { atCell, cellOf, columnOf, Rule } from './rule';
import { allowedStatuses } from '../status';

/**
 * A task row must say what the task is, how it progressed, who leads it and its status. The rule
 * applies to whichever of these columns the template has (the liaison template has no status).
 */
function valueMissing(code: 'task-missing' | 'progress-missing' | 'unit-missing' | 'status-missing', kind: ColumnKind): Rule {
  return {
    codes: [code],
    *check({ model }) {
      const column = columnOf(model, kind);
      if (!column) return;
      const params: { column: string; allowed?: string } = { column: column.label };
      if (kind === 'status') params.allowed = allowedStatuses(model.template).join('、');
      for (const row of model.rows) if (isBlank(cellOf(row, column).text)) yield atCell(code, row, column, { params });
    },
  };
}

export const taskMissing = valueMissing('task-missing', 'task');
export const progressMissing = valueMissing('progress-missing', 'progress');
export const unitMissing = valueMissing('unit-missing', 'units');
export const statusMissing = valueMissing('status-missing', 'status');
