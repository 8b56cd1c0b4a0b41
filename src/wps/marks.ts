import { Lang, SEVERITY_FILL } from '../core/catalog';
import type { Finding } from '../core/finding';
import { cellMarks } from '../app/cell-marks';
import { hexToBgr } from './colours';
import type { WorkbookStore } from './storage';
import type { WpsRange, WpsWorkbook } from './wps-api';
import { XL_NONE } from './wps-api';

/**
 * Marking findings on the sheet and taking the marks off again. Before the first mark on a cell its
 * own fill (BGR colour, or none) is recorded; clearing restores exactly that fill and deletes only
 * the comments this add-in wrote. A cell that already had the user's own comment keeps it: the mark
 * is then the fill alone.
 */
export const COMMENT_PREFIX = '【进展报表助手】';

export interface WpsMarkRecord {
  sheet: string;
  cell: string;
  /** The cell's own `Interior.Color` before marking; null when it had no fill (`Pattern` xlNone). */
  fill: number | null;
  annotation: 'comment' | 'none';
}

/** The cell, or undefined when its sheet is gone (renamed or deleted since). */
function cellOf(book: WpsWorkbook, sheet: string, cell: string): WpsRange | undefined {
  try {
    return book.Worksheets.Item(sheet).Range(cell);
  } catch {
    return undefined;
  }
}

export function markFindings(book: WpsWorkbook, store: WorkbookStore, findings: readonly Finding[], lang: Lang): number {
  const marks = cellMarks(findings, lang);
  if (marks.length === 0) return 0;
  const records = new Map((store.get<WpsMarkRecord[]>('marks') ?? []).map((r) => [`${r.sheet}!${r.cell}`, r]));
  let marked = 0;
  for (const mark of marks) {
    const range = cellOf(book, mark.sheet, mark.cell);
    if (!range) continue;
    const key = `${mark.sheet}!${mark.cell}`;
    let record = records.get(key);
    if (!record) {
      const interior = range.Interior;
      record = { sheet: mark.sheet, cell: mark.cell, fill: interior.Pattern === XL_NONE ? null : interior.Color, annotation: range.Comment ? 'none' : 'comment' };
      records.set(key, record);
    }
    range.Interior.Color = hexToBgr(SEVERITY_FILL[mark.severity]);
    if (record.annotation === 'comment') {
      range.Comment?.Delete(); // our own comment from an earlier check: replaced by the new text
      range.AddComment(`${COMMENT_PREFIX}${mark.text}`);
    }
    marked++;
  }
  store.set('marks', [...records.values()]);
  return marked;
}

export function clearMarks(book: WpsWorkbook, store: WorkbookStore): number {
  const records = store.get<WpsMarkRecord[]>('marks') ?? [];
  let cleared = 0;
  for (const record of records) {
    const range = cellOf(book, record.sheet, record.cell);
    if (!range) continue;
    if (record.fill === null)
      range.Interior.ColorIndex = XL_NONE; // xlColorIndexNone: no fill at all, not white
    else range.Interior.Color = record.fill;
    const comment = record.annotation === 'comment' ? range.Comment : null;
    // only the comments this add-in wrote: one the user has rewritten since is left alone
    if (comment && comment.Text().startsWith(COMMENT_PREFIX)) comment.Delete();
    cleared++;
  }
  store.remove('marks');
  return cleared;
}
