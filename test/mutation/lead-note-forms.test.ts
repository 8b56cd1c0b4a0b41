import { cleanUnits, readLeadNote } from '../../src/core/notice/lead-note';

/**
 * Mutants of reading who leads a task (src/core/notice/lead-note.ts): every spelling of the keyed
 * form, every helper word, the item prefixes and the conjoined units. Expectations written by hand.
 */
const read = (note: string) => readLeadNote(note) ?? null;

describe('keyed notes: 牵头部门/单位 with 责任/配合/协办/参与 部门/单位', () => {
  it('each key and separator spelling', () => {
    expect(read('牵头部门：市统计局，配合部门：市科技局')).toEqual({ leads: ['市统计局'], responsible: ['市科技局'], rest: '' });
    expect(read('牵头单位: 市统计局 ; 协办单位 : 市科技局、市财政局。下半年完成')).toEqual({ leads: ['市统计局'], responsible: ['市科技局', '市财政局'], rest: '下半年完成' });
    expect(read('牵头部门：市统计局。参与单位：市科技局')).toEqual({ leads: ['市统计局'], responsible: ['市科技局'], rest: '' });
    expect(read('牵头单位:市统计局,责任部门:市科技局')).toEqual({ leads: ['市统计局'], responsible: ['市科技局'], rest: '' });
  });

  it('the keyed phrase ends at ；, at the end of its line, or at 。', () => {
    expect(read('牵头单位：市发改委；2017年底前完成')).toEqual({ leads: ['市发改委'], responsible: [], rest: '2017年底前完成' });
    expect(read('牵头部门：市统计局\n责任部门：市科技局')).toEqual({ leads: ['市统计局'], responsible: ['市科技局'], rest: '' });
    expect(read('牵头部门：市统计局\n2017年底前')).toEqual({ leads: ['市统计局'], responsible: [], rest: '2017年底前' });
    expect(read('牵头单位：市发改委；责任单位：市统计局；年底前完成')).toEqual({ leads: ['市发改委'], responsible: ['市统计局'], rest: '年底前完成' });
    expect(read('牵头单位：市发改委。2017年底前完成')).toEqual({ leads: ['市发改委'], responsible: [], rest: '2017年底前完成' });
  });

  it('the keyed phrase inside other words: the words after it are the rest', () => {
    expect(read('请于月底前报送，牵头单位：市统计局')).toEqual({ leads: ['市统计局'], responsible: [], rest: '' });
  });

  it('a key with no unit after it is no lead', () => {
    expect(read('牵头部门：负责')).toBeNull();
    expect(read('牵头部门：。')).toBeNull();
  });
});

describe('inline notes', () => {
  it('由X负责 and 由X、Y分头负责', () => {
    expect(read('由市统计局负责')).toEqual({ leads: ['市统计局'], responsible: [], rest: '' });
    expect(read('由市统计局、市财政局分头负责')).toEqual({ leads: ['市统计局', '市财政局'], responsible: [], rest: '' });
    expect(read('由市统计局牵头，由市科技局负责')).toEqual({ leads: ['市统计局', '市科技局'], responsible: [], rest: '' });
  });

  it('each helper word makes a responsible unit', () => {
    for (const word of ['按职责分工配合', '协同', '共同推进', '按职责分工负责', '参与', '配合']) {
      expect([word, read(`市统计局牵头，市科技局${word}`)]).toEqual([word, { leads: ['市统计局'], responsible: ['市科技局'], rest: '' }]);
    }
    expect(read('市统计局牵头；市科技局、市财政局配合')).toEqual({ leads: ['市统计局'], responsible: ['市科技局', '市财政局'], rest: '' });
  });

  it('X牵头 with X empty or spaces is no lead; X和Y牵头 is two leads', () => {
    expect(read('  牵头')).toBeNull();
    expect(read('牵头，市科技局配合')).toBeNull();
    expect(read('市统计局和市财政局牵头')).toEqual({ leads: ['市统计局', '市财政局'], responsible: [], rest: '' });
    expect(read('市统计局牵头，市财政局和市统计局牵头')).toEqual({ leads: ['市统计局', '市财政局'], responsible: [], rest: '' });
  });

  it('segments that name no unit are the rest, joined with ，', () => {
    expect(read('年底前完成；由市统计局牵头；按季度报送')).toEqual({ leads: ['市统计局'], responsible: [], rest: '年底前完成，按季度报送' });
  });
});

describe('cleaning the units of a phrase', () => {
  it('item prefixes and 由', () => {
    expect(cleanUnits('第一至三项由市统计局牵头')).toEqual(['市统计局']);
    expect(cleanUnits('第1项由市统计局负责')).toEqual(['市统计局']);
    expect(cleanUnits('第二和第三项由市统计局负责')).toEqual(['第二和第三项由市统计局']);
    expect(cleanUnits('由由市统计局')).toEqual(['市统计局']);
    expect(cleanUnits('涉及由市统计局')).toEqual(['市统计局']);
  });

  it('connective tails and full stops', () => {
    expect(cleanUnits('市统计局落实。。')).toEqual(['市统计局']);
    expect(cleanUnits('市统计局等')).toEqual(['市统计局']);
    expect(cleanUnits('市统计局根据职责做好')).toEqual(['市统计局']);
    expect(cleanUnits('市统计局按照职责分工抓好')).toEqual(['市统计局']);
    expect(cleanUnits('市统计局按职责协同')).toEqual(['市统计局']);
    expect(cleanUnits('市统计局共同推进')).toEqual(['市统计局']);
  });

  it('conjoined units: split after a unit ending, kept whole otherwise', () => {
    expect(cleanUnits('市统计局和市财政局和市科技局')).toEqual(['市统计局', '市财政局', '市科技局']);
    expect(cleanUnits('市民政局与区民政局')).toEqual(['市民政局', '区民政局']);
    expect(cleanUnits('市委宣传部及区委宣传部')).toEqual(['市委宣传部', '区委宣传部']);
    expect(cleanUnits('各县区和市直单位')).toEqual(['各县区', '市直单位']);
    expect(cleanUnits('局和市财政局')).toEqual(['局', '市财政局']);
    expect(cleanUnits('和市统计局')).toEqual(['和市统计局']);
    expect(cleanUnits('市统计局和')).toEqual(['市统计局和']);
    expect(cleanUnits('市统计局和市科技局等单位')).toEqual(['市统计局', '市科技局', '单位']);
    expect(cleanUnits('市统计局和市统计局')).toEqual(['市统计局']);
  });

  it('a 和 splits only right after a unit ending, and not as the last two characters', () => {
    expect(cleanUnits('市统计局x和市财政局')).toEqual(['市统计局x和市财政局']);
    expect(cleanUnits('局xxx和市财政局')).toEqual(['局xxx和市财政局']);
    expect(cleanUnits('市统计局和处')).toEqual(['市统计局和处']);
    expect(cleanUnits('市统计局和处室')).toEqual(['市统计局', '处室']);
  });
});
