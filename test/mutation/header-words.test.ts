import { assignColumns, matchHeaderCell, matchHeaderRow, scoreHeaderCell } from '../../src/core/header';
import { BUILTIN_TEMPLATES } from '../../src/core/template/builtin';
import { templateSchema } from '../../src/core/template/schema';
import type { Template } from '../../src/core/template/schema';
import { grid } from '../helpers/grid';

/** Mutants of the header vocabulary (src/core/header.ts): scores, via, contains words, length limits, exact mode. */
const progress = BUILTIN_TEMPLATES.find((t) => t.name === 'progress') as Template;

function custom(columns: { key: string; label: string; aliases?: string[]; weakAliases?: string[] }[]): Template {
  return templateSchema.parse({ name: 'custom', title: '自定义', columns: columns.map((c) => ({ ...c, kind: 'text', required: false })) });
}

/** `[key, score, via, period]` of the column a cell names, or null. */
function named(template: Template, text: string, mode: 'full' | 'exact' = 'full'): [string, number, string, string | null] | null {
  const m = scoreHeaderCell(template, text, mode);
  return m ? [m.column.key, m.score, m.via, m.period ?? null] : null;
}

describe('the word index', () => {
  it('a label scores 3, an alias 2, a weak alias 1, each with its via', () => {
    expect(named(progress, '进展情况')).toEqual(['progress', 3, 'label', null]);
    expect(named(progress, '推进情况')).toEqual(['progress', 2, 'alias', null]);
    expect(named(progress, '进度')).toEqual(['progress', 1, 'weak-alias', null]);
  });

  it('a word written for two columns goes to the better score; the first column keeps an equal one', () => {
    // 责任单位 is a weak alias of the lead units and the label of the responsible units
    expect(named(progress, '责任单位')).toEqual(['responsible', 3, 'label', null]);
    const t = custom([
      { key: 'first', label: '甲栏', aliases: ['共同', '同分'] },
      { key: 'second', label: '乙栏', aliases: ['同分'], weakAliases: ['甲栏', '共同'] },
    ]);
    // a later weaker spelling does not take the word from an earlier better one
    expect(named(t, '甲栏')).toEqual(['first', 3, 'label', null]);
    expect(named(t, '共同')).toEqual(['first', 2, 'alias', null]);
    // an equal score: the first column keeps it
    expect(named(t, '同分')).toEqual(['first', 2, 'alias', null]);
  });

  it('labels and aliases of three characters or more match at the start or the end of a cell', () => {
    expect(named(progress, '进展情况说明')).toEqual(['progress', 1, 'contains', null]);
    // a three-character alias (完成率) is a contains word
    expect(named(progress, '完成率统计')).toEqual(['percent', 1, 'contains', null]);
    // a two-character label (备注) is not: 备注栏 names nothing
    expect(named(progress, '备注栏')).toBeNull();
    expect(named(progress, '序号栏')).toBeNull();
    // a weak alias is no contains word (进度 is one): 进度说明 names nothing
    expect(named(progress, '进度说明')).toBeNull();
  });

  it('the longest contains word wins, whatever the column order', () => {
    // starts with 重点工作 (task, 4 characters), ends with 推进落实情况 (progress, 6 characters)
    expect(named(progress, '重点工作推进落实情况')).toEqual(['progress', 1, 'contains', null]);
    const t = custom([
      { key: 'short', label: '短词甲' },
      { key: 'mid', label: '中等长词乙' },
      { key: 'long', label: '很长很长的词丙' },
    ]);
    expect(named(t, '短词甲很长很长的词丙')?.[0]).toBe('long');
    expect(named(t, '短词甲中等长词乙')?.[0]).toBe('mid');
    expect(named(t, '中等长词乙很长很长的词丙')?.[0]).toBe('long');
  });

  it('a period before a contains word is kept', () => {
    expect(named(progress, '1-11月进展情况说明')).toEqual(['progress', 1, 'contains', '1-11月']);
    expect(named(progress, '1-11月推进情况')).toEqual(['progress', 2, 'alias', '1-11月']);
  });

  it('cells longer than 60 characters are never header cells', () => {
    const note = (n: number): string => '（' + '说'.repeat(n) + '）';
    const sixty = '进展情况' + note(54); // 4 + 56 = 60 characters
    expect(sixty.length).toBe(60);
    expect(named(progress, sixty)).toEqual(['progress', 3, 'label', null]);
    const sixtyOne = '进展情况' + note(55);
    expect(sixtyOne.length).toBe(61);
    expect(named(progress, sixtyOne)).toBeNull();
  });

  it('a contains word names a cell of at most 24 characters', () => {
    const cell = (n: number): string => '进展情况' + '甲'.repeat(n - 4);
    expect(named(progress, cell(24))).toEqual(['progress', 1, 'contains', null]);
    expect(named(progress, cell(25))).toBeNull();
    // after a period, the rest is measured
    expect(named(progress, '1-11月' + cell(24))).toEqual(['progress', 1, 'contains', '1-11月']);
  });

  it('exact mode (matchHeaderCell) skips contains words but reads a period', () => {
    expect(named(progress, '进展情况说明', 'exact')).toBeNull();
    expect(matchHeaderCell(progress, '进展情况说明')).toBeUndefined();
    expect(matchHeaderCell(progress, '1-11月推进情况')?.key).toBe('progress');
    expect(matchHeaderCell(progress, '序号')?.key).toBe('seq');
  });
});

describe('one header row', () => {
  it('matchHeaderRow reads the row asked for, merged cells filled', () => {
    const g = grid(
      [
        ['标题', '', ''],
        ['序号', '主要工作任务', '进展情况', ''],
        ['1', '任务1', '已完成'],
      ],
      { merges: ['C2:D2'] },
    );
    const m = matchHeaderRow(g, progress, 1);
    expect([m.row, m.firstRow]).toEqual([1, 1]);
    expect([...m.columns]).toEqual([
      ['seq', 0],
      ['task', 1],
      ['progress', 2],
    ]);
    expect(m.assignments.map((a) => [a.col, a.text, a.key])).toEqual([
      [0, '序号', 'seq'],
      [1, '主要工作任务', 'task'],
      [2, '进展情况', 'progress'],
      [3, '进展情况', null],
    ]);
    expect(m.score).toBe(9);
    // a row past the sheet names nothing
    const none = matchHeaderRow(g, progress, 9);
    expect([none.assignments, none.columns.size]).toEqual([[], 0]);
  });

  it('assignColumns: a better cell later in the row takes the role; weaker earlier ones are no duplicates', () => {
    const cells = (texts: string[]) => texts.map((text, col) => ({ col, text, bonus: 0 }));
    // 任务 is a weak alias (1), 主要工作任务 the label (3)
    const m = assignColumns(progress, cells(['序号', '任务', '主要工作任务', '进展情况']), 0, 0);
    expect(m.columns.get('task')).toBe(2);
    expect([...m.duplicates]).toEqual([]);
    expect(m.assignments.map((a) => [a.col, a.key, a.score, a.via ?? null])).toEqual([
      [0, 'seq', 3, 'label'],
      [1, null, 0, null],
      [2, 'task', 3, 'label'],
      [3, 'progress', 3, 'label'],
    ]);
    // aliases (2) before the label (3): all three name the task, the label leads
    const d = assignColumns(progress, cells(['工作任务', '重点任务', '主要工作任务', '进展情况', '序号']), 0, 0);
    expect(d.columns.get('task')).toBe(2);
    expect([...d.duplicates]).toEqual([['task', [0, 1, 2]]]);
    expect(d.score).toBe(9);
  });
});
