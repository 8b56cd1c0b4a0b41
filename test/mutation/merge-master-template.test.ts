import { readMaster, readMasterList } from '../../src/core/merge/master';
import { parseTemplate } from '../../src/core/template/schema';
import { countyTemplate } from '../helpers/county-template';
import { grid } from '../helpers/grid';

/** The county's template in another order, with 完成时限: 序号 / 民生项目 / 承担单位 / 办理进展 / 进度 / 完成时限. */
const sixColumns = () =>
  countyTemplate([
    { key: 'seq', label: '序号', kind: 'seq' },
    { key: 'task', label: '民生项目', kind: 'task' },
    { key: 'units', label: '承担单位', kind: 'units' },
    { key: 'progress', label: '办理进展', kind: 'progress' },
    { key: 'status', label: '进度', kind: 'status' },
    { key: 'deadline', label: '完成时限', kind: 'deadline' },
  ]);

/**
 * Survivors of reading a master list in a user's template (issue 15): a list handed out has no
 * progress or status yet, so both columns, and only they, stop counting as needed; a missing task
 * column is named as the user's template names it.
 */
describe('a master list in a user’s six-column template', () => {
  it('two of its six columns (task and units) are enough once progress and status are not needed', () => {
    const list = [
      grid([
        ['民生项目', '承担单位'],
        ['新建学校', '县教育局'],
      ]),
    ];
    expect(readMaster(list, sixColumns())).toEqual([{ seq: null, task: '新建学校', units: ['县教育局'], index: 0 }]);
  });

  it('a sheet naming only the progress and status columns is not a master list', () => {
    const list = readMasterList(
      [
        grid([
          ['办理进展', '进度'],
          ['已开工', '达进度'],
        ]),
      ],
      { template: sixColumns(), file: '清单.xlsx' },
    );
    expect(list.tasks).toEqual([]);
    expect(list.gaps.map((g) => [g.sheet, g.role])).toEqual([['Sheet1', 'header']]);
  });

  it('a master sheet in that template without its task column is a gap named 民生项目', () => {
    const list = readMasterList(
      [
        grid([
          ['序号', '承担单位', '完成时限'],
          ['1', '县教育局', '6月底前'],
        ]),
      ],
      { template: sixColumns() },
    );
    expect(list).toEqual({ tasks: [], gaps: [{ file: null, sheet: 'Sheet1', column: '民生项目', role: 'task' }] });
  });
});

describe('a master list in a user’s template without a task column', () => {
  it('a sheet it reads is a gap named 主要工作任务', () => {
    const parsed = parseTemplate({
      name: 'contacts',
      title: '联络员',
      columns: [
        { key: 'seq', label: '序号', kind: 'seq' },
        { key: 'units', label: '承担单位', kind: 'units' },
        { key: 'contact', label: '联络员', kind: 'text' },
      ],
    });
    if (!parsed.ok) throw new Error('contacts template');
    const list = readMasterList(
      [
        grid([
          ['序号', '承担单位', '联络员'],
          ['1', '县教育局', '张三'],
        ]),
      ],
      { template: parsed.value },
    );
    expect(list).toEqual({ tasks: [], gaps: [{ file: null, sheet: 'Sheet1', column: '主要工作任务', role: 'task' }] });
  });
});
