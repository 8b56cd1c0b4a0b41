import { validateGrid, validateWorkbook } from '../../src/core/validate';
import { grid, HEADER, task, tuples } from '../helpers/grid';

describe('reading a sheet like a person', () => {
  it('finds the header below a title, a 填报单位 line and blank rows', () => {
    const report = validateGrid(grid([['2021年上半年重点工作进展情况表'], ['填报单位：市交通运输局', '', '截至6月30日'], [], HEADER, task(1), task(2)], { merges: ['A1:E1'] }));
    expect(report).toMatchObject({ template: 'progress', headerRow: 4, dataRows: 2, findings: [] });
    expect(report.meta).toEqual({ title: '2021年上半年重点工作进展情况表', reportingUnit: '市交通运输局', period: '截至6月30日', year: 2021 });
  });

  it('reads header cells with spaces, line breaks, full-width characters and bracketed notes', () => {
    const report = validateGrid(grid([['序  号', '主要工作任务', '进展\n情况', '牵头部门（单位）', 'ｘ进展状态'.slice(1)], task(1)]));
    expect(report).toMatchObject({ template: 'progress', headerRow: 1, findings: [] });
  });

  it('maps columns in another order and keeps extra columns unchecked', () => {
    const report = validateGrid(
      grid([
        ['牵头单位', '备注', '序号', '进展状态', '重点任务', '完成情况'],
        ['市科技局', '随便写', '1', '按时推进', '任务一', '1.推进中。'],
        ['', '', '2', '', '任务二', '1.推进中。'],
      ]),
    );
    expect(tuples(report.findings)).toEqual([
      ['A3', 'unit-missing'],
      ['D3', 'status-missing'],
    ]);
  });

  it('skips a repeated header, even one with a cell missing', () => {
    const report = validateGrid(grid([HEADER, task(1), HEADER, task(2), ['', '主要工作任务', '进展情况', '', ''], task(3)]));
    expect(report.dataRows).toBe(3);
    expect(report.findings).toEqual([]);
    expect(report.model?.skipped.filter((s) => s.kind === 'repeated-header').map((s) => s.index + 1)).toEqual([3, 5]);
  });

  it('treats section rows, merged across or not, as categories', () => {
    const report = validateGrid(grid([HEADER, ['一、坚持经济建设中心'], task(1), ['（二）扩大有效投资', '', '', '', ''], task(2), ['三', '深化改革开放', '', '', '']], { merges: ['A2:E2'] }));
    expect(report.dataRows).toBe(2);
    expect(report.findings).toEqual([]);
    expect(report.model?.skipped.filter((s) => s.kind === 'section').map((s) => s.index + 1)).toEqual([2, 4, 6]);
  });

  it('skips blank rows and signature lines', () => {
    const report = validateGrid(grid([HEADER, task(1), [], ['', '  ', ''], task(2), ['填表人：张三  联系电话：12345678']]));
    expect(report.dataRows).toBe(2);
    expect(report.findings).toEqual([]);
  });

  it('gives a merged 序号 to every row of its range: one task on two rows', () => {
    const report = validateGrid(grid([HEADER, task(1), task(2), ['', '任务2子项', '1.推进中。', '市交通运输局', '按时推进'], task(3)], { merges: ['A3:A4'] }));
    expect(report.findings).toEqual([]);
    expect(report.dataRows).toBe(4);
  });

  it('quotes cells as written while comparing normalised text', () => {
    const report = validateGrid(grid([HEADER, task('１', { status: '　按时推进　' })]));
    expect(report.findings).toEqual([]);
  });

  it('reports a sheet with no header as header-not-found', () => {
    const report = validateGrid(grid([['这不是报表'], ['只是一些文字']]));
    expect(tuples(report.findings)).toEqual([[null, 'header-not-found']]);
    expect(report.headerRow).toBeNull();
  });
});

describe('a workbook with several sheets', () => {
  const instructions = grid([['填表说明'], ['1. 请按模板填写。']], { sheet: '填表说明' });
  const data = grid([HEADER, task(1)], { sheet: '数据' });
  const scratch = grid([HEADER, ['x']], { sheet: '草稿', visibility: 'hidden' });

  it('checks the sheets with a header and lists the others as skipped', () => {
    const report = validateWorkbook([instructions, data, scratch, grid([], { sheet: '空表' })]);
    expect(report.sheets.map((s) => s.sheet)).toEqual(['数据']);
    expect(report.skipped).toEqual([
      { sheet: '填表说明', reason: 'no-header', rows: 2 },
      { sheet: '草稿', reason: 'hidden', rows: 2 },
      { sheet: '空表', reason: 'empty', rows: 0 },
    ]);
  });

  it('reports header-not-found when no sheet has a header', () => {
    const report = validateWorkbook([instructions]);
    expect(report.sheets.map((s) => [s.sheet, s.findings[0]!.code])).toEqual([['填表说明', 'header-not-found']]);
  });
});

describe('cumulative period columns side by side', () => {
  it('takes the latest period as the progress and carries the earlier ones: 一季度 / 上半年 / 1-9月', () => {
    const report = validateGrid(
      grid([
        ['序号', '主要工作任务', '一季度完成情况', '上半年完成情况', '1-9月完成情况', '牵头部门'],
        ['1', '任务一', '1.立项。', '1.开工。', '1.主体完工。', '市发改委'],
      ]),
    );
    expect((report.columns ?? []).map((c) => [c.text, c.role])).toEqual([
      ['序号', 'seq'],
      ['主要工作任务', 'task'],
      ['一季度完成情况', 'extra'],
      ['上半年完成情况', 'extra'],
      ['1-9月完成情况', 'progress'],
      ['牵头部门', 'units'],
    ]);
    expect(report.findings).toEqual([]);
  });

  it('periods that cannot be ordered (本月 / 本期) stay a duplicate-column', () => {
    const report = validateGrid(
      grid([
        ['序号', '主要工作任务', '本月完成情况', '本期完成情况', '牵头部门'],
        ['1', '任务一', '1.立项。', '1.开工。', '市发改委'],
      ]),
    );
    expect(tuples(report.findings)).toEqual([['D1', 'duplicate-column']]);
  });
});
