import { cellText, MAX_CELL_CHARS } from '../../src/io/cell-text';
import { chaseList, chaseMessage } from '../../src/io/chase-list';
import { displayWidth, rowHeight, wrappedLines } from '../../src/io/print-layout';
import { xmlSafeText } from '../../src/io/xml-safe-text';

describe('xmlSafeText', () => {
  it('drops C0 controls but tab, LF and CR; U+FFFE/U+FFFF; lone surrogates; keeps pairs', () => {
    expect(xmlSafeText('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff')).toBe('abcdef');
    expect(xmlSafeText('a\tb\nc\rd')).toBe('a\tb\nc\rd');
    expect(xmlSafeText('x\uFFFEy\uFFFFz')).toBe('xyz');
    expect(xmlSafeText('\uD83D\uDE00')).toBe('\uD83D\uDE00');
    expect(xmlSafeText('a\uD83Db')).toBe('ab');
    expect(xmlSafeText('a\uDE00b')).toBe('ab');
    expect(xmlSafeText('\uDE00\uD83D')).toBe('');
    expect(xmlSafeText('\uD83D\uD83D\uDE00')).toBe('\uD83D\uDE00');
    expect(xmlSafeText('进展　（一）“引号”')).toBe('进展　（一）“引号”');
  });
});

describe('cellText', () => {
  it('keeps a text up to the limit and marks a cut one', () => {
    expect(cellText('a'.repeat(MAX_CELL_CHARS))).toHaveLength(MAX_CELL_CHARS);
    const cut = cellText('a'.repeat(MAX_CELL_CHARS + 1), '“未报送”');
    expect(cut).toHaveLength(MAX_CELL_CHARS);
    expect(cut).toMatch(/另有 \d+ 字未写入，见“未报送”）$/);
  });

  it('never cuts a surrogate pair in half', () => {
    const cut = cellText('😀'.repeat(MAX_CELL_CHARS));
    const kept = cut.slice(0, cut.indexOf('…'));
    expect(kept.length % 2).toBe(0);
    expect(xmlSafeText(cut)).toBe(cut);
  });
});

describe('print layout estimates', () => {
  it('counts CJK and full-width characters as two cells', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('进展情况')).toBe(8);
    expect(displayWidth('（一）１')).toBe(8);
    expect(displayWidth('😀')).toBe(2);
  });

  it('wraps each line of a cell at the column width', () => {
    // a 23-wide column at 11 pt holds 22 half-width cells: 11 CJK characters
    expect(wrappedLines('一二三四五六七八九十一', 23, 11)).toBe(1);
    expect(wrappedLines('一二三四五六七八九十一二', 23, 11)).toBe(2);
    expect(wrappedLines('短\n短\n短', 23, 11)).toBe(3);
    expect(wrappedLines('', 23, 11)).toBe(1);
  });

  it('gives the row the height of its tallest cell, within Excel’s bounds', () => {
    // one line of 11 pt: 15 pt and a little padding; never below the minimum
    expect(rowHeight(['短', '短'], [10, 10], 11, 18)).toBe(15 + 6);
    expect(rowHeight(['短', '短'], [10, 10], 11, 24)).toBe(24);
    const three = rowHeight(['一\n二\n三', ''], [10, 10], 11, 18);
    expect(three).toBe(3 * 15 + 6);
    expect(rowHeight(['行\n'.repeat(500)], [10], 11, 18)).toBe(409);
  });
});

describe('the 催报 list', () => {
  const missing = [
    { seq: 5, task: '建设创新平台', unit: '市科技局' },
    { seq: 7, task: '招商引资', unit: '市商务局' },
    { seq: 3, task: '加强科技创新', unit: '市科技局' },
    { seq: null, task: '其他工作', unit: '市科技局' },
  ];

  it('groups the missing tasks by unit, units in first-seen order and tasks by 序号', () => {
    expect(chaseList(missing)).toEqual([
      {
        unit: '市科技局',
        count: 3,
        tasks: [
          { seq: 3, task: '加强科技创新' },
          { seq: 5, task: '建设创新平台' },
          { seq: null, task: '其他工作' },
        ],
      },
      { unit: '市商务局', count: 1, tasks: [{ seq: 7, task: '招商引资' }] },
    ]);
    expect(chaseList([])).toEqual([]);
  });

  it('writes a message naming every unit and every task', () => {
    const text = chaseMessage(chaseList(missing), '截至6月30日');
    for (const part of ['市科技局', '市商务局', '3. 加强科技创新', '5. 建设创新平台', '其他工作', '7. 招商引资', '截至6月30日']) expect(text).toContain(part);
    expect(chaseMessage([])).toBe('');
  });
});
