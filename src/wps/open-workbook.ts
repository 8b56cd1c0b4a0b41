import { cellAddress } from '../core/address';
import { columnCount, Grid } from '../core/grid';
import { addSheetAtEnd, uniqueName } from './sheets';
import type { WpsApplication, WpsWorksheet } from './wps-api';

/**
 * Putting a finished workbook (the consolidated table, a master list) into WPS. WPS's object model
 * has no "insert worksheets from a file's bytes", so the workbook is read with our own reader and
 * its sheets are written cell by cell range by range: values (one `Value2` write per sheet) and
 * merged areas. Fills and fonts of the file are not carried over; the values and layout are.
 */
function writeGrid(sheet: WpsWorksheet, grid: Grid): void {
  const width = columnCount(grid);
  if (grid.rows.length === 0 || width === 0) return;
  const rows = grid.rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
  sheet.Range(`A1:${cellAddress(rows.length - 1, width - 1)}`).Value2 = rows;
  for (const m of grid.merges) sheet.Range(`${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).Merge();
}

export async function openWorkbookInWps(app: WpsApplication, bytes: Uint8Array, fileName: string, target: 'new-workbook' | 'this-workbook'): Promise<string[]> {
  const { readWorkbookBytes } = await import(/* webpackChunkName: "xlsx-read" */ '../io/read-workbook');
  const grids = readWorkbookBytes(bytes, fileName);
  const written: WpsWorksheet[] = [];
  if (target === 'new-workbook') {
    const book = app.Workbooks.Add();
    grids.forEach((grid, i) => {
      const sheet = i === 0 ? book.Worksheets.Item(1) : addSheetAtEnd(book, grid.sheet);
      if (i === 0) sheet.Name = uniqueName(grid.sheet, []);
      writeGrid(sheet, grid);
      written.push(sheet);
    });
  } else {
    const book = app.ActiveWorkbook;
    if (!book) throw new Error('请先在 WPS 表格中打开一个工作簿。');
    for (const grid of grids) {
      const sheet = addSheetAtEnd(book, grid.sheet);
      writeGrid(sheet, grid);
      written.push(sheet);
    }
  }
  written[0]?.Activate();
  return written.map((s) => s.Name);
}
