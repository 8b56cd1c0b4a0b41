import { ReportError } from '../core/errors';
import type { Grid } from '../core/grid';

/**
 * Reads CSV as Chinese Excel writes it: UTF-8 with or without BOM, or GB18030 (what 另存为 CSV
 * produces on a Chinese Windows). Quoted fields may hold commas, quotes and line breaks.
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'gb18030';

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** The delimiter of the first line: tab when it has tabs and no commas (Excel's 文本文件), else comma. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

export function parseCsv(text: string): string[][] {
  const delimiter = delimiterOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export function readCsv(bytes: Uint8Array, origin: string, sheet: string): Grid {
  if (bytes.length === 0) throw new ReportError('file-empty');
  if (bytes.subarray(0, Math.min(bytes.length, 4096)).includes(0) && bytes[0] !== 0xff) throw new ReportError('file-not-spreadsheet');
  const { text } = decodeCsv(bytes);
  return { sheet, origin, rows: parseCsv(text), merges: [], visibility: 'visible' };
}
