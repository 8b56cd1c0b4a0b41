import type { Fix } from '../../src/core/fix/plan';
import { applyFixes, FIX_UNDO_SETTING, undoFixes } from '../../src/excel/fixes';
import { mockWorkbook } from './mock-workbook';

function fix(cell: string, oldValue: string, newValue: string): Fix {
  return { sheet: '报表', cell, row: Number(cell.slice(1)), column: '进展状态', oldValue, newValue, kinds: ['status-spelling'], codes: ['status-unknown'] };
}

describe('fixes in Excel', () => {
  it('applies the previewed values and undo restores exactly the before-image', async () => {
    const book = mockWorkbook([{ name: '报表', values: [['x']] }], { cells: { '报表!E3': '進度滯後', '报表!A6': '４', '报表!D4': '交通运输局' } });
    const result = await applyFixes(book.context, [fix('E3', '進度滯後', '进度滞后'), fix('A6', '４', '4'), fix('D4', '交通运输局', '市交通运输局')]);
    expect(result).toEqual({ applied: 3, skipped: 0 });
    expect(book.cells.get('报表!E3')).toBe('进度滞后');
    expect(book.cells.get('报表!A6')).toBe('4');
    expect(book.syncs()).toBe(2);
    book.cells.set('报表!D4', '用户后来改的'); // edited by the user after the fix: undo leaves it
    expect(await undoFixes(book.context)).toBe(2);
    expect(book.cells.get('报表!E3')).toBe('進度滯後');
    expect(book.cells.get('报表!A6')).toBe('４');
    expect(book.cells.get('报表!D4')).toBe('用户后来改的');
    expect(book.settings.has(FIX_UNDO_SETTING)).toBe(false);
    expect(await undoFixes(book.context)).toBe(0);
  });

  it('skips a cell changed since the preview and a cell holding a formula', async () => {
    const book = mockWorkbook([{ name: '报表', values: [['x']] }], { cells: { '报表!E3': '按时推进', '报表!A6': 6 }, formulas: { '报表!A6': '=ROW()' } });
    const result = await applyFixes(book.context, [fix('E3', '進度滯後', '进度滞后'), fix('A6', '6', '5')]);
    expect(result).toEqual({ applied: 0, skipped: 2 });
    expect(book.cells.get('报表!E3')).toBe('按时推进');
    expect(book.settings.has(FIX_UNDO_SETTING)).toBe(false);
  });

  it('undoes batches one at a time, the last first', async () => {
    const book = mockWorkbook([{ name: '报表', values: [['x']] }], { cells: { '报表!E3': ' 按时推进 ' } });
    await applyFixes(book.context, [fix('E3', ' 按时推进 ', '按时推进')]);
    await applyFixes(book.context, [fix('E3', '按时推进', '进度较快')]);
    await undoFixes(book.context);
    expect(book.cells.get('报表!E3')).toBe('按时推进');
    await undoFixes(book.context);
    expect(book.cells.get('报表!E3')).toBe(' 按时推进 ');
  });
});
