import type { Grid, SheetVisibility } from '../core/grid';
import type { ReadLimits } from './limits';
import type { NumberFormat } from './number-format';
import { SheetPass } from './sheet-pass';

/**
 * One worksheet part into a Grid, in one forward pass: each cell's text as Excel shows it (shared and
 * inline strings, rich text without phonetic runs, numbers and dates under their number format,
 * booleans, errors, formulas by their cached value) and its stored value beside it; merged ranges,
 * whole rows and columns (`1:1`, `A:A`) included, clamped to the sheet's used range.
 * References: `r` is optional in SpreadsheetML, and a reference that is no reference at all (`r="0"`,
 * `r="-5"`, `r="6.5"`, a cell `r="A0"` or `r="3"`, as some writers produce) is read as if absent: the
 * row follows the previous row, the cell the previous cell, as Excel repairs them and as POI and
 * ExcelDataReader read them. A reference past Excel's sheet (row 1,048,577, column XFE) is
 * `file-corrupt`: the scan stops there, so a tiny file cannot claim a billion rows.
 */
export interface SheetContext {
  strings(): string[];
  formats(): NumberFormat[];
  date1904: boolean;
  limits: ReadLimits;
}

export interface SheetEntry {
  name: string;
  path: string;
  visibility: SheetVisibility;
}

export { richTextUntil } from './sheet-cells';
export { clampMerges } from './sheet-refs';

export function readSheet(xml: string, entry: SheetEntry, origin: string, ctx: SheetContext): Grid {
  const pass = new SheetPass(xml, entry.name, ctx);
  const merges = pass.run();
  const rows = pass.rows;
  const lastMergeRow = merges.reduce((max, m) => Math.max(max, m.bottom + 1), 0);
  while (rows.length < lastMergeRow) rows.push([]);
  const grid: Grid = { sheet: entry.name, origin, rows, merges, visibility: entry.visibility };
  if (pass.anyValue) grid.values = pass.values;
  return grid;
}
