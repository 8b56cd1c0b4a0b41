import { resolveMerges } from '../../src/core/grid';
import { validateGrid } from '../../src/core/validate';
import { grid, HEADER, task, tuples } from '../helpers/grid';

/**
 * The sheet model keeps no map and no cell object per row (issue 17: a million-row sheet under 1 GB):
 * a row reads its cells from the merge-resolved texts when asked, and holds its 序号 packed in one
 * number. What a row gives out must be what the old per-row map held, merges and large 序号 included.
 */
describe('a model row reads its cells from the sheet', () => {
  it('text, column and inherited, for own and merged cells; nothing for a column the header lacks', () => {
    const report = validateGrid(grid([HEADER, task(1), ['2', '任务2', '1.推进。', '市科技局', '按时推进'], ['', '任务3', '1.推进。', '', '按时推进']], { merges: ['A3:A4', 'D3:D4'] }));
    const rows = report.model?.rows ?? [];
    expect(rows.map((r) => r.index)).toEqual([1, 2, 3]);
    const units = rows.map((r) => r.cells.get('units'));
    expect(units).toEqual([
      { text: '市发展改革委', col: 3, inherited: false },
      { text: '市科技局', col: 3, inherited: false },
      { text: '市科技局', col: 3, inherited: true },
    ]);
    expect(rows[2]?.cells.get('seq')).toEqual({ text: '2', col: 0, inherited: true });
    expect(rows[0]?.cells.get('deadline')).toBeUndefined();
    // asked twice, the same values
    expect(rows[1]?.cells.get('task')).toEqual(rows[1]?.cells.get('task'));
  });

  it('a 序号 in every spelling, and one too large to pack, comes back as parsed', () => {
    const huge = '123456789012345678901234';
    const report = validateGrid(grid([HEADER, task(7), task('（8）'), task('十二'), task(huge), task(''), task('甲'), task(0)]));
    expect(report.model?.rows.map((r) => r.seq)).toEqual([
      { kind: 'number', value: 7, style: 'plain' },
      { kind: 'number', value: 8, style: 'decorated' },
      { kind: 'number', value: 12, style: 'chinese' },
      { kind: 'number', value: Number(huge), style: 'plain' },
      { kind: 'empty' },
      { kind: 'invalid' },
      { kind: 'number', value: 0, style: 'plain' },
    ]);
  });
});

describe('seq-duplicate over small and large 序号', () => {
  it('finds a repeat of a 序号 past twice the row count as it finds a small one', () => {
    const report = validateGrid(grid([HEADER, task(1), task(99999), task(1), task(99999), task(2)]));
    expect(tuples(report.findings).filter(([, code]) => code === 'seq-duplicate')).toEqual([
      ['A4', 'seq-duplicate'],
      ['A5', 'seq-duplicate'],
    ]);
    expect(report.findings.filter((f) => f.code === 'seq-duplicate').map((f) => f.params)).toEqual([
      { seq: 1, firstRow: 2 },
      { seq: 99999, firstRow: 3 },
    ]);
  });
});

describe('merges resolved without copying the sheet', () => {
  it('copies only the rows a merge covers; every other row is the grid own array', () => {
    const g = grid([['标题'], ['a', 'b'], ['c', 'd'], ['e']], { merges: ['A1:B1', 'A3:A4'] });
    const { values, inherited } = resolveMerges(g);
    expect(values).toEqual([['标题', '标题'], ['a', 'b'], ['c', 'd'], ['c']]);
    expect(values[1]).toBe(g.rows[1]);
    expect(values[0]).not.toBe(g.rows[0]);
    expect(g.rows[0]).toEqual(['标题']);
    expect(g.rows[3]).toEqual(['e']);
    expect([inherited(0, 1), inherited(3, 0), inherited(2, 0), inherited(1, 1)]).toEqual([true, true, false, false]);
  });
});
