import { applyFixesToGrid } from '../../src/core/fix/apply';
import { planFixes } from '../../src/core/fix/plan';
import { mergeSubmissions } from '../../src/core/merge/merge';
import { validateGrid, validateWorkbook } from '../../src/core/validate';
import { grid, tuples } from '../helpers/grid';

/**
 * Progress written in two sub-columns under one group header (进展情况 over 已完成 / 下一步): both are
 * read as progress, joined with their sub-headers, so neither is dropped; a sub-column that names
 * another role (进展状态) keeps it; a fix renumbers each sub-column in its own cell.
 */
const TWO_ROW = [
  ['序号', '主要工作任务', '进展情况', '', '牵头部门', '进展状态'],
  ['', '', '已完成', '下一步', '', ''],
];
const MERGES = ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'F1:F2'];

function sheet(rows: string[][], merges: string[] = []) {
  return grid([...TWO_ROW, ...rows], { merges: [...MERGES, ...merges] });
}

function progressCols(report: ReturnType<typeof validateGrid>): [number, string][] {
  return (report.columns ?? []).filter((c) => c.role === 'progress').map((c) => [c.col, c.text]);
}

describe('progress in sub-columns of one group header', () => {
  it('reads 已完成 and 下一步 both as progress: no sub-column is carried or dropped', () => {
    const report = validateGrid(sheet([['1', '任务一', '完成立项。', '开工建设。', '市发改委', '按时推进']]));
    expect(report).toMatchObject({ headerRow: 2, dataRows: 1, findings: [] });
    expect(progressCols(report)).toEqual([
      [2, '进展情况/已完成'],
      [3, '进展情况/下一步'],
    ]);
    const row = report.model?.rows[0]!.cells.get('progress');
    expect(row?.text).toBe('已完成：完成立项。\n下一步：开工建设。');
  });

  it('one sub-column written: its text alone, at its own cell; none written: progress-missing', () => {
    const report = validateGrid(
      sheet([
        ['1', '任务一', '', '开工建设。', '市发改委', '按时推进'],
        ['2', '任务二', '', '', '市教育局', '按时推进'],
      ]),
    );
    expect(report.model?.rows[0]!.cells.get('progress')).toMatchObject({ text: '开工建设。', col: 3 });
    expect(tuples(report.findings)).toEqual([['C4', 'progress-missing']]);
  });

  it('a merged cell over both sub-columns is one text, not written twice', () => {
    const report = validateGrid(sheet([['1', '任务一', '已完工', '', '市城管局', '已完成']], ['C3:D3']));
    expect(report.model?.rows[0]!.cells.get('progress')).toMatchObject({ text: '已完工', col: 2, inherited: false });
    expect(report.findings).toEqual([]);
  });

  it('a sub-column naming another role keeps it: 进展情况 over 具体情况 / 进展状态', () => {
    const report = validateGrid(
      grid(
        [
          ['序号', '主要工作任务', '进展情况', '', '牵头部门'],
          ['', '', '具体情况', '进展状态', ''],
          ['1', '任务一', '完成立项。', '按时推进', '市发改委'],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2'] },
      ),
    );
    expect(progressCols(report)).toEqual([[2, '进展情况/具体情况']]);
    expect((report.columns ?? []).find((c) => c.col === 3)?.role).toBe('status');
    expect(report.model?.rows[0]!.cells.get('progress')?.text).toBe('完成立项。');
  });

  it('each sub-column is numbered on its own: 1, 2 then 1 is no finding; 1, 3 is, at its own cell, and the fix renumbers that cell only', () => {
    const report = validateGrid(sheet([['1', '任务一', '1.完成立项。\n2.完成设计。', '1.开工。\n3.竣工。', '市发改委', '按时推进']]));
    expect(tuples(report.findings)).toEqual([['D3', 'progress-numbering']]);
    const plan = planFixes(report);
    expect(plan.fixes.map((f) => [f.cell, f.newValue])).toEqual([['D3', '1.开工。\n2.竣工。']]);
    const fixed = validateGrid(applyFixesToGrid(sheet([['1', '任务一', '1.完成立项。\n2.完成设计。', '1.开工。\n3.竣工。', '市发改委', '按时推进']]), plan.fixes));
    expect(fixed.findings).toEqual([]);
    expect(fixed.model?.rows[0]!.cells.get('progress')?.text).toBe('已完成：1.完成立项。\n2.完成设计。\n下一步：1.开工。\n2.竣工。');
  });

  it('the consolidated 汇总 carries both parts', () => {
    const report = validateWorkbook([sheet([['1', '任务一', '完成立项。', '开工建设。', '市发改委', '按时推进']])]);
    const result = mergeSubmissions([{ file: '发改委.xlsx', report }]);
    expect(result.tasks[0]!.progress).toContain('已完成：完成立项。');
    expect(result.tasks[0]!.progress).toContain('下一步：开工建设。');
    expect(Object.keys(result.tasks[0]!.extras ?? {})).toEqual([]);
  });
});
