import { at } from './checked';

/**
 * A Grid is what every source becomes before the core looks at it: the texts of one sheet's
 * cells as a person sees them, its merged ranges, and where it came from.
 * Row and column indexes are 0-based here; findings report the sheet's own 1-based rows.
 */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/**
 * A cell's stored value where its text is a rendering of it: a number (as stored, before its number
 * format), a boolean, or for a date-formatted cell the ISO date `2021-06-30` (`2021-06-30T13:20:00`
 * with a time of day). Text cells have none: their text is their value.
 */
export type RawValue = number | boolean | string;

export interface Grid {
  /** The sheet's name as the workbook shows it (a CSV file's name for CSV). */
  sheet: string;
  /** Where the grid came from: a file path, an Excel workbook, a test. */
  origin: string;
  rows: string[][];
  merges: MergedRange[];
  visibility: SheetVisibility;
  /** Stored values beside the texts, same indexes, sparse (readers of files fill it; see RawValue). */
  values?: (RawValue | undefined)[][];
}

export function cellText(grid: Grid, row: number, col: number): string {
  return grid.rows[row]?.[col] ?? '';
}

export function columnCount(grid: Grid): number {
  let width = 0;
  for (const row of grid.rows) width = Math.max(width, row.length);
  for (const m of grid.merges) width = Math.max(width, m.right + 1);
  return width;
}

/**
 * Texts as a reader sees them: a value written in a merged range belongs to every cell of the range.
 * `inherited(r, c)` is true where a cell shows a value it only has through a merge. Without merges the
 * grid's own rows are used as they are (no copy); with merges only the rows a merge covers are copied,
 * every other row is the grid's own array (so a million-row sheet with a merged title is not copied).
 */
export interface ResolvedCells {
  values: string[][];
  inherited(row: number, col: number): boolean;
}

/** Cells are keyed `row * CELL_KEY_COLUMNS + col`: far more columns than Excel's 16,384, and exact for any row count a sheet can have. */
const CELL_KEY_COLUMNS = 2 ** 24;

export function resolveMerges(grid: Grid): ResolvedCells {
  if (grid.merges.length === 0) return { values: grid.rows, inherited: () => false };
  const values = grid.rows.slice();
  const copied = new Set<number>();
  const inheritedCells = new Set<number>();
  for (const m of grid.merges) {
    const source = values[m.top]?.[m.left] ?? '';
    for (let r = m.top; r <= m.bottom && r < values.length; r++) {
      if (!copied.has(r)) {
        values[r] = [...at(values, r, 'grid row')];
        copied.add(r);
      }
      const row = at(values, r, 'grid row');
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        while (row.length < c) row.push('');
        row[c] = source;
        inheritedCells.add(r * CELL_KEY_COLUMNS + c);
      }
    }
  }
  return { values, inherited: (row, col) => col < CELL_KEY_COLUMNS && inheritedCells.has(row * CELL_KEY_COLUMNS + col) };
}
