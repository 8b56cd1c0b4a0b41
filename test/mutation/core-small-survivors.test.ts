import { readPeriodEnd } from '../../src/core/deadline';
import { cellColumn } from '../../src/core/finding';
import { resolveMerges } from '../../src/core/grid';
import { itemNumber, itemTextWithoutNumber, splitProgressItems } from '../../src/core/progress-items';
import { grid } from '../helpers/grid';

/** Mutants of grid.ts, progress-items.ts, deadline.ts and finding.ts left by the other tests. */
describe('merged cells on a short row', () => {
  it('a merge starting past the row end fills blanks, never a stray text', () => {
    const cells = resolveMerges(grid([['x'], ['y']], { merges: ['C1:D1'] }));
    expect(cells.values[0]).toEqual(['x', '', '', '']);
    expect(cells.values[1]).toEqual(['y']);
    expect([cells.inherited(0, 1), cells.inherited(0, 2), cells.inherited(0, 3)]).toEqual([false, false, true]);
  });

  it('a column past the key range is never inherited (no key of the next row)', () => {
    const cells = resolveMerges(grid([['序号'], ['']], { merges: ['A1:A2'] }));
    expect(cells.inherited(1, 0)).toBe(true);
    expect(cells.inherited(0, 2 ** 24)).toBe(false);
    expect(cells.inherited(0, 2 ** 24 + 1)).toBe(false);
  });
});

describe('progress items', () => {
  it('only the first 16 characters are read for an item number', () => {
    // within 16 characters this is a decimal: 1.12345678901234…
    expect(itemNumber('1.12345678901234月完成')).toBeNull();
    expect(itemNumber('1.完成')).toBe(1);
  });

  it('an unnumbered one-line item keeps its text, a decimal included', () => {
    const [item] = splitProgressItems('3.5亿元已到位。');
    expect(item).toEqual({ number: null, text: '3.5亿元已到位。' });
    expect(item && itemTextWithoutNumber(item)).toBe('3.5亿元已到位。');
    // an item of several lines is read again, as stripItemNumber reads it: a number alone on its line is stripped
    const [several] = splitProgressItems('1.\n续写内容');
    expect(several).toEqual({ number: null, text: '1.\n续写内容' });
    expect(several && itemTextWithoutNumber(several)).toBe('续写内容');
    const [numbered] = splitProgressItems('2、完成招标');
    expect(numbered && itemTextWithoutNumber(numbered)).toBe('完成招标');
  });
});

describe('period ends', () => {
  it('a year is four digits: 5年3月 is no period', () => {
    expect(readPeriodEnd('第5年3月')).toBeUndefined();
    expect(readPeriodEnd('2024年3月')).toEqual({ year: 2024, month: 3, day: 31 });
  });
});

describe('finding columns', () => {
  it('column letters are read at the start of the address only', () => {
    expect(cellColumn('BA7')).toBe(53);
    expect(cellColumn('7B')).toBe(0);
  });
});
