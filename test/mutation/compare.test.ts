import { compareReports, NEAR_SIMILARITY, periodRows } from '../../src/core/compare/compare';
import { paramsOf } from '../../src/core/finding';
import { validateGrid } from '../../src/core/validate';
import { grid, HEADER, task } from '../helpers/grid';

/** Mutants of period comparison (src/core/compare/compare.ts), killed with hand-written values. */
const report = (rows: (string | number)[][], sheet = 'S') => validateGrid(grid(rows, { sheet }));

describe('comparing periods', () => {
  it('rows of a period: key by 序号, else by task text; rows without either are left out', () => {
    const rows = periodRows(report([HEADER, task(1), ['', '推进 建设。', '1.进展', '市科技局、市统计局', ''], ['', '', '1.进展', '市科技局', '']]));
    expect(rows.map((r) => [r.key, r.label, r.row, r.units, r.progressCell, r.status, r.statusCell])).toEqual([
      ['#1', '任务1', 2, ['市发展改革委'], 'C2', { name: '按时推进', rank: 2 }, 'E2'],
      ['t:推进建设', '推进 建设。', 3, ['市科技局', '市统计局'], 'C3', undefined, 'E3'],
    ]);
    expect(periodRows({ ...report([HEADER, task(1)]), model: undefined })).toEqual([]);
  });

  it('a 序号 whose task text changed matches by text; swapped rows keep their statuses', () => {
    const before = report([HEADER, task(1, { task: '推进科创湖区建设', status: '按时推进' }), task(2, { task: '开展全市统计调查', status: '部分滞后' })]);
    const after = report([HEADER, task(1, { task: '开展全市统计调查', status: '部分滞后', progress: '甲' }), task(2, { task: '推进科创湖区建设', status: '按时推进', progress: '乙' })]);
    const c = compareReports([before], [after]);
    expect([c.matched, c.statusChanges, c.added, c.dropped]).toEqual([2, [], [], []]);
    expect(c.findings).toEqual([]);
  });

  it('a 序号 whose task text agrees matches by 序号', () => {
    const before = report([HEADER, task(1, { task: '推进科创湖区建设', status: '按时推进' })]);
    const after = report([HEADER, task(1, { task: '推进科创湖区', status: '进度较快', progress: '甲' })]);
    const c = compareReports([before], [after]);
    expect(c.statusChanges).toEqual([{ key: '#1', label: '推进科创湖区', before: '按时推进', after: '进度较快', direction: 'better' }]);
    expect(c.findings.map((f) => [f.code, f.severity, f.row, f.cell, f.value, paramsOf(f).direction])).toEqual([['status-changed', 'info', 2, 'E2', '进度较快', 'direction.better']]);
  });

  it('rows without 序号 match by task text', () => {
    const before = report([HEADER, ['', '开展调研', '1.进展甲', '市统计局', '按时推进']]);
    const after = report([HEADER, ['', '开展调研。', '1.进展乙', '市统计局', '进度滞后']]);
    const c = compareReports([before], [after]);
    expect(c.statusChanges.map((s) => [s.key, s.before, s.after, s.direction])).toEqual([['t:开展调研', '按时推进', '进度滞后', 'worse']]);
    expect(c.findings.filter((f) => f.code === 'status-changed').map((f) => f.severity)).toEqual(['warning']);
  });

  it('progress pasted again: same, near (at 0.9), not near', () => {
    expect(NEAR_SIMILARITY).toBe(0.9);
    const before = report([['截至3月31日'], HEADER, task(1, { progress: '完成前期工作' }), task(2, { progress: 'abcdefghij' }), task(3, { progress: 'abcdefghij' }), task(4, { progress: '' })]);
    const after = report([
      ['截至6月30日'],
      HEADER,
      task(1, { progress: '1.完成前期工作。' }),
      task(2, { progress: 'abcdefghijkl' }),
      task(3, { progress: 'abcdefghijklm' }),
      task(4, { progress: '' }),
    ]);
    const c = compareReports([before], [after]);
    expect(c.unchanged).toEqual([
      { label: '任务1', similarity: 'same' },
      { label: '任务2', similarity: 'near' },
    ]);
    expect(c.findings.filter((f) => f.code === 'progress-unchanged').map((f) => [f.row, f.cell, f.value, paramsOf(f).previous, paramsOf(f).similarity])).toEqual([
      [3, 'C3', '1.完成前期工作。', '截至3月31日', 'similarity.same'],
      [4, 'C4', 'abcdefghijkl', '截至3月31日', 'similarity.near'],
    ]);
    expect([c.before, c.after]).toEqual([
      { period: '截至3月31日', rows: 4 },
      { period: '截至6月30日', rows: 4 },
    ]);
  });

  it('added and dropped tasks, units that reported in one period only', () => {
    const before = report([HEADER, task(1), task(2, { units: '市统计局' })], 'old');
    const after = report([HEADER, task(1, { progress: '别的进展' }), task(3, { units: '市科技局、市发展改革委' })], 'new');
    const c = compareReports([before], [after]);
    expect([c.matched, c.added, c.dropped, c.unitsDropped, c.unitsNew]).toEqual([1, ['任务3'], ['任务2'], ['市统计局'], ['市科技局']]);
    expect(c.findings.map((f) => [f.code, f.severity, f.sheet, f.row, f.value, paramsOf(f).when ?? paramsOf(f).task])).toEqual([
      ['task-added', 'info', 'new', 3, '', '任务3'],
      ['task-dropped', 'warning', 'old', 3, '', '任务2'],
      ['unit-not-reported', 'warning', 'old', null, '市统计局', 'when.dropped'],
      ['unit-not-reported', 'info', 'new', null, '市科技局', 'when.new'],
    ]);
    expect([c.before, c.after]).toEqual([{ rows: 2 }, { rows: 2 }]);
  });

  it('nothing matched: compare-no-match with the row counts', () => {
    const before = report([HEADER, task(1, { task: '推进科创湖区建设' })], 'old');
    const after = report([HEADER, task(1, { task: '开展全市统计调查' }), task(2, { task: '组织专项检查工作' })], 'new');
    const c = compareReports([before], [after]);
    expect(c.matched).toBe(0);
    expect(c.findings.filter((f) => f.code === 'compare-no-match').map((f) => [f.severity, f.sheet, paramsOf(f).before, paramsOf(f).after])).toEqual([['error', 'new', 1, 2]]);
    const none = compareReports([before], []);
    expect(none.findings.filter((f) => f.code === 'compare-no-match').map((f) => [f.sheet, paramsOf(f).before, paramsOf(f).after])).toEqual([['old', 1, 0]]);
    expect(compareReports([], []).findings.map((f) => [f.code, f.sheet])).toEqual([['compare-no-match', '']]);
  });
});
