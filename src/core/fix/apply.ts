import { parseCellAddress } from '../address';
import type { Grid } from '../grid';
import type { Fix } from './plan';

/** The grid with the fixes applied (a copy; the input is not changed). Used to re-validate and preview. */
export function applyFixesToGrid(grid: Grid, fixes: readonly Fix[]): Grid {
  const rows = grid.rows.map((row) => [...row]);
  for (const fix of fixes) {
    if (fix.sheet !== grid.sheet) continue;
    const at = parseCellAddress(fix.cell);
    if (!at) continue;
    while (rows.length <= at.row) rows.push([]);
    const row = rows[at.row] ?? [];
    while (row.length <= at.col) row.push('');
    row[at.col] = fix.newValue;
  }
  return { ...grid, rows };
}
