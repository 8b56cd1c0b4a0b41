import type { Grid } from '../core/grid';
import { writeXlsx } from '../io/xlsx-writer';

/** 报送: the clean submission a clerk uploads, and the file name a compiler expects for it. */

export { submissionFileName } from './file-names';

export function exportSubmission(grid: Grid): Promise<Uint8Array> {
  return writeXlsx([{ name: grid.sheet, rows: grid.rows, merges: grid.merges }]);
}
