import { joinUnits, splitUnits, withoutLevelPrefix } from '../../src/core/units';

describe('splitting 牵头部门', () => {
  it('splits on 、，,；; and line breaks', () => {
    expect(splitUnits('市商务局、市发展改革委，市经信局,市科技局；市财政局;市教育局\n市民政局')).toEqual(['市商务局', '市发展改革委', '市经信局', '市科技局', '市财政局', '市教育局', '市民政局']);
  });

  it('never splits inside brackets', () => {
    expect(splitUnits('市自然资源和规划局\n市建设局\n各县(市、区)政府')).toEqual(['市自然资源和规划局', '市建设局', '各县(市、区)政府']);
    expect(splitUnits('各县（市、区）政府、嘉兴经济技术开发区(国际商务区)')).toEqual(['各县（市、区）政府', '嘉兴经济技术开发区(国际商务区)']);
  });

  it('treats a trailing 、 at line ends as no empty unit', () => {
    expect(splitUnits('嘉善县政府、\n长三角发展办')).toEqual(['嘉善县政府', '长三角发展办']);
    expect(splitUnits('市科技局、')).toEqual(['市科技局']);
  });

  it('keeps the lead first and joins back to the same units', () => {
    const units = splitUnits('长三角发展办、\n南湖区政府、\n平湖市政府');
    expect(units[0]).toBe('长三角发展办');
    expect(splitUnits(joinUnits(units))).toEqual(units);
  });

  it('strips one level prefix for comparison', () => {
    expect(withoutLevelPrefix('市交通运输局')).toBe('交通运输局');
    expect(withoutLevelPrefix('交通运输局')).toBe('交通运输局');
  });
});
