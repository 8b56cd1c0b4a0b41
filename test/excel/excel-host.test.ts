import { builtinTemplate } from '../../src/core/template/builtin';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { detectFeatures } from '../../src/excel/capabilities';
import { CHOICE_SETTING, createExcelHost, parseChoice } from '../../src/excel/excel-host';
import { insertTemplateSheet } from '../../src/excel/template-sheet';
import { profile } from './double/profiles';
import { strictExcel } from './double/strict-excel';
import { at } from '../../src/core/checked';

const progress = builtinTemplate('progress')!;
const m365 = profile('1.18');
const features = detectFeatures(() => true);

describe('inserting a template sheet', () => {
  it('writes the styled header, freezes it, and puts the status dropdown and unit suggestions in place', async () => {
    const excel = strictExcel(m365, [{ name: '重点工作进展情况表', rows: [['x']] }]);
    const name = await insertTemplateSheet(excel.context, {
      template: progress,
      directory: [
        { name: '市科技局', aliases: [] },
        { name: '市交通运输局', aliases: ['交通局'] },
      ],
    });
    expect(name).toBe('重点工作进展情况表2');
    const sheet = excel.book.sheets.find((s) => s.name === name)!;
    expect(['A1', 'B1', 'C1', 'D1', 'E1'].map((a1) => excel.value(name, a1))).toEqual(['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态']);
    expect(sheet.formats.get('A1:E1')?.['font.bold']).toBe(true);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.formats.get('E2:E501')?.rule).toEqual({ list: { inCellDropDown: true, source: '已完成,进度较快,按时推进,部分滞后,进度滞后' } });
    expect((sheet.formats.get('D2:D501')?.rule as { list: { source: string } }).list.source).toBe("='单位名录'!$A$1:$A$2");
    expect((sheet.formats.get('D2:D501')?.errorAlert as { showAlert: boolean }).showAlert).toBe(false);
    expect([excel.value('单位名录', 'A1'), excel.value('单位名录', 'A2')]).toEqual(['市科技局', '市交通运输局']);
    expect(excel.book.sheets.find((s) => s.name === '单位名录')!.visibility).toBe('Hidden');
    expect(excel.syncs()).toBe(2);
  });
});

describe('the Excel host', () => {
  it('writes a header wider than 26 columns into AA, AB… (column letters past Z)', async () => {
    const excel = strictExcel(m365, [{ name: '报表', rows: [['x']] }]);
    const extra = Array.from({ length: 23 }, (_, i) => ({ ...progress.columns[0]!, key: `extra${i}`, label: `附加${i + 1}`, kind: 'remarks' as const, required: true, mayBeAbsent: false }));
    const wide = { ...progress, columns: [...progress.columns.filter((c) => c.required), ...extra] };
    const name = await insertTemplateSheet(excel.context, { template: wide });
    expect(['Z1', 'AA1', 'AB1'].map((a1) => excel.value(name, a1))).toEqual(['附加21', '附加22', '附加23']);
    expect(excel.book.sheets.find((s) => s.name === name)!.formats.get('A1:AB1')?.rowHeight).toBe(28);
  });

  it('stores the template choice in the workbook and reads it back through the schema', async () => {
    const excel = strictExcel(m365, [{ name: 'S', rows: [['x']] }]);
    const host = createExcelHost(excel.run, features);
    await host.saveChoice({ template: progress, directory: [{ name: '市科技局', aliases: [] }] });
    expect(excel.setting(CHOICE_SETTING)).toBeDefined();
    expect(await host.loadChoice()).toEqual({ template: progress, directory: [{ name: '市科技局', aliases: [] }] });
    expect(parseChoice('{"template":{"name":"BAD"}}')).toBeUndefined();
    expect(parseChoice('not json')).toBeUndefined();
  });

  it('reads the active sheet and selects a cell', async () => {
    const excel = strictExcel(m365, [{ name: 'S', rows: [['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态']] }]);
    const host = createExcelHost(excel.run, features);
    const grid = at(await host.readSheets('active'), 0);
    expect(grid.rows[0]![0]).toBe('序号');
    await host.selectCell('S', 'D15');
    expect(excel.book.selected).toBe('S!D15');
  });

  it('writes the consolidated sheets into this workbook with a native chart of tasks by status', async () => {
    const excel = strictExcel(m365, [{ name: '报表', rows: [['x']] }]);
    const host = createExcelHost(excel.run, features);
    const bytes = await writeXlsx([
      { name: '汇总', rows: [['序号', '任务']] },
      {
        name: '统计',
        rows: [
          ['进展状态', '任务数'],
          ['按时推进', 3],
          ['进度滞后', 1],
        ],
      },
    ]);
    await host.openWorkbook(bytes, '汇总.xlsx', 'this-workbook');
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['报表', '汇总', '统计']);
    expect(excel.book.sheets[2]!.charts).toEqual([expect.objectContaining({ type: 'ColumnClustered', source: '统计!A1:B3', seriesBy: 'Columns', title: '各进展状态任务数', position: 'E2' })]);
    expect(excel.syncs()).toBe(3);
  });

  it('opens a new workbook through Excel.createWorkbook', async () => {
    const excel = strictExcel(m365, [{ name: '报表', rows: [['x']] }]);
    const uninstall = excel.install();
    try {
      const host = createExcelHost(excel.run, features);
      const bytes = await writeXlsx([{ name: '汇总', rows: [['序号']] }]);
      await host.openWorkbook(bytes, '汇总.xlsx', 'new-workbook');
      expect(excel.book.created).toHaveLength(1);
    } finally {
      uninstall();
    }
  });

  it('exposes what the Excel version supports and says what is missing', () => {
    const host = createExcelHost(
      strictExcel(m365, []).run,
      detectFeatures((v) => v === '1.8' || v === '1.9'),
    );
    expect(host.capabilities).toEqual({ annotation: 'none', insertSheets: false, createWorkbook: true });
    expect(host.notices?.length).toBe(3);
  });
});
