import { parseCellAddress } from '../core/address';
import type { Grid, MergedRange } from '../core/grid';
import type { CellValue, Value2, WpsRange, WpsWorksheet } from './wps-api';
import { XL_SHEET_HIDDEN, XL_SHEET_VISIBLE } from './wps-api';

/**
 * Reading a WPS worksheet into a Grid. The used range's raw values come in one `Value2` read (a
 * 2-D array); a cell's displayed `Text` is read only where the display can differ from the value
 * (numbers, dates, booleans), so a sheet of text costs one call. Merged areas are found row by
 * row: `MergeCells` is false for a row without any, and only rows with merges are walked cell by cell.
 */
export const WPS_ORIGIN = 'wps';

/** `Value2` of a range as rows, whatever its size (a single cell reads as a scalar). */
export function valueRows(range: WpsRange): CellValue[][] {
  const value: Value2 = range.Value2;
  return Array.isArray(value) ? value : [[value]];
}

/** The text a person sees; `####` (a column too narrow for a number) falls back to the value. */
function displayText(cell: () => WpsRange, value: CellValue): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return value;
  const text = cell().Text;
  if (text && !/^#+$/.test(text)) return text;
  return typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
}

function visibilityOf(sheet: WpsWorksheet): Grid['visibility'] {
  const visible = sheet.Visible;
  return visible === XL_SHEET_VISIBLE || visible === 1 ? 'visible' : visible === XL_SHEET_HIDDEN ? 'hidden' : 'veryHidden';
}

/** `B2:C3` (or `B2`) as 0-based bounds. */
export function parseArea(address: string): MergedRange | undefined {
  const [from = '', to = from] = address.replace(/\$/g, '').split(':');
  const a = parseCellAddress(from);
  const b = parseCellAddress(to);
  return a && b ? { top: a.row, left: a.col, bottom: b.row, right: b.col } : undefined;
}

function mergedAreas(used: WpsRange, rowCount: number, colCount: number): MergedRange[] {
  if (used.MergeCells === false) return [];
  const merges: MergedRange[] = [];
  const covered = new Set<string>();
  for (let r = 1; r <= rowCount; r++) {
    if (used.Rows.Item(r).MergeCells === false) continue;
    for (let c = 1; c <= colCount; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = used.Item(r, c);
      if (!cell.MergeCells) continue;
      const area = parseArea(cell.MergeArea.Address(false, false));
      if (!area) continue;
      merges.push(area);
      const top = used.Row - 1;
      const left = used.Column - 1;
      for (let rr = area.top; rr <= area.bottom; rr++) for (let cc = area.left; cc <= area.right; cc++) covered.add(`${rr - top + 1},${cc - left + 1}`);
    }
  }
  return merges;
}

export function readWpsSheet(sheet: WpsWorksheet, origin = WPS_ORIGIN): Grid {
  const used = sheet.UsedRange;
  const values = valueRows(used);
  const base = { sheet: sheet.Name, origin, visibility: visibilityOf(sheet) };
  const only = values.length === 1 && values[0]?.length === 1 ? values[0][0] : 'not one cell';
  const empty = only === undefined || only === null || only === '';
  if (empty) return { ...base, rows: [], merges: [] };
  const rowIndex = used.Row - 1;
  const columnIndex = used.Column - 1;
  const rows: string[][] = Array.from({ length: rowIndex }, () => []);
  values.forEach((row, r) => {
    const texts: string[] = new Array(columnIndex).fill('');
    row.forEach((value, c) => texts.push(displayText(() => used.Item(r + 1, c + 1), value)));
    rows.push(texts);
  });
  const width = Math.max(0, ...values.map((row) => row.length));
  return { ...base, rows, merges: mergedAreas(used, values.length, width) };
}

/** Every sheet of the workbook, in tab order (`Worksheets.Item` counts from 1). */
export function allSheets(sheets: { Count: number; Item(index: number): WpsWorksheet }): WpsWorksheet[] {
  return Array.from({ length: sheets.Count }, (_, i) => sheets.Item(i + 1));
}
