import { validateGrid } from '../../src/core/validate';
import { grid, tuples } from '../helpers/grid';

/**
 * Header shapes of real tables, each read to the roles written here by hand: one row with a merged
 * cell, two rows with a group header (progress parts, lead and partner units, a sub-header naming
 * another role), cumulative periods side by side, 责任单位 as the lead units.
 */
function read(rows: string[][], merges: string[] = []) {
  const report = validateGrid(grid(rows, { merges }));
  return {
    headerRow: report.headerRow,
    firstRow: report.model?.header.firstRow,
    dataRows: report.dataRows,
    roles: (report.columns ?? []).map((c) => [c.col, c.role]),
    duplicates: [...(report.model?.header.duplicates ?? [])],
    parts: [...(report.model?.header.parts ?? [])],
    findings: tuples(report.findings),
  };
}

describe('header shapes', () => {
  it('one row with 进展情况 merged over two columns: the second is a duplicate, the data row is data', () => {
    expect(
      read(
        [
          ['序号', '主要工作任务', '进展情况', '', '牵头部门', '进展状态'],
          ['1', '任务一', '1.立项。', '2.开工。', '市发改委', '按时推进'],
        ],
        ['C1:D1'],
      ),
    ).toEqual({
      headerRow: 1,
      firstRow: 0,
      dataRows: 1,
      roles: [
        [0, 'seq'],
        [1, 'task'],
        [2, 'progress'],
        [3, 'extra'],
        [4, 'units'],
        [5, 'status'],
      ],
      duplicates: [['progress', [2, 3]]],
      parts: [],
      findings: [['D1', 'duplicate-column']],
    });
  });

  it('two rows: 责任单位 over 牵头单位 / 配合单位 gives the lead and the partner units', () => {
    const shape = read(
      [
        ['序号', '主要工作任务', '进展情况', '责任单位', '', '进展状态'],
        ['', '', '', '牵头单位', '配合单位', ''],
        ['1', '任务一', '1.立项。', '市发改委', '市财政局', '按时推进'],
      ],
      ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:F2'],
    );
    expect(shape).toEqual({
      headerRow: 2,
      firstRow: 0,
      dataRows: 1,
      roles: [
        [0, 'seq'],
        [1, 'task'],
        [2, 'progress'],
        [3, 'units'],
        [4, 'responsible'],
        [5, 'status'],
      ],
      duplicates: [],
      parts: [],
      findings: [],
    });
  });

  it('two rows: 本月进展情况 over 前期手续 / 在建形象进度 reads both as parts of progress', () => {
    const shape = read(
      [
        ['序号', '主要工作任务', '本月进展情况', '', '牵头部门'],
        ['', '', '前期手续', '在建形象进度', ''],
        ['1', '任务一', '已批复', '主体完工', '市发改委'],
      ],
      ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2'],
    );
    expect([shape.headerRow, shape.firstRow, shape.dataRows, shape.roles, shape.parts, shape.findings]).toEqual([
      2,
      0,
      1,
      [
        [0, 'seq'],
        [1, 'task'],
        [2, 'progress'],
        [3, 'progress'],
        [4, 'units'],
      ],
      [
        [
          'progress',
          [
            { col: 2, label: '前期手续' },
            { col: 3, label: '在建形象进度' },
          ],
        ],
      ],
      [],
    ]);
  });

  it('two rows: 进展情况 over 具体情况 / 进展状态 gives progress and status, no parts', () => {
    const shape = read(
      [
        ['序号', '主要工作任务', '进展情况', '', '牵头部门'],
        ['', '', '具体情况', '进展状态', ''],
        ['1', '任务一', '1.立项。', '按时推进', '市发改委'],
      ],
      ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2'],
    );
    expect([shape.headerRow, shape.dataRows, shape.roles, shape.parts, shape.findings]).toEqual([
      2,
      1,
      [
        [0, 'seq'],
        [1, 'task'],
        [2, 'progress'],
        [3, 'status'],
        [4, 'units'],
      ],
      [],
      [],
    ]);
  });

  it('cumulative periods side by side: the latest is progress, the earlier one is carried, no duplicate', () => {
    const shape = read([
      ['序号', '主要工作任务', '1-10月推进情况', '1-11月推进情况', '牵头部门', '进展状态'],
      ['1', '任务一', '1.立项。', '1.开工。', '市发改委', '按时推进'],
    ]);
    expect([shape.roles, shape.duplicates, shape.findings]).toEqual([
      [
        [0, 'seq'],
        [1, 'task'],
        [2, 'extra'],
        [3, 'progress'],
        [4, 'units'],
        [5, 'status'],
      ],
      [],
      [],
    ]);
  });

  it('责任单位 alone is the lead units; beside 配合单位 it leads and 配合单位 shares the work', () => {
    const alone = read([
      ['序号', '主要工作任务', '进展情况', '责任单位', '进展状态'],
      ['1', '任务一', '1.立项。', '市发改委', '按时推进'],
    ]);
    expect([alone.roles, alone.findings]).toEqual([
      [
        [0, 'seq'],
        [1, 'task'],
        [2, 'progress'],
        [3, 'units'],
        [4, 'status'],
      ],
      [],
    ]);
    const pair = read([
      ['序号', '主要工作任务', '进展情况', '责任单位', '配合单位', '进展状态'],
      ['1', '任务一', '1.立项。', '市发改委', '市财政局', '按时推进'],
    ]);
    expect(pair.roles).toEqual([
      [0, 'seq'],
      [1, 'task'],
      [2, 'progress'],
      [3, 'units'],
      [4, 'responsible'],
      [5, 'status'],
    ]);
  });
});
