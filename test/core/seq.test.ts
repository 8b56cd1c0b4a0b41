import { isSectionHeading, parseChineseNumeral, parseSeq } from '../../src/core/seq';

describe('reading 序号', () => {
  it.each([
    ['1', 1],
    ['１', 1],
    ['3.', 3],
    ['3．', 3],
    ['（4）', 4],
    ['(4)', 4],
    ['4、', 4],
    [' 12 ', 12],
    ['7.0', 7],
    ['十二', 12],
    ['二十', 20],
    ['（三）', 3],
  ])('%s reads as %i', (text, value) => {
    expect(parseSeq(text)).toMatchObject({ kind: 'number', value });
  });

  it.each(['abc', '1-2', '1.5', '(4', '一二', '第3项'])('%s is invalid, never ignored', (text) => {
    expect(parseSeq(text).kind).toBe('invalid');
  });

  it('is empty for blank cells', () => {
    expect(parseSeq('  ').kind).toBe('empty');
  });

  it('reads Chinese numerals up to hundreds', () => {
    expect(parseChineseNumeral('一百零五')).toBe(105);
    expect(parseChineseNumeral('九十九')).toBe(99);
    expect(parseChineseNumeral('abc')).toBeUndefined();
  });

  it('recognises section headings', () => {
    expect(isSectionHeading('一、坚持经济建设中心')).toBe(true);
    expect(isSectionHeading('（一）扩大有效投资')).toBe(true);
    expect(isSectionHeading('1.推进项目')).toBe(false);
  });
});
