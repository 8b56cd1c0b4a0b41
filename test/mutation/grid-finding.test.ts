import { FINDING_CATALOG, FINDING_CODES, FIX_KINDS, NO_FIX_REASONS, SEVERITY_FILL } from '../../src/core/catalog';
import { isReportError, ReportError } from '../../src/core/errors';
import { cellColumn, compareFindings, finding, severityRank } from '../../src/core/finding';
import type { Finding } from '../../src/core/finding';
import { cellText, columnCount, resolveMerges } from '../../src/core/grid';
import { directoryFromRows } from '../../src/core/units-directory';
import { grid } from '../helpers/grid';

/** Mutants of the core's data types (grid, finding order, catalog, errors, units directory), killed with hand-written values. */
describe('grids', () => {
  it('cell text and width', () => {
    const g = grid([['a', 'b'], ['c']], { merges: ['C1:D1'] });
    expect([cellText(g, 0, 1), cellText(g, 1, 1), cellText(g, 5, 0)]).toEqual(['b', '', '']);
    expect(columnCount(g)).toBe(4);
    expect(columnCount(grid([['a', 'b', 'c'], ['d']], { merges: ['A1:B1'] }))).toBe(3);
    expect(columnCount(grid([]))).toBe(0);
  });

  it('merged ranges give every covered cell the top-left text', () => {
    const g = grid(
      [
        ['a', 'b', 'c'],
        ['', '', ''],
        ['x', 'y'],
      ],
      { merges: ['A1:A2', 'B2:D3'] },
    );
    const cells = resolveMerges(g);
    expect(cells.values).toEqual([
      ['a', 'b', 'c'],
      ['a', '', '', ''],
      ['x', '', '', ''],
    ]);
    expect([cells.inherited(1, 0), cells.inherited(0, 0), cells.inherited(1, 1), cells.inherited(2, 3), cells.inherited(1, 3), cells.inherited(0, 1)]).toEqual([true, false, false, true, true, false]);
    // the grid's own rows are not changed
    expect(g.rows[1]).toEqual(['', '', '']);
  });

  it('a merge past the last row stops at it; a short row is padded', () => {
    const cells = resolveMerges(grid([['x'], []], { merges: ['A1:B4'] }));
    expect(cells.values).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
    const none = grid([['a']]);
    expect(resolveMerges(none).values).toBe(none.rows);
    expect(resolveMerges(none).inherited(0, 0)).toBe(false);
  });
});

describe('finding order', () => {
  const base = { sheet: 'S', column: null, value: '' };
  const f = (row: number | null, cell: string | null, severity: 'error' | 'warning' | 'info', code: 'seq-gap' | 'seq-missing' | 'task-missing', value = ''): Finding =>
    finding(code, {} as never, { ...base, row, cell, severity, value }) as Finding;

  it('by row, column (BA after AB), severity, code, value', () => {
    const list = [
      f(3, 'A3', 'warning', 'seq-gap'),
      f(2, 'BA2', 'error', 'task-missing'),
      f(2, 'AB2', 'error', 'task-missing'),
      f(2, 'AB2', 'info', 'task-missing'),
      f(2, 'AB2', 'warning', 'task-missing'),
      f(null, null, 'error', 'task-missing'),
      f(2, 'B2', 'warning', 'seq-missing', 'b'),
      f(2, 'B2', 'warning', 'seq-missing', 'a'),
      f(2, 'B2', 'warning', 'seq-gap', 'z'),
      f(2, null, 'info', 'seq-gap'),
    ];
    expect([...list].sort(compareFindings).map((x) => [x.row, x.cell, x.severity, x.code, x.value])).toEqual([
      [null, null, 'error', 'task-missing', ''],
      [2, null, 'info', 'seq-gap', ''],
      [2, 'B2', 'warning', 'seq-gap', 'z'],
      [2, 'B2', 'warning', 'seq-missing', 'a'],
      [2, 'B2', 'warning', 'seq-missing', 'b'],
      [2, 'AB2', 'error', 'task-missing', ''],
      [2, 'AB2', 'warning', 'task-missing', ''],
      [2, 'AB2', 'info', 'task-missing', ''],
      [2, 'BA2', 'error', 'task-missing', ''],
      [3, 'A3', 'warning', 'seq-gap', ''],
    ]);
  });

  it('column numbers of cells', () => {
    expect([cellColumn(null), cellColumn(''), cellColumn('A1'), cellColumn('Z3'), cellColumn('AA1'), cellColumn('AB1'), cellColumn('BA1'), cellColumn('12')]).toEqual([-1, -1, 1, 26, 27, 28, 53, 0]);
    expect(['error', 'warning', 'info'].map((s) => severityRank(s as 'error'))).toEqual([0, 1, 2]);
  });

  it('a finding carries its code, params and place', () => {
    expect(finding('seq-gap', { seq: 4, previous: 2, missing: '3' }, { severity: 'warning', sheet: 'S', row: 4, column: '序号', cell: 'A4', value: '4' })).toEqual({
      severity: 'warning',
      sheet: 'S',
      row: 4,
      column: '序号',
      cell: 'A4',
      value: '4',
      code: 'seq-gap',
      params: { seq: 4, previous: 2, missing: '3' },
    });
  });
});

describe('the catalog', () => {
  it('severity of every code', () => {
    const bySeverity = (s: string): string[] => FINDING_CODES.filter((c) => FINDING_CATALOG[c].severity === s);
    expect(bySeverity('error')).toEqual([
      'header-not-found',
      'missing-column',
      'duplicate-column',
      'seq-invalid',
      'seq-duplicate',
      'task-missing',
      'progress-missing',
      'unit-missing',
      'status-missing',
      'status-unknown',
      'role-missing',
      'compare-no-match',
    ]);
    expect(bySeverity('info')).toEqual(['too-many-findings', 'status-changed', 'task-added', 'status-conflict']);
    expect(bySeverity('warning')).toEqual([
      'seq-missing',
      'seq-gap',
      'unit-unknown',
      'unit-alias',
      'progress-numbering',
      'deadline-passed',
      'status-contradiction',
      'progress-unchanged',
      'task-dropped',
      'unit-not-reported',
      'task-mismatch',
      'unexpected-task',
      'duplicate-submission',
      'missing-submission',
      'status-alias',
      'task-unplaced',
      'encoding-guessed',
    ]);
    expect(FINDING_CODES).toHaveLength(33);
    expect(Object.keys(FINDING_CATALOG)).toEqual([...FINDING_CODES]);
  });

  it('fills, fix kinds and reasons', () => {
    expect(SEVERITY_FILL).toEqual({ error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' });
    expect(FIX_KINDS).toEqual(['status-spelling', 'unit-alias', 'unit-spacing', 'seq-format', 'seq-renumber', 'progress-renumber']);
    expect(NO_FIX_REASONS).toEqual(['needs-content', 'ambiguous', 'judgement', 'renumber-not-requested', 'structure', 'inside-merge']);
  });
});

describe('errors and units directories', () => {
  it('a report error: code, params, one line', () => {
    const plain = new ReportError('file-empty');
    expect([plain.code, plain.params, plain.message, plain.name, plain instanceof Error]).toEqual(['file-empty', {}, 'file-empty', 'ReportError', true]);
    const detailed = new ReportError('file-too-large', { part: 'CSV 文件', limitMb: 128 }, 'too big');
    expect([detailed.code, detailed.params, detailed.message]).toEqual(['file-too-large', { part: 'CSV 文件', limitMb: 128 }, 'too big']);
    expect([isReportError(plain), isReportError(new Error('x')), isReportError('file-empty')]).toEqual([true, false, false]);
  });

  it('a units directory: a name per row, aliases after it, header rows skipped', () => {
    expect(
      directoryFromRows([
        ['标准名称', '别名'],
        ['市发展改革委', '发改委、市发改委'],
        ['', ''],
        ['市科技局;科技局'],
        [' 市统计局 ', '统计局，市统计', '统计;；局\t统'],
        ['Name'],
        ['单位名称表', 'a,b'],
        ['名称'],
        ['单位'],
        ['规范名称'],
      ]),
    ).toEqual([
      { name: '市发展改革委', aliases: ['发改委', '市发改委'] },
      { name: '市科技局', aliases: ['科技局'] },
      { name: '市统计局', aliases: ['统计局', '市统计', '统计', '局', '统'] },
      { name: '单位名称表', aliases: ['a', 'b'] },
    ]);
  });
});
