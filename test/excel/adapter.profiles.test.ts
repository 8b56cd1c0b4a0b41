import type { Finding } from '../../src/core/finding';
import { detectFeatures, officeApiCheck, officeMemberCheck } from '../../src/excel/capabilities';
import { applyFixes, FIX_UNDO_SETTING, MAX_UNDO_BATCHES, undoFixes } from '../../src/excel/fixes';
import { clearMarks, MARK_FILLS, markFindings, MARKS_SETTING } from '../../src/excel/marks';
import { readWorksheet } from '../../src/excel/read-sheet';
import { createExcelHost } from '../../src/excel/excel-host';
import { PROFILES, HostProfile } from './double/profiles';
import { strictExcel, StrictExcel } from './double/strict-excel';
import type { SheetSpec } from './double/state';
import { at } from '../../src/core/checked';
import { LOCALES } from '../../src/locales';

/** The adapter on the strict double at every host profile: what each Excel build does and refuses. */
const HEADER = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'];

function finding(cell: string, code: Finding['code'], severity: Finding['severity'] = 'error', sheet = '报表'): Finding {
  return { code, severity, sheet, row: Number(cell.slice(1)), column: null, cell, value: '', params: { column: '牵头部门', allowed: '按时推进' } } as Finding;
}

function setup(profile: HostProfile, sheets: SheetSpec[]): { excel: StrictExcel; features: ReturnType<typeof detectFeatures> } {
  const excel = strictExcel(profile, sheets);
  const uninstall = excel.install();
  const features = detectFeatures(officeApiCheck(), officeMemberCheck());
  uninstall();
  return { excel, features };
}

const report: SheetSpec = { name: '报表', rows: [HEADER, [1, '任务一', '进展', '', '按时推进'], [2, '任务二', '进展', '市科技局', '']], fills: { D2: '#00FF00' } };

describe.each(PROFILES)('$name', (profile) => {
  it('detects features from the set and from the loaded office.js', () => {
    const { features } = setup(profile, [report]);
    const expected = profile.excelApi === '1.18' && profile.officeJs === 'cdn' ? 'note' : profile.excelApi === '1.8' ? 'none' : 'comment';
    expect(features.annotation).toBe(expected);
    expect(features.mergedAreas).toBe(profile.excelApi !== '1.8' && profile.excelApi !== '1.12');
    expect(features.rangeAreas).toBe(profile.excelApi !== '1.8');
    expect(features.createWorkbook).toBe(true);
  });

  it('marks and unmarks without a TypeError or an API above the set, restoring the user fill', async () => {
    const { excel, features } = setup(profile, [report]);
    const marked = await markFindings(excel.context, [finding('D2', 'unit-missing'), finding('E3', 'status-missing'), finding('A3', 'seq-gap', 'warning')], 'zh', features);
    expect(marked).toBe(3);
    expect(excel.fill('报表', 'D2')).toBe(MARK_FILLS.error.toUpperCase());
    expect(excel.fill('报表', 'A3')).toBe(MARK_FILLS.warning.toUpperCase());
    if (features.annotation === 'note') expect(excel.note('报表', 'D2')?.includes(LOCALES.zh.findings['unit-missing'].title)).toBe(true);
    else expect(excel.book.sheets[0]!.notes.size).toBe(0);
    if (features.annotation === 'comment')
      expect(excel.book.comments.map((c) => [c.sheet, c.cell])).toEqual([
        ['报表', 'D2'],
        ['报表', 'E3'],
        ['报表', 'A3'],
      ]);
    expect(await clearMarks(excel.context, features)).toBe(3);
    expect(excel.fill('报表', 'D2')).toBe('#00FF00');
    expect(excel.fill('报表', 'E3')).toBeUndefined();
    expect(excel.book.sheets[0]!.notes.size).toBe(0);
    expect(excel.book.comments).toEqual([]);
    expect(excel.setting(MARKS_SETTING)).toBeUndefined();
  });

  it('clears marks on a sheet deleted since marking without failing', async () => {
    const { excel, features } = setup(profile, [report, { name: '另一表', rows: [HEADER] }]);
    await markFindings(excel.context, [finding('D2', 'unit-missing'), finding('B1', 'unit-missing', 'error', '另一表')], 'zh', features);
    excel.deleteSheet('另一表');
    expect(await clearMarks(excel.context, features)).toBe(1);
    expect(excel.fill('报表', 'D2')).toBe('#00FF00');
  });

  it('ignores damaged mark records instead of trusting them', async () => {
    const { excel, features } = setup(profile, [report]);
    excel.book.settings.set(MARKS_SETTING, JSON.stringify([{ sheet: '报表', cell: 'D2; DROP', fill: 7 }]));
    expect(await clearMarks(excel.context, features)).toBe(0);
  });

  it('applies fixes with the undo record written before the cells, and undoes them', async () => {
    const { excel } = setup(profile, [report]);
    const result = await applyFixes(excel.context, [{ sheet: '报表', cell: 'E3', oldValue: '', newValue: '按时推进' } as never]);
    expect(result).toEqual({ applied: 1, skipped: 0, undoDropped: 0 });
    expect(excel.value('报表', 'E3')).toBe('按时推进');
    expect(await undoFixes(excel.context)).toBe(1);
    expect(excel.value('报表', 'E3')).toBe('');
    expect(excel.setting(FIX_UNDO_SETTING)).toBeUndefined();
  });

  it('reads a sheet with merged areas where the set has them', async () => {
    const { excel, features } = setup(profile, [{ name: '报表', rows: [HEADER, [1, '任务一', '进展', '市科技局', '按时推进'], ['', '', '进展二', '', '']], merged: ['A2:A3'] }]);
    const grid = await readWorksheet(excel.context, excel.context.workbook.worksheets.getActiveWorksheet(), { mergedAreas: features.mergedAreas, origin: 'excel' });
    expect(grid.rows[1]).toEqual(['1', '任务一', '进展', '市科技局', '按时推进']);
    expect(grid.merges).toEqual(features.mergedAreas ? [{ top: 1, left: 0, bottom: 2, right: 0 }] : []);
  });

  it('runs every host operation through the double', async () => {
    const { excel, features } = setup(profile, [report]);
    const host = createExcelHost(excel.run, features);
    const grid = at(await host.readSheets('all'), 0);
    expect(grid.sheet).toBe('报表');
    await host.selectCell('报表', 'D2');
    expect(excel.book.selected).toBe('报表!D2');
    expect(await host.loadChoice()).toBeUndefined();
  });
});

describe('what the strict double refuses, and the adapter survives', () => {
  const web = PROFILES.find((p) => p.platform === 'web' && p.excelApi === '1.18')!;
  const oldest = PROFILES.find((p) => p.excelApi === '1.8')!;

  it('on ExcelApi 1.8 reading a fill pattern is ApiNotFound, and the adapter does not ask for it', async () => {
    const excel = strictExcel(oldest, [report]);
    const fill = excel.context.workbook.worksheets.getItem('报表').getRange('D2').format.fill;
    fill.load('pattern');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    const loadedColourOnly = excel.context.workbook.worksheets.getItem('报表').getRange('D2').format.fill;
    loadedColourOnly.load('color');
    await excel.context.sync();
    expect(() => loadedColourOnly.pattern).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  it('reads a sheet above 5 MB on the web by halving blocks', async () => {
    const long = '进展情况'.repeat(150); // ~1.8 KB of UTF-8 per cell, twice (text and value)
    const excel = strictExcel(web, [{ name: '大表', generated: { rows: 3000, cols: 5, cell: (r, c) => (r === 0 ? at(HEADER, c) : c === 2 ? `${r}${long}` : `${r}-${c}`) } }]);
    const grid = await readWorksheet(excel.context, excel.context.workbook.worksheets.getItem('大表'), { mergedAreas: true, origin: 'excel' });
    expect(grid.rows.length).toBe(3000);
    expect([grid.rows[1]![0], grid.rows[2999]![0], grid.rows[2999]![2]!.length]).toEqual(['1-0', '2999-0', 604]);
  });

  it('keeps the merges of a sheet with more than 512 merged areas by splitting the request', async () => {
    const merged = Array.from({ length: 600 }, (_, i) => `A${2 * i + 2}:A${2 * i + 3}`);
    const excel = strictExcel(web, [{ name: '报表', generated: { rows: 1202, cols: 5, cell: (r, c) => (r === 0 ? at(HEADER, c) : `${r}`) }, merged }]);
    const grid = await readWorksheet(excel.context, excel.context.workbook.worksheets.getItem('报表'), { mergedAreas: true, origin: 'excel' });
    expect(grid.merges).toHaveLength(600);
  });

  it('falls back to cell-by-cell fills when getRanges refuses a batch', async () => {
    const excel = strictExcel(web, [report], { limits: { getRangesAreas: 10 } });
    const uninstall = excel.install();
    const features = detectFeatures(officeApiCheck(), officeMemberCheck());
    uninstall();
    const findings = Array.from({ length: 300 }, (_, i) => finding(`E${i + 2}`, 'status-missing'));
    expect(await markFindings(excel.context, findings, 'zh', features)).toBe(300);
    expect(excel.fill('报表', 'E301')).toBe(MARK_FILLS.error.toUpperCase());
  });

  it('leaves the undo record in place when the cell write fails', async () => {
    const excel = strictExcel(web, [report]);
    const sync = excel.context.sync.bind(excel.context);
    let n = 0;
    (excel.context as { sync: () => Promise<void> }).sync = async () => {
      n++;
      if (n === 3) throw Object.assign(new Error('write failed'), { code: 'GeneralException' });
      return sync();
    };
    await expect(applyFixes(excel.context, [{ sheet: '报表', cell: 'E3', oldValue: '', newValue: '按时推进' } as never])).rejects.toThrow('write failed');
    expect(JSON.parse(String(excel.setting(FIX_UNDO_SETTING)))).toHaveLength(1);
  });

  it('keeps the undo stack bounded and says how many batches were dropped', async () => {
    const excel = strictExcel(web, [report]);
    let dropped = 0;
    for (let i = 0; i < MAX_UNDO_BATCHES + 2; i++) {
      const before = i === 0 ? '' : `v${i - 1}`;
      dropped += (await applyFixes(excel.context, [{ sheet: '报表', cell: 'E3', oldValue: before, newValue: `v${i}` } as never])).undoDropped;
    }
    expect(dropped).toBe(2);
    expect(JSON.parse(String(excel.setting(FIX_UNDO_SETTING)))).toHaveLength(MAX_UNDO_BATCHES);
  });

  it('refuses settings above 2 MB', async () => {
    const excel = strictExcel(web, [report]);
    excel.context.workbook.settings.add('big', 'x'.repeat(2 * 1024 * 1024 + 1));
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
  });

  it('returns null values above 5 million cells', async () => {
    const excel = strictExcel(oldest, [{ name: 'S', rows: [['x']] }]);
    const range = excel.context.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 5001, 1000);
    range.load('values');
    await excel.context.sync();
    expect(range.values).toBeNull();
  });

  it('fails a batch on a missing sheet with ItemNotFound at sync, not at the call', async () => {
    const excel = strictExcel(oldest, [report]);
    const range = excel.context.workbook.worksheets.getItem('没有').getRange('A1');
    range.load('values');
    await expect(excel.context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});
