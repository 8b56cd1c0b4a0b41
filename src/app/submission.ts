import type { Grid } from '../core/grid';
import { writeXlsx } from '../io/xlsx-writer';

/**
 * 报送: the clean submission a clerk uploads, and the file name a compiler expects for it. The
 * sheet keeps its own name, cleaned to Excel's rules by the writer (src/io/sheet-name.ts).
 */

export { periodOfMeta, submissionFileName } from './file-names';

export function exportSubmission(grid: Grid): Promise<Uint8Array> {
  return writeXlsx([{ name: grid.sheet, rows: grid.rows, merges: grid.merges }]);
}
