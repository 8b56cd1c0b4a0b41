import { cellColumn, compareFindings, finding, Finding } from '../../src/core/finding';

describe('findings', () => {
  const at = (cell: string): Finding => finding('seq-missing', {}, { severity: 'warning', sheet: 'S', row: 2, column: null, cell, value: '' });

  it('sort by column as Excel numbers them: Z < AA < AB < BA < AAA', () => {
    const cells = ['BA2', 'AAA2', 'AB2', 'Z2', 'AA2', 'B2'];
    expect(
      [...cells]
        .map(at)
        .sort(compareFindings)
        .map((f) => f.cell),
    ).toEqual(['B2', 'Z2', 'AA2', 'AB2', 'BA2', 'AAA2']);
    expect([cellColumn('A1'), cellColumn('Z9'), cellColumn('AA1'), cellColumn('BA1'), cellColumn('XFD1'), cellColumn(null)]).toEqual([1, 26, 27, 53, 16384, -1]);
  });

  it('are built with the params of their code', () => {
    const f = finding('seq-gap', { seq: 5, previous: 3, missing: '4' }, { severity: 'warning', sheet: 'S', row: 5, column: '序号', cell: 'A5', value: '5' });
    expect([f.code, f.params.missing]).toEqual(['seq-gap', '4']);
  });
});
