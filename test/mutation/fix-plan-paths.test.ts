import type { Finding } from '../../src/core/finding';
import { planFixes, renumberItems } from '../../src/core/fix/plan';
import { validateGrid } from '../../src/core/validate';
import type { UnitEntry } from '../../src/core/template/schema';
import { grid, HEADER, task } from '../helpers/grid';

/**
 * Mutants of fix planning (src/core/fix/plan.ts) on the paths the first round left untested:
 * unit aliases (from the data and from a directory), progress written in sub-columns, and which
 * findings a fix counts as resolved. Expectations written by hand.
 */
const fixesOf = (plan: ReturnType<typeof planFixes>) => plan.fixes.map((f) => [f.sheet, f.cell, f.row, f.column, f.oldValue, f.newValue, f.kinds, f.codes]);
const unfixableOf = (plan: ReturnType<typeof planFixes>) => plan.unfixable.map((u) => [u.finding.cell, u.finding.code, u.reason]);

const TWO_ROW = [
  ['序号', '主要工作任务', '进展情况', '', '牵头部门', '进展状态'],
  ['', '', '已完成', '下一步', '', ''],
];
const MERGES = ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2', 'F1:F2'];
const subColumns = (rows: string[][]) => validateGrid(grid([...TWO_ROW, ...rows], { sheet: 'P', merges: MERGES }));

const DIRECTORY: UnitEntry[] = [
  { name: '市发展改革委', aliases: ['发改委'] },
  { name: '市科技局', aliases: [] },
];

describe('unit aliases', () => {
  it('a short form beside the full name in the data: replaced, tidied in the same fix, both kinds named', () => {
    const report = validateGrid(grid([HEADER, task(1, { units: '市交通运输局' }), task(2, { units: '交通运输局 、市统计局、' })], { sheet: 'U' }));
    const plan = planFixes(report);
    expect(fixesOf(plan)).toEqual([['U', 'D3', 3, '牵头部门', '交通运输局 、市统计局、', '市交通运输局 、市统计局', ['unit-spacing', 'unit-alias'], ['unit-alias']]]);
    expect(plan.unfixable).toEqual([]);
  });

  it('only unit-alias: the alias fix alone (its cell still tidied), no spacing fix elsewhere', () => {
    const report = validateGrid(grid([HEADER, task(1, { units: '市交通运输局、' }), task(2, { units: '交通运输局、市统计局' })]));
    expect(fixesOf(planFixes(report, { only: ['unit-alias'] }))).toEqual([['Sheet1', 'D3', 3, '牵头部门', '交通运输局、市统计局', '市交通运输局、市统计局', ['unit-alias'], ['unit-alias']]]);
    expect(fixesOf(planFixes(report, { only: ['unit-spacing'] }))).toEqual([['Sheet1', 'D2', 2, '牵头部门', '市交通运输局、', '市交通运输局', ['unit-spacing'], []]]);
  });

  it('an alias in the directory is replaced; a unit the directory does not know is left, even with a suggestion', () => {
    const report = validateGrid(grid([HEADER, task(1, { units: '发改委、区科技局' })]), { directory: DIRECTORY });
    const plan = planFixes(report);
    expect(fixesOf(plan)).toEqual([['Sheet1', 'D2', 2, '牵头部门', '发改委、区科技局', '市发展改革委、区科技局', ['unit-alias'], ['unit-alias']]]);
    expect(unfixableOf(plan)).toEqual([['D2', 'unit-unknown', 'judgement']]);
  });

  it('a unit-alias finding without a suggestion, without a unit, or without a units column plans nothing', () => {
    const report = validateGrid(grid([HEADER, task(1, { units: '发改委' })]), { directory: DIRECTORY });
    const alias = report.findings.find((f) => f.code === 'unit-alias') as Finding;
    const without = (changed: Partial<Finding>) => planFixes({ ...report, findings: [{ ...alias, ...changed } as Finding] });
    expect(fixesOf(without({ suggestion: undefined }))).toEqual([]);
    expect(unfixableOf(without({ suggestion: undefined }))).toEqual([['D2', 'unit-alias', 'judgement']]);
    expect(fixesOf(without({ params: {} } as Partial<Finding>))).toEqual([]);
    expect(fixesOf(without({ row: 3 }))).toEqual([]);
    const noUnits = validateGrid(
      grid([
        ['序号', '主要工作任务', '进展情况', '进展状态'],
        ['1', '任务1', '1.推进。', '按时推进'],
      ]),
    );
    expect(fixesOf(planFixes({ ...noUnits, findings: [{ ...alias, row: 2 }] }))).toEqual([]);
  });

  it('a suggestion on another finding (status-unknown) does not replace a unit', () => {
    const report = validateGrid(grid([HEADER, task(1, { units: '按时推进' })]));
    const unknown: Finding = { ...(report.findings[0] ?? ({} as Finding)), code: 'status-unknown', cell: 'D2', row: 2, params: { unit: '按时推进' }, suggestion: '市科技局' } as unknown as Finding;
    expect(fixesOf(planFixes({ ...report, findings: [unknown] }))).toEqual([]);
  });
});

describe('progress in sub-columns', () => {
  const rows = [
    ['1', '任务一', '1.甲\n3.乙', '2.开工。\n3.竣工。', '市发改委', '按时推进'],
    ['2.', '任务二', '1.甲', '5.丙', '市发改委', '按时推近'],
    ['3', '任务三', '1.甲', '1.丙', '市发改委', '按时推进'],
  ];

  it('each sub-column renumbered in its own cell, sorted with the other fixes by row then cell', () => {
    const plan = planFixes(subColumns(rows));
    expect(fixesOf(plan)).toEqual([
      ['P', 'C3', 3, '进展情况', '1.甲\n3.乙', '1.甲\n2.乙', ['progress-renumber'], ['progress-numbering']],
      ['P', 'D3', 3, '进展情况', '2.开工。\n3.竣工。', '1.开工。\n2.竣工。', ['progress-renumber'], ['progress-numbering']],
      ['P', 'A4', 4, '序号', '2.', '2', ['seq-format'], []],
      ['P', 'D4', 4, '进展情况', '5.丙', '1.丙', ['progress-renumber'], ['progress-numbering']],
      ['P', 'F4', 4, '进展状态', '按时推近', '按时推进', ['status-spelling'], ['status-unknown']],
    ]);
    expect(plan.unfixable).toEqual([]);
  });

  it('only other kinds: no sub-column is renumbered; by code or by kind: they are', () => {
    const report = subColumns(rows);
    expect(fixesOf(planFixes(report, { only: ['seq-format'] })).map((f) => f[1])).toEqual(['A4']);
    expect(fixesOf(planFixes(report, { only: ['progress-numbering'] })).map((f) => f[1])).toEqual(['C3', 'D3', 'D4']);
    expect(fixesOf(planFixes(report, { only: ['progress-renumber'] })).map((f) => f[1])).toEqual(['C3', 'D3', 'D4']);
    const unfixed = planFixes(report, { only: ['seq-format'] });
    expect(unfixableOf(unfixed)).toEqual([
      ['C3', 'progress-numbering', 'judgement'],
      ['D3', 'progress-numbering', 'judgement'],
      ['D4', 'progress-numbering', 'judgement'],
      ['F4', 'status-unknown', 'ambiguous'],
    ]);
  });

  it('a sub-column is renumbered only where a finding names its cell, and only when renumbering changes it', () => {
    const report = subColumns(rows);
    const onlyD3 = report.findings.filter((f) => f.cell === 'D3');
    expect(fixesOf(planFixes({ ...report, findings: onlyD3 })).map((f) => f[1])).toEqual(['D3', 'A4', 'F4']);
    // a finding at a sub-column whose numbering is already 1, 2…: nothing to write
    const atFine = { ...(onlyD3[0] as Finding), cell: 'D5', row: 5 };
    expect(fixesOf(planFixes({ ...report, findings: [atFine] })).map((f) => f[1])).toEqual(['A4', 'F4']);
    expect(unfixableOf(planFixes({ ...report, findings: [atFine] }))).toEqual([['D5', 'progress-numbering', 'judgement']]);
  });
});

describe('what a fix resolves', () => {
  const report = validateGrid(grid([HEADER, task(1), task('(2)'), task('３'), task('四'), task('x'), task('5.0'), task(6), task(6)]));

  it('序号 in other styles are written plainly; an invalid one needs content; a duplicate waits for renumbering', () => {
    const plan = planFixes(report);
    expect(fixesOf(plan).map((f) => [f[1], f[4], f[5], f[6], f[7]])).toEqual([
      ['A3', '(2)', '2', ['seq-format'], []],
      ['A4', '３', '3', ['seq-format'], []],
      ['A5', '四', '4', ['seq-format'], []],
      ['A7', '5.0', '5', ['seq-format'], []],
    ]);
    expect(unfixableOf(plan)).toEqual([
      ['A6', 'seq-invalid', 'needs-content'],
      ['A9', 'seq-duplicate', 'renumber-not-requested'],
    ]);
  });

  it('renumbering writes every 序号 1, 2, 3… (the invalid one too) and resolves the invalid and the duplicate', () => {
    const plan = planFixes(report, { renumber: true });
    expect(fixesOf(plan).map((f) => [f[1], f[4], f[5], f[6], f[7]])).toEqual([
      ['A3', '(2)', '2', ['seq-renumber'], ['seq-gap']],
      ['A4', '３', '3', ['seq-renumber'], ['seq-gap']],
      ['A5', '四', '4', ['seq-renumber'], ['seq-gap']],
      ['A6', 'x', '5', ['seq-renumber'], ['seq-gap']],
      ['A7', '5.0', '6', ['seq-renumber'], ['seq-gap']],
      ['A8', '6', '7', ['seq-renumber'], ['seq-gap']],
      ['A9', '6', '8', ['seq-renumber'], ['seq-gap']],
    ]);
    expect(unfixableOf(plan)).toEqual([]);
  });

  it('renumbering resolves a gap or duplicate at a 序号 that keeps its number (1, 1, 3 and 1, 3, 3 → 1, 2, 3)', () => {
    const gapKept = validateGrid(grid([HEADER, task(1), task(1), task(3)]));
    expect(unfixableOf(planFixes(gapKept))).toEqual([
      ['A3', 'seq-duplicate', 'renumber-not-requested'],
      ['A4', 'seq-gap', 'renumber-not-requested'],
    ]);
    const plan = planFixes(gapKept, { renumber: true });
    expect(fixesOf(plan).map((f) => [f[1], f[4], f[5]])).toEqual([['A3', '1', '2']]);
    expect(unfixableOf(plan)).toEqual([]);
    const duplicateKept = validateGrid(grid([HEADER, task(1), task(3), task(3)]));
    expect(unfixableOf(planFixes(duplicateKept, { renumber: true }))).toEqual([]);
  });

  it('renumbering asked for but excluded by only: the gaps wait for renumbering, nothing is written', () => {
    const report = validateGrid(grid([HEADER, task(1), task(1), task(3), task('３')]));
    const plan = planFixes(report, { renumber: true, only: ['seq-format'] });
    expect(fixesOf(plan)).toEqual([]);
    expect(unfixableOf(plan)).toEqual([
      ['A3', 'seq-duplicate', 'renumber-not-requested'],
      ['A4', 'seq-gap', 'renumber-not-requested'],
      ['A5', 'seq-duplicate', 'renumber-not-requested'],
    ]);
    expect(fixesOf(planFixes(report, { renumber: true, only: ['seq-gap'] })).map((f) => [f[1], f[5]])).toEqual([
      ['A3', '2'],
      ['A5', '4'],
    ]);
  });
});

describe('survivors of the focused run on plan.ts', () => {
  it('renumbering named by its kind alone in only', () => {
    const report = validateGrid(grid([HEADER, task(1), task(1), task(3)]));
    expect(fixesOf(planFixes(report, { renumber: true, only: ['seq-renumber'] })).map((f) => [f[1], f[5]])).toEqual([['A3', '2']]);
    expect(unfixableOf(planFixes(report, { renumber: true, only: ['seq-renumber'] }))).toEqual([]);
  });

  it('a renumbered or reformatted 序号 resolves only 序号 findings at its cell', () => {
    const report = validateGrid(grid([HEADER, task(1), task('２'), task(3)]));
    const at = (code: string, cell: string) => ({ ...(report.findings[0] ?? ({} as Finding)), code, cell, row: Number(cell.slice(1)), params: {} }) as unknown as Finding;
    expect(report.findings).toEqual([]);
    const renumbered = planFixes({ ...report, findings: [at('unexpected-task', 'A2'), at('seq-invalid', 'A3')] }, { renumber: true });
    expect(unfixableOf(renumbered)).toEqual([['A2', 'unexpected-task', 'judgement']]);
    // seq-format resolves an invalid 序号 at its cell, not a gap
    const formatted = planFixes({ ...report, findings: [at('seq-invalid', 'A3'), at('seq-gap', 'A3')] });
    expect(fixesOf(formatted).map((f) => [f[1], f[6]])).toEqual([['A3', ['seq-format']]]);
    expect(unfixableOf(formatted)).toEqual([['A3', 'seq-gap', 'renumber-not-requested']]);
  });

  it('a finding at a fixed cell stays unfixable when only another cell’s fix would resolve its code', () => {
    const report = validateGrid(grid([HEADER, task(1, { units: '市科技局、', status: '序时推进' })]));
    const alias = report.findings.find((f) => f.code === 'status-alias') as Finding;
    const plan = planFixes({ ...report, findings: [...report.findings, { ...alias, cell: 'D2' }] });
    expect(fixesOf(plan).map((f) => [f[1], f[7]])).toEqual([
      ['D2', []],
      ['E2', ['status-alias']],
    ]);
    expect(unfixableOf(plan)).toEqual([['D2', 'status-alias', 'judgement']]);
  });

  it('a yes/no status column is never respelled, even with a word of the status list in it', () => {
    const report = validateGrid(
      grid([
        ['序号', '重点任务', '进展情况', '牵头单位', '是否达序'],
        ['1', '任务', '1.推进。', '市科技局', '序时推进'],
      ]),
    );
    const plan = planFixes(report);
    expect([fixesOf(plan), unfixableOf(plan)]).toEqual([[], [['E2', 'status-unknown', 'ambiguous']]]);
  });

  it('sheets without a status, progress or units column plan the fixes they can', () => {
    const noStatus = validateGrid(
      grid([
        ['序号', '主要工作任务', '进展情况', '牵头部门'],
        ['1.', '任务', '1.推进。', '市科技局、'],
      ]),
    );
    expect(fixesOf(planFixes(noStatus)).map((f) => [f[1], f[5]])).toEqual([
      ['A2', '1'],
      ['D2', '市科技局'],
    ]);
    const noProgress = validateGrid(
      grid([
        ['序号', '主要工作任务', '牵头部门', '进展状态'],
        ['1', '任务', '市科技局', '序时推进'],
      ]),
    );
    expect(fixesOf(planFixes(noProgress)).map((f) => [f[1], f[5]])).toEqual([['D2', '按时推进']]);
    expect(unfixableOf(planFixes(noProgress))).toEqual([[null, 'missing-column', 'structure']]);
    const noUnits = validateGrid(
      grid([
        ['序号', '主要工作任务', '进展情况', '进展状态'],
        ['1', '任务', '1.推进。', '序时推进'],
      ]),
    );
    const alias = { ...(validateGrid(grid([HEADER, task(1, { units: '发改委' })]), { directory: DIRECTORY }).findings[0] as Finding) };
    expect(fixesOf(planFixes({ ...noUnits, findings: [...noUnits.findings, alias] })).map((f) => [f[1], f[5]])).toEqual([['D2', '按时推进']]);
  });

  it('progress is renumbered only where a progress-numbering finding names its cell', () => {
    const report = validateGrid(grid([HEADER, task(1, { progress: '2.甲\n3.乙' })]));
    expect(fixesOf(planFixes(report)).map((f) => [f[1], f[5]])).toEqual([['C2', '1.甲\n2.乙']]);
    expect(fixesOf(planFixes({ ...report, findings: [] }))).toEqual([]);
  });

  it('a status differing from its word only by spaces is respelled without a code', () => {
    const report = validateGrid(grid([HEADER, task(1, { status: ' 按时推进' })]));
    expect(fixesOf(planFixes(report)).map((f) => [f[1], f[5], f[6], f[7]])).toEqual([['E2', '按时推进', ['status-spelling'], []]]);
  });

  it('renumberItems: a separator after spaces is kept; a decimal line is no item', () => {
    expect(renumberItems('3 、乙')).toBe('1 、乙');
    expect(renumberItems('3.甲\n1.5亿元投资')).toBe('1.甲\n1.5亿元投资');
  });
});
