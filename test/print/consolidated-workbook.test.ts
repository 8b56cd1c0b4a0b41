import ExcelJS from 'exceljs';
import { at } from '../../src/core/checked';
import { builtinTemplate } from '../../src/core/template/builtin';
import { consolidatedTitle, writeConsolidatedWorkbook } from '../../src/io/consolidated-workbook';
import { readXlsx } from '../../src/io/xlsx-reader';
import { LONG_PROGRESS, smallDocument } from './consolidated-doc';
import { find, first, openXlsx } from './xlsx-parts';
import { beforeTests } from '../helpers/before-tests';

const template = builtinTemplate('progress')!;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

describe('the consolidated workbook', () => {
  let bytes: Uint8Array;
  let book: ExcelJS.Workbook;
  beforeTests(async () => {
    bytes = await writeConsolidatedWorkbook(smallDocument(), template);
    book = await load(bytes);
  });

  it('has the five sheets, readable by our reader', () => {
    expect(readXlsx(bytes, 'x.xlsx').map((s) => s.sheet)).toEqual(['汇总', '统计', '问题', '未报送', '催报']);
  });

  it('puts the year in the title, from the period or the caller', () => {
    expect(book.getWorksheet('汇总')!.getCell('A1').value).toBe('2024年重点工作进展情况汇总表（上半年）');
    expect(consolidatedTitle('截至6月30日', 2025)).toBe('2025年重点工作进展情况汇总表（截至6月30日）');
    expect(consolidatedTitle('截至2023年12月31日')).toBe('2023年重点工作进展情况汇总表（截至12月31日）');
    expect(consolidatedTitle(undefined)).toBe('重点工作进展情况汇总表');
  });

  it('sets 汇总 in official fonts with borders on every printed cell', () => {
    const sheet = book.getWorksheet('汇总')!;
    expect(sheet.getCell('A1').font?.name).toBe('黑体');
    expect(sheet.getCell('B2').font?.name).toBe('黑体');
    for (const ref of ['A3', 'B3', 'C3', 'D4', 'E5']) {
      expect(sheet.getCell(ref).font?.name).toBe('仿宋_GB2312');
      const border = sheet.getCell(ref).border;
      expect([border?.top?.style, border?.left?.style, border?.bottom?.style, border?.right?.style]).toEqual(['thin', 'thin', 'thin', 'thin']);
    }
    expect(sheet.getCell('E3').alignment?.horizontal).toBe('center');
    expect(sheet.getCell('C3').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('E4').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFC6EFCE' } });
  });

  it('gives rows the height their wrapped text needs', () => {
    const sheet = book.getWorksheet('汇总')!;
    const long = sheet.getRow(3).height;
    const short = sheet.getRow(4).height;
    // three numbered items of about 35 characters in a 62-wide column: at least 3 lines of 12 pt
    expect(LONG_PROGRESS.split('\n')).toHaveLength(3);
    expect(long).toBeGreaterThanOrEqual(3 * 16);
    expect(short).toBeLessThan(long);
    expect(short).toBeGreaterThanOrEqual(20);
  });

  it('prints 汇总 on A4 landscape, fitted to width, header repeated, 来源 left out, page numbers in the footer', () => {
    const parts = openXlsx(bytes);
    const sheet = parts.xml(parts.sheetPath('汇总'));
    expect(first(sheet, 'pageSetUpPr').attrs.fitToPage).toBe('1');
    expect(first(sheet, 'pageSetup').attrs).toMatchObject({ paperSize: '9', orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
    expect(first(sheet, 'oddFooter').text).toBe('&C第 &P 页 共 &N 页');
    const names = find(parts.xml('xl/workbook.xml'), 'definedName').filter((d) => d.attrs.localSheetId === '0');
    const byName = new Map(names.map((d) => [d.attrs.name, d.text]));
    expect(byName.get('_xlnm.Print_Area')).toMatch(/^'?汇总'?!\$A\$1:\$E\$5$/);
    expect(byName.get('_xlnm.Print_Titles')).toMatch(/^'?汇总'?!\$2:\$2$/);
    // 来源 is still there on screen
    expect(book.getWorksheet('汇总')!.getCell('F2').value).toBe('来源');
  });

  it('fits 统计, 问题, 未报送 and 催报 to the page width with page numbers', () => {
    const parts = openXlsx(bytes);
    for (const name of ['统计', '问题', '未报送', '催报']) {
      const sheet = parts.xml(parts.sheetPath(name));
      expect([name, first(sheet, 'pageSetUpPr').attrs.fitToPage]).toEqual([name, '1']);
      expect([name, first(sheet, 'pageSetup').attrs.fitToWidth, first(sheet, 'pageSetup').attrs.fitToHeight]).toEqual([name, '1', '0']);
      expect([name, first(sheet, 'oddFooter').text]).toEqual([name, '&C第 &P 页 共 &N 页']);
    }
    const titles = find(parts.xml('xl/workbook.xml'), 'definedName').filter((d) => d.attrs.name === '_xlnm.Print_Titles');
    expect(titles.map((d) => d.text.replace(/'/g, ''))).toEqual(['汇总!$2:$2', '问题!$1:$1', '未报送!$1:$1', '催报!$1:$1']);
  });

  it('adds 合计 rows to both tables of 统计', () => {
    const stats = at(readXlsx(bytes, 'x.xlsx'), 1, 'sheet');
    expect(stats.rows.slice(0, 8).map((r) => r.slice(0, 2))).toEqual([
      ['进展状态', '任务数'],
      ['已完成', '1'],
      ['进度较快', '0'],
      ['按时推进', '1'],
      ['部分滞后', '0'],
      ['进度滞后', '0'],
      ['未填状态', '1'],
      ['合计', '3'],
    ]);
    const header = stats.rows.findIndex((r) => r[0] === '单位');
    expect(stats.rows[header]).toEqual(['单位', '牵头任务数', '已完成', '进度较快', '按时推进', '部分滞后', '进度滞后', '未填状态', '未报送']);
    expect(stats.rows[header + 4]).toEqual(['合计', '4', '2', '0', '1', '0', '0', '1', '2']);
  });

  it('lists the missing tasks by unit in 催报, by 序号, with their count', () => {
    const chase = at(readXlsx(bytes, 'x.xlsx'), 4, 'sheet');
    expect(chase.rows).toEqual([
      ['单位', '未报送任务', '任务数'],
      ['市科技局', '3. 加强科技创新\n5. 建设创新平台', '2'],
      ['市商务局', '7. 招商引资', '1'],
    ]);
  });

  it('keeps 问题 one line per finding and unreadable file', () => {
    const problems = at(readXlsx(bytes, 'x.xlsx'), 2, 'sheet');
    expect(problems.rows.map((r) => [r[1], r[2], r[4]])).toEqual([
      ['代码', '文件', '单元格'],
      ['status-empty', '市发展改革委.xlsx', 'E5'],
      ['file-corrupt', '坏文件.xlsx', ''],
    ]);
  });

  it('shares one style per kind of cell instead of one per cell', () => {
    const styles = openXlsx(bytes).xml('xl/styles.xml');
    // title, header ×2 sizes, text/centre/total ×2 fonts, status colours: a few dozen at most
    expect(Number(first(styles, 'cellXfs').attrs.count)).toBeLessThan(30);
  });

  it('keeps the number of styles the same however many rows are written', async () => {
    const small = smallDocument();
    const many = smallDocument({ tasks: Array.from({ length: 400 }, (_, i) => ({ ...at(small.tasks, i % 3), seq: i + 1 })) });
    const count = (b: Uint8Array): number => Number(first(openXlsx(b).xml('xl/styles.xml'), 'cellXfs').attrs.count);
    expect(count(await writeConsolidatedWorkbook(many, template))).toBe(count(bytes));
  });

  it('drops characters XML cannot carry and still writes every other character', async () => {
    const doc = smallDocument();
    doc.tasks[0] = { ...at(doc.tasks, 0), task: 'a\u0001b\u000Bc\uFFFEd\uD800e\tf😀g' };
    const written = await writeConsolidatedWorkbook(doc, template);
    const parts = openXlsx(written);
    parts.names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels')).forEach((n) => parts.xml(n));
    expect(at(readXlsx(written, 'x.xlsx'), 0, 'sheet').rows[2]?.[1]).toBe('abcde\tf😀g');
  });

  it('cuts a text past Excel’s cell limit with a marker saying how much is left out', async () => {
    const doc = smallDocument();
    doc.tasks[0] = { ...at(doc.tasks, 0), progress: '进'.repeat(40000) };
    const cell = at(at(at(readXlsx(await writeConsolidatedWorkbook(doc, template), 'x.xlsx'), 0, 'sheet').rows, 2, 'row'), 2, 'cell');
    expect(cell.length).toBe(32767);
    const left = Number(/另有 (\d+) 字/.exec(cell)?.[1]);
    expect(left + cell.indexOf('…')).toBe(40000);
  });
});
