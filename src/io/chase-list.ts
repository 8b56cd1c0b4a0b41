import type { MissingSubmission } from '../core/merge/types';

/**
 * The 催报 list: the tasks not yet reported, grouped by unit, in the order units first appear in
 * the merge's 未报送 list and each unit's tasks by 序号. The page shows it, the workbook writes it
 * as a sheet, and `chaseMessage` turns it into text a compiler pastes into a message.
 */
export interface ChaseEntry {
  unit: string;
  tasks: { seq: number | null; task: string }[];
  count: number;
}

export function chaseList(missing: readonly MissingSubmission[]): ChaseEntry[] {
  const byUnit = new Map<string, ChaseEntry>();
  for (const m of missing) {
    let entry = byUnit.get(m.unit);
    if (!entry) {
      entry = { unit: m.unit, tasks: [], count: 0 };
      byUnit.set(m.unit, entry);
    }
    entry.tasks.push({ seq: m.seq, task: m.task });
    entry.count++;
  }
  for (const entry of byUnit.values()) entry.tasks.sort((a, b) => (a.seq ?? Infinity) - (b.seq ?? Infinity));
  return [...byUnit.values()];
}

/** One task as a line of the list: `3. 任务` (or the task alone when it has no 序号). */
export function chaseTaskLine(task: ChaseEntry['tasks'][number]): string {
  return task.seq === null ? task.task : `${task.seq}. ${task.task}`;
}

/** The text to paste into a message: one paragraph per unit naming its missing tasks. */
export function chaseMessage(entries: readonly ChaseEntry[], period?: string): string {
  if (entries.length === 0) return '';
  const when = period ? `（${period}）` : '';
  const paragraphs = entries.map((e) => `${e.unit}：尚未报送${e.count}项任务${when}的进展——\n${e.tasks.map((t) => `  ${chaseTaskLine(t)}`).join('\n')}`);
  return `请以下单位尽快报送：\n\n${paragraphs.join('\n\n')}`;
}
