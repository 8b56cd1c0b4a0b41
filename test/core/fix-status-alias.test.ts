import { planFixes } from '../../src/core/fix/plan';
import { validateGrid } from '../../src/core/validate';
import { grid, HEADER, task } from '../helpers/grid';

describe('fixing a status alias', () => {
  it('writes the standard word and counts status-alias as resolved', () => {
    const report = validateGrid(grid([HEADER, task(1, { status: '序时推进' })]));
    const plan = planFixes(report);
    expect(plan.fixes.map((f) => [f.cell, f.oldValue, f.newValue, f.codes])).toEqual([['E2', '序时推进', '按时推进', ['status-alias']]]);
    expect(plan.unfixable).toEqual([]);
  });

  it('leaves a yes/no status column alone', () => {
    const report = validateGrid(
      grid([
        ['序号', '重点任务', '进展情况', '牵头单位', '是否达序'],
        ['1', '任务', '1.推进。', '市科技局', '是'],
      ]),
    );
    expect(planFixes(report).fixes).toEqual([]);
  });
});
