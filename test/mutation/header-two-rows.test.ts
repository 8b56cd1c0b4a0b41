import { detectHeader } from '../../src/core/header';
import type { HeaderMatch } from '../../src/core/header';
import { BUILTIN_TEMPLATES } from '../../src/core/template/builtin';
import type { Template } from '../../src/core/template/schema';
import { grid } from '../helpers/grid';

/** Mutants of two-row headers (src/core/header.ts): group headers, sub-headers, progress parts, when the row below is a sub-header row. */
const progress = BUILTIN_TEMPLATES.find((t) => t.name === 'progress') as Template;

const TOP = ['序号', '主要工作任务', '进展情况', '', '牵头部门', '进展状态'];
const DATA = ['1', '任务1', '已完成前期工作', '', '市发展改革委', '按时推进'];

function detect(rows: string[][], merges: string[]): HeaderMatch | undefined {
  return detectHeader(grid(rows, { merges }), [progress]);
}
const columnsOf = (m: HeaderMatch | undefined) => Object.fromEntries(m?.columns ?? []);
const partsOf = (m: HeaderMatch | undefined) => (m?.parts ? Object.fromEntries(m.parts) : undefined);
const rowsOf = (m: HeaderMatch | undefined) => [m?.firstRow, m?.row];

describe('a group header over sub-headers', () => {
  it('progress over 已完成 / 下一步: the parts of progress; a short sub-header row', () => {
    const m = detect([TOP, ['', '', '已完成', '下一步'], DATA], ['C1:D1']);
    expect(rowsOf(m)).toEqual([0, 1]);
    expect(columnsOf(m)).toEqual({ seq: 0, task: 1, progress: 2, units: 4, status: 5 });
    expect(partsOf(m)).toEqual({
      progress: [
        { col: 2, label: '已完成' },
        { col: 3, label: '下一步' },
      ],
    });
    expect(m?.score).toBe(15);
    expect(m?.assignments.map((a) => [a.col, a.text, a.key, a.score])).toEqual([
      [0, '序号', 'seq', 3],
      [1, '主要工作任务', 'task', 3],
      [2, '进展情况/已完成', 'progress', 3],
      [3, '进展情况/下一步', 'progress', 0],
      [4, '牵头部门', 'units', 3],
      [5, '进展状态', 'status', 3],
    ]);
  });

  it('blanks written as spaces are blanks; sub-headers are trimmed', () => {
    const m = detect([TOP, ['', ' ', '已完成 ', '下一步', ' ', ''], DATA], ['C1:D1']);
    expect(rowsOf(m)).toEqual([0, 1]);
    expect(columnsOf(m)).toEqual({ seq: 0, task: 1, progress: 2, units: 4, status: 5 });
    expect(partsOf(m)?.progress?.map((p) => p.label)).toEqual(['已完成', '下一步']);
  });

  it('a sub-header row longer than the header row: its trailing blanks take nothing', () => {
    const m = detect(
      [
        ['序号', '主要工作任务', '进展情况', ''],
        ['', '', '已完成', '下一步', '', ''],
        ['1', '任务1', '甲', '乙'],
      ],
      ['C1:D1'],
    );
    expect(rowsOf(m)).toEqual([0, 1]);
    expect(m?.assignments.map((a) => a.col)).toEqual([0, 1, 2, 3]);
  });

  it('a blank column under a group header takes no role', () => {
    const top = ['序号', '主要工作任务', '进展情况', '', '', '牵头部门'];
    const m = detect([top, ['', '', '已完成', '下一步', '', ''], ['1', '任务1', '甲', '乙', '', '市发展改革委']], ['C1:E1']);
    expect(rowsOf(m)).toEqual([0, 1]);
    expect(m?.assignments.map((a) => a.col)).toEqual([0, 1, 2, 3, 5]);
    expect(columnsOf(m)).toEqual({ seq: 0, task: 1, progress: 2, units: 5 });
  });

  it('a header merged down over both rows scores as itself, not as a sub-header', () => {
    const m = detect(
      [
        ['序号', '主要工作任务', '进展情况', '', '牵头部门'],
        ['', '', '已完成', '下一步', ''],
        ['1', '任务1', '甲', '乙', '市发展改革委'],
      ],
      ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2'],
    );
    expect(rowsOf(m)).toEqual([0, 1]);
    expect(columnsOf(m)).toEqual({ seq: 0, task: 1, progress: 2, units: 4 });
    expect(m?.score).toBe(12);
  });

  it('a sub-header naming another role keeps it; the first free one is the progress; one part is no parts', () => {
    const top = ['序号', '主要工作任务', '进展情况', '', '牵头部门'];
    const m = detect([top, ['', '', '进展状态', '具体情况', ''], ['1', '任务1', '按时推进', '甲', '市发展改革委']], ['C1:D1']);
    expect(rowsOf(m)).toEqual([0, 1]);
    expect(columnsOf(m)).toEqual({ seq: 0, task: 1, status: 2, progress: 3, units: 4 });
    expect(m?.parts).toBeUndefined();
    expect(m?.score).toBe(15.5);
  });

  it('a sub-header naming the group role is the progress; the free one before it is a part', () => {
    const top = ['序号', '主要工作任务', '进展情况', '', '牵头部门'];
    const m = detect([top, ['', '', '下一步', '推进情况', ''], ['1', '任务1', '甲', '乙', '市发展改革委']], ['C1:D1']);
    expect(columnsOf(m)).toEqual({ seq: 0, task: 1, progress: 3, units: 4 });
    expect(partsOf(m)).toEqual({
      progress: [
        { col: 2, label: '下一步' },
        { col: 3, label: '推进情况' },
      ],
    });
    expect(m?.score).toBe(11.5);
    expect(m?.assignments.map((a) => [a.col, a.key, a.score])).toEqual([
      [0, 'seq', 3],
      [1, 'task', 3],
      [2, 'progress', 0],
      [3, 'progress', 2.5],
      [4, 'units', 3],
    ]);
  });

  it('the group text written again under it, or a blank under it, is no sub-header: the next sub-header takes the group', () => {
    const top = ['序号', '主要工作任务', '进展情况', '', '牵头部门'];
    for (const first of ['进展情况', ' ']) {
      const m = detect([top, ['', '', first, '已完成', ''], ['1', '任务1', '甲', '乙', '市发展改革委']], ['C1:D1']);
      expect(rowsOf(m)).toEqual([0, 1]);
      expect(columnsOf(m)).toEqual({ seq: 0, task: 1, progress: 2, units: 4 });
      expect([...(m?.duplicates ?? [])]).toEqual([['progress', [2, 3]]]);
    }
  });

  it('two group headers are read each on its own', () => {
    const top = ['序号', '主要工作任务', '进展情况', '', '责任单位', ''];
    const m = detect([top, ['', '', '已完成', '下一步', '牵头', '配合'], ['1', '任务1', '甲', '乙', '市发展改革委', '市财政局']], ['C1:D1', 'E1:F1']);
    expect(rowsOf(m)).toEqual([0, 1]);
    expect(columnsOf(m)).toEqual({ seq: 0, task: 1, progress: 2, units: 4 });
    expect(partsOf(m)?.progress?.map((p) => p.col)).toEqual([2, 3]);
  });

  it('two groups of the same text: the parts come from the progress column’s own group', () => {
    const top = ['序号', '主要工作任务', '进展情况', '', '进展情况', ''];
    const m = detect([top, ['', '', '已完成', '下一步', '存在问题', '措施'], ['1', '任务1', '甲', '乙', '丙', '丁']], ['C1:D1', 'E1:F1']);
    expect(columnsOf(m)).toEqual({ seq: 0, task: 1, progress: 2 });
    expect([...(m?.duplicates ?? [])]).toEqual([['progress', [2, 4]]]);
    expect(partsOf(m)?.progress?.map((p) => p.col)).toEqual([2, 3]);
  });

  it('a group naming no role makes no parts of the progress under it', () => {
    const top = ['序号', '主要工作任务', '情况汇总', '', '牵头部门'];
    const m = detect([top, ['', '', '进展情况', '其他', ''], ['1', '任务1', '甲', '乙', '市发展改革委']], ['C1:D1']);
    expect(rowsOf(m)).toEqual([0, 1]);
    expect(columnsOf(m)).toEqual({ seq: 0, task: 1, progress: 2, units: 4 });
    expect(m?.parts).toBeUndefined();
    expect(m?.assignments.map((a) => [a.col, a.key])).toEqual([
      [0, 'seq'],
      [1, 'task'],
      [2, 'progress'],
      [3, null],
      [4, 'units'],
    ]);
  });
});

describe('when the row below is no sub-header row', () => {
  it('a data row under a merged header', () => {
    const m = detect([TOP, DATA], ['C1:D1']);
    expect(rowsOf(m)).toEqual([0, 0]);
    expect(columnsOf(m)).toEqual({ seq: 0, task: 1, progress: 2, units: 4, status: 5 });
  });

  it('a blank row, or one of spaces, under a merged header', () => {
    for (const below of [
      ['', '', '', '', '', ''],
      ['', ' ', '', '', '', ''],
    ]) {
      expect(rowsOf(detect([TOP, below, DATA], ['C1:D1']))).toEqual([0, 0]);
    }
  });

  it('a group merged down over both rows', () => {
    const m = detect([TOP, ['', '', '', '', '', ''], DATA], ['C1:D2']);
    expect(rowsOf(m)).toEqual([0, 0]);
  });

  it('a note under one of two unmerged cells of the same text (no group header)', () => {
    const top = ['序号', '主要工作任务', '进展情况', '进展情况', '牵头部门', ''];
    const m = detect([top, ['', '', '已完成', '', '', ''], ['1', '任务1', '甲', '乙', '市发展改革委', '']], ['E1:F1']);
    expect(rowsOf(m)).toEqual([0, 0]);
  });

  it('a sub-header under a blank top cell, merged or not', () => {
    const top = ['序号', '主要工作任务', '进展情况', '', '', ''];
    const data = ['1', '任务1', '甲', '乙', '丙', ''];
    expect(rowsOf(detect([top, ['', '', '已完成', '下一步', '备注', ''], data], ['C1:D1']))).toEqual([0, 0]);
    const spaced = ['序号', '主要工作任务', '进展情况', '', ' ', ''];
    expect(rowsOf(detect([spaced, ['', '', '已完成', '下一步', '备注', ''], data], ['C1:D1', 'E1:F1']))).toEqual([0, 0]);
  });
});
