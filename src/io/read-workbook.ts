import { ReportError } from '../core/errors';
import type { Grid } from '../core/grid';
import { fileName } from '../core/text';
import { CsvDecoding, readCsvFile } from './csv-reader';
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

/** What a read had to guess, as data: the caller turns it into a finding (a CSV whose encoding was not marked). */
export type ReadNote = { kind: 'encoding-guessed'; encoding: CsvDecoding['encoding']; replaced: number };

export function readWorkbookFile(bytes: Uint8Array, name: string, options: ReadOptions = {}): { grids: Grid[]; notes: ReadNote[] } {
  const ext = extensionOf(name);
  const kind = sniff(bytes);
  if (kind === 'empty') throw new ReportError('file-empty');
  if ((ext === '.csv' || ext === '.tsv' || ext === '.txt') && kind === 'other') {
    const { grid, decoding } = readCsvFile(bytes, name, baseName(name), options.limits);
    const guessed = decoding.basis === 'guessed' || decoding.replaced > 0;
    return { grids: [grid], notes: guessed ? [{ kind: 'encoding-guessed', encoding: decoding.encoding, replaced: decoding.replaced }] : [] };
  }
  return { grids: readXlsx(bytes, name, options), notes: [] };
}

export function readWorkbookBytes(bytes: Uint8Array, name: string, options: ReadOptions = {}): Grid[] {
  return readWorkbookFile(bytes, name, options).grids;
}
