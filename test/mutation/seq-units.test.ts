import { paramsOf } from '../../src/core/finding';
import { isSectionHeading, parseChineseNumeral, parseSeq } from '../../src/core/seq';
import { hasLevelPrefix, joinUnits, splitUnits, unitKey, withoutLevelPrefix } from '../../src/core/units';
import { validateGrid } from '../../src/core/validate';
import { grid, HEADER, task } from '../helpers/grid';

/** 序号 and 牵头部门, written out by hand value by value, so a changed digit, bracket or separator fails. */
describe('序号, value by value', () => {
  it.each([
    ['1', 1, 'plain'],
    ['１２', 12, 'plain'],
    ['7.0', 7, 'plain'],
    ['7.00', 7, 'plain'],
    ['3.', 3, 'decorated'],
    ['4、', 4, 'decorated'],
    ['5,', 5, 'decorated'],
    ['(6)', 6, 'decorated'],
    ['（6）.', 6, 'decorated'],
    ['十', 10, 'chinese'],
    ['十二', 12, 'chinese'],
    ['二十', 20, 'chinese'],
    ['两百', 200, 'chinese'],
    ['一百零五', 105, 'chinese'],
    ['一百〇五', 105, 'chinese'],
    ['三百六十七', 367, 'chinese'],
    ['四十八', 48, 'chinese'],
    ['九十九', 99, 'chinese'],
    ['五', 5, 'chinese'],
    ['（一）', 1, 'chinese'],
    ['二、', 2, 'chinese'],
  ] as const)('%s is %i, %s', (text, value, style) => {
    expect(parseSeq(text)).toEqual({ kind: 'number', value, style });
  });

  it.each(['x1', '1x', '(1', '1)', '1..', '1.5', '7.01', '零', '一二', '十二三', '（一', '一)', 'abc', '1、2'])('%s is invalid', (text) => {
    expect(parseSeq(text)).toEqual({ kind: 'invalid' });
  });

  it('reads numerals exactly', () => {
    expect(['零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九'].map(parseChineseNumeral)).toEqual([undefined, undefined, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(['十', '十一', '二十', '二十一', '百', '一百', '一百一十', '二百零三'].map(parseChineseNumeral)).toEqual([10, 11, 20, 21, 100, 100, 110, 203]);
    expect(['一二', 'a十', '十a', ''].map(parseChineseNumeral)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('section headings and what is not one', () => {
    expect(['一、坚持', '十二.推进', '（三）扩大', '(三)扩大', '第一部分 总体', '第二章', '第三节', '第四篇', '第五项'].map(isSectionHeading)).toEqual(new Array(9).fill(true));
    expect(['1.推进项目', '一项工作', '第3项', '（1）推进', 'x一、', '第一个'].map(isSectionHeading)).toEqual(new Array(6).fill(false));
  });

  it('seq-gap starts over after an invalid 序号 and ignores a 序号 merged from above', () => {
    const afterInvalid = validateGrid(grid([HEADER, task(1), task('x'), task(5)]));
    expect(afterInvalid.findings.filter((f) => f.code === 'seq-gap')).toEqual([]);
    const merged = validateGrid(grid([HEADER, task(1), task(2), ['', '任务2续', '1.续。', '市科技局', '按时推进'], task(3)], { merges: ['A3:A4'] }));
    expect(merged.findings.filter((f) => f.code === 'seq-gap')).toEqual([]);
    const gap = validateGrid(grid([HEADER, task(2), task(4)]));
    expect(gap.findings.filter((f) => f.code === 'seq-gap').map((f) => [f.cell, f.severity, f.column, paramsOf(f).previous, paramsOf(f).seq, paramsOf(f).missing])).toEqual([
      ['A3', 'warning', '序号', 2, 4, '3'],
    ]);
  });
});

describe('牵头部门, separator by separator', () => {
  it.each([
    ['甲、乙', ['甲', '乙']],
    ['甲，乙', ['甲', '乙']],
    ['甲,乙', ['甲', '乙']],
    ['甲；乙', ['甲', '乙']],
    ['甲;乙', ['甲', '乙']],
    ['甲\n乙', ['甲', '乙']],
    ['甲\r\n乙', ['甲', '乙']],
    ['甲、', ['甲']],
    ['、甲、、乙、', ['甲', '乙']],
    ['  甲   局 、 乙 ', ['甲 局', '乙']],
    ['', []],
  ])('%j splits into %j', (text, units) => {
    expect(splitUnits(text)).toEqual(units);
  });

  it.each([
    ['A(甲、乙)B、C', ['A(甲、乙)B', 'C']],
    ['A（甲、乙）B、C', ['A（甲、乙）B', 'C']],
    ['A[甲、乙]B、C', ['A[甲、乙]B', 'C']],
    ['A【甲、乙】B、C', ['A【甲、乙】B', 'C']],
    ['A〔甲、乙〕B、C', ['A〔甲、乙〕B', 'C']],
    ['A《甲、乙》B、C', ['A《甲、乙》B', 'C']],
    ['A“甲、乙”B、C', ['A“甲、乙”B', 'C']],
    ['A「甲、乙」B、C', ['A「甲、乙」B', 'C']],
    ['A((甲)、乙)、C', ['A((甲)、乙)', 'C']],
    ['A)、B、C', ['A)', 'B', 'C']],
  ])('never inside brackets: %j', (text, units) => {
    expect(splitUnits(text)).toEqual(units);
  });

  it('joins with 、 and compares by key', () => {
    expect(joinUnits(['甲', '乙', '丙'])).toBe('甲、乙、丙');
    expect(unitKey(' 市 交通（运输）局 ')).toBe('市交通(运输)局');
    expect([withoutLevelPrefix('市交通运输局'), withoutLevelPrefix('县政府'), withoutLevelPrefix('市局'), withoutLevelPrefix('交通局'), withoutLevelPrefix('区 教育局')]).toEqual([
      '交通运输局',
      '政府',
      '市局',
      '交通局',
      '教育局',
    ]);
    expect([hasLevelPrefix('市交通运输局'), hasLevelPrefix('交通运输局'), hasLevelPrefix('市局')]).toEqual([true, false, false]);
  });
});

describe('the anchors and counts of the patterns', () => {
  it('序号 patterns match the whole cell', () => {
    expect(['x五', '零百', '零十'].map(parseChineseNumeral)).toEqual([undefined, undefined, undefined]);
    expect(['x7.0', 'x十', '十x', 'x(3)'].map((t) => parseSeq(t).kind)).toEqual(['invalid', 'invalid', 'invalid', 'invalid']);
    expect([parseSeq('12.0'), parseSeq('12.'), parseSeq('(12)')]).toEqual([
      { kind: 'number', value: 12, style: 'plain' },
      { kind: 'number', value: 12, style: 'decorated' },
      { kind: 'number', value: 12, style: 'decorated' },
    ]);
    expect(['x（一）扩大', 'x第一部分', 'x一、坚持'].map(isSectionHeading)).toEqual([false, false, false]);
    expect(['（十二）扩大', '第十二章', '十二、坚持'].map(isSectionHeading)).toEqual([true, true, true]);
  });

  it('a carriage return alone separates units; a level prefix is only a prefix', () => {
    expect(splitUnits('甲\r乙')).toEqual(['甲', '乙']);
    expect([withoutLevelPrefix('交通区局'), hasLevelPrefix('交通区局')]).toEqual(['交通区局', false]);
  });
});
