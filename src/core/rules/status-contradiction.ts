import { statusOfRow } from '../status';
import { compactText } from '../text';
import { atCell, cellOf, columnOf, Rule } from './rule';

/**
 * The progress says the whole task is done while the status says it is behind, or the status says
 * done while the progress says it is not. `已完成招标` is a step, not the task: only whole-task phrases count.
 */
const DONE = /全面完成|已全部完成|全部完成|已完成全年|已完成年度(?:目标)?任务|提前完成|圆满完成|任务已完成/;
const NOT_DONE = /尚未完成|未完成|尚未启动|尚未开工|正在推进|推进中|进度滞后/;

export const statusContradiction: Rule = {
  codes: ['status-contradiction'],
  *check({ model }) {
    const status = columnOf(model, 'status');
    const progress = columnOf(model, 'progress');
    if (!status || !progress) return;
    for (const row of model.rows) {
      const match = statusOfRow(model, row);
      if (match.kind !== 'known' || (match.status.state !== 'behind' && match.status.state !== 'done')) continue;
      const text = compactText(cellOf(row, progress).text);
      const phrase = (match.status.state === 'behind' ? DONE : NOT_DONE).exec(text)?.[0];
      if (phrase) yield atCell('status-contradiction', row, status, { params: { phrase } });
    }
  },
};
