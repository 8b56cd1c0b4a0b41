import { readWorksheet, readWorksheets } from '../../src/excel/read-sheet';
import { validateGrid } from '../../src/core/validate';
import { profile } from './double/profiles';
import { strictExcel } from './double/strict-excel';

const HEADER = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'];
function rows(n: number): (string | number)[][] {
  return [HEADER, ...Array.from({ length: n }, (_, i) => [i + 1, `任务${i + 1}`, '1.推进。', '市科技局', i % 10 === 0 ? '' : '按时推进'])];
}
const web = profile('1.18', 'web');

describe('reading a worksheet through Office.js', () => {
  it('reads texts, the used range offset and merged areas', async () => {
    const excel = strictExcel(web, [
      { name: '报表', rows: [['标题'], HEADER, [1, '任务', '1.推进。', '市科技局', '按时推进'], ['', '子项', '1.推进。', '市科技局', '按时推进']], rowIndex: 1, merged: ['A2:E2', 'A4:A5'] },
    ]);
    const grid = await readWorksheet(excel.context, excel.context.workbook.worksheets.getActiveWorksheet(), { mergedAreas: true, origin: 'excel' });
    expect(excel.syncs()).toBe(3); // the shape, one block, its merged areas
    expect(grid.sheet).toBe('报表');
    expect(grid.rows[0]).toEqual([]);
    expect(grid.rows[1]![0]).toBe('标题');
    expect(grid.rows[3]).toEqual(['1', '任务', '1.推进。', '市科技局', '按时推进']);
    expect(grid.merges).toEqual([
      { top: 1, left: 0, bottom: 1, right: 4 },
      { top: 3, left: 0, bottom: 4, right: 0 },
    ]);
    const report = validateGrid(grid);
    expect(report.headerRow).toBe(3);
    expect(report.findings).toEqual([]); // the 序号 merged over rows 4-5 covers the sub-task row
  });

  it('reads 3,000 rows in blocks sized by bytes, under the web limit', async () => {
    const excel = strictExcel(web, [{ name: 'S', rows: rows(3_000) }]);
    const grid = await readWorksheet(excel.context, excel.context.workbook.worksheets.getActiveWorksheet(), { mergedAreas: true, origin: 'excel' });
    expect(grid.rows.length).toBe(3_001);
    expect(validateGrid(grid).findings.filter((f) => f.code === 'status-missing').length).toBe(300);
  });

  it('reads every sheet, hidden ones marked', async () => {
    const excel = strictExcel(web, [
      { name: 'A', rows: rows(3) },
      { name: 'B', rows: rows(5), visibility: 'Hidden' },
    ]);
    const sheets = excel.context.workbook.worksheets;
    sheets.load('items/name');
    await excel.context.sync();
    const grids = await readWorksheets(excel.context, sheets.items, { mergedAreas: false, origin: 'excel' });
    expect(grids.map((g) => [g.sheet, g.rows.length, g.visibility])).toEqual([
      ['A', 4, 'visible'],
      ['B', 6, 'hidden'],
    ]);
  });

  it('refuses a sheet too large to read with a typed error, not a hang', async () => {
    const excel = strictExcel(web, [{ name: 'Huge', generated: { rows: 1_000_000, cols: 5, cell: () => 'x' } }]);
    await expect(readWorksheet(excel.context, excel.context.workbook.worksheets.getActiveWorksheet(), { mergedAreas: true, origin: 'excel' })).rejects.toMatchObject({ code: 'file-too-large' });
  });
});
