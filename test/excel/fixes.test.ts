import type { Fix } from '../../src/core/fix/plan';
import { applyFixes, FIX_UNDO_SETTING, undoFixes } from '../../src/excel/fixes';
import { profile } from './double/profiles';
import { strictExcel } from './double/strict-excel';

function fix(cell: string, oldValue: string, newValue: string): Fix {
  return { sheet: '报表', cell, row: Number(cell.slice(1)), column: '进展状态', oldValue, newValue, kinds: ['status-spelling'], codes: ['status-unknown'] };
}

const m365 = profile('1.18');

describe('fixes in Excel', () => {
  it('applies the previewed values and undo restores exactly the before-image', async () => {
    const excel = strictExcel(m365, [{ name: '报表', rows: [['x', '', '', '', '']], fills: {} }]);
    excel.book.sheets[0]!.cells.set('2,4', '進度滯後');
    excel.book.sheets[0]!.cells.set('5,0', '４');
    excel.book.sheets[0]!.cells.set('3,3', '交通运输局');
    const result = await applyFixes(excel.context, [fix('E3', '進度滯後', '进度滞后'), fix('A6', '４', '4'), fix('D4', '交通运输局', '市交通运输局')]);
    expect(result).toEqual({ applied: 3, skipped: 0, undoDropped: 0 });
    expect(excel.value('报表', 'E3')).toBe('进度滞后');
    expect(excel.value('报表', 'A6')).toBe('4');
    expect(excel.syncs()).toBe(3); // read, the undo record, the cells
    excel.book.sheets[0]!.cells.set('3,3', '用户后来改的'); // edited by the user after the fix: undo leaves it
    expect(await undoFixes(excel.context)).toBe(2);
    expect(excel.value('报表', 'E3')).toBe('進度滯後');
    expect(excel.value('报表', 'A6')).toBe('４');
    expect(excel.value('报表', 'D4')).toBe('用户后来改的');
    expect(excel.setting(FIX_UNDO_SETTING)).toBeUndefined();
    expect(await undoFixes(excel.context)).toBe(0);
  });

  it('skips a cell changed since the preview and a cell holding a formula', async () => {
    const excel = strictExcel(m365, [{ name: '报表', rows: [['x']], formulas: { A6: '=ROW()' } }]);
    excel.book.sheets[0]!.cells.set('2,4', '按时推进');
    excel.book.sheets[0]!.cells.set('5,0', 6);
    const result = await applyFixes(excel.context, [fix('E3', '進度滯後', '进度滞后'), fix('A6', '6', '5')]);
    expect(result).toEqual({ applied: 0, skipped: 2, undoDropped: 0 });
    expect(excel.value('报表', 'E3')).toBe('按时推进');
    expect(excel.setting(FIX_UNDO_SETTING)).toBeUndefined();
  });

  it('undoes batches one at a time, the last first', async () => {
    const excel = strictExcel(m365, [{ name: '报表', rows: [['x']] }]);
    excel.book.sheets[0]!.cells.set('2,4', ' 按时推进 ');
    await applyFixes(excel.context, [fix('E3', ' 按时推进 ', '按时推进')]);
    await applyFixes(excel.context, [fix('E3', '按时推进', '进度较快')]);
    await undoFixes(excel.context);
    expect(excel.value('报表', 'E3')).toBe('按时推进');
    await undoFixes(excel.context);
    expect(excel.value('报表', 'E3')).toBe(' 按时推进 ');
  });

  it('undo passes over a sheet deleted since the fix', async () => {
    const excel = strictExcel(m365, [
      { name: '报表', rows: [['x']] },
      { name: '其他', rows: [['y']] },
    ]);
    excel.book.sheets[0]!.cells.set('2,4', '進度滯後');
    await applyFixes(excel.context, [fix('E3', '進度滯後', '进度滞后')]);
    excel.deleteSheet('报表');
    expect(await undoFixes(excel.context)).toBe(0);
    expect(excel.setting(FIX_UNDO_SETTING)).toBeUndefined();
  });
});
