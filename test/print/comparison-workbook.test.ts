import ExcelJS from 'exceljs';
import { at } from '../../src/core/checked';
import { compareReports } from '../../src/core/compare/compare';
import { validateGrid } from '../../src/core/validate';
import { writeComparisonWorkbook } from '../../src/io/comparison-workbook';
import { readXlsx } from '../../src/io/xlsx-reader';
import { grid, HEADER, task } from '../helpers/grid';
import { find, first, openXlsx } from './xlsx-parts';
import { beforeTests } from '../helpers/before-tests';

describe('the comparison workbook', () => {
  let bytes: Uint8Array;
  beforeTests(async () => {
    const before = validateGrid(grid([['截至3月31日'], HEADER, task(1), task(2, { status: '部分滞后' }), task(3)]));
    const after = validateGrid(
      grid([
        ['截至6月30日'],
        HEADER,
        task(1, { status: '进度滞后', progress: '1.全新的进展。' }),
        task(2, { status: '按时推进', progress: '1.另一条进展。' }),
        task(3),
        task(4, { task: '新\u0001增\uFFFF任务' }),
      ]),
    );
    bytes = await writeComparisonWorkbook(compareReports([before], [after]), 'zh');
  });

  it('writes the title, the header and one line per change, worse first', () => {
    const sheet = at(readXlsx(bytes, 'x.xlsx'), 0, 'sheet');
    expect(sheet.sheet).toBe('对比');
    expect(sheet.rows[0]?.[0]).toContain('截至3月31日');
    expect(sheet.rows[1]).toEqual(['类别', '任务或单位', '上期', '本期', '说明']);
    expect(sheet.rows.slice(2, 4).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['状态变差', '按时推进', '进度滞后'],
      ['状态变好', '部分滞后', '按时推进'],
    ]);
    expect(sheet.rows.slice(4).map((r) => [r[0], r[1]])).toEqual([
      ['进展未更新', '任务3'],
      ['新增任务', '新增任务'],
    ]);
  });

  it('colours the lines, borders every cell and uses the official fonts', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.slice().buffer);
    const sheet = book.getWorksheet('对比')!;
    expect(sheet.getCell('A1').font?.name).toBe('黑体');
    expect(sheet.getCell('B3').font?.name).toBe('宋体');
    expect(sheet.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet.getCell('E4').fill).toMatchObject({ fgColor: { argb: 'FFC6EFCE' } });
    expect(sheet.getCell('B5').fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    expect(sheet.getCell('E5').border?.right?.style).toBe('thin');
  });

  it('prints on A4 landscape fitted to width, the header repeated, page numbers in the footer', () => {
    const parts = openXlsx(bytes);
    parts.names.filter((n) => /\.(xml|rels)$/.test(n)).forEach((n) => parts.xml(n));
    const sheet = parts.xml(parts.sheetPath('对比'));
    expect(first(sheet, 'pageSetUpPr').attrs.fitToPage).toBe('1');
    expect(first(sheet, 'pageSetup').attrs).toMatchObject({ paperSize: '9', orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
    expect(first(sheet, 'oddFooter').text).toBe('&C第 &P 页 共 &N 页');
    expect(find(parts.xml('xl/workbook.xml'), 'definedName').map((d) => [d.attrs.name, d.text.replace(/'/g, '')])).toEqual([['_xlnm.Print_Titles', '对比!$2:$2']]);
  });
});
