import { readMaster } from '../../src/core/merge/master';
import { mergeSubmissions, type MergeInput } from '../../src/core/merge/merge';
import { joinProgress } from '../../src/core/merge/progress-join';
import { sameUnit, unitFromFileName } from '../../src/core/merge/submission-rows';
import { validateWorkbook } from '../../src/core/validate';
import { grid, HEADER } from '../helpers/grid';

/** Survivors of the merge's progress join, per-unit statistics and unit naming (issue 15). */
function submission(file: string, unit: string, rows: string[][]): MergeInput {
  return { file, report: validateWorkbook([grid([[`填报单位：${unit}`], HEADER, ...rows], { sheet: '进展' })]) };
}

describe('joinProgress beyond one unit on one line', () => {
  it('marks items only when more than one unit wrote progress (blank and spaces-only do not count)', () => {
    expect(
      joinProgress([
        { unit: '市教育局', progress: '甲' },
        { unit: '市科技局', progress: '' },
        { unit: '市财政局', progress: '   ' },
      ]),
    ).toBe('甲');
  });

  it('a numbered single item among several contributions is written as item 1', () => {
    expect(
      joinProgress([
        { unit: '市教育局', progress: '2.甲' },
        { unit: '市科技局', progress: '' },
      ]),
    ).toBe('1.甲');
  });

  it('two units on one line each: both items, marked and numbered', () => {
    expect(
      joinProgress([
        { unit: '市教育局', progress: '甲' },
        { unit: '市科技局', progress: '乙' },
      ]),
    ).toBe('1.【市教育局】甲\n2.【市科技局】乙');
  });

  it('one unit: an item numbered 2 in front of an ideograph is renumbered 1', () => {
    expect(joinProgress([{ unit: '市教育局', progress: '2.完成调研' }])).toBe('1.完成调研');
  });
});

describe('per-unit statistics of a merge', () => {
  const master = readMaster([
    grid([
      ['序号', '主要工作任务', '牵头部门'],
      ['1', '建设快速路', '市交通运输局、市建设局'],
      ['2', '推进科创湖区', '市交通运输局'],
      ['3', '深化改革', '市科技局'],
    ]),
  ]);
  const transport = submission('交通.xlsx', '市交通运输局', [
    ['1', '建设快速路', '1.完成招标。', '市交通运输局、市建设局', '按时推进'],
    ['2', '推进科创湖区', '1.签约。', '市交通运输局', ''],
  ]);
  const building = submission('建设.xlsx', '市建设局', [['1', '建设快速路', '1.完成征迁。', '市交通运输局、市建设局', '部分滞后']]);

  it('counts each lead unit’s tasks by status, without status, and not sent', () => {
    const result = mergeSubmissions([transport, building], { master });
    expect(result.tasks.map((t) => [t.seq, t.status, t.leads])).toEqual([
      [1, '部分滞后', ['市交通运输局', '市建设局']],
      [2, '', ['市交通运输局']],
      [3, '', ['市科技局']],
    ]);
    expect(result.perUnit).toEqual([
      { unit: '市交通运输局', tasks: 2, byStatus: { 部分滞后: 1 }, noStatus: 1, missing: 0 },
      { unit: '市建设局', tasks: 1, byStatus: { 部分滞后: 1 }, noStatus: 0, missing: 0 },
      { unit: '市科技局', tasks: 1, byStatus: {}, noStatus: 1, missing: 1 },
    ]);
    expect(result.byStatus).toEqual({ 已完成: 0, 进度较快: 0, 按时推进: 0, 部分滞后: 1, 进度滞后: 0 });
    expect(result.noStatus).toBe(2);
    expect(result.inputs).toBe(2);
  });

  it('status-conflict lists every unit’s status in the units’ order', () => {
    const result = mergeSubmissions([building, transport], { master });
    const conflict = result.findings.filter((f) => f.code === 'status-conflict').map((f) => [f.row, f.params]);
    expect(conflict).toEqual([[null, { seq: 1, statuses: '市交通运输局：按时推进；市建设局：部分滞后', status: '部分滞后' }]]);
  });
});

describe('unit names', () => {
  it.each([
    ['市科技局_2021上半年.xlsx', '市科技局'],
    ['dir/市科技局.xlsx', '市科技局'],
    ['市科技局.备份.xlsx', '市科技局.备份'],
    ['市科技局-更新.xlsx', '市科技局'],
    ['市科技局 更新.xlsx', '市科技局'],
    ['市科技局—更新.xlsx', '市科技局'],
    ['科技局x', '科技局x'],
  ])('the unit a file is named after: %j → %j', (file, unit) => {
    expect(unitFromFileName(file)).toBe(unit);
  });

  it.each([
    ['市科技局', '市科技局', true],
    ['市科技局', '科技局', true],
    ['科技局', '市科技局', true],
    ['市科技局', '区科技局', false],
    ['市科技局', '市财政局', false],
  ])('sameUnit(%j, %j) is %j', (a, b, same) => {
    expect(sameUnit(a, b)).toBe(same);
  });

  it('a row without 填报单位 is sent by the lead unit the file is named after, not the first lead', () => {
    const report = validateWorkbook([grid([HEADER, ['1', '建设快速路', '1.完成。', '市交通运输局、市建设局', '按时推进']], { sheet: '进展' })]);
    const result = mergeSubmissions([{ file: '市建设局_6月.xlsx', report }]);
    expect(result.tasks.map((t) => t.sources.map((s) => s.unit))).toEqual([['市建设局']]);
    expect(result.missing).toEqual([{ seq: 1, task: '建设快速路', unit: '市交通运输局' }]);
  });
});
