import { itemNumbers, splitProgressItems, stripItemNumber } from '../../src/core/progress-items';

describe('progress items', () => {
  it('reads 1. and full-width 1． and 1、 numbering', () => {
    expect(itemNumbers('1.推进项目。\n2．完成招标。\n3、已开工。')).toEqual([1, 2, 3]);
  });

  it('does not take amounts or month ranges for item numbers', () => {
    expect(itemNumbers('1-6月完成投资3.22亿元。')).toEqual([]);
    expect(itemNumbers('1.开工。\n2.1-6月引进10个项目。')).toEqual([1, 2]);
    expect(itemNumbers('3.5亿元已到位。')).toEqual([]);
  });

  it('keeps unnumbered lines with the item above', () => {
    expect(splitProgressItems('1.第一项\n续写内容\n2.第二项')).toEqual([
      { number: 1, text: '1.第一项\n续写内容' },
      { number: 2, text: '2.第二项' },
    ]);
  });

  it('strips an item number but keeps the text as written', () => {
    expect(stripItemNumber('2．南湖区出台（试行）办法')).toBe('南湖区出台（试行）办法');
    expect(stripItemNumber('1-6月完成')).toBe('1-6月完成');
  });
});
