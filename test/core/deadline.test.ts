import { deadlineBefore, readDeadline, readPeriodEnd } from '../../src/core/deadline';
import { validateGrid } from '../../src/core/validate';
import { grid, HEADER, task, tuples } from '../helpers/grid';
import { paramsOf } from '../../src/core/finding';

describe('reading deadlines', () => {
  it.each([
    ['6月底前完成', { text: '6月底前', month: 6, day: 30 }],
    ['9月底前,制定方案', { text: '9月底前', month: 9, day: 30 }],
    ['2017年12月前完成', { text: '2017年12月前', year: 2017, month: 11, day: 30 }],
    ['2018年1月前', { text: '2018年1月前', year: 2017, month: 12, day: 31 }],
    ['力争年内建成', { text: '年内', month: 12, day: 31 }],
  ])('%s', (text, deadline) => {
    expect(readDeadline(text)).toEqual({ kind: 'date', deadline });
  });

  it('has none for ongoing work or plain text', () => {
    expect(readDeadline('持续推进')).toEqual({ kind: 'ongoing', text: '持续推进' });
    expect(readDeadline('建设一批重点项目')).toEqual({ kind: 'none' });
  });

  it('reads the end of a period', () => {
    expect(readPeriodEnd('截至6月30日', 2021)).toEqual({ year: 2021, month: 6, day: 30 });
    expect(readPeriodEnd('截至5月底')).toEqual({ month: 5, day: 31 });
    expect(readPeriodEnd('2021年上半年')).toEqual({ year: 2021, month: 6, day: 30 });
    expect(readPeriodEnd('第三季度', 2021)).toEqual({ year: 2021, month: 9, day: 30 });
  });

  it('compares a deadline with a period end', () => {
    expect(deadlineBefore({ text: '', month: 5, day: 31 }, { month: 6, day: 30 })).toBe(true);
    expect(deadlineBefore({ text: '', month: 6, day: 30 }, { month: 6, day: 30 })).toBe(false);
    expect(deadlineBefore({ text: '', year: 2017, month: 11, day: 30 }, { year: 2021, month: 6, day: 30 })).toBe(true);
  });
});

describe('deadline and contradiction rules', () => {
  const header = [['2021年上半年重点工作进展'], ['截至6月30日'], HEADER];

  it('deadline-passed: a deadline before the period end on a task not done', () => {
    const report = validateGrid(
      grid([
        ...header,
        task(1, { task: '5月底前完成方案编制' }),
        task(2, { task: '5月底前完成方案编制', progress: '1.方案已印发。', status: '已完成' }),
        task(3, { task: '9月底前建成' }),
        task(4, { task: '持续推进' }),
      ]),
    );
    expect(report.findings.map((f) => [f.cell, f.code, paramsOf(f).deadline])).toEqual([['E4', 'deadline-passed', '5月底前']]);
  });

  it('reads the deadline from a 完成时限 column when there is one', () => {
    const report = validateGrid(grid([...header.slice(0, 2), [...HEADER, '完成时限'], [...task(1), '2021年3月底前']]));
    expect(tuples(report.findings)).toEqual([['E4', 'deadline-passed']]);
  });

  it('status-contradiction: done in the text, behind in the status, and the reverse', () => {
    const report = validateGrid(
      grid([
        HEADER,
        task(1, { progress: '1.项目已全面完成并投入使用。', status: '进度滞后' }),
        task(2, { progress: '1.已完成招标。', status: '部分滞后' }),
        task(3, { progress: '1.工程尚未完成。', status: '已完成' }),
      ]),
    );
    expect(report.findings.map((f) => [f.cell, f.code, paramsOf(f).phrase])).toEqual([
      ['E2', 'status-contradiction', '全面完成'],
      ['E4', 'status-contradiction', '尚未完成'],
    ]);
  });
});
