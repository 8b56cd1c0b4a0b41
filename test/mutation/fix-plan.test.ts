import { applyFixesToGrid } from '../../src/core/fix/apply';
import { planFixes, renumberItems, replaceUnit, tidyUnits } from '../../src/core/fix/plan';
import { validateGrid } from '../../src/core/validate';
import { grid, HEADER, task } from '../helpers/grid';

/** Mutants of fix planning (src/core/fix/plan.ts, apply.ts), killed with hand-written values. */
const fixesOf = (plan: ReturnType<typeof planFixes>) => plan.fixes.map((f) => [f.cell, f.row, f.column, f.oldValue, f.newValue, f.kinds, f.codes]);
const unfixableOf = (plan: ReturnType<typeof planFixes>) => plan.unfixable.map((u) => [u.finding.cell, u.finding.code, u.reason]);

describe('fix helpers', () => {
  it('replaceUnit: only whole units between separators', () => {
    expect(replaceUnit('发改委、市科技局 发改委x,发改委', '发改委', '市发展改革委')).toBe('市发展改革委、市科技局 发改委x,市发展改革委');
    expect(replaceUnit('x发改委；发改委;发改委，发改委\n发改委', '发改委', 'S')).toBe('x发改委；S;S，S\nS');
    expect(replaceUnit('axb、a.b', 'a.b', 'S')).toBe('axb、S');
    expect(replaceUnit('a(b)', 'a(b)', 'S')).toBe('S');
  });

  it('tidyUnits: lines trimmed, spaces folded, dangling separators dropped', () => {
    expect(tidyUnits(' 市科技局 、  市统计局、\n\n  市发展改革委，、 ')).toBe('市科技局 、 市统计局、\n市发展改革委');
    expect(tidyUnits('a\u3000\u3000b\t\tc\r\nd;；,')).toBe('a b c\nd');
    expect(tidyUnits('、、 ')).toBe('');
    expect(tidyUnits('市科技局')).toBe('市科技局');
  });

  it('renumberItems: numbered lines 1, 2, 3…, separators and other lines kept', () => {
    expect(renumberItems('3.甲\n说明\n 5、乙\n7．丙\n1-6月完成\n１２．丁')).toBe('1.甲\n说明\n 2、乙\n3．丙\n1-6月完成\n4．丁');
    expect(renumberItems('没有编号')).toBe('没有编号');
  });
});

describe('planning fixes', () => {
  it('status spellings, unit spacing, 序号 format, progress numbering; the rest left to people with a reason', () => {
    const report = validateGrid(
      grid([
        HEADER,
        ['1.', '任务1', '1.甲\n3.乙', ' 市科技局 、', '序时推进'],
        ['2', '任务2', '1.甲', '市统计局', '按时推近'],
        ['3', '任务3', '1.甲', '市统计局', '滞后'],
        ['5', '', '1.甲', '市统计局', '按时推进'],
      ]),
    );
    const plan = planFixes(report);
    expect(fixesOf(plan)).toEqual([
      ['A2', 2, '序号', '1.', '1', ['seq-format'], []],
      ['C2', 2, '进展情况', '1.甲\n3.乙', '1.甲\n2.乙', ['progress-renumber'], ['progress-numbering']],
      ['D2', 2, '牵头部门', ' 市科技局 、', '市科技局', ['unit-spacing'], []],
      ['E2', 2, '进展状态', '序时推进', '按时推进', ['status-spelling'], ['status-alias']],
      ['E3', 3, '进展状态', '按时推近', '按时推进', ['status-spelling'], ['status-unknown']],
    ]);
    expect(unfixableOf(plan)).toEqual([
      ['E4', 'status-unknown', 'ambiguous'],
      ['A5', 'seq-gap', 'renumber-not-requested'],
      ['B5', 'task-missing', 'needs-content'],
    ]);
  });

  it('only: by fix kind or by finding code', () => {
    const report = validateGrid(grid([HEADER, task(1, { status: '序时推进', units: '市科技局、' }), task(2, { status: '按时推近' })]));
    expect(fixesOf(planFixes(report, { only: ['status-spelling'] })).map((f) => f[0])).toEqual(['E2', 'E3']);
    expect(fixesOf(planFixes(report, { only: ['status-alias'] })).map((f) => f[0])).toEqual(['E2']);
    expect(fixesOf(planFixes(report, { only: ['unit-spacing'] })).map((f) => f[0])).toEqual(['D2']);
    expect(fixesOf(planFixes(report, { only: [] }))).toEqual([]);
    expect(fixesOf(planFixes(report)).map((f) => f[0])).toEqual(['D2', 'E2', 'E3']);
  });

  it('renumbering 序号 resolves gaps and duplicates; empty 序号 are skipped', () => {
    const report = validateGrid(grid([HEADER, task(1), task(2), task(2), task(5), task('')]));
    const plain = planFixes(report);
    expect(fixesOf(plain)).toEqual([]);
    expect(unfixableOf(plain).map((u) => [u[1], u[2]])).toEqual([
      ['seq-duplicate', 'renumber-not-requested'],
      ['seq-gap', 'renumber-not-requested'],
      ['seq-missing', 'needs-content'],
    ]);
    const renumbered = planFixes(report, { renumber: true });
    expect(fixesOf(renumbered)).toEqual([
      ['A4', 4, '序号', '2', '3', ['seq-renumber'], ['seq-gap']],
      ['A5', 5, '序号', '5', '4', ['seq-renumber'], ['seq-gap']],
    ]);
    expect(unfixableOf(renumbered)).toEqual([['A6', 'seq-missing', 'needs-content']]);
  });

  it('cells inside a merged range are not written', () => {
    const report = validateGrid(grid([HEADER, task(1, { status: '序时推进' }), task(2, { status: '' })], { merges: ['E2:E3'] }));
    expect(fixesOf(planFixes(report)).map((f) => [f[0], f[4]])).toEqual([['E2', '按时推进']]);
  });

  it('a sheet without a header: every finding is structural', () => {
    const report = validateGrid(grid([['随便'], ['什么']]));
    const plan = planFixes(report);
    expect([plan.fixes, plan.unfixable.map((u) => [u.finding.code, u.reason])]).toEqual([[], [['header-not-found', 'structure']]]);
  });

  it('applying fixes writes the new values into a copy of the grid, for its own sheet only', () => {
    const g = grid([['a', 'b'], ['c']], { sheet: 'S' });
    const fixed = applyFixesToGrid(g, [
      { sheet: 'S', cell: 'B2', row: 2, column: '', oldValue: '', newValue: 'x', kinds: [], codes: [] },
      { sheet: 'S', cell: 'D4', row: 4, column: '', oldValue: '', newValue: 'y', kinds: [], codes: [] },
      { sheet: 'T', cell: 'A1', row: 1, column: '', oldValue: '', newValue: 'z', kinds: [], codes: [] },
      { sheet: 'S', cell: '??', row: 1, column: '', oldValue: '', newValue: 'w', kinds: [], codes: [] },
    ]);
    expect(fixed.rows).toEqual([['a', 'b'], ['c', 'x'], [], ['', '', '', 'y']]);
    expect(g.rows).toEqual([['a', 'b'], ['c']]);
    expect(fixed.sheet).toBe('S');
  });
});
