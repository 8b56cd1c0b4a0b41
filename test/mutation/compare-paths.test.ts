import { compareReports, periodRows } from '../../src/core/compare/compare';
import { paramsOf } from '../../src/core/finding';
import { validateGrid } from '../../src/core/validate';
import { grid, HEADER, task } from '../helpers/grid';

/**
 * Mutants of period comparison (src/core/compare/compare.ts) on the paths the first round left
 * untested: liaison rows keyed by their unit, matching by task text across 序号, the period named
 * in progress-unchanged, statuses that did not change. Expectations written by hand.
 */
const report = (rows: string[][], sheet = 'S') => validateGrid(grid(rows, { sheet }));
const LIAISON = ['单位', '对接单位', '对接情况', '对接的初步成果'];

describe('liaison rows (no task column): keyed by their first unit', () => {
  const before = report([['截至5月15日'], LIAISON, ['区委统战部', '区经贸局', '1.走访企业', '成果'], ['', '区环保局', '2.对接', ''], ['区残联、区民政局', '区科技局', '1.调研', '成果']], 'A');

  it('rows of a period: a row without a unit is left out; the label is the first unit', () => {
    expect(periodRows(before).map((r) => [r.key, r.label, r.sheet, r.row, r.units, r.progress, r.progressCell, r.status, r.statusCell])).toEqual([
      ['u:区委统战部', '区委统战部', 'A', 3, ['区委统战部'], '1.走访企业', 'C3', undefined, null],
      ['u:区残联', '区残联', 'A', 5, ['区残联', '区民政局'], '1.调研', 'C5', undefined, null],
    ]);
  });

  it('a unit of both periods matches; the others are added, dropped, not reported', () => {
    const after = report([LIAISON, ['区残联', '区经贸局', '1.调研', '成果'], ['区财政局', '区环保局', '2.对接', '']], 'B');
    const c = compareReports([before], [after]);
    expect([c.matched, c.added, c.dropped, c.unitsDropped, c.unitsNew, c.unchanged]).toEqual([
      1,
      ['区财政局'],
      ['区委统战部'],
      ['区委统战部', '区民政局'],
      ['区财政局'],
      [{ label: '区残联', similarity: 'same' }],
    ]);
    expect(c.findings.map((f) => [f.code, f.severity, f.sheet, f.row, f.cell, f.value])).toEqual([
      ['progress-unchanged', 'warning', 'B', 2, 'C2', '1.调研'],
      ['task-added', 'info', 'B', 3, null, ''],
      ['task-dropped', 'warning', 'A', 3, null, ''],
      ['unit-not-reported', 'warning', 'A', null, null, '区委统战部'],
      ['unit-not-reported', 'warning', 'A', null, null, '区民政局'],
      ['unit-not-reported', 'info', 'B', null, null, '区财政局'],
    ]);
    expect([c.before, c.after]).toEqual([{ period: '截至5月15日', rows: 2 }, { rows: 2 }]);
  });
});

describe('matching tasks', () => {
  it('a task renumbered matches the old 序号 of its text; a task without 序号 matches a numbered one by text', () => {
    const before = report([
      HEADER,
      task(1, { task: '推进科创湖区建设', status: '按时推进' }),
      task(2, { task: '开展全市统计调查', status: '按时推进' }),
      ['', '组织专项检查工作', '1.甲', '市统计局', '按时推进'],
    ]);
    const after = report([
      HEADER,
      task(5, { task: '推进科创湖区建设', status: '部分滞后', progress: '乙' }),
      ['', '开展全市统计调查', '1.丙', '市统计局', '已完成'],
      task(7, { task: '组织专项检查工作', status: '按时推进', progress: '丁' }),
    ]);
    const c = compareReports([before], [after]);
    expect([c.matched, c.added, c.dropped]).toEqual([3, [], []]);
    expect(c.statusChanges).toEqual([
      { key: '#5', label: '推进科创湖区建设', before: '按时推进', after: '部分滞后', direction: 'worse' },
      { key: 't:开展全市统计调查', label: '开展全市统计调查', before: '按时推进', after: '已完成', direction: 'better' },
    ]);
    expect(c.findings.map((f) => [f.code, f.severity, f.row, f.cell, paramsOf(f).before, paramsOf(f).direction])).toEqual([
      ['status-changed', 'warning', 2, 'E2', '按时推进', 'direction.worse'],
      ['status-changed', 'info', 3, 'E3', '按时推进', 'direction.better'],
    ]);
  });

  it('a 序号 whose text agrees wins over another old row of the same text', () => {
    const before = report([HEADER, task(1, { task: '推进科创湖区建设工作', status: '按时推进' }), task(2, { task: '推进科创湖区建设', status: '部分滞后' })]);
    const after = report([HEADER, task(1, { task: '推进科创湖区建设', status: '按时推进', progress: '乙' }), task(2, { task: '开展全市统计调查', progress: '丙' })]);
    const c = compareReports([before], [after]);
    expect([c.matched, c.statusChanges, c.added, c.dropped]).toEqual([1, [], ['开展全市统计调查'], ['推进科创湖区建设']]);
  });

  it('a status unchanged, or unknown in either period, is no change', () => {
    const before = report([HEADER, task(1, { status: '按时推进' }), task(2, { status: '不清楚' }), task(3, { status: '部分滞后' })]);
    const after = report([HEADER, task(1, { status: '按时推进', progress: '甲' }), task(2, { status: '已完成', progress: '乙' }), task(3, { status: '', progress: '丙' })]);
    const c = compareReports([before], [after]);
    expect([c.matched, c.statusChanges]).toEqual([3, []]);
    expect(c.findings).toEqual([]);
  });
});

describe('the previous period named in progress-unchanged', () => {
  it('the first earlier sheet that names a period, even when the first sheet does not', () => {
    const first = report([HEADER, task(1, { progress: '完成前期工作' })], 'one');
    const second = report([['截至3月31日'], HEADER, task(9, { task: '另一项任务', progress: '别的' })], 'two');
    const after = report([['截至6月30日'], HEADER, task(1, { progress: '完成前期工作' })], 'new');
    const c = compareReports([first, second], [after]);
    expect(c.findings.map((f) => [f.code, f.sheet, paramsOf(f).previous ?? paramsOf(f).task])).toEqual([
      ['progress-unchanged', 'new', '截至3月31日'],
      ['task-dropped', 'two', '另一项任务'],
    ]);
    expect([c.before, c.after]).toEqual([{ rows: 2 }, { period: '截至6月30日', rows: 1 }]);
  });

  it('no earlier sheet names a period: the previous period is empty', () => {
    const before = report([HEADER, task(1, { progress: '完成前期工作' })]);
    const after = report([HEADER, task(1, { progress: '完成前期工作。' })]);
    expect(compareReports([before], [after]).findings.map((f) => [f.code, paramsOf(f).previous, paramsOf(f).similarity])).toEqual([['progress-unchanged', '', 'similarity.same']]);
  });

  it('an empty progress in either period is never unchanged', () => {
    const before = report([HEADER, task(1, { progress: '' }), task(2, { progress: '完成前期工作' })]);
    const after = report([HEADER, task(1, { progress: '完成前期工作' }), task(2, { progress: '' })]);
    expect(compareReports([before], [after]).unchanged).toEqual([]);
  });
});

describe('units reported in one period only', () => {
  it('with no earlier sheet, the new units are named at the new sheet; with no later sheet, the dropped at the old', () => {
    const one = report([HEADER, task(1, { units: '市科技局' })], 'one');
    expect(compareReports([], [one]).findings.map((f) => [f.code, f.sheet, f.value])).toEqual([
      ['task-added', 'one', ''],
      ['unit-not-reported', 'one', '市科技局'],
      ['compare-no-match', 'one', ''],
    ]);
    expect(compareReports([one], []).findings.map((f) => [f.code, f.sheet, f.value])).toEqual([
      ['task-dropped', 'one', ''],
      ['unit-not-reported', 'one', '市科技局'],
      ['compare-no-match', 'one', ''],
    ]);
  });
});
