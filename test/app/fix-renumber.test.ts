import { fix } from '../../src/app/fix';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { HEADER, task } from '../helpers/grid';

/**
 * `fix --renumber` / 同时重新编号序号: a whole table's 序号 become 1..n; a unit's submission (a 填报单位
 * line) keeps the master list's numbers, the key a merge matches by, and the run says which sheet it left.
 */
describe('renumbering in fix', () => {
  it('renumbers a whole table', async () => {
    const bytes = await writeXlsx([{ name: '总表', rows: [HEADER, task(1), task(3), task(4)] }]);
    const run = fix({ name: '总表.xlsx', bytes }, { renumber: true });
    expect(run.copy.applied.filter((f) => f.kinds.includes('seq-renumber')).map((f) => [f.cell, f.oldValue, f.newValue])).toEqual([
      ['A3', '3', '2'],
      ['A4', '4', '3'],
    ]);
    expect(run.renumberRefused).toEqual([]);
  });

  it('leaves a unit submission numbered as the master list and names the sheet', async () => {
    const rows = [['2026年上半年重点工作进展情况表'], ['填报单位：市交通运输局'], HEADER, task(3, { units: '市交通运输局' }), task(7, { units: '市交通运输局' })];
    const bytes = await writeXlsx([{ name: '报表', rows }]);
    const run = fix({ name: '市交通运输局.xlsx', bytes }, { renumber: true });
    expect(run.copy.applied.filter((f) => f.kinds.includes('seq-renumber'))).toEqual([]);
    expect(run.renumberRefused).toEqual(['报表']);
  });

  it('says nothing about renumbering when it was not asked for', async () => {
    const rows = [['填报单位：市交通运输局'], HEADER, task(3, { units: '市交通运输局' })];
    const run = fix({ name: 'a.xlsx', bytes: await writeXlsx([{ name: '报表', rows }]) });
    expect(run.renumberRefused).toEqual([]);
  });
});
