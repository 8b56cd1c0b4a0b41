import type { MasterTask } from '../../src/core/merge/master';
import { Merger, mergeSubmissions, type MergeInput } from '../../src/core/merge/merge';
import type { TakenInput } from '../../src/core/merge/take-input';
import type { MergeFinding } from '../../src/core/merge/types';
import { validateWorkbook } from '../../src/core/validate';
import { grid, HEADER, task } from '../helpers/grid';

/** Survivors of the merge's expected units, task order and finding limits (issue 15). */
const NDRC = '市发展改革委';
const TRANSPORT = '市交通运输局';
const HOUSING = '市住房城乡建设局';

function submission(file: string, unit: string, rows: string[][]): MergeInput {
  return { file, report: validateWorkbook([grid([[`填报单位：${unit}`], HEADER, ...rows], { sheet: '进展' })]) };
}

describe('units expected to report a task, without a master list', () => {
  it('a later row naming more lead units adds them to that task only: one not reporting is missing', () => {
    const result = mergeSubmissions([
      submission('市发展改革委.xlsx', NDRC, [task(1, { units: NDRC }), task(2, { units: NDRC })]),
      submission('市交通运输局.xlsx', TRANSPORT, [task(1, { units: `${TRANSPORT}、${HOUSING}` })]),
    ]);
    expect(result.tasks.map((t) => [t.seq, t.leads])).toEqual([
      [1, [NDRC, TRANSPORT, HOUSING]],
      [2, [NDRC]],
    ]);
    expect(result.missing).toEqual([{ seq: 1, task: '任务1', unit: HOUSING }]);
  });
});

describe('a merge leaves its master list as it was', () => {
  it('a unit reporting a task it does not lead is a lead of the result, not of the master list', () => {
    const master: MasterTask[] = [{ seq: 1, task: '任务1', units: [NDRC], index: 0 }];
    const first = mergeSubmissions([submission('市交通运输局.xlsx', TRANSPORT, [task(1, { units: NDRC })])], { master });
    expect(first.tasks.map((t) => t.leads)).toEqual([[NDRC, TRANSPORT]]);
    expect(master).toEqual([{ seq: 1, task: '任务1', units: [NDRC], index: 0 }]);
    // merged again with the same list and no submission, only the lead unit is missing
    const again = mergeSubmissions([], { master });
    expect(again.missing).toEqual([{ seq: 1, task: '任务1', unit: NDRC }]);
  });
});

describe('the order of the consolidated tasks', () => {
  it('a row without 序号 follows the numbered row above it, also when the tasks come out of order', () => {
    const result = mergeSubmissions([
      submission('市发展改革委.xlsx', NDRC, [task(2), ['', '专项甲', '1.已完成。', NDRC, '按时推进'], ['', '专项乙', '1.已完成。', NDRC, '按时推进'], task(3)]),
      submission('市交通运输局.xlsx', TRANSPORT, [task(1, { units: TRANSPORT })]),
    ]);
    expect(result.tasks.map((t) => [t.seq, t.task])).toEqual([
      [1, '任务1'],
      [2, '任务2'],
      [null, '专项甲'],
      [null, '专项乙'],
      [3, '任务3'],
    ]);
  });
});

describe('against a master list', () => {
  it('a row with the 序号 of a master task and no task text joins that task', () => {
    const master: MasterTask[] = [{ seq: 1, task: '建设快速路', units: [NDRC], index: 0 }];
    const result = mergeSubmissions([submission('市发展改革委.xlsx', NDRC, [task(1, { task: '' })])], { master });
    expect(result.tasks.map((t) => [t.seq, t.task, t.sources.map((s) => s.row), t.unplaced])).toEqual([[1, '建设快速路', [3], undefined]]);
    expect(result.missing).toEqual([]);
    expect(result.rowsUnplaced).toBe(0);
  });
});

describe('the limit on findings per code', () => {
  it('every sheet’s too-many-findings is listed, however many sheets have one', () => {
    const merger = new Merger();
    const sheets = 1001;
    for (let i = 0; i < sheets; i++) {
      const f: MergeFinding = {
        code: 'too-many-findings',
        severity: 'info',
        file: `f${i}.xlsx`,
        sheet: '进展',
        row: null,
        column: null,
        cell: null,
        value: '',
        params: { sheet: '进展', code: 'seq-gap', limit: 1000, omitted: 1 },
      } as MergeFinding;
      const input: TakenInput = { file: `f${i}.xlsx`, skippedSheets: [], sheets: [{ sheet: '进展', findings: [f], skipped: [], gaps: [], rows: [] }] };
      merger.add(input);
    }
    const findings = merger.result().findings;
    expect(findings.length).toBe(sheets);
    expect(findings.every((f) => f.code === 'too-many-findings' && f.file !== null)).toBe(true);
  });
});
