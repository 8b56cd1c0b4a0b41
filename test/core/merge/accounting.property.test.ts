import fc from 'fast-check';
import type { Grid } from '../../../src/core/grid';
import { mergeSubmissions } from '../../../src/core/merge/merge';
import { validateWorkbook } from '../../../src/core/validate';
import { HEADER } from '../../helpers/grid';
import { SUBMISSION_CELL } from '../../helpers/submission-cells';

/**
 * Merge loses nothing without a word: every non-blank row of every sheet is in a consolidated
 * task's sources, in `skipped` with a reason, in a skipped sheet's row count, or in a finding; and
 * rowsIn = rowsMerged + rowsSkipped. Sheets are generated from the cells real submissions hold,
 * including the ones that used to vanish (`二` with only progress, a lone `一、` or `注：`).
 */
const CELL = SUBMISSION_CELL;
const ROW = fc.array(CELL, { minLength: 0, maxLength: 5 });
const SHEET = fc.record({
  rows: fc.array(ROW, { maxLength: 8 }),
  withHeader: fc.boolean(),
  visibility: fc.constantFrom<Grid['visibility']>('visible', 'visible', 'hidden'),
});

describe('merge accounts for every row and every sheet', () => {
  it('puts every non-blank row in a task, in skipped, in a skipped sheet or in a finding', () => {
    fc.assert(
      fc.property(fc.array(SHEET, { minLength: 1, maxLength: 3 }), (sheets) => {
        const grids: Grid[] = sheets.map((s, i) => ({ sheet: `S${i}`, origin: 'p', rows: s.withHeader ? [HEADER, ...s.rows] : s.rows, merges: [], visibility: s.visibility }));
        const result = mergeSubmissions([{ file: 'f.xlsx', report: validateWorkbook(grids) }]);
        expect(result.rowsIn).toBe(result.rowsMerged + result.rowsSkipped);
        const covered = new Set<string>();
        for (const t of result.tasks) for (const s of t.sources) covered.add(`${s.sheet}!${s.row}`);
        for (const s of result.skipped) covered.add(`${s.sheet}!${s.row}`);
        for (const f of result.findings) if (f.row !== null) covered.add(`${f.sheet}!${f.row}`);
        const wholeSheets = new Set(result.skippedSheets.map((s) => s.sheet));
        for (const g of grids) {
          if (wholeSheets.has(g.sheet)) continue;
          g.rows.forEach((row, r) => {
            if (row.some((c) => c.trim() !== '')) expect(covered.has(`${g.sheet}!${r + 1}`) ? `${g.sheet}!${r + 1}` : `lost ${g.sheet}!${r + 1}: ${row.join('|')}`).toBe(`${g.sheet}!${r + 1}`);
          });
        }
        const sheetRows = result.skippedSheets.reduce((n, s) => n + s.rows, 0);
        const expectedSkippedSheetRows = grids.filter((g) => wholeSheets.has(g.sheet)).reduce((n, g) => n + g.rows.filter((row) => row.some((c) => c.trim() !== '')).length, 0);
        expect(sheetRows).toBe(expectedSkippedSheetRows);
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });
});
