import { assignColumns, detectHeader, matchHeaderRow } from '../../src/core/header';
import { BUILTIN_TEMPLATES, MASTER_TEMPLATE } from '../../src/core/template/builtin';
import { templateSchema } from '../../src/core/template/schema';
import type { Template } from '../../src/core/template/schema';
import { grid, HEADER, task } from '../helpers/grid';

/** Mutants of header choice (src/core/header.ts): ranked periods, duplicates, assignments, the tie rules between templates, the rows scanned. */
const progress = BUILTIN_TEMPLATES.find((t) => t.name === 'progress') as Template;

const cells = (texts: string[]) => texts.map((text, col) => ({ col, text, bonus: 0 }));

/** A template of plain text columns 甲 乙 丙 …: keys a b c …, required where listed. */
function letters(name: string, keys: string, required: string): Template {
  const words: Record<string, string> = { a: '甲栏', b: '乙栏', c: '丙栏', d: '丁栏', e: '戊栏', f: '己栏', g: '庚栏', h: '辛栏', x: '壬栏', z: '癸栏' };
  return templateSchema.parse({
    name,
    title: name,
    columns: [...keys].map((k) => ({ key: k, label: words[k], kind: 'text', required: required.includes(k) })),
  });
}

describe('cumulative periods side by side', () => {
  it('the latest period is the report: by day, and by year before month', () => {
    const byDay = assignColumns(progress, cells(['序号', '主要工作任务', '截至6月10日推进情况', '截至6月20日推进情况']), 0, 0);
    expect(byDay.columns.get('progress')).toBe(3);
    expect([...byDay.duplicates]).toEqual([]);
    const byYear = assignColumns(progress, cells(['序号', '主要工作任务', '2024年1-3月推进情况', '2023年1-12月推进情况']), 0, 0);
    expect(byYear.columns.get('progress')).toBe(2);
    expect([...byYear.duplicates]).toEqual([]);
  });

  it('a period beside no period, or two equal periods, stay duplicates', () => {
    const mixed = assignColumns(progress, cells(['序号', '主要工作任务', '推进情况', '1-10月推进情况']), 0, 0);
    expect(mixed.columns.get('progress')).toBe(2);
    expect([...mixed.duplicates]).toEqual([['progress', [2, 3]]]);
    // the duplicate is an extra column: no via, no period
    expect(mixed.assignments).toStrictEqual([
      { col: 0, text: '序号', key: 'seq', role: 'seq', score: 3, via: 'label' },
      { col: 1, text: '主要工作任务', key: 'task', role: 'task', score: 3, via: 'label' },
      { col: 2, text: '推进情况', key: 'progress', role: 'progress', score: 2, via: 'alias' },
      { col: 3, text: '1-10月推进情况', key: null, role: 'extra', score: 0 },
    ]);
    const equal = assignColumns(progress, cells(['序号', '主要工作任务', '1-10月推进情况', '1-10月推进情况']), 0, 0);
    expect(equal.columns.get('progress')).toBe(2);
    expect([...equal.duplicates]).toEqual([['progress', [2, 3]]]);
    expect(equal.assignments[2]).toStrictEqual({ col: 2, text: '1-10月推进情况', key: 'progress', role: 'progress', score: 2, via: 'alias', period: '1-10月' });
  });

  it('blank cells take no assignment; texts are trimmed', () => {
    const m = assignColumns(progress, cells(['序号', '  ', ' 主要工作任务 ', '', '进展情况']), 0, 0);
    expect(m.assignments.map((a) => [a.col, a.text, a.key])).toEqual([
      [0, '序号', 'seq'],
      [2, '主要工作任务', 'task'],
      [4, '进展情况', 'progress'],
    ]);
  });
});

describe('ties between templates', () => {
  const g = (header: string[]) => grid([header, header.map(() => '内容')]);

  it('equal required columns and score: the template that fits better wins, in either order', () => {
    const wide = letters('wide', 'abcd', 'ab');
    const narrow = letters('narrow', 'ab', 'ab');
    expect(detectHeader(g(['甲栏', '乙栏']), [wide, narrow])?.template.name).toBe('narrow');
    expect(detectHeader(g(['甲栏', '乙栏']), [narrow, wide])?.template.name).toBe('narrow');
  });

  it('more required columns found beats a higher score', () => {
    const lacking = letters('lacking', 'abzcd', 'abz'); // 癸栏 (z) is required and absent
    const complete = letters('complete', 'ab', 'ab');
    const m = detectHeader(g(['甲栏', '乙栏', '丙栏', '丁栏']), [lacking, complete]);
    expect(m?.template.name).toBe('complete');
    expect(m?.score).toBe(6);
    // all required found in both: the one with more columns found scores higher
    const bigger = letters('bigger', 'abcx', 'ab'); // 壬栏 (x) optional and absent
    expect(detectHeader(g(['甲栏', '乙栏', '丙栏']), [complete, bigger])?.template.name).toBe('bigger');
  });

  it('required columns found counts only the required ones', () => {
    const all = letters('all', 'abc', 'abc');
    const rich = letters('rich', 'abefgh', 'abe'); // 戊栏 (e) is required and absent
    expect(detectHeader(g(['甲栏', '乙栏', '丙栏', '己栏', '庚栏', '辛栏']), [all, rich])?.template.name).toBe('all');
  });

  it('a header with a status column is a report, not a master list, in either order', () => {
    const header = ['序号', '主要工作任务', '牵头部门', '进展状态'];
    const sheet = grid([header, ['1', '任务1', '市发展改革委', '按时推进']]);
    expect(detectHeader(sheet, [MASTER_TEMPLATE, progress])?.template.name).toBe('progress');
    expect(detectHeader(sheet, [progress, MASTER_TEMPLATE])?.template.name).toBe('progress');
    // without progress or status it is the master list
    const list = grid([
      ['序号', '主要工作任务', '牵头部门'],
      ['1', '任务1', '市发展改革委'],
    ]);
    expect(detectHeader(list, [MASTER_TEMPLATE, progress])?.template.name).toBe('master');
  });
});

describe('rows scanned', () => {
  it('the header may be the only row, and the last one scanned is the 30th', () => {
    expect(detectHeader(grid([HEADER]), [progress])?.row).toBe(0);
    const blank = (n: number) => Array.from({ length: n }, () => ['']);
    expect(detectHeader(grid([...blank(29), HEADER, task(1)]), [progress])?.row).toBe(29);
    expect(detectHeader(grid([...blank(30), HEADER, task(1), ...blank(8)]), [progress])).toBeUndefined();
  });

  it('a merge past the row end pads with blanks; a merged long text is cut as the cell itself is', () => {
    const padded = grid([['序号', '主要工作任务', '进展情况']], { merges: ['E1:F1'] });
    expect(matchHeaderRow(padded, progress, 0).assignments.map((a) => a.col)).toEqual([0, 1, 2]);
    expect(detectHeader(padded, [progress])?.assignments.map((a) => a.col)).toEqual([0, 1, 2]);
    const long = '进展情况' + '甲'.repeat(66);
    const merged = grid([['序号', '主要工作任务', long, '']], { merges: ['C1:D1'] });
    expect(detectHeader(merged, [progress])?.assignments.map((a) => [a.col, a.text.length])).toEqual([
      [0, 2],
      [1, 6],
      [2, 61],
      [3, 61],
    ]);
  });

  it('a vertically merged cell fills the rows below it', () => {
    const sheet = grid(
      [
        ['序号', '主要工作任务', '进展情况', '', '牵头部门'],
        ['', '', '已完成', '下一步', ''],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2'] },
    );
    expect(matchHeaderRow(sheet, progress, 1).assignments.map((a) => [a.col, a.text, a.key])).toEqual([
      [0, '序号', 'seq'],
      [1, '主要工作任务', 'task'],
      [2, '已完成', null],
      [3, '下一步', null],
      [4, '牵头部门', 'units'],
    ]);
  });
});
