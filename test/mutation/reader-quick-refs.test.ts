import { limitsWith } from '../../src/io/limits';
import { Q_COL, Q_EMPTY, Q_INDEX, Q_NUMBER, Q_ROW, Q_SHARED, Q_SLOTS, Q_STYLE, Q_TYPE, Q_VALUE, Q_VALUE_END, quickCell } from '../../src/io/sheet-quick-cell';
import { CELL_REF_COLUMNS, cellRef, cellRefAt, clampMerges, parseRef, rowNumber, rowNumberAt } from '../../src/io/sheet-refs';
import { errorOf } from '../helpers/error-code';

/**
 * Mutants of the cell shape read with character codes alone (src/io/sheet-quick-cell.ts) and of row
 * numbers, cell references and merged ranges (src/io/sheet-refs.ts): what each takes, what it
 * declines, and the exact numbers. Expectations by hand.
 */
const LIMITS = limitsWith();
const SMALL = limitsWith({ maxRows: 10, maxColumns: 3 });
/** Past Excel's sheet: only the readers' own bounds on letters and digits hold. */
const HUGE = limitsWith({ maxRows: 2_000_000_000, maxColumns: 1_000_000 });

/** quickCell on a cell written from `<c`: [next, row, col, style, type, index-or-value-start, value-end], or -1. */
function quick(xml: string, limits = LIMITS): number | number[] {
  const out = new Int32Array(Q_SLOTS).fill(-9);
  const next = quickCell(xml, 2, limits, out);
  if (next < 0) return next;
  const type = out[Q_TYPE] as number;
  const tail = type === Q_EMPTY ? [] : type === Q_SHARED ? [out[Q_INDEX] as number] : [out[Q_VALUE] as number, out[Q_VALUE_END] as number];
  return [next, out[Q_ROW] as number, out[Q_COL] as number, out[Q_STYLE] as number, type, ...tail];
}

describe('quickCell: the common cell shape', () => {
  it('a number, its value span; a shared string, its index; an empty cell', () => {
    //      0123456789012345678901
    expect(quick('<c r="B7"><v>12</v></c>')).toEqual([23, 6, 1, -1, Q_NUMBER, 13, 15]);
    expect(quick('<c r="A1" t="s"><v>305</v></c>')).toEqual([30, 0, 0, -1, Q_SHARED, 305]);
    expect(quick('<c r="A1" t="n"><v>-1.5E-3</v></c>')).toEqual([34, 0, 0, -1, Q_NUMBER, 19, 26]);
    expect(quick('<c r="C3"/>')).toEqual([11, 2, 2, -1, Q_EMPTY]);
    expect(quick('<c r="C3" s="4" t="s"/>')).toEqual([23, 2, 2, 4, Q_EMPTY]);
    expect(quick('<c r="C3"  />')).toEqual([13, 2, 2, -1, Q_EMPTY]);
    expect(quick('<c r="A1"><v></v></c>')).toEqual([21, 0, 0, -1, Q_NUMBER, 13, 13]);
    expect(quick('<c r="A1"><v>1\n2</v></c>')).toEqual([24, 0, 0, -1, Q_NUMBER, 13, 16]);
    expect([Q_EMPTY, Q_SHARED, Q_NUMBER]).toEqual([0, 1, 2]);
  });

  it('spaces before the end of the tag', () => {
    expect(quick('<c r="A2" s="1" ><v>1</v></c>')).toEqual([29, 1, 0, 1, Q_NUMBER, 20, 21]);
    expect(quick('<c r="A2"\n\t><v>1</v></c>')).toEqual([24, 1, 0, -1, Q_NUMBER, 15, 16]);
  });

  it('the style: s="0" is -1, s="00" is 0, up to 9 digits', () => {
    expect(quick('<c r="A1" s="0"/>')).toEqual([17, 0, 0, -1, Q_EMPTY]);
    expect(quick('<c r="A1" s="00"/>')).toEqual([18, 0, 0, 0, Q_EMPTY]);
    expect(quick('<c r="A1" s="7"/>')).toEqual([17, 0, 0, 7, Q_EMPTY]);
    expect(quick('<c r="A1" s="10"/>')).toEqual([18, 0, 0, 10, Q_EMPTY]);
    expect(quick('<c r="A1" s="123456789"/>')).toEqual([25, 0, 0, 123456789, Q_EMPTY]);
    expect(quick('<c r="A1" s="1234567890"/>')).toBe(-1);
    expect(quick('<c r="A1" s=""/>')).toBe(-1);
    expect(quick('<c r="A1" s="1a"/>')).toBe(-1);
    expect(quick('<c r="A1" s="-1"/>')).toBe(-1);
    expect(quick('<c r="A1" s="1/>')).toBe(-1);
  });

  it('references: letters then digits, within the limits', () => {
    expect(quick('<c r="Z9"/>')).toEqual([11, 8, 25, -1, Q_EMPTY]);
    expect(quick('<c r="AA10"/>')).toEqual([13, 9, 26, -1, Q_EMPTY]);
    expect(quick('<c r="XFD1048576"/>')).toEqual([19, 1048575, 16383, -1, Q_EMPTY]);
    expect(quick('<c r="A00000001"/>')).toEqual([18, 0, 0, -1, Q_EMPTY]);
    expect(quick('<c r="C10"/>', SMALL)).toEqual([12, 9, 2, -1, Q_EMPTY]);
    for (const ref of ['XFE1', 'A1048577', 'AAAA1', 'a1', '$A$1', 'A0', 'A', '1', 'A000000001', '@1', '[1', 'A1B', 'A-1', 'A1 ']) expect([ref, quick(`<c r="${ref}"/>`)]).toEqual([ref, -1]);
    expect(quick('<c r="D1"/>', SMALL)).toBe(-1);
    expect(quick('<c r="A11"/>', SMALL)).toBe(-1);
    // four letters or nine digits are no reference even where the limits would allow them
    expect(quick('<c r="AAAA1"/>', HUGE)).toBe(-1);
    expect(quick('<c r="A123456789"/>', HUGE)).toBe(-1);
    expect(quick('<c r="ZZZ12345678"/>', HUGE)).toEqual([20, 12345677, 18277, -1, Q_EMPTY]);
  });

  it('declines a tag that would read on past a missing quote', () => {
    for (const xml of ['<c r="A1 />', '<c r=#A1"/>', '<c r="A1" s="1 />', '<c r="A1" t="s />', '<c r="A1"x>', '<c r="A1"x<v>1</v></c>']) expect([xml, quick(xml)]).toEqual([xml, -1]);
  });

  it('declines when r is not first, quoted otherwise or spaced otherwise', () => {
    for (const xml of ['<c s="1" r="A1"/>', "<c r='A1'/>", '<c  r="A1"/>', '<c\tr="A1"/>', '<c x="A1"/>', '<c rr="A1"/>', '<c r "A1"/>', '<c r=A1"/>', '<c r=="A1"/>'])
      expect([xml, quick(xml)]).toEqual([xml, -1]);
  });

  it('s and t in that order, spaced and quoted that way; t only s or n', () => {
    for (const xml of [
      '<c r="A1" t="s" s="1"><v>0</v></c>',
      '<c r="A1" x="1"><v>0</v></c>',
      '<c r="A1"  s="1"><v>0</v></c>',
      '<c r="A1" ss="1"><v>0</v></c>',
      '<c r="A1" s "1"><v>0</v></c>',
      '<c r="A1" s=1"><v>0</v></c>',
      '<c r="A1" t="b"><v>1</v></c>',
      '<c r="A1" t="str"><v>1</v></c>',
      '<c r="A1" t=""><v>1</v></c>',
      '<c r="A1" t="e"><v>1</v></c>',
      '<c r="A1" t=\'s\'><v>1</v></c>',
      '<c r="A1" tt="s"><v>1</v></c>',
      '<c r="A1" t "s"><v>1</v></c>',
      '<c r="A1" t=s"><v>1</v></c>',
      '<c r="A1" t="s "><v>1</v></c>',
      '<c r="A1"/ >',
      '<c r="A1" /x',
      '<c r="A1"',
    ])
      expect([xml, quick(xml)]).toEqual([xml, -1]);
  });

  it('a formula before the value, self-closing or with text', () => {
    expect(quick('<c r="A1"><f>SUM(B1)</f><v>3</v></c>')).toEqual([36, 0, 0, -1, Q_NUMBER, 27, 28]);
    expect(quick('<c r="A1"><f t="shared" si="0"/><v>3</v></c>')).toEqual([44, 0, 0, -1, Q_NUMBER, 35, 36]);
    expect(quick('<c r="A1" t="s"><f a=">"/><v>2</v></c>')).toEqual([38, 0, 0, -1, Q_SHARED, 2]);
    expect(quick('<c r="A1"><f\n/><v>3</v></c>')).toEqual([27, 0, 0, -1, Q_NUMBER, 18, 19]);
    expect(quick('<c r="A1"><f></f><v>3</v></c>')).toEqual([29, 0, 0, -1, Q_NUMBER, 20, 21]);
  });

  it('declines other content', () => {
    for (const xml of [
      '<c r="A1"><f>x<y/></f><v>3</v></c>',
      '<c r="A1"><f>x</g><v>3</v></c>',
      '<c r="A1"><f>x<f><v>3</v></c>',
      '<c r="A1"><f>x</ff><v>3</v></c>',
      '<c r="A1"><f>x<xf><v>3</v></c>',
      '<c r="A1"><f>x</fx<v>3</v></c>',
      '<c r="A1">xf>1</f><v>2</v></c>',
      '<c r="A1">xv>1</v></c>',
      '<c r="A1"><x>1</v></c>',
      '<c r="A1"><f>x',
      '<c r="A1"><f a="1><v>3</v></c>',
      '<c r="A1"><fx/><v>3</v></c>',
      '<c r="A1"><f>1</f></c>',
      '<c r="A1"> <v>1</v></c>',
      '<c r="A1"><v>1</v> </c>',
      '<c r="A1"><v >1</v></c>',
      '<c r="A1"><x>1</x></c>',
      '<c r="A1"></c>',
      '<c r="A1"><v/></c>',
      '<c r="A1">x<v>1</v></c>',
      '<c r="A1"><v>a&amp;b</v></c>',
      '<c r="A1"><v>1\r</v></c>',
      '<c r="A1"><v>1',
      '<c r="A1"><v>1</v>',
      '<c r="A1" t="s"><v></v></c>',
      '<c r="A1" t="s"><v>1234567890</v></c>',
      '<c r="A1" t="s"><v> 1</v></c>',
      '<c r="A1" t="s"><v>1 </v></c>',
      '<c r="A1" t="s"><v>1</v>',
    ])
      expect([xml, quick(xml)]).toEqual([xml, -1]);
    expect(quick('<c r="A1" t="s"><v>123456789</v></c>')).toEqual([36, 0, 0, -1, Q_SHARED, 123456789]);
  });

  it('a formula tag never closed declines, whatever comes before the cell', () => {
    const xml = '</f><v>1</v></c><c r="A1"><f a="';
    expect(quickCell(xml, 18, LIMITS, new Int32Array(Q_SLOTS))).toBe(-1);
    // a formula with no tag after it, in a part that starts with what would end it
    const unended = '/f><v>1</v></c><c r="A1"><f>x';
    expect(quickCell(unended, 17, LIMITS, new Int32Array(Q_SLOTS))).toBe(-1);
  });

  it('`</v></c>` exactly, character by character', () => {
    const close = '</v></c>';
    for (let k = 0; k < close.length; k++) {
      const wrong = `${close.slice(0, k)}#${close.slice(k + 1)}`;
      expect([wrong, quick(`<c r="A1" t="s"><v>1${wrong}`)]).toEqual([wrong, -1]);
      expect([wrong, quick(`<c r="A1"><v>1${wrong}`)]).toEqual([wrong, -1]);
    }
  });
});

describe('row numbers', () => {
  it('rowNumber: strictly decimal, 0 is absent, past the sheet is corrupt', () => {
    expect(rowNumber('7', LIMITS)).toBe(7);
    expect(rowNumber('007', LIMITS)).toBe(7);
    expect(rowNumber('1048576', LIMITS)).toBe(1048576);
    for (const text of ['0', '000', '-5', '6.5', '', ' 7', '7 ', '+7', '1e3', 'A1']) expect([text, rowNumber(text, LIMITS)]).toEqual([text, undefined]);
    expect(errorOf(() => rowNumber('1048577', LIMITS))).toEqual(['file-corrupt', { problem: 'corrupt.row-beyond-sheet', value: '1048577' }]);
    expect(errorOf(() => rowNumber('9'.repeat(30), LIMITS))).toEqual(['file-corrupt', { problem: 'corrupt.row-beyond-sheet', value: '9'.repeat(20) }]);
    expect(errorOf(() => rowNumber('11', SMALL))).toEqual(['file-corrupt', { problem: 'corrupt.row-beyond-sheet', value: '11' }]);
    expect(rowNumber('10', SMALL)).toBe(10);
  });

  it('rowNumber: nine digits are read as a number, ten are past any sheet', () => {
    const huge = limitsWith({ maxRows: 2_000_000_000 });
    expect(rowNumber('123456789', huge)).toBe(123456789);
    expect(errorOf(() => rowNumber('1234567890', huge))).toEqual(['file-corrupt', { problem: 'corrupt.row-beyond-sheet', value: '1234567890' }]);
  });

  it('rowNumberAt: 1 to 9 plain digits in place; NaN for anything the string form reads', () => {
    expect(rowNumberAt('7', 0, 1, LIMITS)).toBe(7);
    expect(rowNumberAt('<row r="12">', 8, 10, LIMITS)).toBe(12);
    expect(rowNumberAt('0', 0, 1, LIMITS)).toBeUndefined();
    expect(rowNumberAt('00', 0, 2, LIMITS)).toBeUndefined();
    expect(rowNumberAt('10', 0, 2, SMALL)).toBe(10);
    expect(rowNumberAt('', 0, 0, LIMITS)).toBeNaN();
    expect(rowNumberAt('12', 1, 0, LIMITS)).toBeNaN();
    expect(rowNumberAt('0000000001', 0, 10, LIMITS)).toBeNaN();
    expect(rowNumberAt('000000001', 0, 9, LIMITS)).toBe(1);
    for (const text of ['a', '/', ':', '-1', '1 ', '1.0']) expect([text, rowNumberAt(text, 0, text.length, LIMITS)]).toEqual([text, NaN]);
  });

  it('rowNumberAt: past the sheet is corrupt, the value the stretch itself', () => {
    expect(errorOf(() => rowNumberAt('x1048577"><c r="A1"/>', 1, 8, LIMITS))).toEqual(['file-corrupt', { problem: 'corrupt.row-beyond-sheet', value: '1048577' }]);
    expect(errorOf(() => rowNumberAt('999999999', 0, 9, LIMITS))).toEqual(['file-corrupt', { problem: 'corrupt.row-beyond-sheet', value: '999999999' }]);
    expect(errorOf(() => rowNumberAt('11', 0, 2, SMALL))).toEqual(['file-corrupt', { problem: 'corrupt.row-beyond-sheet', value: '11' }]);
  });
});

describe('cell references', () => {
  it('parseRef: a cell, a column alone, a row alone, any case, $ signs', () => {
    expect(parseRef('B7', LIMITS)).toEqual({ row: 6, col: 1 });
    expect(parseRef('$B$7', LIMITS)).toEqual({ row: 6, col: 1 });
    expect(parseRef('b7', LIMITS)).toEqual({ row: 6, col: 1 });
    expect(parseRef('z1', LIMITS)).toEqual({ row: 0, col: 25 });
    expect(parseRef('AA1', LIMITS)).toEqual({ row: 0, col: 26 });
    expect(parseRef('XFD1048576', LIMITS)).toEqual({ row: 1048575, col: 16383 });
    expect(parseRef('A00000001', LIMITS)).toEqual({ row: 0, col: 0 });
    expect(parseRef('B', LIMITS)).toEqual({ row: -1, col: 1 });
    expect(parseRef('$B', LIMITS)).toEqual({ row: -1, col: 1 });
    expect(parseRef('B$', LIMITS)).toEqual({ row: -1, col: 1 });
    expect(parseRef('7', LIMITS)).toEqual({ row: 6, col: -1 });
    expect(parseRef('$7', LIMITS)).toEqual({ row: 6, col: -1 });
    expect(parseRef('C10', SMALL)).toEqual({ row: 9, col: 2 });
    expect(parseRef('ZZZ12345678', HUGE)).toEqual({ row: 12345677, col: 18277 });
  });

  it('parseRef: no reference, or past the sheet', () => {
    for (const ref of ['', '$', 'AAAA1', 'XFE1', 'A1048577', 'A0', 'A1.5', 'A123456789', '1$', 'A$$1', '$$A1', '@1', '[1', '`1', '{1', 'A 1', 'A-1', '1A'])
      expect([ref, parseRef(ref, LIMITS)]).toEqual([ref, undefined]);
    expect(parseRef('D1', SMALL)).toBeUndefined();
    expect(parseRef('A11', SMALL)).toBeUndefined();
    for (const ref of ['$$7', 'AAAA1', 'A123456789']) expect([ref, parseRef(ref, HUGE)]).toEqual([ref, undefined]);
  });

  it('cellRef: a cell only; past the sheet is corrupt, a row 0 or no reference is absent', () => {
    expect(cellRef('B7', LIMITS)).toEqual({ row: 6, col: 1 });
    expect(cellRef('$c$3', LIMITS)).toEqual({ row: 2, col: 2 });
    expect(cellRef('A1', LIMITS)).toEqual({ row: 0, col: 0 });
    expect(cellRef('A9', LIMITS)).toEqual({ row: 8, col: 0 });
    for (const ref of ['B', '7', 'A0', '$A$00', 'AB0', '$AB$000', 'AAAA1', 'A1.5', '', 'A', '1:1']) expect([ref, cellRef(ref, LIMITS)]).toEqual([ref, undefined]);
    expect(errorOf(() => cellRef('XFE1', LIMITS))).toEqual(['file-corrupt', { problem: 'corrupt.cell-beyond-sheet', value: 'XFE1' }]);
    expect(errorOf(() => cellRef('a1048577', LIMITS))).toEqual(['file-corrupt', { problem: 'corrupt.cell-beyond-sheet', value: 'a1048577' }]);
    expect(errorOf(() => cellRef('$A$1048577', LIMITS))).toEqual(['file-corrupt', { problem: 'corrupt.cell-beyond-sheet', value: '$A$1048577' }]);
    expect(errorOf(() => cellRef(`A${'1'.repeat(30)}`, LIMITS))).toEqual(['file-corrupt', { problem: 'corrupt.cell-beyond-sheet', value: `A${'1'.repeat(19)}` }]);
    expect(errorOf(() => cellRef('A01048577', LIMITS))).toEqual(['file-corrupt', { problem: 'corrupt.cell-beyond-sheet', value: 'A01048577' }]);
    expect(errorOf(() => cellRef('D1', SMALL))).toEqual(['file-corrupt', { problem: 'corrupt.cell-beyond-sheet', value: 'D1' }]);
  });

  it('cellRefAt: a plain cell reference packed as row × 16,384 + column', () => {
    expect(CELL_REF_COLUMNS).toBe(16384);
    expect(cellRefAt('B7', 0, 2, LIMITS)).toBe(6 * 16384 + 1);
    expect(cellRefAt('$B$7', 0, 4, LIMITS)).toBe(6 * 16384 + 1);
    expect(cellRefAt('b7', 0, 2, LIMITS)).toBe(6 * 16384 + 1);
    expect(cellRefAt('r="AA10"', 3, 7, LIMITS)).toBe(9 * 16384 + 26);
    expect(cellRefAt('XFD1048576', 0, 10, LIMITS)).toBe(1048575 * 16384 + 16383);
    expect(cellRefAt('A00000001', 0, 9, LIMITS)).toBe(0);
    expect(cellRefAt('A1B', 0, 2, LIMITS)).toBe(0);
    expect(cellRefAt('C10', 0, 3, SMALL)).toBe(9 * 16384 + 2);
    expect(cellRefAt('Z1', 0, 2, LIMITS)).toBe(25);
    expect(cellRefAt('z9', 0, 2, LIMITS)).toBe(8 * 16384 + 25);
    expect(cellRefAt('ZZZ12345678', 0, 11, HUGE)).toBe(12345677 * 16384 + 18277);
  });

  it('cellRefAt: -1 for anything else', () => {
    for (const ref of ['B', '7', '', 'AAAA1', 'A0', 'A00', 'A1.5', 'XFE1', 'A1048577', 'A000000001', '$$B7', 'B$$7', '@1', '{1', 'A1 ', 'A-1', 'A1B', 'A1:', 'A1/'])
      expect([ref, cellRefAt(ref, 0, ref.length, LIMITS)]).toEqual([ref, -1]);
    for (const ref of ['AAAA1', 'A123456789']) expect([ref, cellRefAt(ref, 0, ref.length, HUGE)]).toEqual([ref, -1]);
    expect(cellRefAt('D1', 0, 2, SMALL)).toBe(-1);
    expect(cellRefAt('A11', 0, 3, SMALL)).toBe(-1);
  });
});

describe('merged ranges clamped to the used range', () => {
  it('a range, written either way round, cut at the used range', () => {
    expect(clampMerges(['A1:B2'], 5, 5, LIMITS)).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    expect(clampMerges(['B2:A1'], 5, 5, LIMITS)).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    expect(clampMerges(['B3:A1'], 5, 5, LIMITS)).toEqual([{ top: 0, left: 0, bottom: 2, right: 1 }]);
    expect(clampMerges([' C2:D4 '], 2, 2, LIMITS)).toEqual([{ top: 1, left: 2, bottom: 2, right: 2 }]);
    expect(clampMerges(['A1:C3'], 1, 1, LIMITS)).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
    expect(clampMerges(['A1:A2', 'A3:B3'], 5, 5, LIMITS)).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 2, left: 0, bottom: 2, right: 1 },
    ]);
  });

  it('whole columns and rows cut at the used range, or at the sheet', () => {
    expect(clampMerges(['A:A'], 4, 3, LIMITS)).toEqual([{ top: 0, left: 0, bottom: 4, right: 0 }]);
    expect(clampMerges(['C:B'], 4, 3, LIMITS)).toEqual([{ top: 0, left: 1, bottom: 4, right: 2 }]);
    expect(clampMerges(['1:2'], 4, 3, LIMITS)).toEqual([{ top: 0, left: 0, bottom: 1, right: 3 }]);
    expect(clampMerges(['3:2'], 4, 3, LIMITS)).toEqual([{ top: 1, left: 0, bottom: 2, right: 3 }]);
    expect(clampMerges(['A:B'], 100, 100, SMALL)).toEqual([{ top: 0, left: 0, bottom: 9, right: 1 }]);
    expect(clampMerges(['1:1'], 100, 100, SMALL)).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  it('a range wholly outside the used range, or one cell after clamping, is left out', () => {
    expect(clampMerges(['D5:E6'], 2, 9, LIMITS)).toEqual([]);
    expect(clampMerges(['D1:E2'], 9, 2, LIMITS)).toEqual([]);
    expect(clampMerges(['A1:B2'], -1, -1, LIMITS)).toEqual([]);
    expect(clampMerges(['A1:A1', 'A1'], 5, 5, LIMITS)).toEqual([]);
    expect(clampMerges(['A1:B2'], 0, 0, LIMITS)).toEqual([]);
    expect(clampMerges(['A1:B2'], 0, 1, LIMITS)).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(clampMerges(['A1:B2'], 1, 0, LIMITS)).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
    expect(clampMerges(['B:B'], 5, 0, LIMITS)).toEqual([]);
    expect(clampMerges(['2:2'], 0, 5, LIMITS)).toEqual([]);
  });

  it('a reference that is no range is corrupt, its text cut to 30 characters', () => {
    for (const ref of ['A1:B', 'A:1', 'A1:2', '1:A', 'A', '1', '?', 'A1:?', '?:A1', ''])
      expect([ref, errorOf(() => clampMerges([ref], 5, 5, LIMITS))]).toEqual([ref, ['file-corrupt', { problem: 'corrupt.merge-invalid', value: ref }]]);
    const long = `A1:${'B'.repeat(40)}`;
    expect(errorOf(() => clampMerges([long], 5, 5, LIMITS))).toEqual(['file-corrupt', { problem: 'corrupt.merge-invalid', value: long.slice(0, 30) }]);
  });
});
