import type { ConsolidatedTask, MissingSubmission, UnitStats } from './types';
import { UnitIndex } from './submission-rows';

/** Per unit: tasks it leads (any position in 牵头部门), those tasks by status, and what it has not sent. */
export function unitStatistics(tasks: readonly ConsolidatedTask[], missing: readonly MissingSubmission[]): UnitStats[] {
  const stats: UnitStats[] = [];
  const index = new UnitIndex<UnitStats>();
  const statsFor = (unit: string): UnitStats => {
    let s = index.get(unit);
    if (!s) {
      s = { unit, tasks: 0, byStatus: {}, noStatus: 0, missing: 0 };
      index.add(unit, s);
      stats.push(s);
    }
    return s;
  };
  for (const task of tasks) {
    for (const unit of task.leads) {
      const s = statsFor(unit);
      s.tasks++;
      if (task.status) s.byStatus[task.status] = (s.byStatus[task.status] ?? 0) + 1;
      else s.noStatus++;
    }
  }
  for (const m of missing) statsFor(m.unit).missing++;
  return stats;
}
