import { cleanUnits, MAX_NOTE, namesLead, readLeadNote } from '../../src/core/notice/lead-note';

/** Mutants of reading who leads a task in a notice (src/core/notice/lead-note.ts), killed with hand-written values. */
describe('units of a lead phrase', () => {
  it('connectives and 由 removed, conjoined units split, each unit once', () => {
    expect(cleanUnits('由市交通运输局和市港务局负责')).toEqual(['市交通运输局', '市港务局']);
    expect(cleanUnits('市人力资源和社会保障局')).toEqual(['市人力资源和社会保障局']);
    expect(cleanUnits('市经信委等市级有关部门')).toEqual(['市经信委', '市级有关部门']);
    expect(cleanUnits('市统计局、市统计局。')).toEqual(['市统计局']);
    expect(cleanUnits('第一项由市统计局牵头')).toEqual(['市统计局']);
    expect(cleanUnits('涉及县区的由各县区政府负责')).toEqual(['各县区政府']);
    expect(cleanUnits('市科技局按职责分工负责')).toEqual(['市科技局']);
    expect(cleanUnits('市局和处')).toEqual(['市局和处']);
    expect(cleanUnits('市民政局及市财政局分别')).toEqual(['市民政局', '市财政局']);
    expect(cleanUnits('负责、 ')).toEqual([]);
  });
});

describe('lead notes', () => {
  it('keyed: 牵头单位：X；责任单位：Y。 with the words after it', () => {
    expect(readLeadNote('牵头单位：市发展改革委；责任单位：市统计局、市科技局。2017年6月前完成')).toEqual({ leads: ['市发展改革委'], responsible: ['市统计局', '市科技局'], rest: '2017年6月前完成' });
    expect(readLeadNote('牵头部门:市统计局')).toEqual({ leads: ['市统计局'], responsible: [], rest: '' });
  });

  it('由X牵头，Y配合; per item; X牵头 without 由', () => {
    expect(readLeadNote('由市统计局牵头，市科技局配合')).toEqual({ leads: ['市统计局'], responsible: ['市科技局'], rest: '' });
    expect(readLeadNote('第一项由市统计局牵头，第二项由市科技局牵头')).toEqual({ leads: ['市统计局', '市科技局'], responsible: [], rest: '' });
    expect(readLeadNote('市统计局牵头落实')).toEqual({ leads: ['市统计局'], responsible: [], rest: '' });
    expect(readLeadNote('市统计局牵头，市财政局参与，2017年6月前完成；持续推进')).toEqual({ leads: ['市统计局'], responsible: ['市财政局'], rest: '2017年6月前完成，持续推进' });
    expect(readLeadNote('由市统计局牵头，由市统计局负责')).toEqual({ leads: ['市统计局'], responsible: [], rest: '' });
    expect(readLeadNote('市统计局牵头，市统计局牵头')).toEqual({ leads: ['市统计局'], responsible: [], rest: '' });
  });

  it('no lead: undefined', () => {
    expect(readLeadNote('按要求完成')).toBeUndefined();
    expect(readLeadNote('牵头部门：')).toBeUndefined();
    expect(readLeadNote('市科技局配合')).toBeUndefined();
  });

  it('only the first MAX_NOTE characters are read', () => {
    expect(MAX_NOTE).toBe(400);
    expect(readLeadNote(`${'x'.repeat(400)}，市统计局牵头`)).toBeUndefined();
    expect(readLeadNote(`${'x'.repeat(390)}，市统计局牵头`)?.leads).toEqual(['市统计局']);
  });

  it('whether a note names who leads', () => {
    expect([
      namesLead('市统计局牵头'),
      namesLead('由市统计局负责'),
      namesLead('由市统计局，负责'),
      namesLead('负责'),
      namesLead(`由${'x'.repeat(60)}负责`),
      namesLead(`由${'x'.repeat(61)}负责`),
      namesLead('由负责'),
    ]).toEqual([true, true, false, false, true, false, false]);
  });
});
