import { deadlineBefore, readDeadline, readPeriodEnd } from '../deadline';
import { statusOfRow } from '../status';
import { atCell, cellOf, columnOf, Rule } from './rule';

/**
 * A deadline (from the 完成时限 column, else the task text: `6月底前`) that falls before the end of the
 * reporting period, on a task whose status is not done. Needs the period (`截至6月30日`, `上半年`).
 */
export const deadlinePassed: Rule = {
  codes: ['deadline-passed'],
  *check({ model }) {
    const status = columnOf(model, 'status');
    const task = columnOf(model, 'task');
    const deadlineColumn = columnOf(model, 'deadline');
    const period = model.meta.period ? readPeriodEnd(model.meta.period, model.meta.year) : undefined;
    if (!status || !period) return;
    for (const row of model.rows) {
      const source = (deadlineColumn && cellOf(row, deadlineColumn).text.trim()) || (task ? cellOf(row, task).text : '');
      const reading = readDeadline(source);
      if (reading.kind !== 'date' || !deadlineBefore(reading.deadline, period)) continue;
      const match = statusOfRow(model, row);
      if (match.kind !== 'known' || match.status.state === 'done' || match.status.state === undefined) continue;
      yield atCell('deadline-passed', row, status, { params: { deadline: reading.deadline.text, period: model.meta.period ?? '' } });
    }
  },
};
