import { readMaster, type MasterTask } from '../../src/core/merge/master';
import { mergeSubmissions, type MergeInput } from '../../src/core/merge/merge';
import type { MergeResult } from '../../src/core/merge/types';
import { validateWorkbook } from '../../src/core/validate';
import { grid, HEADER } from '../helpers/grid';

/** Survivors of placing rows into tasks: leads, who reported, duplicates, order, finding parameters (issue 15). */
function submission(file: string, unit: string | null, rows: string[][], title: string[][] = []): MergeInput {
  const top = unit === null ? [] : [[`填报单位：${unit}`]];
  return { file, report: validateWorkbook([grid([...title, ...top, HEADER, ...rows], { sheet: '进展' })]) };
}

const A = '市交通运输局';
const B = '市建设局';
const C = '市科技局';

function withCode(result: MergeResult, code: string): [number | null, Record<string, unknown>][] {
  return result.findings.filter((f) => f.code === code).map((f) => [f.row, f.params as Record<string, unknown>]);
}

function masterOf(rows: string[][]): MasterTask[] {
  return readMaster([grid([['序号', '主要工作任务', '牵头部门'], ...rows])]);
}

describe('the units a task expects and the units that sent it', () => {
  it('adds the units a later row names to the task, once, without changing another task sharing the first row’s units', () => {
    const a = submission('a.xlsx', A, [
      ['1', '建设快速路', '1.开工。', A, '按时推进'],
      ['2', '推进科创湖区', '1.签约。', A, '按时推进'],
    ]);
    const b = submission('b.xlsx', B, [['1', '建设快速路', '1.征迁。', `${A}、${B}、${C}`, '按时推进']]);
    const result = mergeSubmissions([a, b]);
    expect(result.tasks.map((t) => [t.seq, t.leads])).toEqual([
      [1, [A, B, C]],
      [2, [A]],
    ]);
    expect(result.missing).toEqual([{ seq: 1, task: '建设快速路', unit: C }]);
  });

  it('lists a unit that reported a task it does not lead among the leads (one row and several), in lead order, never changing the master list', () => {
    const master = masterOf([
      ['1', '建设快速路', `${A}、${B}、${C}`],
      ['2', '推进科创湖区', A],
    ]);
    const c = submission('c.xlsx', C, [['1', '建设快速路', '1.丙。', C, '按时推进']]);
    const b = submission('b.xlsx', B, [
      ['1', '建设快速路', '1.乙。', B, '按时推进'],
      ['2', '推进科创湖区', '1.乙做。', B, '按时推进'],
    ]);
    const extra = submission('x.xlsx', '市财政局', [['1', '建设快速路', '1.财。', '市财政局', '按时推进']]);
    for (let run = 0; run < 2; run++) {
      const result = mergeSubmissions([c, extra, b], { master });
      expect(result.tasks.map((t) => [t.seq, t.leads, t.sources.map((s) => s.unit)])).toEqual([
        [1, [A, B, C, '市财政局'], [B, C, '市财政局']],
        [2, [A, B], [B]],
      ]);
      expect(result.missing.map((m) => [m.seq, m.unit])).toEqual([
        [1, A],
        [2, A],
      ]);
    }
    expect(master.map((m) => m.units)).toEqual([[A, B, C], [A]]);
  });

  it('keeps rows of units without a name apart from every unit’s row (no duplicate), in any order', () => {
    const named = (file: string, unit: string): MergeInput => submission(file, unit, [['1', '建设快速路', `1.${unit}。`, unit, '按时推进']]);
    const nameless = submission('无名.xlsx', null, [['1', '建设快速路', '1.无名。', '', '按时推进']]);
    for (const inputs of [
      [named('a.xlsx', A), named('b.xlsx', B), nameless],
      [named('a.xlsx', A), nameless, named('b.xlsx', B)],
    ]) {
      const result = mergeSubmissions(inputs);
      expect(result.tasks.map((t) => t.sources.map((s) => `${s.file}:${s.unit}`).sort())).toEqual([[`a.xlsx:${A}`, `b.xlsx:${B}`, '无名.xlsx:']]);
      expect(withCode(result, 'duplicate-submission')).toEqual([]);
    }
  });

  it('finds the second and third unit’s earlier row of a task: a repeat is a duplicate', () => {
    const row = (file: string, unit: string, progress: string): MergeInput => submission(file, unit, [['1', '建设快速路', progress, unit, '按时推进']]);
    const result = mergeSubmissions([row('a.xlsx', A, '1.甲。'), row('b.xlsx', B, '1.乙。'), row('c.xlsx', C, '1.丙。'), row('b2.xlsx', B, '1.乙。'), row('a2.xlsx', A, '1.甲。')]);
    expect(result.tasks.map((t) => t.sources.map((s) => s.file))).toEqual([['a2.xlsx', 'b2.xlsx', 'c.xlsx']]);
    expect(result.skipped.filter((s) => s.reason === 'duplicate-submission').map((s) => s.file)).toEqual(['b.xlsx', 'a.xlsx']);
  });
});

describe('duplicates: the later file wins a tie', () => {
  it('an identical copy: the later file is kept, reason kept.later-file; more items win over a longer single item', () => {
    const first = submission('a.xlsx', A, [['1', '建设快速路', '1.开工。', A, '按时推进']]);
    const again = submission('a_更新.xlsx', A, [['1', '建设快速路', '1.开工。', A, '按时推进']]);
    const tie = mergeSubmissions([first, again]);
    expect(withCode(tie, 'duplicate-submission')).toEqual([[3, { unit: A, seq: 1, kept: 'a_更新.xlsx#进展!3', dropped: 'a.xlsx#进展!3', reason: 'kept.later-file' }]]);
    // 甲乙丙丁戊己 and 1.甲 2.乙 have the same length without spaces; two items are more complete than one
    const long = submission('a.xlsx', A, [['1', '建设快速路', '甲乙丙丁戊己', A, '按时推进']]);
    const items = submission('a_2.xlsx', A, [['1', '建设快速路', '1.甲\n2.乙', A, '按时推进']]);
    const more = mergeSubmissions([long, items]);
    expect(withCode(more, 'duplicate-submission').map(([, p]) => [p.kept, p.reason])).toEqual([['a_2.xlsx#进展!3', 'kept.more-complete']]);
  });

  it('an unnumbered task sent twice names the task text in place of 序号', () => {
    const row = (file: string): MergeInput => submission(file, A, [['', '快速路通车', '1.通车。', A, '按时推进']]);
    const result = mergeSubmissions([row('a.xlsx'), row('b.xlsx')]);
    expect(result.tasks.map((t) => [t.seq, t.task, t.sources.map((s) => s.file)])).toEqual([[null, '快速路通车', ['b.xlsx']]]);
    expect(withCode(result, 'duplicate-submission').map(([, p]) => p.seq)).toEqual(['快速路通车']);
  });
});

describe('tasks without a master list', () => {
  it('unnumbered rows join by their text, different texts stay apart; the table follows 序号 and rows sit under their task', () => {
    const b = submission('b.xlsx', B, [['2', '推进科创湖区', '1.签约。', B, '按时推进']]);
    const a = submission('a.xlsx', A, [
      ['1', '建设快速路', '1.开工。', A, '按时推进'],
      ['', '快速路通车', '1.通车。', A, '按时推进'],
      ['', '快速路绿化', '1.绿化。', A, '按时推进'],
    ]);
    const a2 = submission('a2.xlsx', C, [
      ['1', '建设快速路', '1.丙。', C, '按时推进'],
      ['', '快速路通车', '1.丙通车。', C, '按时推进'],
    ]);
    const result = mergeSubmissions([b, a, a2]);
    expect(result.tasks.map((t) => [t.seq, t.task, t.sources.map((s) => s.file)])).toEqual([
      [1, '建设快速路', ['a.xlsx', 'a2.xlsx']],
      [null, '快速路通车', ['a.xlsx', 'a2.xlsx']],
      [null, '快速路绿化', ['a.xlsx']],
      [2, '推进科创湖区', ['b.xlsx']],
    ]);
  });

  it('sorts tasks made in falling 序号', () => {
    const result = mergeSubmissions([
      submission('a.xlsx', A, [
        ['3', '深化改革', '1.甲。', A, '按时推进'],
        ['2', '推进科创湖区', '1.乙。', A, '按时推进'],
      ]),
    ]);
    expect(result.tasks.map((t) => t.seq)).toEqual([2, 3]);
  });

  it('compares a numbered task’s texts with its first row’s (basis.first); a task text spelled with spaces or a full stop agrees', () => {
    const a = submission('a.xlsx', A, [['1', '建设快速路', '1.开工。', `${A}、${B}、${C}`, '按时推进']]);
    const b = submission('b.xlsx', B, [['1', '建设城市快速路', '1.征迁。', `${A}、${B}、${C}`, '按时推进']]);
    const c = submission('c.xlsx', C, [['1', '建设 快速路。', '1.丙。', `${A}、${B}、${C}`, '按时推进']]);
    const result = mergeSubmissions([a, b, c]);
    expect(result.tasks.map((t) => t.task)).toEqual(['建设快速路']);
    expect(withCode(result, 'task-mismatch')).toEqual([[3, { unit: B, seq: 1, expected: '建设快速路', basis: 'basis.first' }]]);
  });

  it('an unnumbered task is named as its leading unit wrote it, and its missing lead has an empty 序号', () => {
    const b = submission('b.xlsx', B, [['', '快速路 通车', '1.乙。', `${A}、${B}、${C}`, '按时推进']]);
    const a = submission('a.xlsx', A, [['', '快速路通车', '1.甲。', `${A}、${B}、${C}`, '按时推进']]);
    const result = mergeSubmissions([b, a]);
    expect(result.tasks.map((t) => [t.task, t.sources.map((s) => s.unit)])).toEqual([['快速路通车', [A, B]]]);
    expect(withCode(result, 'missing-submission')).toEqual([[null, { unit: C, seq: '', task: '快速路通车' }]]);
    expect(withCode(result, 'task-mismatch')).toEqual([]);
  });
});

describe('statuses of a task with several rows', () => {
  const master = masterOf([['1', '建设快速路', `${A}、${B}`]]);
  const row = (file: string, unit: string, status: string): MergeInput => submission(file, unit, [['1', '建设快速路', '1.做。', `${A}、${B}`, status]]);

  it('the worst status wins whatever the order; the same status twice, or one row without, is no conflict', () => {
    expect(mergeSubmissions([row('a.xlsx', A, '部分滞后'), row('b.xlsx', B, '按时推进')], { master }).tasks[0]?.status).toBe('部分滞后');
    const same = mergeSubmissions([row('a.xlsx', A, '按时推进'), row('b.xlsx', B, '按时推进')], { master });
    expect([same.tasks[0]?.status, withCode(same, 'status-conflict')]).toEqual(['按时推进', []]);
    const one = mergeSubmissions([row('a.xlsx', A, '按时推进'), row('b.xlsx', B, '')], { master });
    expect([one.tasks[0]?.status, withCode(one, 'status-conflict')]).toEqual(['按时推进', []]);
  });
});

describe('placing against a master list', () => {
  it('keeps the first of two master tasks with one 序号 or one unnumbered text; a text shared by two 序号 finds the first', () => {
    const master = masterOf([
      ['1', '建设快速路', A],
      ['1', '另一个任务', B],
      ['', '快速路通车', A],
      ['', '快速路通车', B],
      ['2', '深化改革', A],
      ['3', '深化改革', B],
    ]);
    const a = submission('a.xlsx', A, [
      ['1', '建设快速路', '1.开工。', A, '按时推进'],
      ['9', '深化改革', '1.改革。', A, '按时推进'],
    ]);
    const result = mergeSubmissions([a], { master });
    expect(result.tasks.map((t) => [t.seq, t.task, t.leads, t.sources.length])).toEqual([
      [1, '建设快速路', [A], 1],
      [null, '快速路通车', [A], 0],
      [2, '深化改革', [A], 1],
      [3, '深化改革', [B], 0],
    ]);
  });

  it('a numbered row without task text joins its master task by 序号, without a mismatch; a master task without text takes no row by text', () => {
    const master = masterOf([
      ['1', '建设快速路', A],
      ['2', '', A],
    ]);
    const a = submission('a.xlsx', A, [
      ['1', '', '1.开工。', A, '按时推进'],
      ['9', '', '1.别的。', A, '按时推进'],
    ]);
    const result = mergeSubmissions([a], { master });
    expect(result.tasks.map((t) => [t.seq, t.task, t.sources.map((s) => s.row), t.unplaced?.reason ?? null])).toEqual([
      [1, '建设快速路', [3], null],
      [2, '', [], null],
      [9, '', [4], 'unplaced.no-match'],
    ]);
    expect(withCode(result, 'task-mismatch')).toEqual([]);
    expect(withCode(result, 'unexpected-task')).toEqual([[4, { unit: A, seq: 9 }]]);
  });

  it('names the unit and 序号 of unplaced rows; an unplaced row’s leads are the unit that sent it', () => {
    const master = masterOf([['1', '建设快速路', A]]);
    const a = submission('a.xlsx', A, [
      ['1', '组织对接会', '1.对接。', A, '按时推进'],
      ['', '自选动作', '1.自选。', A, '按时推进'],
      ['7', '另一自选', '1.另。', A, '按时推进'],
    ]);
    const result = mergeSubmissions([a], { master });
    expect(result.tasks.filter((t) => t.unplaced).map((t) => [t.seq, t.task, t.leads, t.unplaced?.reason])).toEqual([
      [1, '组织对接会', [A], 'unplaced.text-differs'],
      [null, '自选动作', [A], 'unplaced.no-match'],
      [7, '另一自选', [A], 'unplaced.no-match'],
    ]);
    expect(withCode(result, 'task-unplaced')).toEqual([
      [3, { unit: A, seq: 1, reason: 'unplaced.text-differs' }],
      [4, { unit: A, seq: '', reason: 'unplaced.no-match' }],
    ]);
    expect(withCode(result, 'unexpected-task')).toEqual([[5, { unit: A, seq: 7 }]]);
  });

  it('a changed text is named with the master’s text and 序号 (basis.master)', () => {
    const master = masterOf([['2', '推进科创湖区', A]]);
    const result = mergeSubmissions([submission('a.xlsx', A, [['2', '推进科创湖区建设', '1.签约。', A, '按时推进']])], { master });
    expect(withCode(result, 'task-mismatch')).toEqual([[3, { unit: A, seq: 2, expected: '推进科创湖区', basis: 'basis.master' }]]);
  });
});

describe('what a merge carries over', () => {
  it('seq-gap of a whole table without a master list is kept; against a master list it is dropped', () => {
    const whole = submission('a.xlsx', null, [
      ['1', '建设快速路', '1.开工。', A, '按时推进'],
      ['3', '深化改革', '1.改革。', A, '按时推进'],
    ]);
    expect(
      mergeSubmissions([whole])
        .findings.filter((f) => f.code === 'seq-gap')
        .map((f) => f.file),
    ).toEqual(['a.xlsx']);
    const master = masterOf([['1', '建设快速路', A]]);
    expect(mergeSubmissions([whole], { master }).findings.filter((f) => f.code === 'seq-gap')).toEqual([]);
  });

  it('a task without carried columns has no extras at all', () => {
    const result = mergeSubmissions([submission('a.xlsx', A, [['1', '建设快速路', '1.开工。', A, '按时推进']])]);
    expect(result.tasks.map((t) => 'extras' in t)).toEqual([false]);
  });

  it('the period of the first sheet that names one', () => {
    const plain = submission('a.xlsx', A, [['1', '建设快速路', '1.开工。', A, '按时推进']]);
    const titled = submission('b.xlsx', B, [['1', '建设快速路', '1.乙。', B, '按时推进']], [['2024年上半年重点工作进展']]);
    const other = submission('c.xlsx', C, [['1', '建设快速路', '1.丙。', C, '按时推进']], [['2023年一季度重点工作进展']]);
    expect(mergeSubmissions([plain, titled, other]).period).toBe('2024年上半年');
    expect('period' in mergeSubmissions([plain])).toBe(false);
  });
});
