import { periodRows } from '../../src/core/compare/compare';
import { importTasks } from '../../src/core/notice/import-tasks';
import { cleanUnits, readLeadNote } from '../../src/core/notice/lead-note';
import { validateGrid } from '../../src/core/validate';
import { grid } from '../helpers/grid';

/** Survivors of a focused StrykerJS run on import-tasks.ts, lead-note.ts and compare.ts, killed with hand-written values. */
const tasksOf = (lines: string[]) => importTasks(lines.join('\n')).tasks.map((t) => [t.number, t.task, t.leads, t.responsible]);
const unplacedOf = (lines: string[]) => importTasks(lines.join('\n')).unplaced.map((u) => [u.number, u.text]);

describe('importing tasks', () => {
  it('an indented numbered line is a task; a blank line does not end a task before its responsible line', () => {
    expect(tasksOf(['  1.任务（市统计局牵头）'])).toEqual([[1, '任务', ['市统计局'], []]]);
    expect(tasksOf(['13.任务', '牵头单位：市城管局', '', '责任单位：市财政局'])).toEqual([[13, '任务', ['市城管局'], ['市财政局']]]);
  });

  it('a note at the very start of a paragraph; a note that names no unit is passed over for an earlier one', () => {
    expect(tasksOf(['（市统计局牵头）开展调研'])).toEqual([[0, '开展调研', ['市统计局'], []]]);
    expect(tasksOf(['1.任务（市统计局牵头）（牵头部门：）'])).toEqual([[1, '任务（牵头部门：）', ['市统计局'], []]]);
    // the inline fallback reading the same bracket finds no unit in `）` either
    expect(unplacedOf(['1.任务（牵头部门：）'])).toEqual([[1, '任务（牵头部门：）']]);
    expect(cleanUnits('）、。')).toEqual([]);
  });

  it('inline 牵头部门 without punctuation before it, or with a space before the colon; one naming no unit', () => {
    expect(tasksOf(['3.完善制度牵头部门：市司法局。'])).toEqual([[3, '完善制度', ['市司法局'], []]]);
    expect(tasksOf(['3.完善制度，牵头部门 ：市司法局。'])).toEqual([[3, '完善制度', ['市司法局'], []]]);
    expect(unplacedOf(['1.任务，牵头部门：。'])).toEqual([[1, '任务，牵头部门：。']]);
  });

  it('a section task text is trimmed; a section with its own note takes no responsible line after it', () => {
    expect(tasksOf(['（一） 推进审批改革（市统计局牵头）'])).toEqual([[1, '推进审批改革', ['市统计局'], []]]);
    expect(tasksOf(['（二）推进（市发改委牵头）', '责任单位：市财政局'])).toEqual([[2, '推进', ['市发改委'], []]]);
  });

  it('a paragraph after a task without a lead is its description', () => {
    expect(unplacedOf(['6.任务六。', '具体描述。'])).toEqual([[6, '任务六。具体描述。']]);
  });
});

describe('lead notes', () => {
  it('a full stop inside a unit stays; a segment of only spaces before 牵头 or 配合 is part of the rest', () => {
    expect(cleanUnits('市.统计局')).toEqual(['市.统计局']);
    expect(readLeadNote('市统计局牵头， 牵头')).toEqual({ leads: ['市统计局'], responsible: [], rest: ' 牵头' });
    expect(readLeadNote('市统计局牵头， 配合')).toEqual({ leads: ['市统计局'], responsible: [], rest: ' 配合' });
  });
});

describe('rows of a period', () => {
  it('a role in column A has its cell; the task label is trimmed', () => {
    const report = validateGrid(
      grid([
        ['进展状态', '序号', '主要工作任务', '进展情况', '牵头部门'],
        ['按时推进', '1', ' 任务一 ', '1.推进。', '市统计局'],
      ]),
    );
    expect(periodRows(report).map((r) => [r.label, r.statusCell, r.progressCell])).toEqual([['任务一', 'A2', 'D2']]);
  });
});
