import { readMasterList } from '../../../src/core/merge/master';
import { mergeSubmissions, MergeInput } from '../../../src/core/merge/merge';
import { validateWorkbook } from '../../../src/core/validate';
import { grid, HEADER } from '../../helpers/grid';

function submission(file: string, unit: string, rows: string[][], header = HEADER): MergeInput {
  return { file, report: validateWorkbook([grid([[`填报单位：${unit}`], header, ...rows], { sheet: '进展' })]) };
}

const { tasks: master } = readMasterList([
  grid([
    ['序号', '项目名称', '牵头单位'],
    ['1', '建设快速路', '市交通运输局'],
    ['2', '推进科创湖区', '市科技局'],
    ['3', '深化改革', '市发展改革委'],
  ]),
]);

describe('placing rows against a master list', () => {
  it('reads a master list whose task column is 项目名称: every task text present', () => {
    expect(master.map((m) => [m.seq, m.task, m.units])).toEqual([
      [1, '建设快速路', ['市交通运输局']],
      [2, '推进科创湖区', ['市科技局']],
      [3, '深化改革', ['市发展改革委']],
    ]);
  });

  it('never files a unit’s own numbering under the master’s tasks: rows whose text disagrees are unplaced, with the reason', () => {
    const own = submission('科技.xlsx', '市科技局', [
      ['1', '组织科技成果对接会', '1.举办2场。', '市科技局', '按时推进'],
      ['2', '推进科创湖区建设', '1.签约31个。', '市科技局', '按时推进'],
    ]);
    const result = mergeSubmissions([own], { master });
    expect(result.tasks.map((t) => [t.seq, t.task, t.sources.map((s) => s.row), t.unplaced?.reason ?? null])).toEqual([
      [1, '建设快速路', [], null],
      [2, '推进科创湖区', [4], null],
      [3, '深化改革', [], null],
      [1, '组织科技成果对接会', [3], 'unplaced.text-differs'],
    ]);
    expect(result.findings.filter((f) => f.code === 'task-unplaced').map((f) => [f.row, f.params.reason])).toEqual([[3, 'unplaced.text-differs']]);
    expect([result.rowsMerged, result.rowsUnplaced]).toEqual([2, 1]);
  });

  it('joins a row by its task text when its 序号 is wrong', () => {
    const renumbered = submission('改革.xlsx', '市发展改革委', [['9', '深化改革', '1.出台方案。', '市发展改革委', '按时推进']]);
    const result = mergeSubmissions([renumbered], { master });
    expect(result.tasks[2]).toMatchObject({ seq: 3, task: '深化改革', progress: '1.出台方案。' });
    expect(result.tasks).toHaveLength(3);
  });

  it('marks the result incomplete when the master list has no task column, naming the file and column', () => {
    const list = readMasterList(
      [
        grid([
          ['序号', '牵头单位', '完成时限'],
          ['1', '市交通运输局', '6月底前'],
        ]),
      ],
      { file: '任务清单.xlsx' },
    );
    expect(list.tasks).toEqual([]);
    const result = mergeSubmissions([], { master: list.tasks, masterGaps: list.gaps });
    expect(result.incomplete.map((g) => [g.file, g.sheet, g.column])).toEqual([['任务清单.xlsx', 'Sheet1', '主要工作任务']]);
  });

  it('marks the result incomplete when a submission has no progress column, and lists its rows', () => {
    const noProgress = submission('交通.xlsx', '市交通运输局', [['1', '建设快速路', '市交通运输局', '按时推进']], ['序号', '主要工作任务', '牵头部门', '进展状态']);
    const result = mergeSubmissions([noProgress], { master });
    expect(result.incomplete.map((g) => [g.file, g.sheet, g.column])).toEqual([['交通.xlsx', '进展', '进展情况']]);
    expect(result.findings.filter((f) => f.code === 'role-missing').map((f) => f.params.column)).toEqual(['进展情况']);
  });

  it('carries 备注 into the consolidated task, and drops seq-gap of a unit’s subset', () => {
    const rows = [
      ['1', '建设快速路', '1.开工。', '市交通运输局', '按时推进', '含北延段'],
      ['3', '深化改革', '1.出台方案。', '市交通运输局', '按时推进', ''],
    ];
    const result = mergeSubmissions([submission('交通.xlsx', '市交通运输局', rows, [...HEADER, '备注'])], { master });
    expect(result.tasks[0]?.extras).toEqual({ 备注: '含北延段' });
    expect(result.findings.filter((f) => f.code === 'seq-gap')).toEqual([]);
  });
});

describe('accounting for every row and sheet', () => {
  it('lists hidden and headerless sheets with their rows, and 二 / 一、 / 注： rows as left out with a reason', () => {
    const report = validateWorkbook([
      grid([HEADER, ['1', '建设快速路', '1.开工。', '市交通运输局', '按时推进'], ['二', '', '1.只有进展。', '', ''], ['一、'], ['注：以上为初步统计。']], { sheet: '进展' }),
      grid([['草稿'], ['1', '旧数据']], { sheet: '草稿', visibility: 'hidden' }),
      grid([['填表说明'], ['请按时填报。']], { sheet: '说明' }),
    ]);
    const result = mergeSubmissions([{ file: '交通.xlsx', report }]);
    expect(result.skippedSheets.map((s) => [s.sheet, s.reason, s.rows])).toEqual([
      ['草稿', 'hidden', 2],
      ['说明', 'no-header', 2],
    ]);
    expect(result.skipped.map((s) => [s.row, s.reason])).toEqual([
      [1, 'header'],
      [3, 'section'],
      [4, 'section'],
      [5, 'note'],
    ]);
    expect([result.rowsIn, result.rowsMerged, result.rowsSkipped]).toEqual([9, 1, 8]);
  });
});
