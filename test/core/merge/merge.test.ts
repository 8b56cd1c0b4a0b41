import { readMaster } from '../../../src/core/merge/master';
import { mergeSubmissions, MergeInput } from '../../../src/core/merge/merge';
import { sameUnit } from '../../../src/core/merge/submission-rows';
import { validateWorkbook } from '../../../src/core/validate';
import { grid, HEADER } from '../../helpers/grid';
import { paramsOf } from '../../../src/core/finding';

/** A submission file built in code: a 填报单位 line, the header, then rows. */
function submission(file: string, unit: string, rows: string[][]): MergeInput {
  return { file, report: validateWorkbook([grid([[`填报单位：${unit}`], HEADER, ...rows], { sheet: '进展' })]) };
}

/** Title and header rows: listed as left out, with their reason. */
const STRUCTURE: string[] = ['preamble', 'header'];

const master = readMaster([
  grid([
    ['序号', '主要工作任务', '牵头部门'],
    ['1', '建设快速路', '市交通运输局、\n市建设局'],
    ['2', '推进科创湖区', '市科技局'],
    ['3', '深化改革', '市发展改革委'],
  ]),
]);

describe('merging submissions', () => {
  const transport = submission('交通.xlsx', '市交通运输局', [['1', '建设快速路', '1.完成招标。\n2.开工建设。', '市交通运输局、市建设局', '按时推进']]);
  const building = submission('建设.xlsx', '市建设局', [['1', '建设快速路', '1.完成征迁。', '市交通运输局、市建设局', '部分滞后']]);
  const science = submission('科技.xlsx', '市科技局', [['2', '推进科创湖区', '1.签约项目31个。', '市科技局', '进度较快']]);

  it('gives a multi-unit task one row: units in master order, items renumbered and marked, the most severe status', () => {
    const result = mergeSubmissions([building, transport, science], { master });
    expect(result.tasks[0]).toEqual({
      seq: 1,
      task: '建设快速路',
      leads: ['市交通运输局', '市建设局'],
      status: '部分滞后',
      progress: '1.【市交通运输局】完成招标。\n2.【市交通运输局】开工建设。\n3.【市建设局】完成征迁。',
      sources: [
        { file: '交通.xlsx', sheet: '进展', row: 3, unit: '市交通运输局' },
        { file: '建设.xlsx', sheet: '进展', row: 3, unit: '市建设局' },
      ],
    });
    expect(result.tasks[1]).toMatchObject({ seq: 2, progress: '1.签约项目31个。', status: '进度较快' });
  });

  it('lists who has not reported (missing-submission) and reports disagreeing statuses (status-conflict)', () => {
    const result = mergeSubmissions([transport, building, science], { master });
    expect(result.missing).toEqual([{ seq: 3, task: '深化改革', unit: '市发展改革委' }]);
    expect(result.findings.filter((f) => f.file === null).map((f) => [f.code, f.severity, paramsOf(f).seq])).toEqual([
      ['status-conflict', 'info', 1],
      ['missing-submission', 'warning', 3],
    ]);
    expect(result.tasks[2]).toMatchObject({ seq: 3, progress: '', status: '', sources: [] });
  });

  it('flags a changed task text (task-mismatch) and a 序号 not in the master (unexpected-task)', () => {
    const changed = submission('科技.xlsx', '市科技局', [
      ['2', '推进科创湖区建设', '1.推进。', '市科技局', '按时推进'],
      ['9', '自选任务', '1.推进。', '市科技局', '按时推进'],
    ]);
    const result = mergeSubmissions([changed], { master });
    const codes = result.findings.filter((f) => ['task-mismatch', 'unexpected-task'].includes(f.code));
    expect(codes.map((f) => [f.code, f.file, f.row, f.value, paramsOf(f).expected])).toEqual([
      ['unexpected-task', '科技.xlsx', 4, '', undefined],
      ['task-mismatch', '科技.xlsx', 3, '推进科创湖区建设', '推进科创湖区'],
    ]);
    expect(result.tasks.map((t) => t.seq)).toEqual([1, 2, 3, 9]);
    expect(result.tasks[1]?.task).toBe('推进科创湖区');
  });

  it('keeps one copy of a duplicate submission, says which and why, and loses no row', () => {
    const first = submission('科技.xlsx', '市科技局', [['2', '推进科创湖区', '1.签约。', '市科技局', '按时推进']]);
    const again = submission('科技_更新.xlsx', '市科技局', [['2', '推进科创湖区', '1.签约。\n2.开工。', '市科技局', '按时推进']]);
    const result = mergeSubmissions([first, again], { master });
    const dup = result.findings.find((f) => f.code === 'duplicate-submission')!;
    expect([dup.file, dup.row, dup.params.kept, dup.params.reason]).toEqual(['科技.xlsx', 3, '科技_更新.xlsx#进展!3', 'kept.more-complete']);
    expect(result.tasks[1]?.progress).toBe('1.签约。\n2.开工。');
    expect(result.skipped.filter((s) => !STRUCTURE.includes(s.reason))).toEqual([{ file: '科技.xlsx', sheet: '进展', row: 3, unit: '市科技局', reason: 'duplicate-submission' }]);
    expect(result.rowsIn).toBe(result.rowsMerged + result.rowsSkipped);
  });

  it('without a master, groups by 序号 in first-seen unit order and places rows without 序号 under their task', () => {
    const a = submission('a.xlsx', '市交通运输局', [
      ['11', '快速交通体系', '1.通过评审。', '市交通运输局', '按时推进'],
      ['', '快速路建成通车', '1.6月25日通车。', '嘉通集团', '进度较快'],
    ]);
    const b = submission('b.xlsx', '市科技局', [['12', '科创湖区', '1.推进。', '市科技局', '按时推进']]);
    const result = mergeSubmissions([b, a]);
    expect(result.tasks.map((t) => [t.seq, t.task])).toEqual([
      [11, '快速交通体系'],
      [null, '快速路建成通车'],
      [12, '科创湖区'],
    ]);
    expect(result.missing).toEqual([{ seq: null, task: '快速路建成通车', unit: '嘉通集团' }]);
    expect(result.byStatus).toEqual({ 已完成: 0, 进度较快: 1, 按时推进: 2, 部分滞后: 0, 进度滞后: 0 });
  });

  it('lists rows it cannot place with their reason, and liaison sheets as holding no tasks', () => {
    const odd = submission('x.xlsx', '市科技局', [['', '', '1.只有进展。', '市科技局', '按时推进']]);
    const liaison: MergeInput = {
      file: 'l.xlsx',
      report: validateWorkbook([
        grid([
          ['单位', '对接单位', '对接情况', '对接的初步成果'],
          ['区民政局', '市民政局', '1.对接。', '1.成果。'],
        ]),
      ]),
    };
    const result = mergeSubmissions([odd, liaison]);
    expect(result.skipped.filter((s) => !STRUCTURE.includes(s.reason)).map((s) => [s.file, s.row, s.reason])).toEqual([
      ['x.xlsx', 3, 'no-task'],
      ['l.xlsx', 2, 'not-a-task-sheet'],
    ]);
    // the 填报单位 line and both headers are rows too, left out as such
    expect([result.rowsIn, result.rowsMerged, result.rowsSkipped]).toEqual([5, 0, 5]);
  });

  it('carries every validation finding of the inputs with its file', () => {
    const bad = submission('bad.xlsx', '市科技局', [['2', '推进科创湖区', '1.推进。', '', '']]);
    const result = mergeSubmissions([bad], { master });
    expect(result.findings.filter((f) => f.file === 'bad.xlsx').map((f) => [f.cell, f.code])).toEqual([
      ['D3', 'unit-missing'],
      ['E3', 'status-missing'],
    ]);
  });
});

describe('unit spellings in a merge', () => {
  it('treats a short form as the same unit, but a city and a district office as two', () => {
    expect(sameUnit('交通运输局', '市交通运输局')).toBe(true);
    expect(sameUnit('市民政局', '区民政局')).toBe(false);
  });
});
