import { at } from '../core/checked';
import { progressItems } from '../core/merge/progress-join';
import { splitUnits } from '../core/units';
import type { SheetSpec } from '../io/xlsx-writer';
import type { ProgressSeedRow } from './progress-seed';
import { PROGRESS_HEADER } from './seed-workbooks';

/**
 * The published table split back into what the units sent: one submission per lead unit, a
 * multi-unit task's items shared between its units (an item that starts with a unit's place name
 * goes to that unit, the rest to the lead; a unit left with none reports that it assisted), and
 * the compiler's master list (序号 / 主要工作任务 / 牵头部门).
 */
export const ASSISTED = '配合牵头单位推进相关工作。';
export const NO_UNIT_FILE = '未注明牵头部门';

export interface Submission {
  unit: string;
  rows: string[][];
}

function placeName(unit: string): string {
  return unit.replace(/(人民)?政府$/, '');
}

/** Which of the task's units an item belongs to. */
function ownerOf(item: string, units: readonly string[]): string {
  return units.find((u) => placeName(u).length >= 2 && (item.startsWith(placeName(u)) || item.startsWith(placeName(u).replace(/^市/, '')))) ?? at(units, 0, 'unit of a task with units');
}

export function splitSubmissions(rows: readonly ProgressSeedRow[]): Submission[] {
  const byUnit = new Map<string, string[][]>();
  for (const row of rows) {
    const units = splitUnits(row.units);
    const owners = units.length ? units : [NO_UNIT_FILE];
    const items = new Map<string, string[]>(owners.map((u) => [u, []]));
    for (const item of progressItems(row.progress)) items.get(units.length ? ownerOf(item, units) : NO_UNIT_FILE)!.push(item);
    for (const unit of owners) {
      const own = items.get(unit)!;
      const progress = (own.length ? own : [ASSISTED]).map((text, i) => `${i + 1}.${text}`).join('\n');
      if (!byUnit.has(unit)) byUnit.set(unit, []);
      byUnit.get(unit)!.push([row.seq, row.task, progress, row.units, row.status]);
    }
  }
  return [...byUnit].map(([unit, unitRows]) => ({ unit, rows: unitRows }));
}

export function submissionSheet(submission: Submission, title: string): SheetSpec {
  const unitLine = submission.unit === NO_UNIT_FILE ? '填报单位：' : `填报单位：${submission.unit}`;
  return {
    name: '进展情况',
    rows: [[title, '', '', '', ''], [unitLine, '', '', '截至6月30日', ''], PROGRESS_HEADER, ...submission.rows],
    merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
    widths: [6, 40, 60, 18, 10],
    headerRow: 2,
  };
}

export function masterSheet(rows: readonly ProgressSeedRow[]): SheetSpec {
  return {
    name: '任务清单',
    rows: [['2021年政府工作报告重点工作任务清单', '', ''], ['序号', '主要工作任务', '牵头部门'], ...rows.map((r) => [r.seq, r.task, r.units])],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    widths: [6, 60, 24],
    headerRow: 1,
  };
}
