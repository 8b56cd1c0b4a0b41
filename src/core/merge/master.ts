import { detectHeader } from '../header';
import type { Grid } from '../grid';
import { buildSheetModel } from '../sheet-model';
import { Template, templateSchema } from '../template/schema';
import { compactText } from '../text';
import { splitUnits } from '../units';

/**
 * The compiler's task list as handed out: 序号 / 主要工作任务 / 牵头部门, possibly 责任部门 and a
 * deadline. Not among the templates submissions are detected from.
 */
export const MASTER_TEMPLATE: Template = templateSchema.parse({
  name: 'master',
  title: '任务清单',
  columns: [
    { key: 'seq', label: '序号', aliases: ['编号'], kind: 'seq' },
    { key: 'task', label: '主要工作任务', aliases: ['重点任务', '工作任务', '主要任务', '重点工作任务', '任务内容', '重点工作'], kind: 'task' },
    { key: 'units', label: '牵头部门', aliases: ['牵头单位', '牵头责任单位'], kind: 'units' },
    { key: 'responsible', label: '责任部门', aliases: ['责任单位', '配合单位', '配合部门'], required: false, kind: 'text' },
    { key: 'deadline', label: '完成时限', aliases: ['时间节点', '完成时间', '时限要求'], required: false, kind: 'text' },
  ],
});

export interface MasterTask {
  seq: number | null;
  task: string;
  units: string[];
  /** Position in the master list: the consolidated table follows it. */
  index: number;
}

/** The master tasks of every sheet with a master header, in list order. */
export function readMaster(grids: readonly Grid[]): MasterTask[] {
  const tasks: MasterTask[] = [];
  for (const grid of grids) {
    if (grid.visibility !== 'visible') continue;
    const header = detectHeader(grid, [MASTER_TEMPLATE]);
    if (!header) continue;
    for (const row of buildSheetModel(grid, header).rows) {
      const task = row.cells.get('task')?.text ?? '';
      if (compactText(task) === '' && row.seq.kind !== 'number') continue;
      tasks.push({ seq: row.seq.kind === 'number' ? row.seq.value : null, task: task.trim(), units: splitUnits(row.cells.get('units')?.text ?? ''), index: tasks.length });
    }
  }
  return tasks;
}
