import { detectHeader } from '../../src/core/header';
import type { HeaderMatch } from '../../src/core/header';
import { BUILTIN_TEMPLATES } from '../../src/core/template/builtin';
import type { Template } from '../../src/core/template/schema';
import { grid } from '../helpers/grid';

/**
 * A title merged across the table above a two-row header (a bug the survivor of `best.firstRow >= row`
 * showed): the title read as a group header over the header row made a pair that kept the sub-header
 * row below it as data.
 */
const progress = BUILTIN_TEMPLATES.find((t) => t.name === 'progress') as Template;
const liaison = BUILTIN_TEMPLATES.find((t) => t.name === 'liaison') as Template;

const TOP = ['序号', '主要工作任务', '进展情况', '', '牵头部门', '进展状态'];
const SUB = ['', '', '已完成', '下一步', '', ''];
const DATA = ['1', '任务1', '已完成前期工作', '下一步计划', '市发展改革委', '按时推进'];
const TITLE = ['2024年工作台账', '', '', '', '', ''];

const summary = (m: HeaderMatch | undefined) => ({
  rows: [m?.firstRow, m?.row],
  columns: Object.fromEntries(m?.columns ?? []),
  duplicates: [...(m?.duplicates ?? [])],
  parts: m?.parts?.get('progress')?.map((p) => [p.col, p.label]),
});

describe('a merged title above a two-row header', () => {
  const expected = {
    rows: [1, 2],
    columns: { seq: 0, task: 1, progress: 2, units: 4, status: 5 },
    duplicates: [],
    parts: [
      [2, '已完成'],
      [3, '下一步'],
    ],
  };

  it('the sub-header row is part of the header, as without the title', () => {
    expect(summary(detectHeader(grid([TITLE, TOP, SUB, DATA], { merges: ['A1:F1', 'C2:D2'] }), [progress]))).toEqual(expected);
    expect(summary(detectHeader(grid([['2024年工作台账'], TOP, SUB, DATA], { merges: ['C2:D2'] }), [progress]))).toEqual(expected);
    expect(summary(detectHeader(grid([TITLE, TOP, SUB, DATA], { merges: ['A1:F1', 'C2:D2'] }), [progress, liaison]))).toEqual(expected);
  });

  it('a title above a one-row header: the header row is the last header row', () => {
    const header = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'];
    const m = detectHeader(grid([TITLE, header, ['1', '任务1', '已完成', '市发展改革委', '按时推进']], { merges: ['A1:F1'] }), [progress]);
    expect(m?.row).toBe(1);
    expect(Object.fromEntries(m?.columns ?? [])).toEqual({ seq: 0, task: 1, progress: 2, units: 3, status: 4 });
  });
});

describe('a group header merged down over two rows above its sub-headers', () => {
  it('the three rows are the header (the middle row blank or spaces under the merges)', () => {
    const top = ['序号', '主要工作任务', '进展情况', '', '牵头部门'];
    for (const middle of [
      ['', '', '', '', ''],
      [' ', ' ', ' ', ' ', ' '],
    ]) {
      const rows = [top, middle, ['', '', '已完成', '下一步', ''], ['1', '任务1', '甲', '乙', '市发展改革委']];
      expect(summary(detectHeader(grid(rows, { merges: ['A1:A3', 'B1:B3', 'C1:D2', 'E1:E3'] }), [progress]))).toEqual({
        rows: [0, 2],
        columns: { seq: 0, task: 1, progress: 2, units: 4 },
        duplicates: [],
        parts: [
          [2, '已完成'],
          [3, '下一步'],
        ],
      });
    }
  });

  it('a row with its own text is no continuation: a header repeated below with a group stays data', () => {
    const rows = [
      ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'],
      ['序号', '主要工作任务', '进展情况', '', '牵头部门', '进展状态'],
      ['', '', '已完成', '下一步', '', ''],
      ['1', '任务1', '甲', '乙', '市发展改革委', '按时推进'],
    ];
    expect(summary(detectHeader(grid(rows, { merges: ['C2:D2'] }), [progress])).rows).toEqual([0, 0]);
  });

  it('sub-headers under a group naming nothing make no header', () => {
    expect(
      detectHeader(
        grid(
          [
            ['说明', ''],
            ['甲', '乙'],
            ['1', '2'],
          ],
          { merges: ['A1:B1'] },
        ),
        [progress],
      ),
    ).toBeUndefined();
  });
});
