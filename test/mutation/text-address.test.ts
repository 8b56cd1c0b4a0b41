import { cellAddress, columnIndex, columnLetter, parseCellAddress } from '../../src/core/address';
import { progressFingerprint, similarity, taskTextsAgree, textFingerprint } from '../../src/core/similarity';
import { compactText, fileName, headerKey, isBlank, memoise, normalizeText, taskTextKey } from '../../src/core/text';

/** Mutants of the small text helpers (src/core/text.ts, address.ts, similarity.ts), killed with hand-written values. */
describe('text normalisation', () => {
  it('normalizeText: full-width to half-width, inner whitespace folded, trimmed', () => {
    expect(normalizeText(' Ａ  b\n\t c ')).toBe('A b c');
    expect(normalizeText('序号')).toBe('序号');
  });

  it('compactText: every whitespace removed', () => {
    expect(compactText(' 进展\n状 态 ')).toBe('进展状态');
    expect(compactText('ＡＢ')).toBe('AB');
  });

  it('headerKey: bracketed notes and required marks removed, inner marks kept', () => {
    expect(headerKey('对接单位（含上级机关、国有企业等）')).toBe('对接单位');
    expect(headerKey('*牵头部门')).toBe('牵头部门');
    expect(headerKey('※※序号')).toBe('序号');
    expect(headerKey('牵头部门：')).toBe('牵头部门');
    expect(headerKey('牵头部门*')).toBe('牵头部门');
    expect(headerKey('牵头部门::')).toBe('牵头部门');
    expect(headerKey('进展[注释]情况【说明】')).toBe('进展情况');
    expect(headerKey('牵*头')).toBe('牵*头');
    expect(headerKey('进展[注]情况')).toBe('进展情况');
    expect(headerKey('【注】进展')).toBe('进展');
    expect(headerKey('〔2021〕任务')).toBe('任务');
    expect(headerKey('序 号')).toBe('序号');
    expect(headerKey('a(b')).toBe('a(b');
  });

  it('taskTextKey: compact, without trailing sentence punctuation only', () => {
    expect(taskTextKey('推进 建设。')).toBe('推进建设');
    expect(taskTextKey('建设；;.')).toBe('建设');
    expect(taskTextKey('推进。建设')).toBe('推进。建设');
  });

  it('fileName: after the last / or \\', () => {
    expect(fileName('报送/市科技局.xlsx')).toBe('市科技局.xlsx');
    expect(fileName('报送\\县局.xlsx')).toBe('县局.xlsx');
    expect(fileName('a/b\\c.csv')).toBe('c.csv');
    expect(fileName('a\\b/c.csv')).toBe('c.csv');
    expect(fileName('plain.xlsx')).toBe('plain.xlsx');
  });

  it('isBlank: only whitespace is blank', () => {
    expect(isBlank(' \n\t')).toBe(true);
    expect(isBlank('')).toBe(true);
    expect(isBlank(' a ')).toBe(false);
  });

  it('memoise: computes a short text once, a long one every time, and keeps two generations', () => {
    const calls: string[] = [];
    const upper = memoise((t) => {
      calls.push(t);
      return t.toUpperCase();
    }, 2);
    expect([upper('a'), upper('a')]).toEqual(['A', 'A']);
    expect(calls).toEqual(['a']);
    const long200 = 'x'.repeat(200);
    const long201 = 'y'.repeat(201);
    upper(long200);
    upper(long200);
    upper(long201);
    upper(long201);
    expect(calls).toEqual(['a', long200, long201, long201]);
    // young {a, x…}; 'b' makes it old, young {b}; 'a' found in old (no call) moves to young {b, a}
    upper('b');
    expect(upper('a')).toBe('A');
    expect(calls).toHaveLength(5);
    // 'c' makes {b, a} old; 'd' joins young {c, d}; 'e' makes {c, d} old and drops {b, a}: 'b' is computed again
    upper('c');
    upper('d');
    upper('e');
    upper('b');
    expect(calls.slice(4)).toEqual(['b', 'c', 'd', 'e', 'b']);
  });

  it('memoise: a cached empty result is still a hit', () => {
    let n = 0;
    const empty = memoise(() => {
      n++;
      return '';
    });
    empty('q');
    empty('q');
    expect(n).toBe(1);
  });
});

describe('addresses', () => {
  it('column letters past Z', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('column indexes from letters, any case', () => {
    expect(['A', 'z', 'AA', 'ab', 'BA', 'ZZ', 'AAA'].map(columnIndex)).toEqual([0, 25, 26, 27, 52, 701, 702]);
  });

  it('cell addresses', () => {
    expect(cellAddress(14, 3)).toBe('D15');
    expect(cellAddress(0, 26)).toBe('AA1');
  });

  it('parsing A1 references', () => {
    expect(parseCellAddress('D15')).toEqual({ row: 14, col: 3 });
    expect(parseCellAddress('$AB$2')).toEqual({ row: 1, col: 27 });
    expect(parseCellAddress('xfd1048576')).toEqual({ row: 1048575, col: 16383 });
    expect(parseCellAddress('ABCD1')).toBeUndefined();
    expect(parseCellAddress('1A')).toBeUndefined();
    expect(parseCellAddress('D15x')).toBeUndefined();
    expect(parseCellAddress('-D15')).toBeUndefined();
    expect(parseCellAddress('xD15')).toEqual({ row: 14, col: 627 });
    expect(parseCellAddress('D')).toBeUndefined();
  });
});

describe('similarity', () => {
  it('fingerprints drop spaces, punctuation and symbols', () => {
    expect(textFingerprint('推进，科创 湖区！+')).toBe('推进科创湖区');
    expect(textFingerprint('Ａ1')).toBe('A1');
  });

  it('progress fingerprints drop item numbers', () => {
    expect(progressFingerprint('1.已完成。\n2.正在推进。')).toBe('已完成正在推进');
    expect(progressFingerprint('已完成')).toBe('已完成');
  });

  it('Dice similarity of bigrams', () => {
    expect(similarity('ab', 'ab')).toBe(1);
    expect(similarity('abc', 'abd')).toBe(0.5);
    expect(similarity('aaa', 'aa')).toBeCloseTo(2 / 3, 10);
    expect(similarity('aa', 'aaa')).toBeCloseTo(2 / 3, 10);
    expect(similarity('a', 'b')).toBe(0);
    expect(similarity('abcd', 'xyzw')).toBe(0);
    expect(similarity('abab', 'ab')).toBe(0.5);
    // a repeated bigram counted twice: aab is {aa, ab}
    expect(similarity('aab', 'ab')).toBeCloseTo(2 / 3, 10);
    // one character has no bigram, but equal texts are alike
    expect(similarity('a', 'a')).toBe(1);
  });

  it('task texts agree when empty, equal, one contains the other, or at half similarity', () => {
    expect(taskTextsAgree('', '推进建设')).toBe(true);
    expect(taskTextsAgree('推进建设', '')).toBe(true);
    expect(taskTextsAgree('推进科创湖区建设', '推进科创湖区')).toBe(true);
    expect(taskTextsAgree('推进科创', '推进科创湖区建设')).toBe(true);
    expect(taskTextsAgree('abc', 'abd')).toBe(true);
    expect(taskTextsAgree('abc', 'xbd')).toBe(false);
    expect(taskTextsAgree('abcd', 'abxy')).toBe(false);
    // contained but far below half similar: still the same task
    expect(taskTextsAgree('甲乙', '甲乙丙丁戊己庚辛')).toBe(true);
    expect(taskTextsAgree('甲乙丙丁戊己庚辛', '甲乙')).toBe(true);
  });
});
