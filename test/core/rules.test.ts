import { builtinTemplate } from '../../src/core/template/builtin';
import { parseTemplate, Template } from '../../src/core/template/schema';
import { validateGrid } from '../../src/core/validate';
import { grid, HEADER, task, tuples } from '../helpers/grid';
import { paramsOf } from '../../src/core/finding';

/** One test per finding code: the code and the cell it points at, never the wording. */
describe('rules', () => {
  it('missing-column: a required column absent from the header (a table without status is not an error)', () => {
    const report = validateGrid(
      grid([
        ['序号', '主要工作任务', '牵头部门', '进展状态'],
        ['1', '任务', '市科技局', '按时推进'],
      ]),
    );
    expect(report.findings.map((f) => [f.row, f.code, paramsOf(f).column])).toEqual([[1, 'missing-column', '进展情况']]);
    expect(
      validateGrid(
        grid([
          ['序号', '主要工作任务', '进展情况', '牵头部门'],
          ['1', '任务', '1.推进。', '市科技局'],
        ]),
      ).findings,
    ).toEqual([]);
  });

  it('duplicate-column: a column named twice, reported at the second', () => {
    const report = validateGrid(
      grid([
        [...HEADER, '牵头单位'],
        [...task(1), '市财政局'],
      ]),
    );
    expect(tuples(report.findings)).toEqual([['F1', 'duplicate-column']]);
  });

  it('seq-missing: a row with content but no 序号 and no merged 序号 above', () => {
    const report = validateGrid(grid([HEADER, task(1), ['', '子任务', '1.推进。', '市科技局', '按时推进'], task(2)]));
    expect(tuples(report.findings)).toEqual([['A3', 'seq-missing']]);
  });

  it('seq-invalid: text that is no number, Chinese numerals read', () => {
    const report = validateGrid(grid([HEADER, task(1), task('第二项'), task('三'), task('4')]));
    expect(tuples(report.findings)).toEqual([['A3', 'seq-invalid']]);
  });

  it('seq-duplicate: the same number on two tasks, with the first row', () => {
    const report = validateGrid(grid([HEADER, task(1), task(2), task('2.')]));
    expect(tuples(report.findings)).toEqual([['A4', 'seq-duplicate']]);
    expect(report.findings[0]!.params).toEqual({ seq: 2, firstRow: 3 });
  });

  it('seq-gap: numbers that jump, as a warning at the row after the gap', () => {
    const report = validateGrid(grid([HEADER, task(1), task(2), task(5)]));
    expect(report.findings.map((f) => [f.cell, f.code, f.severity, paramsOf(f).missing])).toEqual([['A4', 'seq-gap', 'warning', '3–4']]);
  });

  it.each([
    ['task-missing', 'B2', { task: ' ' }],
    ['progress-missing', 'C2', { progress: '' }],
    ['unit-missing', 'D2', { units: '' }],
    ['status-missing', 'E2', { status: '' }],
  ] as const)('%s: an empty cell', (code, cell, overrides) => {
    const report = validateGrid(grid([HEADER, task(1, overrides)]));
    expect(tuples(report.findings)).toEqual([[cell, code]]);
  });

  it('status-unknown: with the nearest status as suggestion, none when ambiguous', () => {
    const report = validateGrid(grid([HEADER, task(1, { status: '進度滯後' }), task(2, { status: '滞后' }), task(3, { status: ' 按时推进 ' })]));
    expect(report.findings.map((f) => [f.cell, f.code, f.suggestion])).toEqual([
      ['E2', 'status-unknown', '进度滞后'],
      ['E3', 'status-unknown', undefined],
    ]);
  });

  it('progress-numbering: items numbered 1, 2, 4', () => {
    const report = validateGrid(grid([HEADER, task(1, { progress: '1.开工。\n2.推进。\n4.完成。' }), task(2, { progress: '情况良好，无编号。' })]));
    expect(report.findings.map((f) => [f.cell, f.code, paramsOf(f).found])).toEqual([['C2', 'progress-numbering', '1, 2, 4']]);
  });

  describe('unit names without a directory', () => {
    it('unit-alias: a short form beside the full name in the same data', () => {
      const report = validateGrid(
        grid([HEADER, task(1, { units: '交通运输局' }), task(2, { units: '市交通运输局' }), task(3, { units: '市经信局、\n生态环境局' }), task(4, { units: '市生态环境局' })]),
      );
      expect(report.findings.map((f) => [f.cell, f.code, paramsOf(f).unit, f.suggestion])).toEqual([
        ['D2', 'unit-alias', '交通运输局', '市交通运输局'],
        ['D4', 'unit-alias', '生态环境局', '市生态环境局'],
      ]);
    });

    it('says nothing when the data has two different prefixed units', () => {
      const report = validateGrid(grid([HEADER, task(1, { units: '民政局' }), task(2, { units: '市民政局' }), task(3, { units: '区民政局' })]));
      expect(report.findings).toEqual([]);
    });

    it('keeps 各县(市、区)政府 whole', () => {
      const report = validateGrid(grid([HEADER, task(1, { units: '市建设局\n各县(市、区)政府' }), task(2, { units: '县政府' })]));
      expect(report.findings).toEqual([]);
    });
  });

  describe('unit names with a directory', () => {
    const directory = [
      { name: '市交通运输局', aliases: ['交通局', '市交通局'] },
      { name: '市科技局', aliases: [] },
    ];

    it('unit-alias: an alias of the directory, with the standard name', () => {
      const report = validateGrid(grid([HEADER, task(1, { units: '市科技局、交通局' })]), { directory });
      expect(report.findings.map((f) => [f.cell, f.code, f.suggestion])).toEqual([['D2', 'unit-alias', '市交通运输局']]);
    });

    it('unit-unknown: a name the directory does not know, as a warning', () => {
      const report = validateGrid(grid([HEADER, task(1, { units: '科技局' }), task(2, { units: '市财政局' })]), { directory });
      expect(report.findings.map((f) => [f.cell, f.code, f.severity, f.suggestion])).toEqual([
        ['D2', 'unit-unknown', 'warning', '市科技局'],
        ['D3', 'unit-unknown', 'warning', undefined],
      ]);
    });
  });

  it('header-not-found: nothing looks like the template header', () => {
    expect(
      tuples(
        validateGrid(
          grid([
            ['a', 'b'],
            ['c', 'd'],
          ]),
        ).findings,
      ),
    ).toEqual([[null, 'header-not-found']]);
  });

  it('rule severities come from the template, and off turns a rule off', () => {
    const base = builtinTemplate('progress')!;
    const parsed = parseTemplate({ ...base, rules: { 'seq-missing': 'error', 'seq-gap': 'off' } });
    expect(parsed.ok).toBe(true);
    const template = (parsed as { value: Template }).value;
    const report = validateGrid(grid([HEADER, task(1), ['', '子项', '1.推进。', '市科技局', '按时推进'], task(5)]), { template });
    expect(report.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([['A3', 'seq-missing', 'error']]);
  });
});

describe('the liaison template', () => {
  const header = ['单位', '对接单位（含上级机关、国有企业等）', '对接情况', '对接的初步成果'];

  it('is detected from its header and checks its own columns', () => {
    const report = validateGrid(grid([['区级机关部门对接情况'], ['截至5月15日'], header, ['区民政局', '市民政局', '1．对接。\n2.落实。', '1．成果。'], ['', '市财政局', '', '']]));
    expect(report).toMatchObject({ template: 'liaison', headerRow: 3, dataRows: 2 });
    expect(report.meta.period).toBe('截至5月15日');
    expect(tuples(report.findings)).toEqual([
      ['A5', 'unit-missing'],
      ['C5', 'progress-missing'],
    ]);
  });
});
