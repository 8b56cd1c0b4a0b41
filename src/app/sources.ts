import { isReportError, ReportError } from '../core/errors';
import type { Grid } from '../core/grid';
import { readWorkbookBytes, readWorkbookFile, ReadNote } from '../io/read-workbook';
import type { ReadOptions } from '../io/xlsx-reader';
import type { RawInflate } from '../io/zip';

/**
 * What every user job takes: files as bytes with their names (a path, or the name the page was
 * given), read the same way by every front end. No file system here: the CLI reads the bytes, the
 * page gets them from a file picker.
 */
export interface Source {
  name: string;
  bytes: Uint8Array;
  /** The host's raw DEFLATE for reading it (Node's zlib in the CLI and the inbox); fflate without one. */
  inflate?: RawInflate;
}

/** A file read only when its turn comes (the CLI's paths): a failure to read it is that file's error. */
export interface LazySource {
  name: string;
  load(): Uint8Array;
  inflate?: RawInflate;
}

export type AnySource = Source | LazySource;

export function loadSource(source: AnySource): Source {
  if ('bytes' in source) return source;
  const bytes = atFileBoundary(() => source.load(), source.name);
  return source.inflate ? { name: source.name, bytes, inflate: source.inflate } : { name: source.name, bytes };
}

/**
 * The file boundary: whatever goes wrong while one file is read or checked becomes a ReportError
 * with a code. An exception that is not one (a reader bug met by a crafted file) is reported as
 * `file-corrupt`, so the rest of the batch is still checked.
 */
export function asReportError(error: unknown): ReportError {
  if (isReportError(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  // the clerk reads that the content cannot be read; the program's own text stays the developer's message
  return new ReportError('file-corrupt', { problem: 'corrupt.unexpected-content' }, oneLine(detail).slice(0, 200) || 'unexpected content');
}

/** Runs one file's work; what it throws comes out as a ReportError naming the file (`params.fileName`). */
export function atFileBoundary<T>(work: () => T, name?: string): T {
  try {
    return work();
  } catch (error) {
    const reportError = asReportError(error);
    if (name === undefined || reportError.params.fileName !== undefined) throw reportError;
    throw reportError.withFileName(name);
  }
}

export function readSource(source: AnySource): Grid[] {
  const { name, bytes, inflate } = loadSource(source);
  return atFileBoundary(() => readWorkbookBytes(bytes, name, inflate ? { inflate } : {}), name);
}

/** The sheets and what the read had to guess (a CSV's encoding), for a check that reports it. */
export function readSourceWithNotes(source: AnySource, read: ReadOptions = {}): { grids: Grid[]; notes: ReadNote[] } {
  const { name, bytes, inflate } = loadSource(source);
  return atFileBoundary(() => readWorkbookFile(bytes, name, inflate && !read.inflate ? { ...read, inflate } : read), name);
}

/** The outcome of one file of a batch: its value, or the error that file met. */
export type Outcome<T> = { name: string; value: T } | { name: string; error: ReportError };

export function perFile<T>(name: string, work: () => T): Outcome<T> {
  try {
    return { name, value: work() };
  } catch (error) {
    return { name, error: asReportError(error) };
  }
}

export async function perFileAsync<T>(name: string, work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { name, value: await work() };
  } catch (error) {
    return { name, error: asReportError(error) };
  }
}

function oneLine(text: string): string {
  return escapeControls(text.replace(/\s*\n\s*/g, ' '));
}

/**
 * A file name or text as it is printed on one line: control characters (a newline in a file name
 * would fake a line of the summary) are written as escapes, `\n`, `\t`, `\x1b`, `\u2028`.
 */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Lets a page paint between files of a long batch (a no-op cost on the command line). */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
}
