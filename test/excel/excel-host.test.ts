import { builtinTemplate } from '../../src/core/template/builtin';
import { detectFeatures } from '../../src/excel/capabilities';
import { CHOICE_SETTING, createExcelHost, parseChoice } from '../../src/excel/excel-host';
import { insertTemplateSheet } from '../../src/excel/template-sheet';
import { mockWorkbook } from './mock-workbook';

const progress = builtinTemplate('progress')!;
const features = detectFeatures(() => true);

describe('inserting a template sheet', () => {
  it('writes the styled header, freezes it, and puts the status dropdown and unit suggestions in place', async () => {
    const book = mockWorkbook([{ name: '重点工作进展情况表', values: [['x']] }]);
    const name = await insertTemplateSheet(book.context, { template: progress, directory: [{ name: '市科技局', aliases: [] }, { name: '市交通运输局', aliases: ['交通局'] }] });
    expect(name).toBe('重点工作进展情况表2');
    const sheet = book.added[name];
    expect(sheet.ranges['0,0,1,5'].values).toEqual([['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态']]);
    expect(sheet.ranges['0,0,1,5'].format.font.bold).toBe(true);
    expect(sheet.ranges.frozen).toBe(1);
    expect(sheet.ranges['1,4,500,1'].dataValidation.rule).toEqual({ list: { inCellDropDown: true, source: '已完成,进度较快,按时推进,部分滞后,进度滞后' } });
    expect(sheet.ranges['1,3,500,1'].dataValidation.rule.list.source).toBe("='单位名录'!$A$1:$A$2");
    expect(sheet.ranges['1,3,500,1'].dataValidation.errorAlert.showAlert).toBe(false);
    expect(book.added['单位名录'].ranges['0,0,2,1'].values).toEqual([['市科技局'], ['市交通运输局']]);
    expect(book.added['单位名录'].visibility).toBe('Hidden');
    expect(book.syncs()).toBe(2);
  });
});

describe('the Excel host', () => {
  const run = (book: ReturnType<typeof mockWorkbook>) => <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(book.context);

  it('stores the template choice in the workbook and reads it back through the schema', async () => {
    const book = mockWorkbook([{ name: 'S', values: [['x']] }]);
    const host = createExcelHost(run(book), features);
    await host.saveChoice({ template: progress, directory: [{ name: '市科技局', aliases: [] }] });
    expect(book.settings.has(CHOICE_SETTING)).toBe(true);
    expect(await host.loadChoice()).toEqual({ template: progress, directory: [{ name: '市科技局', aliases: [] }] });
    expect(parseChoice('{"template":{"name":"BAD"}}')).toBeUndefined();
    expect(parseChoice('not json')).toBeUndefined();
  });

  it('reads the active sheet and selects a cell', async () => {
    const book = mockWorkbook([{ name: 'S', values: [['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态']] }]);
    const host = createExcelHost(run(book), features);
    const [grid] = await host.readSheets('active');
    expect(grid.rows[0][0]).toBe('序号');
    await host.selectCell('S', 'D15');
    expect(book.raw.workbook.worksheets.sheet0['range_D15']).toBeDefined();
  });

  it('writes the consolidated sheets into this workbook with a native chart of tasks by status', async () => {
    const book = mockWorkbook([
      { name: '汇总', values: [['x']] },
      { name: '统计', values: [['进展状态', '任务数']] },
    ]);
    const host = createExcelHost(run(book), features);
    await host.openWorkbook(new Uint8Array([80, 75, 3, 4]), '汇总.xlsx', 'this-workbook');
    expect(book.inserted).toEqual([Buffer.from([80, 75, 3, 4]).toString('base64')]);
    expect(book.charts).toEqual([expect.objectContaining({ sheet: '统计', type: 'ColumnClustered', source: '统计!A1:B6', seriesBy: 'Columns', title: { text: '各进展状态任务数' } })]);
    expect(book.syncs()).toBe(3);
  });

  it('exposes what the Excel version supports', () => {
    expect(createExcelHost(run(mockWorkbook([])), detectFeatures((v) => v === '1.8' || v === '1.9')).capabilities).toEqual({ annotation: 'none', insertSheets: false, createWorkbook: true });
  });
});
