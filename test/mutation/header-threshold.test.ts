import { templateSchema } from '../../src/core/template/schema';
import { validateGrid } from '../../src/core/validate';
import { grid } from '../helpers/grid';

/**
 * The header score threshold (issue 15): a header names at least two columns, even for a template
 * whose needed columns are so few that one of them would be half.
 */
const twoColumns = templateSchema.parse({
  name: 'tasks',
  title: '任务表',
  columns: [
    { key: 'work', label: '工作任务', kind: 'task' },
    { key: 'lead', label: '牵头单位', kind: 'units' },
    { key: 'note', label: '备注', kind: 'remarks', required: false },
  ],
});

describe('a header names at least two columns', () => {
  it('one of two needed columns alone is no header; both are', () => {
    expect(validateGrid(grid([['工作任务'], ['推进项目建设']]), { template: twoColumns }).headerRow).toBeNull();
    // one needed column and an optional one: two columns, half the needed ones
    expect(
      validateGrid(
        grid([
          ['工作任务', '备注'],
          ['推进项目建设', ''],
        ]),
        { template: twoColumns },
      ).headerRow,
    ).toBe(1);
    const both = validateGrid(
      grid([
        ['工作任务', '牵头单位'],
        ['推进项目建设', '市发展改革委'],
      ]),
      { template: twoColumns },
    );
    expect([both.headerRow, both.dataRows, both.findings]).toEqual([1, 1, []]);
  });
});
