import { at } from '../core/checked';
import { CsvLimit, ReportError } from '../core/errors';
import type { Grid } from '../core/grid';
import { CsvDecoding, decodeCsvBytes } from './csv-decode';
import { limitsWith, mb, ReadLimits } from './limits';

export type { CsvDecoding, CsvEncoding } from './csv-decode';

/**
 * Reads CSV as Chinese Excel writes it (UTF-8 with or without BOM, UTF-16 with BOM, or GB18030;
 * see csv-decode). Quoted fields may hold commas, quotes and line breaks. One forward pass: a file,
 * a line (a record, quoted line breaks included), or a row or column count past the limits is
 * `file-too-large` as soon as the scan reaches it.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvDecoding['encoding']; decoding: CsvDecoding } {
  const { text, decoding } = decodeCsvBytes(bytes);
  return { text, encoding: decoding.encoding, decoding };
}

/** The delimiter of the first line: tab when it has tabs and no commas (Excel's 文本文件), else comma. */
function delimiterOf(text: string): number {
  let end = text.indexOf('\n');
  if (end < 0) end = text.length;
  const firstLine = text.slice(0, Math.min(end, 65536));
  return firstLine.includes('\t') && !firstLine.includes(',') ? 0x09 : 0x2c;
}

/** `csv-too-large`: which bound, the bound itself, the row for a row's columns. */
const tooLarge = (limit: CsvLimit, max: number, row?: number): ReportError =>
  new ReportError('csv-too-large', { limit, max, ...(row === undefined ? {} : { row }) }, `CSV past ${limit} ${max}${row === undefined ? '' : ` in row ${row}`}`);

/** A field as parsed, with where its raw text sits in the input (for patching one cell in place). */
export interface CsvField {
  text: string;
  start: number;
  end: number;
}

/**
 * Calls `onField(row, col, field)` for every field; returns the number of rows. Linear: fields are
 * sliced from the input, never built a character at a time.
 */
export function scanCsv(text: string, onField: (row: number, col: number, field: CsvField) => void, limits: ReadLimits = limitsWith()): number {
  const delimiter = delimiterOf(text);
  const length = text.length;
  let row = 0;
  let col = 0;
  let recordStart = 0;
  let i = 0;
  if (length === 0) return 0;
  for (;;) {
    // one field starting at i
    const start = i;
    let value: string;
    if (text.charCodeAt(i) === 0x22) {
      let out = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) {
          // an unclosed quote runs to the end, as Excel reads it
          out += text.slice(from);
          i = length;
          break;
        }
        out += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === 0x22) {
          out += '"';
          from = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      // anything between the closing quote and the delimiter belongs to the field, as Excel reads it
      let j = i;
      while (j < length) {
        const c = text.charCodeAt(j);
        if (c === delimiter || c === 0x0a || c === 0x0d) break;
        j++;
      }
      value = out + text.slice(i, j);
      i = j;
    } else {
      let j = i;
      while (j < length) {
        const c = text.charCodeAt(j);
        if (c === delimiter || c === 0x0a || c === 0x0d) break;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    if (i - recordStart > limits.maxCsvLineChars) throw tooLarge('csv.line-characters', limits.maxCsvLineChars);
    if (col >= limits.maxColumns) throw tooLarge('csv.columns', limits.maxColumns, row + 1);
    onField(row, col, { text: value, start, end: i });
    if (i >= length) return row + 1;
    const c = text.charCodeAt(i);
    if (c === delimiter) {
      col++;
      i++;
      continue;
    }
    // a line break: CR LF, LF or CR
    i += c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
    row++;
    col = 0;
    recordStart = i;
    if (i >= length) return row;
    if (row >= limits.maxRows) throw tooLarge('csv.rows', limits.maxRows);
  }
}

export function parseCsv(text: string, limits?: ReadLimits): string[][] {
  const rows: string[][] = [];
  // fields arrive in order, so a row starts with its first field (an empty line reads as an empty
  // row, [''], like an empty row in Excel) and every later field goes at the row's end
  const count = scanCsv(
    text,
    (row, col, field) => {
      if (col === 0) rows.push([field.text]);
      else at(rows, row, 'csv row').push(field.text);
    },
    limits,
  );
  while (rows.length < count) rows.push(['']);
  return rows;
}

export interface CsvRead {
  grid: Grid;
  decoding: CsvDecoding;
}

export function readCsvFile(bytes: Uint8Array, origin: string, sheet: string, overrides: Partial<ReadLimits> = {}): CsvRead {
  const limits = limitsWith(overrides);
  if (bytes.length === 0) throw new ReportError('file-empty');
  if (bytes.length > limits.maxCsvBytes) throw tooLarge('csv.megabytes', mb(limits.maxCsvBytes));
  const { text, decoding } = decodeCsvBytes(bytes);
  // binary data is not a spreadsheet: NUL characters do not occur in text
  if (text.slice(0, 4096).includes('\u0000')) throw new ReportError('file-not-spreadsheet');
  return { grid: { sheet, origin, rows: parseCsv(text, limits), merges: [], visibility: 'visible' }, decoding };
}

export function readCsv(bytes: Uint8Array, origin: string, sheet: string, overrides?: Partial<ReadLimits>): Grid {
  return readCsvFile(bytes, origin, sheet, overrides).grid;
}
