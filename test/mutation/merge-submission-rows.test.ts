import { mergeSubmissions } from '../../src/core/merge/merge';
import { submissionRows, UnitIndex } from '../../src/core/merge/submission-rows';
import { validateWorkbook } from '../../src/core/validate';
import { grid, HEADER, task } from '../helpers/grid';

/** Survivors of taking a sheet's task rows and of the unit index (issue 15). */
const NDRC = '市发展改革委';

describe('the task rows of one sheet', () => {
  it('a sheet without its task column holds no task rows', () => {
    const report = validateWorkbook([
      grid([
        ['序号', '进展情况', '牵头部门', '进展状态'],
        ['1', '1.已完成。', NDRC, '按时推进'],
      ]),
    ]);
    const sheet = report.sheets[0]!;
    expect(sheet.model).toBeDefined();
    expect(submissionRows('市发展改革委.xlsx', sheet)).toBeUndefined();
  });

  it('the task text is merged without the spaces around it', () => {
    const report = validateWorkbook([grid([[`填报单位：${NDRC}`], HEADER, task(1, { task: '  建设快速路  ' })])]);
    const result = mergeSubmissions([{ file: '市发展改革委.xlsx', report }]);
    expect(result.tasks.map((t) => [t.seq, t.task])).toEqual([[1, '建设快速路']]);
  });

  it('a row ending before its status column is read with an empty status', () => {
    const report = validateWorkbook([grid([[`填报单位：${NDRC}`], HEADER, ['1', '建设快速路', '1.已完成。']])]);
    const result = mergeSubmissions([{ file: '市发展改革委.xlsx', report }]);
    expect(result.tasks.map((t) => [t.seq, t.task, t.status, t.leads])).toEqual([[1, '建设快速路', '', [NDRC]]]);
    expect(result.noStatus).toBe(1);
  });
});

describe('a unit index past its scanned size', () => {
  /** Nine members: the index is kept in maps. */
  const others = ['市教育局', '市科技局', '市财政局', '市公安局', '市司法局', '市水利局', '市商务局'];

  it('where two members share a bare form, the one added first is found by it', () => {
    const index = new UnitIndex<string>();
    index.add('市民政局', 'city');
    index.add('区民政局', 'district');
    for (const u of others) index.add(u, u);
    expect(index.get('民政局')).toBe('city');
    expect(index.get('区民政局')).toBe('district');
    expect(index.get('教育局')).toBe('市教育局');
  });

  it('the same, when the shared bare form first comes after the index turned into maps', () => {
    const index = new UnitIndex<string>();
    for (const u of others) index.add(u, u);
    index.add('市民政局', 'city');
    index.add('区民政局', 'district');
    index.add('县民政局', 'county');
    expect(index.get('民政局')).toBe('city');
    expect(index.get('县民政局')).toBe('county');
  });
});
