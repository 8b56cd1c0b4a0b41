import type { MasterTask } from '../../src/core/merge/master';
import { mergeSubmissions, type MergeInput } from '../../src/core/merge/merge';
import { validateWorkbook } from '../../src/core/validate';
import { COUNTY_COLUMNS, countyTemplate } from '../helpers/county-template';
import { grid, HEADER, task } from '../helpers/grid';

/** The county's template with two statuses of one rank (按期, 按计划) above 滞后. */
const tiedStatuses = () =>
  countyTemplate(COUNTY_COLUMNS, [
    { name: '按期', rank: 1, colour: '#FFFFFF' },
    { name: '按计划', rank: 1, colour: '#FFFFFF' },
    { name: '滞后', rank: 2, colour: '#FFC7CE' },
  ]);

/** Survivors of the consolidated status among equally bad statuses and of the master list's order (issue 15). */
const NDRC = '市发展改革委';
const TRANSPORT = '市交通运输局';

/** A user's template whose two on-time statuses rank the same. */
describe('the status of a task two units reported', () => {
  it('of two equally bad statuses the task takes the one of the unit listed first', () => {
    const template = tiedStatuses();
    const header = ['序号', '民生项目', '办理进展', '承担单位', '进度'];
    const input = (file: string, unit: string, status: string): MergeInput => ({
      file,
      report: validateWorkbook([grid([[`填报单位：${unit}`], header, ['1', '新建学校', '1.已开工。', `${NDRC}、${TRANSPORT}`, status]], { sheet: '进展' })], { template }),
    });
    // the second lead unit's file comes first: the lead order decides, not the file order
    const result = mergeSubmissions([input('市交通运输局.xlsx', TRANSPORT, '按计划'), input('市发展改革委.xlsx', NDRC, '按期')], { template });
    expect(result.tasks.map((t) => [t.seq, t.status, t.sources.map((s) => s.unit)])).toEqual([[1, '按期', [NDRC, TRANSPORT]]]);
    expect(result.findings.map((f) => f.code)).toContain('status-conflict');
  });
});

describe('the order of a master list', () => {
  it('the consolidated table follows the master tasks’ positions, not the order they are given in', () => {
    const master: MasterTask[] = [
      { seq: 2, task: '任务2', units: [NDRC], index: 1 },
      { seq: 1, task: '任务1', units: [NDRC], index: 0 },
    ];
    const report = validateWorkbook([grid([[`填报单位：${NDRC}`], HEADER, task(1), task(2)], { sheet: '进展' })]);
    const result = mergeSubmissions([{ file: '市发展改革委.xlsx', report }], { master });
    expect(result.tasks.map((t) => [t.seq, t.task])).toEqual([
      [1, '任务1'],
      [2, '任务2'],
    ]);
  });
});
