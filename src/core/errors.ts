/**
 * The one error type the core and adapters throw: for I/O failures and broken invariants only.
 * `code` is stable; the message is one line a clerk can act on (rendered from the catalog at the edge).
 */
export type ReportErrorCode =
  | 'file-empty'
  | 'file-not-spreadsheet'
  | 'file-legacy-xls'
  | 'file-encrypted'
  | 'file-corrupt'
  | 'file-too-large'
  | 'file-unreadable'
  | 'template-invalid'
  | 'template-unknown'
  | 'units-invalid'
  | 'argument-invalid';

export class ReportError extends Error {
  readonly code: ReportErrorCode;
  /** Values the message template interpolates (file name, limits, schema problems). */
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: ReportErrorCode, params: Record<string, string | number> = {}, detail?: string) {
    super(detail ?? code);
    this.name = 'ReportError';
    this.code = code;
    this.params = params;
  }
}

export function isReportError(value: unknown): value is ReportError {
  return value instanceof ReportError;
}
