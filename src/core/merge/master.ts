import { roleText, hasRole } from '../columns';
import { detectHeader } from '../header';
import type { Grid } from '../grid';
import { buildSheetModel } from '../sheet-model';
import { MASTER_TEMPLATE } from '../template/builtin';
import type { Template } from '../template/schema';
import { compactText } from '../text';
import { splitUnits } from '../units';

export { MASTER_TEMPLATE };

/**
 * The compiler's task list as handed out (序号 / task / lead units, possibly responsible units and
 * a deadline), in any layout the vocabulary reads, or in the layout of a template given by the user.
 * A master sheet whose task column cannot be found is a gap, never a list of empty task texts.
 */
export interface MasterTask {
  seq: number | null;
  task: string;
  units: string[];
  /** Position in the master list: the consolidated table follows it. */
  index: number;
}

/** A role a command needs that a file does not have: one line naming the file and the column. */
export interface RoleGap {
  file: string | null;
  sheet: string;
  /** The column that is missing, as the template names it (`主要工作任务`). */
  column: string;
  role: 'task' | 'progress' | 'units' | 'status' | 'header';
}

export interface MasterList {
  tasks: MasterTask[];
  gaps: RoleGap[];
}

/**
 * A template read as a master list: a list handed out has no progress or status yet, so those
 * columns are not needed to recognise it (序号 / 民生项目 / 承担单位 of `import-tasks --template`).
 */
function asMasterList(template: Template): Template {
  return { ...template, columns: template.columns.map((c) => (c.kind === 'progress' || c.kind === 'status' ? { ...c, required: false } : c)) };
}

/** The master tasks of every sheet with a master header, in list order, and what could not be read. */
export function readMasterList(grids: readonly Grid[], options: { template?: Template; file?: string } = {}): MasterList {
  const tasks: MasterTask[] = [];
  const gaps: RoleGap[] = [];
  const candidates = options.template ? [MASTER_TEMPLATE, asMasterList(options.template)] : [MASTER_TEMPLATE];
  let sheetsRead = 0;
  for (const grid of grids) {
    if (grid.visibility !== 'visible') continue;
    const header = detectHeader(grid, candidates);
    if (!header) continue;
    sheetsRead++;
    const model = buildSheetModel(grid, header);
    if (!hasRole(model, 'task')) {
      const label = header.template.columns.find((c) => c.kind === 'task')?.label ?? '主要工作任务';
      gaps.push({ file: options.file ?? null, sheet: grid.sheet, column: label, role: 'task' });
      continue;
    }
    for (const row of model.rows) {
      const task = roleText(model, row, 'task');
      if (compactText(task) === '' && row.seq.kind !== 'number') continue;
      tasks.push({ seq: row.seq.kind === 'number' ? row.seq.value : null, task: task.trim(), units: splitUnits(roleText(model, row, 'units')), index: tasks.length });
    }
  }
  if (sheetsRead === 0) gaps.push({ file: options.file ?? null, sheet: grids[0]?.sheet ?? '', column: '序号 / 主要工作任务 / 牵头部门', role: 'header' });
  return { tasks, gaps };
}

/** The master tasks of every sheet with a master header, in list order. */
export function readMaster(grids: readonly Grid[], template?: Template): MasterTask[] {
  return readMasterList(grids, template ? { template } : {}).tasks;
}
