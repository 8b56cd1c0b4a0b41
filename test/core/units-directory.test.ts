import { directoryFromRows } from '../../src/core/units-directory';

describe('directoryFromRows', () => {
  it('keeps a name whose brackets hold 、 as one name (half-width brackets)', () => {
    expect(directoryFromRows([['各县(市、区)政府']])).toEqual([{ name: '各县(市、区)政府', aliases: [] }]);
  });

  it('keeps full-width brackets and splits only outside them', () => {
    expect(directoryFromRows([['各县（市、区）政府、县区政府']])).toEqual([{ name: '各县（市、区）政府', aliases: ['县区政府'] }]);
    expect(directoryFromRows([['嘉兴经济技术开发区（国际商务区，科创园）', '经开区']])).toEqual([{ name: '嘉兴经济技术开发区（国际商务区，科创园）', aliases: ['经开区'] }]);
  });

  it('splits aliases on 、，,；; tabs and line breaks, and across cells', () => {
    expect(directoryFromRows([['市交通运输局、交通运输局，交通局;市交通局；交运局\t交通\n运输局', '市交通委']])).toEqual([
      { name: '市交通运输局', aliases: ['交通运输局', '交通局', '市交通局', '交运局', '交通', '运输局', '市交通委'] },
    ]);
  });

  it('leaves out a header row and empty rows, and trims names', () => {
    expect(
      directoryFromRows([
        ['标准名称', '别名'],
        ['', '  '],
        ['  市经信局 ', ' 经信局 '],
      ]),
    ).toEqual([{ name: '市经信局', aliases: ['经信局'] }]);
  });
});
