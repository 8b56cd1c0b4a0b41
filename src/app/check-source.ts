import { FINDING_CATALOG } from '../core/catalog';
import type { Finding } from '../core/finding';
import type { WorkbookReport } from '../core/validate';
import type { ReadNote } from '../io/read-workbook';
import type { ReadOptions } from '../io/xlsx-reader';
import { checkSheet, CheckOptions } from './check-sheet';
import { AnySource, readSourceWithNotes } from './sources';

/**
 * 检查 of one file as read from its bytes: the sheet checks, plus a finding for anything the reader
 * had to guess. A CSV without a BOM read as GB18030, or with bytes no encoding explains, is
 * `encoding-guessed` on its sheet: the clerk learns the text may be misread instead of seeing
 * mojibake reported as a dozen content defects.
 */
function noteFinding(note: ReadNote, sheet: string): Finding {
  return {
    code: 'encoding-guessed',
    severity: FINDING_CATALOG['encoding-guessed'].severity,
    sheet,
    row: null,
    column: null,
    cell: null,
    value: '',
    params: { encoding: note.encoding, replaced: note.replaced },
  };
}

/** `read`: tighter reading bounds for this job (merge bounds what one submission may cost). */
export function checkSource(source: AnySource, options: CheckOptions = {}, read: ReadOptions = {}): WorkbookReport {
  const { grids, notes } = readSourceWithNotes(source, read);
  const report = checkSheet(grids, options);
  if (notes.length === 0) return report;
  const first = report.sheets[0];
  const sheetName = first?.sheet ?? grids[0]?.sheet ?? '';
  const added = notes.map((n) => noteFinding(n, sheetName));
  if (!first) return report;
  return { ...report, sheets: [{ ...first, findings: [...added, ...first.findings] }, ...report.sheets.slice(1)] };
}
