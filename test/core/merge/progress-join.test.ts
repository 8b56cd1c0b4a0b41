import { joinProgress } from '../../../src/core/merge/progress-join';

/** One task's progress from the units that reported it: items renumbered, marked with the unit when several reported. */
describe('joinProgress', () => {
  it.each([
    ['80%', '80%'],
    ['1.完成调研。', '1.完成调研。'],
    ['  2、完成调研  ', '1.完成调研'],
    ['', ''],
    ['   ', ''],
    ['1.7公里完成', '1.7公里完成'],
    ['1-6月完成投资', '1-6月完成投资'],
    ['完成调研\n形成报告', '完成调研\n形成报告'],
    ['1.完成调研\n2.形成报告', '1.完成调研\n2.形成报告'],
    ['3.完成调研\r\n5.形成报告', '1.完成调研\n2.形成报告'],
    // a line read from its first characters (an ideograph, or `1.` and an ideograph) and the ones next to it
    ['完成调研', '完成调研'],
    ['1.完成调研', '1.完成调研'],
    ['1. 完成调研', '1.完成调研'],
    ['1．完成调研', '1.完成调研'],
    ['１．完成调研', '1.完成调研'],
    ['1、完成调研', '1.完成调研'],
    ['12.完成调研', '1.完成调研'],
    ['1.5万元已拨付', '1.5万元已拨付'],
    ['1.%完成', '1.%完成'],
  ])('one unit: %j → %j', (progress, joined) => {
    expect(joinProgress([{ unit: '市教育局', progress }])).toBe(joined);
  });

  it('several units: items in their order, each marked with its unit', () => {
    const joined = joinProgress([
      { unit: '市教育局', progress: '1.甲\n2.乙' },
      { unit: '市科技局', progress: '丙' },
      { unit: '市财政局', progress: '' },
    ]);
    expect(joined).toBe('1.【市教育局】甲\n2.【市教育局】乙\n3.【市科技局】丙');
  });
});
