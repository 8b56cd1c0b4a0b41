import { readWorksheet, readWorksheets } from '../../src/excel/read-sheet';
import { validateGrid } from '../../src/core/validate';
import { mockWorkbook } from './mock-workbook';

const HEADER = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'];
function rows(n: number): (string | number)[][] {
  return [HEADER, ...Array.from({ length: n }, (_, i) => [i + 1, `任务${i + 1}`, '1.推进。', '市科技局', i % 10 === 0 ? '' : '按时推进'])];
}

describe('reading a worksheet through Office.js', () => {
  it('reads texts, the used range offset and merged areas in one sync', async () => {
    const book = mockWorkbook([{ name: '报表', values: [['标题'], HEADER, [1, '任务', '1.推进。', '市科技局', '按时推进'], ['', '子项', '1.推进。', '市科技局', '按时推进']], rowIndex: 1, columnIndex: 0, merged: "'报表'!A2:E2,'报表'!A4:A5" }]);
    const grid = await readWorksheet(book.context, book.context.workbook.worksheets.getActiveWorksheet(), { mergedAreas: true, origin: 'excel' });
    expect(book.syncs()).toBe(1);
    expect(grid.sheet).toBe('报表');
    expect(grid.rows[0]).toEqual([]);
    expect(grid.rows[1][0]).toBe('标题');
    expect(grid.rows[3]).toEqual(['1', '任务', '1.推进。', '市科技局', '按时推进']);
    expect(grid.merges).toEqual([
      { top: 1, left: 0, bottom: 1, right: 4 },
      { top: 3, left: 0, bottom: 4, right: 0 },
    ]);
    const report = validateGrid(grid);
    expect(report.headerRow).toBe(3);
    expect(report.findings).toEqual([]); // the 序号 merged over rows 4-5 covers the sub-task row
  });

  it.each([10, 10_000])('needs the same number of syncs for %i rows', async (n) => {
    const book = mockWorkbook([{ name: 'S', values: rows(n) }]);
    const grid = await readWorksheet(book.context, book.context.workbook.worksheets.getActiveWorksheet(), { mergedAreas: true, origin: 'excel' });
    expect(grid.rows).toHaveLength(n + 1);
    expect(book.syncs()).toBe(1);
    expect(validateGrid(grid).findings.filter((f) => f.code === 'status-missing')).toHaveLength(Math.ceil(n / 10));
  });

  it('reads every sheet in one batch', async () => {
    const book = mockWorkbook([
      { name: 'A', values: rows(3) },
      { name: 'B', values: rows(5), visibility: 'Hidden' },
    ]);
    const grids = await readWorksheets(book.context, [book.raw.workbook.worksheets.sheet0, book.raw.workbook.worksheets.sheet1], { mergedAreas: false, origin: 'excel' });
    expect(book.syncs()).toBe(1);
    expect(grids.map((g) => [g.sheet, g.rows.length, g.visibility])).toEqual([
      ['A', 4, 'visible'],
      ['B', 6, 'hidden'],
    ]);
  });

  it('falls back to row blocks when one response would be too large', async () => {
    const book = mockWorkbook([{ name: 'Big', values: rows(12_000) }], { payloadError: true });
    const grid = await readWorksheet(book.context, book.context.workbook.worksheets.getActiveWorksheet(), { mergedAreas: true, origin: 'excel' });
    expect(grid.rows).toHaveLength(12_001);
    expect(grid.rows[12_000][1]).toBe('任务12000');
    expect(book.syncs()).toBe(1 + 1 + 3); // the failed batch, the shape, three blocks of 5,000 rows
  });
});
