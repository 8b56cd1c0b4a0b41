import { readdirSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Finding } from '../../src/core/finding';
import { detectFeatures } from '../../src/excel/capabilities';
import { createExcelHost } from '../../src/excel/excel-host';
import { applyFixes, undoFixes } from '../../src/excel/fixes';
import { clearMarks, markFindings } from '../../src/excel/marks';
import { insertTemplateSheet } from '../../src/excel/template-sheet';
import { builtinTemplate } from '../../src/core/template/builtin';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { profile } from './double/profiles';
import { strictExcel } from './double/strict-excel';

/**
 * Every member the adapter touches, recorded by the strict double while the adapter does all its jobs,
 * must exist in each Excel host file of the office.js the self-hosted build ships
 * (@microsoft/office-js/dist), or be one the adapter checks for before use (capabilities.ts).
 * The 16.x files are those of the Excel builds that can meet the manifest's ExcelApi 1.8; excel-win32-16.00.js
 * is Excel 2016 installed from MSI (ExcelApi 1.1-1.2), which the manifest's minimum keeps out.
 */
const DIST = join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const BELOW_MINIMUM = new Set(['excel-win32-16.00.js']);
const HOST_FILES = readdirSync(DIST).filter((f) => /^excel-[a-z0-9]+-16\.\d\d\.js$/.test(f) && !BELOW_MINIMUM.has(f));

/** A window with the host file loaded; office.js's own loader errors (no MicrosoftAjax in jsdom) stay quiet. */
function hostWindow(file: string): JSDOM['window'] {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { runScripts: 'outside-only', virtualConsole: new VirtualConsole() });
  dom.window.eval(readFileSync(join(DIST, file), 'utf8'));
  return dom.window;
}
const GUARDED_CLASSES = new Set(['NoteCollection', 'Note', 'CommentCollection', 'Comment', 'RangeAreas']);
const GUARDED_MEMBERS = new Set(['Worksheet.notes', 'Workbook.comments', 'Range.getMergedAreasOrNullObject', 'Workbook.insertWorksheetsFromBase64', 'Worksheet.getRanges', 'RangeFill.pattern']);

async function membersTheAdapterUses(): Promise<Set<string>> {
  const used = new Set<string>(['Excel.createWorkbook', 'Excel.run']);
  const finding = (cell: string): Finding => ({ code: 'unit-missing', severity: 'error', sheet: '报表', row: 2, column: null, cell, value: '', params: { column: '牵头部门' } });
  for (const annotation of ['1.18', '1.17'] as const) {
    const excel = strictExcel(profile(annotation), [
      {
        name: '报表',
        rows: [
          ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'],
          [1, 'a', 'b', '', '按时推进'],
        ],
        merged: ['A1:A1'],
      },
    ]);
    const features = detectFeatures((v) => Number(v.split('.')[1]) <= Number(annotation.split('.')[1]));
    const host = createExcelHost(excel.run, features);
    await host.readSheets('all');
    await host.readSheets('active');
    await host.selectCell('报表', 'D2');
    await markFindings(excel.context, [finding('D2')], 'zh', features);
    await clearMarks(excel.context, features);
    await applyFixes(excel.context, [{ sheet: '报表', cell: 'E2', oldValue: '按时推进', newValue: '进度较快' } as never]);
    await undoFixes(excel.context);
    await insertTemplateSheet(excel.context, { template: builtinTemplate('progress')!, directory: [{ name: '市科技局', aliases: [] }] });
    await host.saveChoice({ template: builtinTemplate('progress')! });
    await host.loadChoice();
    await host.openWorkbook(await writeXlsx([{ name: '统计', rows: [['进展状态', '任务数']] }]), 'x.xlsx', 'this-workbook');
    excel.core.used.forEach((m) => used.add(m));
  }
  return used;
}

describe('the office.js host files the build ships', () => {
  let used: Set<string>;
  beforeAll(async () => {
    used = await membersTheAdapterUses();
  }, 60_000);

  it('are there to check', () => {
    expect(HOST_FILES).toEqual(expect.arrayContaining(['excel-win32-16.01.js', 'excel-web-16.00.js', 'excel-mac-16.00.js']));
  });

  it.each(HOST_FILES)('%s has every member the adapter uses, or the adapter checks for it first', (file) => {
    const win = hostWindow(file);
    const excel = (win as unknown as { Excel?: Record<string, unknown> }).Excel;
    expect(excel).toBeDefined();
    const absent = [...used].filter((member) => {
      const [cls = '', name = ''] = member.split('.');
      if (cls === 'Excel') return typeof excel?.[name] !== 'function';
      const klass = excel?.[cls] as { prototype?: object } | undefined;
      return !klass?.prototype || !(name in klass.prototype);
    });
    const unguarded = absent.filter((member) => !GUARDED_MEMBERS.has(member) && !GUARDED_CLASSES.has(member.split('.')[0]!));
    expect(unguarded).toEqual([]);
    win.close();
  });

  it('the npm package lacks Worksheet.notes, so the adapter must not rely on isSetSupported alone', () => {
    const win = hostWindow('excel-win32-16.01.js');
    const excel = (win as unknown as { Excel: { Worksheet: { prototype: object } } }).Excel;
    expect('notes' in excel.Worksheet.prototype).toBe(false);
    expect(used.has('Worksheet.notes')).toBe(true);
    win.close();
  });
});
