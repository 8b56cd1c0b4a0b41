import { UnitIndex, unitMatches } from '../../../src/core/merge/submission-rows';

/**
 * A unit index answers by `sameUnit` (key, key without level prefix, bare form of a member), the
 * member added first winning; small indexes scan, large ones (past 8 members) use maps, and both
 * give the same answers.
 */
const FILLER = ['市发展改革委', '市科技局', '市公安局', '市财政局', '市商务局', '市民族宗教局', '市审计局', '市统计局', '市医保局', '市信访局'];

function indexOf(units: readonly string[]): UnitIndex<number> {
  const index = new UnitIndex<number>();
  units.forEach((u, i) => index.add(u, i));
  return index;
}

describe('UnitIndex', () => {
  it.each([
    ['small', [] as string[]],
    ['large', FILLER],
  ])('%s: finds a unit with or without its level prefix, never another level', (_size, filler) => {
    const index = indexOf([...filler, '市交通运输局', '教育局']);
    const n = filler.length;
    expect(index.get('市交通运输局')).toBe(n);
    expect(index.get('交通运输局')).toBe(n);
    expect(index.get('区交通运输局')).toBeUndefined();
    expect(index.get('市教育局')).toBe(n + 1);
    expect(index.get('教育局')).toBe(n + 1);
    expect(index.get('区民政局')).toBeUndefined();
  });

  it.each([
    ['small', [] as string[]],
    ['large', FILLER],
  ])('%s: the member added first wins', (_size, filler) => {
    const index = indexOf(filler);
    const n = filler.length;
    expect(index.add('区民政局', n)).toBe(n);
    expect(index.add('市民政局', n + 1)).toBe(n + 1);
    expect(index.add('民政局', n + 2)).toBe(n);
    expect(index.get('民政局')).toBe(n);
    expect(index.get('市民政局')).toBe(n + 1);
    expect(index.has('县民政局')).toBe(false);
  });

  it('turns into maps past eight members without losing one', () => {
    const index = indexOf(FILLER);
    FILLER.forEach((u, i) => expect([u, index.get(u)]).toEqual([u, i]));
    expect(index.get('审计局')).toBe(6);
  });
});

describe('unitMatches', () => {
  it('answers as a one-member index', () => {
    expect(unitMatches('市交通运输局', '交通运输局')).toBe(true);
    expect(unitMatches('交通运输局', '市交通运输局')).toBe(true);
    expect(unitMatches('市民政局', '区民政局')).toBe(false);
    expect(unitMatches('市民政局', '市民政局')).toBe(true);
    expect(unitMatches('', '市民政局')).toBe(false);
  });
});
