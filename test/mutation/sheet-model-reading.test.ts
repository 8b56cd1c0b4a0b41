import { detectHeader } from '../../src/core/header';
import { classifyRow, readMeta, reportingUnitOf } from '../../src/core/sheet-model';
import { BUILTIN_TEMPLATES } from '../../src/core/template/builtin';
import { validateGrid } from '../../src/core/validate';
import { grid, HEADER, task, tuples } from '../helpers/grid';

/**
 * How the sheet model reads a sheet (src/core/sheet-model.ts), pinned case by case with expectations
 * written by hand: the lines above the header (title, period, unit, year), which rows are tasks and
 * which are skipped and why, cells read from sub-columns and rows shorter than the header.
 */
describe('the lines above the header', () => {
  it('the first 填报单位 line names the unit; a second one does not replace it', () => {
    expect(readMeta([['填报单位：市交通运输局'], ['填报单位：市科技局'], HEADER], 2)).toEqual({ reportingUnit: '市交通运输局' });
  });

  it('a line that is no 填报单位 line has no unit; the stamp note and the spaces around it are not part of the name', () => {
    expect(reportingUnitOf('市交通运输局')).toBeUndefined();
    expect(reportingUnitOf('填报单位：市交通运输局 （盖章）')).toBe('市交通运输局');
    expect(reportingUnitOf('填报单位：市交通运输局 ')).toBe('市交通运输局');
  });

  it('the first period named wins over a later one that is no 截至 date', () => {
    expect(readMeta([['2021年上半年重点工作进展情况'], ['1-6月'], HEADER], 2).period).toBe('2021年上半年');
    expect(readMeta([['第一季度重点工作进展'], ['2021年上半年'], HEADER], 2).period).toBe('第一季度');
    // a 截至 date on a later line still wins over the period of the title
    expect(readMeta([['2021年上半年重点工作进展情况'], ['截至6月30日'], HEADER], 2).period).toBe('截至6月30日');
  });

  it('a quarter after the year is itself precise: a second period on the line does not replace it', () => {
    expect(readMeta([['2021年第一季度（1-3月）重点工作进展'], HEADER], 1).period).toBe('2021年第一季度');
    // `2021年度` alone is the year, and the period written after it is the period
    expect(readMeta([['2021年度第一季度重点工作进展'], HEADER], 1).period).toBe('第一季度');
  });

  it('the title is the first line longer than four characters', () => {
    expect(readMeta([['附件1'], ['工作进展'], ['重点工作进展情况表'], HEADER], 3).title).toBe('重点工作进展情况表');
  });

  it('the year is the one written right before 年, not a number further left on the line', () => {
    expect(readMeta([['〔2023〕15号文件2024年任务进展'], HEADER], 1).year).toBe(2024);
    expect(readMeta([['2022 年重点工作'], HEADER], 1).year).toBe(2022);
  });
});

describe('which rows are tasks', () => {
  it('every row is a task or skipped with its kind; blank preamble rows are blank, whitespace included', () => {
    const report = validateGrid(grid([['附件1', '', '', '', ''], ['   ', '', '', '', ''], HEADER, task(1), ['', '', '', '', ''], task(2), ['', '主要工作任务', '进展情况', '', ''], task(3)]));
    expect(report.model?.skipped).toEqual([
      { index: 0, kind: 'preamble' },
      { index: 1, kind: 'blank' },
      { index: 2, kind: 'header' },
      { index: 4, kind: 'blank' },
      { index: 6, kind: 'repeated-header' },
    ]);
    expect(report.model?.rows.map((r) => r.index)).toEqual([3, 5, 7]);
  });

  it('a row naming two columns is a repeated header when they are at least half its texts', () => {
    const report = validateGrid(
      grid([
        HEADER,
        task(1),
        // two named of four texts: half, a repeated header
        ['', '主要工作任务', '进展情况', '甲', '乙'],
        // two named of five texts: a task (with a bad 序号)
        ['甲', '主要工作任务', '进展情况', '乙', '丙'],
        // one named of two texts: a task, not a header
        ['', '主要工作任务', '推进项目建设', '', ''],
      ]),
    );
    expect(report.model?.skipped).toEqual([
      { index: 0, kind: 'header' },
      { index: 2, kind: 'repeated-header' },
    ]);
    expect(report.model?.rows.map((r) => r.index)).toEqual([1, 3, 4]);
  });

  it('a row numbered like a task is a task, even when its texts are header words', () => {
    const report = validateGrid(grid([HEADER, task(1), ['2', '主要工作任务', '进展情况', '', ''], task(3)]));
    expect(report.model?.skipped).toEqual([{ index: 0, kind: 'header' }]);
    expect(report.model?.rows.map((r) => [r.index, r.seq])).toEqual([
      [1, { kind: 'number', value: 1, style: 'plain' }],
      [2, { kind: 'number', value: 2, style: 'plain' }],
      [3, { kind: 'number', value: 3, style: 'plain' }],
    ]);
  });

  it('only a Chinese 序号 with a heading is a section; a plain or bracketed number with one text is a task', () => {
    const report = validateGrid(grid([HEADER, ['一', '坚持经济建设中心', '', '', ''], ['（1）', '推进项目建设', '', '', ''], task(2), ['3', '', '', '', '']]));
    expect(report.model?.skipped).toEqual([
      { index: 0, kind: 'header' },
      { index: 1, kind: 'section' },
    ]);
    expect(report.model?.rows.map((r) => r.index)).toEqual([2, 3, 4]);
  });

  it('classifyRow finds the 序号 column itself when not told it', () => {
    const header = detectHeader(grid([HEADER]), BUILTIN_TEMPLATES);
    if (!header) throw new Error('the standard header is a header');
    expect(classifyRow(header.template, header, ['一', '坚持经济建设中心', '', '', ''])).toBe('section');
    expect(classifyRow(header.template, header, ['1', '推进项目建设', '', '', ''])).toBe('data');
  });

  it('a footer of 填表人 and 联系电话 in two cells is a note, not a task with four errors', () => {
    const report = validateGrid(grid([HEADER, task(1), ['填表人：张三', '', '联系电话：12345678', '', ''], ['审核人：李四', '填报日期：2021年6月30日', '', '', '']]));
    expect(report.model?.skipped).toEqual([
      { index: 0, kind: 'header' },
      { index: 2, kind: 'note' },
      { index: 3, kind: 'note' },
    ]);
    expect(tuples(report.findings)).toEqual([]);
  });

  it('a task whose text starts like a note line is still a task when other cells hold its progress', () => {
    const report = validateGrid(grid([HEADER, ['1', '联系人制度建设', '1.已建立制度。', '市政府办公室', '按时推进']]));
    expect([report.dataRows, tuples(report.findings)]).toEqual([1, []]);
  });
});

describe('rows shorter than the header and sheets without a 序号 column', () => {
  it('a 序号 column that is not there gives every row an empty 序号', () => {
    const liaison = validateGrid(
      grid([
        ['单位', '对接单位', '对接情况', '对接的初步成果'],
        ['市发展改革委', '省发展改革委', '已对接两次', '争取资金一笔'],
      ]),
    );
    expect([liaison.template, liaison.model?.rows.map((r) => r.seq)]).toEqual(['liaison', [{ kind: 'empty' }]]);
  });

  it('a row that ends before the 序号 column has an empty 序号', () => {
    const report = validateGrid(grid([['主要工作任务', '序号', '进展情况', '牵头部门', '进展状态'], ['推进项目建设']]));
    expect(report.model?.rows.map((r) => [r.index, r.seq])).toEqual([[1, { kind: 'empty' }]]);
  });
});

describe('progress read from sub-columns (已完成 / 下一步)', () => {
  const TWO_ROW = [
    ['序号', '主要工作任务', '进展情况', '', '牵头部门', '进展状态'],
    ['', '', '已完成', '下一步', '', ''],
  ];
  const MERGES = ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'F1:F2'];

  it('the same text in both sub-columns, spaces aside, is one text: the first cell as written', () => {
    const report = validateGrid(grid([...TWO_ROW, ['1', '任务一', ' 完成立项。 ', '完成立项。', '市发改委', '按时推进']], { merges: MERGES }));
    expect(report.model?.rows[0]?.cells.get('progress')).toEqual({ text: ' 完成立项。 ', col: 2, inherited: false });
  });

  it('no sub-column written: the progress cell as it is, spaces included, and nothing joined', () => {
    const report = validateGrid(grid([...TWO_ROW, ['1', '任务一', '  ', '', '市发改委', '按时推进']], { merges: MERGES }));
    expect(report.model?.rows[0]?.cells.get('progress')).toEqual({ text: '  ', col: 2, inherited: false });
  });

  it('a row that ends before the sub-columns reads an empty progress', () => {
    const report = validateGrid(grid([...TWO_ROW, ['1', '任务一']], { merges: MERGES }));
    expect(report.model?.rows[0]?.cells.get('progress')).toEqual({ text: '', col: 2, inherited: false });
  });
});
