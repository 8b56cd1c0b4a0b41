import { readMaster, readMasterList, type MasterTask } from '../../src/core/merge/master';
import { mergeSubmissions, type MergeInput } from '../../src/core/merge/merge';
import { validateWorkbook } from '../../src/core/validate';
import { countyTemplate } from '../helpers/county-template';
import { grid, HEADER } from '../helpers/grid';

/** Survivors of reading inputs into a merge: master lists, sheets without tasks, carried columns, finding limits (issue 15). */
const A = '市交通运输局';
const B = '市建设局';

function submission(file: string, unit: string | null, rows: string[][], header = HEADER): MergeInput {
  const top = unit === null ? [] : [[`填报单位：${unit}`]];
  return { file, report: validateWorkbook([grid([...top, header, ...rows], { sheet: '进展' })]) };
}

/** A user's template in labels no built-in vocabulary knows (as test/cli/template-everywhere has it). */
describe('reading a master list', () => {
  it('in a user’s template: a list handed out has no progress or status column yet', () => {
    const list = [
      grid([
        ['序号', '民生项目', '承担单位'],
        ['1', '新建学校', '县教育局'],
      ]),
    ];
    expect(readMaster(list, countyTemplate())).toEqual([{ seq: 1, task: '新建学校', units: ['县教育局'], index: 0 }]);
    expect(readMaster(list)).toEqual([]);
  });

  it('reads visible sheets only, keeps numbered rows without text, skips rows with neither, trims the text', () => {
    const list = readMasterList(
      [
        grid([
          ['序号', '主要工作任务', '牵头部门'],
          ['1', '  建设快速路  ', A],
          ['2', '', A],
          ['', '', B],
          ['', '快速路通车', B],
        ]),
        grid(
          [
            ['序号', '主要工作任务', '牵头部门'],
            ['9', '隐藏的任务', A],
          ],
          { sheet: '旧', visibility: 'hidden' },
        ),
      ],
      { file: '清单.xlsx' },
    );
    expect(list.tasks).toEqual([
      { seq: 1, task: '建设快速路', units: [A], index: 0 },
      { seq: 2, task: '', units: [A], index: 1 },
      { seq: null, task: '快速路通车', units: [B], index: 2 },
    ]);
    expect(list.gaps).toEqual([]);
  });

  it('a workbook without a master header is one gap naming its first sheet; no sheet at all names none', () => {
    const list = readMasterList([grid([['说明'], ['请按时报送']], { sheet: '说明' }), grid([['x']], { sheet: '二' })], { file: '清单.xlsx' });
    expect(list).toEqual({ tasks: [], gaps: [{ file: '清单.xlsx', sheet: '说明', column: '序号 / 主要工作任务 / 牵头部门', role: 'header' }] });
    expect(readMasterList([]).gaps).toEqual([{ file: null, sheet: '', column: '序号 / 主要工作任务 / 牵头部门', role: 'header' }]);
  });

  it('a master sheet without its task column is a task gap', () => {
    const list = readMasterList([
      grid([
        ['序号', '牵头单位', '完成时限'],
        ['1', A, '6月底前'],
      ]),
    ]);
    expect(list.gaps).toEqual([{ file: null, sheet: 'Sheet1', column: '主要工作任务', role: 'task' }]);
  });
});

describe('taking an input', () => {
  it('a workbook without any header: its sheet is skipped whole with its rows, nothing else is listed', () => {
    const report = validateWorkbook([grid([['填表说明'], ['请按时报送']], { sheet: '说明' })]);
    const result = mergeSubmissions([{ file: 'x.xlsx', report }]);
    expect(result.skippedSheets).toEqual([{ file: 'x.xlsx', sheet: '说明', reason: 'no-header', rows: 2 }]);
    expect([result.skipped, result.incomplete, result.tasks]).toEqual([[], [], []]);
    expect([result.rowsIn, result.rowsMerged, result.rowsSkipped]).toEqual([2, 0, 2]);
    expect(result.findings.map((f) => [f.file, f.sheet, f.code])).toEqual([['x.xlsx', '说明', 'header-not-found']]);
  });

  it('rows left out carry the sheet’s 填报单位 (none without), blank rows are not listed', () => {
    const a = { file: 'a.xlsx', report: validateWorkbook([grid([[`填报单位：${A}`], [''], HEADER, ['1', '建设快速路', '1.开工。', A, '按时推进']], { sheet: '进展' })]) };
    const b = submission('b.xlsx', null, [['1', '建设快速路', '1.乙。', B, '按时推进']]);
    const result = mergeSubmissions([a, b]);
    expect(result.skipped.map((s) => [s.file, s.row, s.unit, s.reason])).toEqual([
      ['a.xlsx', 1, A, 'preamble'],
      ['a.xlsx', 3, A, 'header'],
      ['b.xlsx', 1, '', 'header'],
    ]);
  });

  it('a liaison sheet holds no tasks and lacks no role', () => {
    const report = validateWorkbook([
      grid([
        ['单位', '对接单位', '对接情况', '对接的初步成果'],
        ['区民政局', '市民政局', '1.对接。', '1.成果。'],
      ]),
    ]);
    const result = mergeSubmissions([{ file: 'l.xlsx', report }]);
    expect(result.incomplete).toEqual([]);
    expect(result.skipped.map((s) => [s.row, s.reason])).toEqual([
      [1, 'header'],
      [2, 'not-a-task-sheet'],
    ]);
  });

  it('a sheet without 牵头部门: the task is led by the unit that sent it', () => {
    const result = mergeSubmissions([submission('a.xlsx', A, [['1', '建设快速路', '1.开工。', '按时推进']], ['序号', '主要工作任务', '进展情况', '进展状态'])]);
    expect(result.tasks.map((t) => [t.seq, t.leads, t.status])).toEqual([[1, [A], '按时推进']]);
  });

  it('carried columns: trimmed, every column kept, the units’ texts joined by line breaks, a blank cell adds nothing', () => {
    const header = [...HEADER, '责任单位', '备注'];
    const a = submission('a.xlsx', A, [['1', '建设快速路', '1.开工。', `${A}、${B}`, '按时推进', '  嘉通集团 ', ' 含北延段 ']], header);
    const b = submission('b.xlsx', B, [['1', '建设快速路', '1.征迁。', `${A}、${B}`, '按时推进', '', '已批复']], header);
    // a row shorter than the header: its carried cells are blank
    const c = submission('c.xlsx', A, [['2', '深化改革', '1.改革。', A, '按时推进']], header);
    const result = mergeSubmissions([a, b, c]);
    expect(result.tasks.map((t) => [t.seq, t.extras ?? null])).toEqual([
      [1, { 责任单位: '嘉通集团', 备注: '含北延段\n已批复' }],
      [2, null],
    ]);
  });
});

describe('a submission lacking a role', () => {
  it('without a task column: a task gap, its rows listed as no-task, no task made', () => {
    const result = mergeSubmissions([submission('a.xlsx', B, [['1', '1.开工。', B, '按时推进']], ['序号', '进展情况', '牵头部门', '进展状态'])]);
    expect(result.incomplete).toEqual([{ file: 'a.xlsx', sheet: '进展', column: '主要工作任务', role: 'task' }]);
    expect(result.skipped.map((s) => [s.row, s.reason])).toEqual([
      [1, 'preamble'],
      [2, 'header'],
      [3, 'no-task'],
    ]);
    expect(result.tasks).toEqual([]);
  });

  it('without a progress column: a progress gap, its rows still merged', () => {
    const result = mergeSubmissions([submission('a.xlsx', B, [['1', '建设快速路', B, '按时推进']], ['序号', '主要工作任务', '牵头部门', '进展状态'])]);
    expect(result.incomplete.map((g) => g.role)).toEqual(['progress']);
    expect(result.tasks.map((t) => [t.seq, t.task, t.progress, t.sources.map((s) => s.row)])).toEqual([[1, '建设快速路', '', [3]]]);
  });
});

describe('finding limits of a merge', () => {
  it('lists MAX_FINDINGS_PER_CODE findings of a code and counts the rest in one too-many-findings; an input’s own too-many-findings is kept', () => {
    const masterRows = Array.from({ length: 1001 }, (_, i) => [String(i + 1), `任务${i + 1}`, A]);
    const { tasks: master }: { tasks: MasterTask[] } = readMasterList([grid([['序号', '主要工作任务', '牵头部门'], ...masterRows])]);
    const ownRows = Array.from({ length: 1001 }, (_, i) => [String(2001 + i), `自选${i + 1}`, '1.推进。', B, '']);
    const result = mergeSubmissions([submission('b.xlsx', B, ownRows)], { master });
    const count = (code: string): number => result.findings.filter((f) => f.code === code).length;
    expect([count('unexpected-task'), count('missing-submission'), count('status-missing')]).toEqual([1000, 1000, 1000]);
    expect(result.missing).toHaveLength(1001);
    expect(result.findings.filter((f) => f.code === 'too-many-findings').map((f) => [f.file, f.sheet, f.params])).toEqual([
      ['b.xlsx', '进展', { sheet: '进展', code: 'status-missing', limit: 1000, omitted: 1 }],
      [null, '汇总', { sheet: '汇总', code: 'unexpected-task', limit: 1000, omitted: 1 }],
      [null, '汇总', { sheet: '汇总', code: 'missing-submission', limit: 1000, omitted: 1 }],
    ]);
    const tooMany = result.findings.find((f) => f.file === null && f.code === 'too-many-findings');
    expect(tooMany && [tooMany.severity, tooMany.row, tooMany.column, tooMany.cell, tooMany.value]).toEqual(['info', null, null, null, '']);
  }, 60_000);

  it('a second omission of one code is counted', () => {
    const masterRows = Array.from({ length: 1002 }, (_, i) => [String(i + 1), `任务${i + 1}`, A]);
    const { tasks: master } = readMasterList([grid([['序号', '主要工作任务', '牵头部门'], ...masterRows])]);
    const result = mergeSubmissions([], { master });
    expect(result.findings.filter((f) => f.code === 'too-many-findings').map((f) => f.params)).toEqual([{ sheet: '汇总', code: 'missing-submission', limit: 1000, omitted: 2 }]);
  }, 60_000);
});
