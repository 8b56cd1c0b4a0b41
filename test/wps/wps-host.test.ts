import { builtinTemplate } from '../../src/core/template/builtin';
import type { Fix } from '../../src/core/fix/plan';
import { validateWorkbook } from '../../src/core/validate';
import { worksOnOpenWorkbook } from '../../src/host/host';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { COMMENT_PREFIX } from '../../src/wps/marks';
import type { WpsApplication } from '../../src/wps/wps-api';
import { createWpsHost } from '../../src/wps/wps-host';
import { createWpsDouble, DoubleSheetSpec } from './wps-double';
import { at } from '../../src/core/checked';

/** The WPS host on the strict double: every call the host makes must be one WPS documents. */
const HEADER = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'];
const progress = builtinTemplate('progress')!;

function report(extra: Partial<DoubleSheetSpec> = {}): DoubleSheetSpec {
  return {
    name: '2021年上半年',
    rows: [
      ['2021年上半年重点工作', null, null, null, null],
      HEADER,
      [1, '任务甲', '已完成招标。', '市科技局', '按时推进'],
      [2, '任务乙', '正在推进。', '', ''],
      [3, '任务丙', '完成年度目标的60%。', '市交通运输局', '序时推进'],
    ],
    merges: ['A1:E1'],
    ...extra,
  };
}

const app = (double: ReturnType<typeof createWpsDouble>): WpsApplication => double.Application as WpsApplication;
/** BGR numbers written out by hand: #FFC7CE (error fill) and #D9E1F2 (template header). */
const ERROR_FILL_BGR = 0xcec7ff;
const HEADER_FILL_BGR = 0xf2e1d9;
const OWN_YELLOW_BGR = 0x00ffff;

describe('the strict WPS double', () => {
  it('throws on members WPS does not document and keeps the documented shapes', () => {
    const double = createWpsDouble({ sheets: [report()] });
    const application = double.Application as Record<string, unknown>;
    expect(() => application.Selection).toThrow(/no member "Selection"/);
    const sheet = app(double).ActiveSheet!;
    expect(() => (sheet as unknown as Record<string, unknown>).getRange).toThrow(/no member/);
    expect(sheet.Range('B3').Value2).toBe('任务甲');
    expect(sheet.Range('A3:B3').Value2).toEqual([[1, '任务甲']]);
    expect(sheet.Cells.Item(3, 1).Value2).toBe(1);
    expect(() => sheet.Cells.Item(0, 1)).toThrow(/count from 1/);
    expect(sheet.Range('D4').Value2).toBeUndefined();
    expect(sheet.Range('D4').Interior.Color).toBe(0xffffff);
    expect(sheet.Range('D4').Interior.Pattern).toBe(-4142);
    expect(() => app(double).ActiveWorkbook!.Worksheets.Item('没有')).toThrow(/no such sheet/);
    expect(() => sheet.Range('D4').Select()).not.toThrow();
    expect(() => ((sheet.Range('D4') as unknown as Record<string, unknown>).Values = [['x']])).toThrow(/cannot be set/);
    sheet.Range('D4').AddComment('a');
    expect(() => sheet.Range('D4').AddComment('b')).toThrow(/already has a comment/);
    sheet.Range('E3:E4').Validation.Add(3, 1, 1, '甲,乙');
    expect(() => sheet.Range('E4').Validation.Add(3, 1, 1, '甲')).toThrow(/delete it first/);
    expect(() => (sheet.Range('A1:B2').Value2 = [['x']])).toThrow(/2×2 array/);
  });
});

describe('the WPS host', () => {
  it('declares what it can do by capability', () => {
    const host = createWpsHost(app(createWpsDouble({ sheets: [report()] })));
    expect(host.kind).toBe('wps');
    expect(host.capabilities).toEqual({ annotation: 'comment', insertSheets: true, createWorkbook: true, sheets: 'open-workbook' });
    expect(worksOnOpenWorkbook(host)).toBe(true);
  });

  it('reads the active sheet: values, displayed texts, merged areas, the used range offset', async () => {
    const double = createWpsDouble({
      sheets: [report(), { name: '日期', rows: [[], [null, '截至', 44377, 12345678]], texts: { C2: '2021/6/30', D2: '####' }, merges: ['B3:C4'] }, { name: '说明', rows: [['填表说明']], visible: 0 }],
    });
    const host = createWpsHost(app(double));
    const grid = at(await host.readSheets('active'), 0);
    expect(grid.sheet).toBe('2021年上半年');
    expect(grid.origin).toBe('wps');
    expect(grid.rows[1]).toEqual(HEADER);
    expect(grid.rows[2]).toEqual(['1', '任务甲', '已完成招标。', '市科技局', '按时推进']);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);

    const all = await host.readSheets('all');
    expect(all.map((g) => [g.sheet, g.visibility])).toEqual([
      ['2021年上半年', 'visible'],
      ['日期', 'visible'],
      ['说明', 'hidden'],
    ]);
    // the used range starts at B2: the grid keeps the sheet's own coordinates
    expect(all[1]!.rows).toEqual([[], ['', '截至', '2021/6/30', '12345678'], ['', '', '', ''], ['', '', '', '']]);
    expect(all[1]!.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 2 }]);
  });

  it('finds the missing unit and status by cell and selects a finding on another sheet', async () => {
    const double = createWpsDouble({ sheets: [{ name: '封面', rows: [['x']] }, report()], active: '封面' });
    const host = createWpsHost(app(double));
    const grids = await host.readSheets('all');
    const findings = validateWorkbook(grids).sheets.flatMap((s) => s.findings);
    expect(findings.map((f) => [f.row, f.cell, f.code])).toEqual(
      expect.arrayContaining([
        [4, 'D4', 'unit-missing'],
        [4, 'E4', 'status-missing'],
      ]),
    );
    await host.selectCell('2021年上半年', 'D4');
    expect(double.selection()).toEqual({ sheet: '2021年上半年', address: 'D4' });
  });

  it('marks findings with fills and comments and restores exactly the fills and comments the cells had', async () => {
    const double = createWpsDouble({ sheets: [report({ fills: { D4: OWN_YELLOW_BGR }, comments: { E4: '请周五前补齐' } })] });
    const host = createWpsHost(app(double));
    const findings = validateWorkbook(await host.readSheets('active')).sheets.flatMap((s) => s.findings);
    const sheet = double.sheet('2021年上半年');
    const at = (cell: string): string => {
      const m = /^([A-Z])(\d+)$/.exec(cell)!;
      return `${m[2]},${m[1]!.charCodeAt(0) - 64}`;
    };

    // D4 (no 牵头部门), E4 (no 进展状态) and E5 (序时推进, an alias of 按时推进): one mark per cell
    expect(findings.filter((f) => f.cell).map((f) => [f.cell, f.code])).toEqual([
      ['D4', 'unit-missing'],
      ['E4', 'status-missing'],
      ['E5', 'status-alias'],
    ]);
    expect(await host.markFindings(findings, 'zh')).toBe(3);
    expect(sheet.fills.get(at('D4'))).toBe(ERROR_FILL_BGR);
    expect(sheet.fills.get(at('E4'))).toBe(ERROR_FILL_BGR);
    expect(sheet.comments.get(at('D4'))).toMatch(new RegExp(`^${COMMENT_PREFIX}`));
    expect(sheet.comments.get(at('E4'))).toBe('请周五前补齐'); // the user's comment is not replaced

    // checking and marking again keeps the first before-image, not the mark's own fill
    await host.markFindings(findings, 'zh');
    expect(await host.clearMarks()).toBe(3);
    expect(sheet.fills.get(at('D4'))).toBe(OWN_YELLOW_BGR);
    expect(sheet.fills.has(at('E4'))).toBe(false);
    expect(sheet.comments.has(at('D4'))).toBe(false);
    expect(sheet.comments.get(at('E4'))).toBe('请周五前补齐');
    expect(await host.clearMarks()).toBe(0);
  });

  it('applies fixes where the cell still holds the previewed value and undoes them', async () => {
    const double = createWpsDouble({ sheets: [report({ formulas: { C5: '="完成"' } })] });
    const host = createWpsHost(app(double));
    const fix = (cell: string, oldValue: string, newValue: string): Fix => ({ sheet: '2021年上半年', cell, row: Number(cell.slice(1)), column: '进展状态', oldValue, newValue, kinds: [], codes: [] });
    const result = await host.applyFixes([fix('E5', '序时推进', '按时推进'), fix('E3', '已完成', '进度较快'), fix('C5', '完成年度目标的60%。', 'x')]);
    expect(result).toEqual({ applied: 1, skipped: 2 });
    expect(double.value('2021年上半年', 'E5')).toBe('按时推进');
    expect(double.value('2021年上半年', 'E3')).toBe('按时推进');

    expect(await host.undoFixes()).toBe(1);
    expect(double.value('2021年上半年', 'E5')).toBe('序时推进');
    expect(await host.undoFixes()).toBe(0);

    // a cell the user edited after the fix keeps the user's value
    await host.applyFixes([fix('E5', '序时推进', '按时推进')]);
    app(double).ActiveSheet!.Range('E5').Value2 = '部分滞后';
    expect(await host.undoFixes()).toBe(0);
    expect(double.value('2021年上半年', 'E5')).toBe('部分滞后');
  });

  it('inserts the template sheet with a styled frozen header, the status dropdown and unit suggestions', async () => {
    const double = createWpsDouble({ sheets: [{ name: '重点工作进展情况表', rows: [['x']] }] });
    const host = createWpsHost(app(double));
    const name = await host.insertTemplate({
      template: progress,
      directory: [
        { name: '市科技局', aliases: [] },
        { name: '市交通运输局', aliases: ['交通局'] },
      ],
    });
    expect(name).toBe('重点工作进展情况表2');
    const book = at(double.books, 0);
    expect(book.sheets.map((s) => [s.name, s.visible])).toEqual([
      ['重点工作进展情况表', -1],
      ['重点工作进展情况表2', -1],
      ['单位名录', 0],
    ]);
    expect([1, 2, 3, 4, 5].map((c) => double.value(name, `${String.fromCharCode(64 + c)}1`))).toEqual(HEADER);
    const sheet = double.sheet(name);
    expect(sheet.bold.has('1,1')).toBe(true);
    expect(sheet.fills.get('1,5')).toBe(HEADER_FILL_BGR);
    // widths in characters, as the downloaded template has them: 序号 6, 任务 40, 进展 60, 部门 20, 状态 12
    expect([1, 2, 3, 4, 5].map((c) => sheet.columnWidths.get(c))).toEqual([6, 40, 60, 20, 12]);
    const byColumn = sheet.validations.map((v) => [v.area.left, v.area.top, v.area.bottom, v.type, v.formula1, v.showError]);
    expect(byColumn).toEqual(
      expect.arrayContaining([
        [5, 2, 501, 3, '已完成,进度较快,按时推进,部分滞后,进度滞后', true],
        [4, 2, 501, 3, "='单位名录'!$A$1:$A$2", false],
      ]),
    );
    expect(double.value('单位名录', 'A2')).toBe('市交通运输局');
    expect(book.active.name).toBe(name);
    expect(book.window).toEqual({ SplitRow: 1, SplitColumn: 0, FreezePanes: true });
    // a second template sheet gets the next name; its validations are its own
    expect(await host.insertTemplate({ template: progress })).toBe('重点工作进展情况表3');
  });

  it('writes the consolidated workbook into this workbook or a new one', async () => {
    const bytes = await writeXlsx([
      {
        name: '汇总',
        rows: [
          ['重点工作汇总表', '', ''],
          ['序号', '主要工作任务', '牵头部门'],
          ['1', '任务甲', '市科技局'],
        ],
        merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      },
      {
        name: '统计',
        rows: [
          ['进展状态', '任务数'],
          ['按时推进', '1'],
        ],
      },
    ]);
    const double = createWpsDouble({ sheets: [report()] });
    const host = createWpsHost(app(double));
    await host.openWorkbook(bytes, '汇总.xlsx', 'this-workbook');
    expect(double.books[0]!.sheets.map((s) => s.name)).toEqual(['2021年上半年', '汇总', '统计']);
    expect(double.value('汇总', 'B3')).toBe('任务甲');
    expect(double.sheet('汇总').merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(double.books[0]!.active.name).toBe('汇总');

    await host.openWorkbook(bytes, '汇总.xlsx', 'new-workbook');
    expect(double.books).toHaveLength(2);
    expect(double.books[1]!.sheets.map((s) => s.name)).toEqual(['汇总', '统计']);
    expect(double.value('统计', 'A2')).toBe('按时推进');
  });

  it('keeps the template choice per workbook in PluginStorage and checks it on the way back', async () => {
    const double = createWpsDouble({ sheets: [report()], fullName: 'D:\\报表\\科技局.xlsx' });
    const host = createWpsHost(app(double));
    expect(await host.loadChoice()).toBeUndefined();
    await host.saveChoice({ template: progress, directory: [{ name: '市科技局', aliases: [] }] });
    expect([...double.storage.keys()]).toEqual(['progress-report.choice:D:\\报表\\科技局.xlsx']);
    expect(await host.loadChoice()).toEqual({ template: progress, directory: [{ name: '市科技局', aliases: [] }] });
    double.storage.set('progress-report.choice:D:\\报表\\科技局.xlsx', '{"template":{"name":"BAD"}}');
    expect(await host.loadChoice()).toBeUndefined();
  });

  it('says in one line that a workbook must be open', async () => {
    const double = createWpsDouble({ sheets: [report()] });
    const application = app(double);
    const host = createWpsHost({ ...pick(application), ActiveWorkbook: null, ActiveSheet: null });
    await expect(host.readSheets('active')).rejects.toThrow('请先在 WPS 表格中打开一个工作簿。');
  });
});

/** The application's documented members as a plain object, so one of them can be replaced. */
function pick(application: WpsApplication): WpsApplication {
  return {
    ActiveWorkbook: application.ActiveWorkbook,
    ActiveSheet: application.ActiveSheet,
    ActiveWindow: application.ActiveWindow,
    Workbooks: application.Workbooks,
    PluginStorage: application.PluginStorage,
  };
}
