import { validateGrid } from '../../src/core/validate';
import { grid, HEADER, tuples } from '../helpers/grid';

/**
 * A title merged across the table's columns (`2021年上半年重点工作进展情况表` over A1:E1, as nearly
 * every published table has it) is the title, not the group header of a two-row header: its period
 * and year are read, and the rules that need the period run.
 */
describe('a merged title row above the header', () => {
  const rows = [['2021年上半年重点工作进展情况表', '', '', '', ''], HEADER, ['1', '任务一（5月底前完成）', '1.立项。', '市发改委', '按时推进']];

  it('is the title whether merged or not: same header row, meta and findings', () => {
    for (const merges of [[], ['A1:E1']]) {
      const report = validateGrid(grid(rows, { merges }));
      expect(report.headerRow).toBe(2);
      expect(report.meta).toEqual({ title: '2021年上半年重点工作进展情况表', period: '2021年上半年', year: 2021 });
      expect(report.model?.skipped).toEqual([
        { index: 0, kind: 'preamble' },
        { index: 1, kind: 'header' },
      ]);
      expect(tuples(report.findings)).toEqual([['E3', 'deadline-passed']]);
    }
  });

  it('a group header over sub-headers is still a two-row header', () => {
    const report = validateGrid(
      grid(
        [
          ['序号', '主要工作任务', '进展情况', '', '牵头部门', '进展状态'],
          ['', '', '已完成', '下一步', '', ''],
          ['1', '任务一', '完成立项。', '开工建设。', '市发改委', '按时推进'],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'F1:F2'] },
      ),
    );
    expect([report.headerRow, report.model?.header.firstRow, report.dataRows, tuples(report.findings)]).toEqual([2, 0, 1, []]);
  });
});
