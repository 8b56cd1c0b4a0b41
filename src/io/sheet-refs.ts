import type { MergedRange } from '../core/grid';
import type { ReadLimits } from './limits';
import { corrupt } from './corrupt';

/**
 * Row numbers, cell references and merged ranges of a worksheet, read as SpreadsheetML writes them.
 * A reference that is no reference at all (`r="0"`, `r="-5"`, `r="6.5"`, a cell `r="A0"` or `r="3"`)
 * is read as absent; a reference past Excel's sheet (row 1,048,577, column XFE) is `file-corrupt`.
 * The `…At` forms read a stretch of the part in place (no substring) and give up to the string forms
 * on anything unusual, so both read every input alike.
 */

/**
 * A 1-based row number as written in `r`: strictly decimal and within Excel's rows; undefined when it
 * is no row number (read as absent); `file-corrupt` when it is a number past the sheet.
 */
export function rowNumber(text: string, limits: ReadLimits): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const n = text.length > 9 ? Infinity : Number(text);
  if (n === 0) return undefined;
  if (n > limits.maxRows) throw corrupt('corrupt.row-beyond-sheet', text.slice(0, 20));
  return n;
}

/**
 * `rowNumber` of `xml[start, end)` when it is 1 to 9 plain digits, without a substring; NaN when the
 * stretch needs the string form (the caller then decodes it).
 */
export function rowNumberAt(xml: string, start: number, end: number, limits: ReadLimits): number | undefined {
  if (end <= start || end - start > 9) return NaN;
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = xml.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return NaN;
    n = n * 10 + code - 0x30;
  }
  if (n === 0) return undefined;
  if (n > limits.maxRows) throw corrupt('corrupt.row-beyond-sheet', xml.slice(start, Math.min(end, start + 20)));
  return n;
}

/**
 * `B7` or `$B$7` (any case) to 0-based indexes; a column alone (`B`) or a row alone (`7`) has -1 for
 * the other index (whole columns and rows in merges). Undefined when it is not a reference or is past
 * Excel's sheet.
 */
export function parseRef(ref: string, limits: ReadLimits): { row: number; col: number } | undefined {
  let i = 0;
  const length = ref.length;
  if (ref.charCodeAt(0) === 0x24) i++;
  let col = -1;
  let letters = 0;
  for (; i < length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    col = (col + 1) * 26 + code - 0x61;
    letters++;
  }
  if (letters > 3) return undefined;
  // past the end charCodeAt is NaN, never `$`
  if (ref.charCodeAt(i) === 0x24 && letters > 0) i++;
  let row = 0;
  let digits = 0;
  for (; i < length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return undefined;
    row = row * 10 + code - 0x30;
    digits++;
  }
  if ((letters === 0 && digits === 0) || digits > 8) return undefined;
  if (digits > 0 && row === 0) return undefined;
  // no digit leaves row 0: -1, a column alone
  const at = { row: row - 1, col };
  if (at.col >= limits.maxColumns || at.row >= limits.maxRows) return undefined;
  return at;
}

/** A cell's own reference; undefined when it is no cell reference (read as absent); past the sheet is `file-corrupt`. */
export function cellRef(ref: string, limits: ReadLimits): { row: number; col: number } | undefined {
  const at = parseRef(ref, limits);
  if (at && at.row >= 0 && at.col >= 0) return at;
  if (/^\$?[A-Za-z]{1,3}\$?\d+$/.test(ref) && !/^\$?[A-Za-z]+\$?0+$/.test(ref)) throw corrupt('corrupt.cell-beyond-sheet', ref.slice(0, 20));
  return undefined;
}

/**
 * A plain cell reference in `xml[start, end)` (`B7`, `$B$7`, inside the sheet) read in place: the
 * 0-based row times 16,384 plus the column, or -1 when the stretch is anything else (the caller then
 * reads it with `cellRef`, which says whether it is absent or past the sheet).
 */
export function cellRefAt(xml: string, start: number, end: number, limits: ReadLimits): number {
  let i = start;
  if (xml.charCodeAt(i) === 0x24) i++;
  let col = -1;
  let letters = 0;
  for (; i < end; i++) {
    const code = xml.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    col = (col + 1) * 26 + code - 0x61;
    letters++;
  }
  if (letters === 0 || letters > 3) return -1;
  if (i < end && xml.charCodeAt(i) === 0x24) i++;
  let row = 0;
  const digitsStart = i;
  for (; i < end; i++) {
    const code = xml.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return -1;
    row = row * 10 + code - 0x30;
  }
  const digits = end - digitsStart;
  // no digit leaves row 0
  if (digits > 8 || row === 0) return -1;
  if (col >= limits.maxColumns || row > limits.maxRows) return -1;
  return (row - 1) * CELL_REF_COLUMNS + col;
}

/** The packing of `cellRefAt`: row × this + column (16,384 columns at most, so it never collides). */
export const CELL_REF_COLUMNS = 16_384;

/**
 * Merged ranges as 0-based rectangles. A whole column (`A:A`) or row (`1:1`), or a range running past
 * the cells the sheet holds, is cut at the sheet's used range; a range wholly outside it holds no
 * text and is left out. A reference that is not a range is `file-corrupt`.
 */
export function clampMerges(refs: readonly string[], usedBottom: number, usedRight: number, limits: ReadLimits): MergedRange[] {
  const merges: MergedRange[] = [];
  for (const ref of refs) {
    const [from = '', to = from] = ref.trim().split(':');
    const a = parseRef(from, limits);
    const b = parseRef(to, limits);
    const partial = !a || !b || a.row < 0 || a.col < 0;
    if (!a || !b || a.row < 0 !== b.row < 0 || a.col < 0 !== b.col < 0 || (partial && !ref.includes(':'))) throw corrupt('corrupt.merge-invalid', ref.slice(0, 30));
    const top = a.row < 0 ? 0 : Math.min(a.row, b.row);
    const left = a.col < 0 ? 0 : Math.min(a.col, b.col);
    const bottom = Math.min(a.row < 0 ? limits.maxRows - 1 : Math.max(a.row, b.row), usedBottom);
    const right = Math.min(a.col < 0 ? limits.maxColumns - 1 : Math.max(a.col, b.col), usedRight);
    if (top > bottom || left > right) continue;
    if (top === bottom && left === right) continue; // one cell: no merge left after clamping
    merges.push({ top, left, bottom, right });
  }
  return merges;
}
