import { ReportError } from '../core/errors';
import type { Grid } from '../core/grid';
import { fileName } from '../core/text';
import { readCsv } from './csv-reader';
import { ReadOptions, readXlsx } from './xlsx-reader';
import { sniff } from './zip';

/**
 * One entry point for every file format, from bytes (Node and browser alike). The format comes
 * from the content first and the name second: an .xlsx renamed .xls still reads, a text file
 * named .xlsx does not.
 */
export const SPREADSHEET_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.csv', '.tsv'] as const;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

export function baseName(name: string): string {
  const file = fileName(name);
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

export function readWorkbookBytes(bytes: Uint8Array, name: string, options: ReadOptions = {}): Grid[] {
  const ext = extensionOf(name);
  const kind = sniff(bytes);
  if (kind === 'empty') throw new ReportError('file-empty');
  if ((ext === '.csv' || ext === '.tsv' || ext === '.txt') && kind === 'other') return [readCsv(bytes, name, baseName(name))];
  return readXlsx(bytes, name, options);
}
