import { UnitIndex } from '../../src/core/merge/submission-rows';

/** Survivors of the merge's unit index: the bare form of a member, and the first member winning when it turns into maps (issue 15). */
function indexOf(units: readonly string[]): UnitIndex<number> {
  const index = new UnitIndex<number>();
  units.forEach((u, i) => index.add(u, i));
  return index;
}

describe('UnitIndex, small', () => {
  it('a first member written without its level prefix is found by the prefixed spelling', () => {
    expect(indexOf(['教育局']).get('市教育局')).toBe(0);
  });

  it('a later member is found by its bare form', () => {
    const index = indexOf(['市科技局', '市民政局']);
    expect([index.get('民政局'), index.get('科技局'), index.get('区民政局')]).toEqual([1, 0, undefined]);
  });
});

describe('UnitIndex, turning into maps', () => {
  it('keeps the first member of a bare form among the members it had', () => {
    const index = indexOf(['区民政局', '市民政局', '市发展改革委', '市科技局', '市公安局', '市财政局', '市商务局', '市审计局']);
    expect([index.get('民政局'), index.get('市民政局'), index.get('区民政局'), index.get('审计局')]).toEqual([0, 1, 0, 7]);
  });
});
