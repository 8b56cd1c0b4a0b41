import { paramsOf } from '../../src/core/finding';
import type { Finding } from '../../src/core/finding';
import { builtinTemplate } from '../../src/core/template/builtin';
import type { Template } from '../../src/core/template/schema';
import { lookupUnit } from '../../src/core/rules/unit-names';
import { validateGrid } from '../../src/core/validate';
import { grid, HEADER, task, tuples } from '../helpers/grid';

/**
 * What each rule reports besides its cell: the values its message is written from (params), the
 * value and the suggestion, and the rows a rule leaves alone. Expectations written by hand.
 */
function of(findings: readonly Finding[], code: string): [string | null, unknown, string | undefined][] {
  return findings.filter((f) => f.code === code).map((f) => [f.cell, paramsOf(f), f.suggestion]);
}

const STATUSES = '已完成、进度较快、按时推进、部分滞后、进度滞后';

describe('params of each rule', () => {
  it('duplicate-column: the column by its label and every cell that names it', () => {
    const report = validateGrid(
      grid([
        [...HEADER, '牵头部门'],
        [...task(1), '市科技局'],
      ]),
    );
    expect(report.findings.filter((f) => f.code === 'duplicate-column').map((f) => [f.cell, f.column, f.value, paramsOf(f)])).toEqual([
      ['F1', '牵头部门', '牵头部门', { column: '牵头部门', cells: 'D1、F1' }],
    ]);
  });

  it('missing-column: no cell, an empty value, the label', () => {
    const report = validateGrid(
      grid([
        ['序号', '主要工作任务', '牵头部门', '进展状态'],
        ['1', '任务', '市科技局', '按时推进'],
      ]),
    );
    expect(report.findings.map((f) => [f.cell, f.column, f.value, paramsOf(f)])).toEqual([[null, '进展情况', '', { column: '进展情况' }]]);
  });

  it('the missing-value codes name their column; status-missing lists the statuses allowed', () => {
    const report = validateGrid(grid([HEADER, ['1', '', '', '', '']]));
    expect(report.findings.map((f) => [f.cell, f.code, paramsOf(f)])).toEqual([
      ['B2', 'task-missing', { column: '主要工作任务' }],
      ['C2', 'progress-missing', { column: '进展情况' }],
      ['D2', 'unit-missing', { column: '牵头部门' }],
      ['E2', 'status-missing', { column: '进展状态', allowed: STATUSES }],
    ]);
  });

  it('status-unknown: the statuses allowed and why no suggestion; status-alias: the standard word', () => {
    const report = validateGrid(grid([HEADER, task(1, { status: '不知道' }), task(2, { status: '序时推进' })]));
    expect(of(report.findings, 'status-unknown')).toEqual([['E2', { allowed: STATUSES, reason: 'reason.none' }, undefined]]);
    expect(of(report.findings, 'status-alias')).toEqual([['E3', { standard: '按时推进' }, '按时推进']]);
  });

  it('a yes/no status written another way (达序) is no status-alias', () => {
    const report = validateGrid(
      grid([
        ['序号', '主要工作任务', '进展情况', '牵头部门', '是否达序'],
        ['1', '任务', '1.推进。', '市科技局', '达序'],
        ['2', '任务二', '1.推进。', '市科技局', '否'],
      ]),
    );
    expect(tuples(report.findings)).toEqual([]);
  });

  it('unit-alias and unit-unknown: the unit as written, and whether the directory or the data said so', () => {
    const directory = [{ name: '市交通运输局', aliases: ['市交通局'] }];
    const withDirectory = validateGrid(grid([HEADER, task(1, { units: '市交通局' }), task(2, { units: '市不存在局' })]), { directory });
    expect(of(withDirectory.findings, 'unit-alias')).toEqual([['D2', { unit: '市交通局', basis: 'basis.directory' }, '市交通运输局']]);
    expect(of(withDirectory.findings, 'unit-unknown')).toEqual([['D3', { unit: '市不存在局' }, undefined]]);
    const fromData = validateGrid(grid([HEADER, task(1, { units: '市交通运输局' }), task(2, { units: '交通运输局' })]));
    expect(of(fromData.findings, 'unit-alias')).toEqual([['D3', { unit: '交通运输局', basis: 'basis.data' }, '市交通运输局']]);
  });

  it('progress-numbering: the numbers found and the ones expected, once for a merged progress cell', () => {
    const report = validateGrid(grid([HEADER, task(1, { progress: '1.立项。\n3.开工。\n4.竣工。' }), task(2, { progress: '' })], { merges: ['C2:C3'] }));
    expect(report.findings.map((f) => [f.cell, f.code, paramsOf(f)])).toEqual([['C2', 'progress-numbering', { found: '1, 3, 4', expected: '1, 2, 3' }]]);
  });
});

describe('deadline-passed', () => {
  const header = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态', '完成时限'];

  it('names the deadline and the period; a blank 完成时限 falls back to the deadline in the task text', () => {
    const report = validateGrid(grid([['截至9月30日'], header, [...task(1, { task: '6月底前完成立项' }), '   '], [...task(2), '8月底前']]));
    expect(of(report.findings, 'deadline-passed')).toEqual([
      ['E3', { deadline: '6月底前', period: '截至9月30日' }, undefined],
      ['E4', { deadline: '8月底前', period: '截至9月30日' }, undefined],
    ]);
  });

  it('a status that is not known, or known without a state, says nothing about the deadline', () => {
    const progress = builtinTemplate('progress');
    if (!progress) throw new Error('the progress template is built in');
    const template: Template = { ...progress, statuses: [...progress.statuses, { name: '其他', aliases: [], rank: 5, colour: '#FFFFFF' }] };
    const report = validateGrid(
      grid([['截至9月30日'], header, [...task(1, { status: '不知道' }), '6月底前'], [...task(2, { status: '其他' }), '6月底前'], [...task(3, { status: '进度滞后' }), '6月底前']]),
      { template },
    );
    expect(tuples(report.findings)).toEqual([
      ['E3', 'status-unknown'],
      ['E5', 'deadline-passed'],
    ]);
  });
});

describe('a sheet without a 序号 column', () => {
  it('the liaison table: no 序号 rule runs, the other rules do', () => {
    const report = validateGrid(
      grid([
        ['单位', '对接单位', '对接情况', '对接的初步成果'],
        ['市发展改革委', '省发展改革委', '已对接两次', '争取资金一笔'],
        ['市科技局', '省科技厅', '', '待对接'],
      ]),
    );
    expect([report.template, tuples(report.findings)]).toEqual(['liaison', [['C3', 'progress-missing']]]);
  });
});

describe('the units directory', () => {
  it('a standard name, an alias (the first entry that lists it), and the one name sharing the bare name as suggestion', () => {
    const directory = [
      { name: '市交通运输局', aliases: ['交通局'] },
      { name: '市交通运输局', aliases: [] },
      { name: '县交通局', aliases: ['交通局'] },
      { name: '市民政局', aliases: [] },
      { name: '区民政局', aliases: [] },
    ];
    expect(lookupUnit(directory, '市交通运输局')).toEqual({ kind: 'standard' });
    expect(lookupUnit(directory, '交通局')).toEqual({ kind: 'alias', standard: '市交通运输局' });
    // listed twice, still one name: suggested
    expect(lookupUnit(directory, '区交通运输局')).toEqual({ kind: 'unknown', suggestion: '市交通运输局' });
    // two names share 民政局: none suggested
    expect(lookupUnit(directory, '县民政局')).toEqual({ kind: 'unknown' });
    expect(lookupUnit([{ name: '市科技局', aliases: [] }], '县科技局')).toEqual({ kind: 'unknown', suggestion: '市科技局' });
  });
});
