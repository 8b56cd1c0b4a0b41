import { ReportError } from '../core/errors';
import type { Grid, MergedRange, RawValue, SheetVisibility } from '../core/grid';
import { mb, ReadLimits } from './limits';
import { displayNumber, displayText, GENERAL, isoToSerial, NumberFormat, serialToIso } from './number-format';
import { decodeOoxmlEscapes, XmlScanner } from './xml-scan';

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

const corrupt = (detail: string): ReportError => new ReportError('file-corrupt', { detail }, detail);

/**
 * A 1-based row number as written in `r`: strictly decimal and within Excel's rows; undefined when it
 * is no row number (read as absent); `file-corrupt` when it is a number past the sheet.
 */
function rowNumber(text: string, limits: ReadLimits): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const n = text.length > 9 ? Infinity : Number(text);
  if (n === 0) return undefined;
  if (n > limits.maxRows) throw corrupt(`行号 r="${text.slice(0, 20)}" 超出 Excel 的最大行数`);
  return n;
}

/**
 * `B7` or `$B$7` (any case) to 0-based indexes; a column alone (`B`) or a row alone (`7`) has -1 for
 * the other index (whole columns and rows in merges). Undefined when it is not a reference or is past
 * Excel's sheet.
 */
function parseRef(ref: string, limits: ReadLimits): { row: number; col: number } | undefined {
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
  if (i < length && ref.charCodeAt(i) === 0x24 && letters > 0) i++;
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
  const at = { row: digits === 0 ? -1 : row - 1, col };
  if (at.col >= limits.maxColumns || at.row >= limits.maxRows) return undefined;
  return at;
}

/** A cell's own reference; undefined when it is no cell reference (read as absent); past the sheet is `file-corrupt`. */
function cellRef(ref: string, limits: ReadLimits): { row: number; col: number } | undefined {
  const at = parseRef(ref, limits);
  if (at && at.row >= 0 && at.col >= 0) return at;
  if (/^\$?[A-Za-z]{1,3}\$?\d+$/.test(ref) && !/^\$?[A-Za-z]+\$?0+$/.test(ref)) throw corrupt(`单元格引用 r="${ref.slice(0, 20)}" 超出 Excel 的工作表`);
  return undefined;
}

interface Cell {
  text: string;
  raw?: RawValue;
}

function numericCell(raw: string, fmt: NumberFormat, date1904: boolean): Cell {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) return { text: raw.trim() };
  if (fmt.isDate) return { text: displayNumber(value, fmt, date1904), raw: serialToIso(value, date1904) ?? value };
  return { text: displayNumber(value, fmt, date1904), raw: value };
}

function cellOf(type: string, value: string, inline: string | undefined, fmt: NumberFormat, ctx: SheetContext): Cell | undefined {
  switch (type) {
    case 'inlineStr':
      return inline === undefined && value === '' ? undefined : { text: displayText(inline ?? value, fmt) };
    case 's': {
      if (value === '') return undefined;
      const index = stringIndex(value);
      const strings = ctx.strings();
      if (!(index < strings.length)) throw corrupt(`共享字符串 ${value.slice(0, 20)} 不存在`);
      return { text: displayText(strings[index], fmt) };
    }
    case 'b':
      return value === '' ? undefined : { text: value.trim() === '1' || value.trim() === 'true' ? 'TRUE' : 'FALSE', raw: value.trim() === '1' || value.trim() === 'true' };
    case 'e':
      return value === '' ? undefined : { text: value };
    case 'str':
      return value === '' ? undefined : { text: displayText(value, fmt) };
    case 'd': {
      if (value.trim() === '') return undefined;
      const serial = isoToSerial(value, ctx.date1904);
      if (serial === undefined) return { text: value.trim() };
      return { text: displayNumber(serial, fmt, ctx.date1904), raw: serialToIso(serial, ctx.date1904) ?? serial };
    }
    default:
      return value === '' ? undefined : numericCell(value, fmt, ctx.date1904);
  }
}

/** Rich text: every `<t>` of the element just entered, phonetic runs (`<rPh>`) left out. */
export function richTextUntil(scan: XmlScanner, end: string): string {
  let text = '';
  let phonetic = 0;
  while (scan.next()) {
    const name = scan.name;
    if (scan.closing) {
      if (name === end) break;
      if (name === 'rPh') phonetic--;
    } else if (name === 'rPh' && !scan.selfClosing) phonetic++;
    else if (name === 't' && !scan.selfClosing && phonetic === 0) text += scan.text();
  }
  return decodeOoxmlEscapes(text);
}

const CELL_ATTRIBUTES = ['r', 's', 't'] as const;
const cellAttributes: (string | undefined)[] = [];

/** A shared-string index, strictly decimal; NaN otherwise. */
function stringIndex(value: string): number {
  let n = 0;
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      n = n * 10 + code - 0x30;
      digits++;
    } else if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return NaN;
  }
  return digits > 0 && digits < 10 ? n : NaN;
}

export function readSheet(xml: string, entry: SheetEntry, origin: string, ctx: SheetContext): Grid {
  const rows: string[][] = [];
  const values: (RawValue | undefined)[][] = [];
  let anyValue = false;
  const ranges: string[] = [];
  const scan = new XmlScanner(xml);
  let row = -1;
  let nextCol = 0;
  let usedBottom = -1;
  let usedRight = -1;
  let textChars = 0;
  while (scan.next()) {
    if (scan.closing) continue;
    const name = scan.name;
    if (name === 'row') {
      const r = scan.attr('r');
      const given = r === undefined ? undefined : rowNumber(r, ctx.limits);
      row = given === undefined ? row + 1 : given - 1;
      if (row >= ctx.limits.maxRows) throw corrupt(`第 ${row + 1} 行超出 Excel 的最大行数`);
      nextCol = 0;
      if (scan.selfClosing) continue;
    } else if (name === 'c') {
      scan.attrs(CELL_ATTRIBUTES, cellAttributes);
      const [ref, style, typeAttr] = cellAttributes;
      let col = nextCol;
      let cellRow = row < 0 ? 0 : row;
      const at = ref !== undefined && ref !== '' ? cellRef(ref, ctx.limits) : undefined;
      if (at) {
        col = at.col;
        cellRow = at.row;
      } else if (col >= ctx.limits.maxColumns) throw corrupt(`第 ${cellRow + 1} 行超出 Excel 的最大列数`);
      if (row < 0) row = cellRow;
      nextCol = col + 1;
      if (cellRow > usedBottom) usedBottom = cellRow;
      if (col > usedRight) usedRight = col;
      if (scan.selfClosing) continue;
      const type = typeAttr ?? 'n';
      const fast = scan.valueThenClose();
      let value = fast ?? '';
      let inline: string | undefined;
      while (fast === undefined && scan.next()) {
        if (scan.closing) {
          if (scan.name === 'c') break;
          continue;
        }
        if (scan.name === 'v') {
          if (!scan.selfClosing) value = scan.text();
        } else if (scan.name === 'is') {
          if (!scan.selfClosing) inline = richTextUntil(scan, 'is');
        } else if (scan.name === 'f' || scan.name === 'extLst') scan.skipElement();
      }
      const formats = style === undefined || style === '0' ? undefined : ctx.formats();
      const fmt = formats?.[Number(style)] ?? GENERAL;
      const cell = cellOf(type, type === 's' || type === 'n' || type === 'b' ? value : decodeOoxmlEscapes(value), inline, fmt, ctx);
      if (!cell) continue;
      const text = cell.text.indexOf('\r\n') < 0 ? cell.text : cell.text.replace(/\r\n/g, '\n');
      if (text === '') continue;
      textChars += text.length;
      if (textChars > ctx.limits.maxSheetTextChars) throw new ReportError('file-too-large', { part: entry.name, limitMb: mb(ctx.limits.maxSheetTextChars) });
      while (rows.length <= cellRow) rows.push([]);
      const target = rows[cellRow];
      while (target.length < col) target.push('');
      target[col] = text;
      if (cell.raw !== undefined) {
        while (values.length <= cellRow) values.push([]);
        values[cellRow][col] = cell.raw;
        anyValue = true;
      }
    } else if (name === 'mergeCell') {
      const ref = scan.attr('ref');
      if (ref) ranges.push(ref);
    } else if (name === 'sheetData' && scan.selfClosing) continue;
  }
  const merges = clampMerges(ranges, usedBottom, usedRight, ctx.limits);
  const lastMergeRow = merges.reduce((max, m) => Math.max(max, m.bottom + 1), 0);
  while (rows.length < lastMergeRow) rows.push([]);
  const grid: Grid = { sheet: entry.name, origin, rows, merges, visibility: entry.visibility };
  if (anyValue) grid.values = values;
  return grid;
}

/**
 * Merged ranges as 0-based rectangles. A whole column (`A:A`) or row (`1:1`), or a range running past
 * the cells the sheet holds, is cut at the sheet's used range; a range wholly outside it holds no
 * text and is left out. A reference that is not a range is `file-corrupt`.
 */
export function clampMerges(refs: readonly string[], usedBottom: number, usedRight: number, limits: ReadLimits): MergedRange[] {
  const merges: MergedRange[] = [];
  for (const ref of refs) {
    const [from, to = from] = ref.trim().split(':');
    const a = parseRef(from, limits);
    const b = parseRef(to, limits);
    const partial = !a || !b || a.row < 0 || a.col < 0;
    if (!a || !b || (a.row < 0) !== (b.row < 0) || (a.col < 0) !== (b.col < 0) || (partial && !ref.includes(':'))) throw corrupt(`合并区域 ${ref.slice(0, 30)} 无效`);
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
