/**
 * The one error type the core and adapters throw: for I/O failures and broken invariants only.
 * `code` is stable and its params are typed per code (as findings' are); the message is one line a
 * clerk can act on, rendered from src/locales at the edge. A param whose type is a union of literals
 * is translated value by value (the locale must name each one).
 */
type NoParams = Record<never, never>;

export interface ReportErrorParams {
  'file-empty': NoParams;
  'file-not-spreadsheet': NoParams;
  'file-legacy-xls': NoParams;
  'file-encrypted': NoParams;
  /** What the reader found damaged (`problem`), in which part when it knows (`part`), the offending text cut short (`value`). */
  'file-corrupt': { problem: CorruptProblem; part?: string; value?: string };
  'file-too-large': { part: string; limitMb: number };
  /** A CSV past one of the reader's bounds (`limit`: which, translated; `max`: the bound; `row`: where, for columns). */
  'csv-too-large': { limit: CsvLimit; max: number; row?: number };
  /** The system would not give the file: `path` as given, why (`reason`) and the system's own code (`ENOENT`). */
  'file-unreadable': { path: string; reason: UnreadableReason; osCode: string };
  'template-invalid': { file: string; problems: string };
  'template-unknown': { name: string; known: string };
  'units-invalid': { file: string; problems: string };
  /** A master list (任务清单) with no 序号 / 主要工作任务 / 牵头部门 header anywhere. */
  'master-list-no-header': { file: string };
  /** A master list whose header lacks columns the job needs (`columns`: their labels, 、-joined). */
  'master-list-columns-missing': { file: string; columns: string };
  /** Excel for Mac can hand over only workbooks (through Excel.createWorkbook); `name` is the file refused. */
  'download-unsupported': { name: string };
  /** A front end's own one-line text (it renders it in the clerk's language itself). */
  'argument-invalid': { detail: string };
}

export type ReportErrorCode = keyof ReportErrorParams;

/**
 * What is damaged in a file the reader refuses as `file-corrupt`, one text each in src/locales (a
 * text may name `{part}` and `{value}`). `unexpected-content` is a crafted file meeting a reader bug:
 * the clerk is told the content cannot be read, never the program's own message.
 */
export type CorruptProblem =
  | 'corrupt.zip-directory-missing'
  | 'corrupt.zip-directory-damaged'
  | 'corrupt.zip-too-many-entries'
  | 'corrupt.part-header-damaged'
  | 'corrupt.part-cut-off'
  | 'corrupt.part-sizes-differ'
  | 'corrupt.part-compression-unknown'
  | 'corrupt.part-longer-than-declared'
  | 'corrupt.part-incomplete'
  | 'corrupt.part-inflate-failed'
  | 'corrupt.xml-unclosed-tag'
  | 'corrupt.xml-unterminated'
  | 'corrupt.xml-character-reference'
  | 'corrupt.xml-encoding-unknown'
  | 'corrupt.workbook-part-missing'
  | 'corrupt.workbook-rels-missing'
  | 'corrupt.workbook-without-sheets'
  | 'corrupt.sheet-missing'
  | 'corrupt.sheet-part-missing'
  | 'corrupt.shared-string-missing'
  | 'corrupt.row-beyond-sheet'
  | 'corrupt.column-beyond-sheet'
  | 'corrupt.cell-beyond-sheet'
  | 'corrupt.merge-invalid'
  | 'corrupt.unexpected-content';

/** Which bound a CSV passed: its size in MB, its rows, the columns of one row, the characters of one line. */
export type CsvLimit = 'csv.megabytes' | 'csv.rows' | 'csv.columns' | 'csv.line-characters';

export type UnreadableReason = 'unreadable.not-found' | 'unreadable.is-folder' | 'unreadable.denied' | 'unreadable.other';

/** Every error may name the file it met (set once, at the file boundary). */
export type ReportErrorParamsOf<C extends ReportErrorCode> = ReportErrorParams[C] & { fileName?: string };

/** The params a code takes: optional for codes that have none. */
type ParamsArgs<C extends ReportErrorCode> = NoParams extends ReportErrorParams[C] ? [params?: ReportErrorParamsOf<C>, detail?: string] : [params: ReportErrorParamsOf<C>, detail?: string];

export class ReportError<C extends ReportErrorCode = ReportErrorCode> extends Error {
  readonly code: C;
  /** Values the message template interpolates (file name, limits, schema problems). */
  readonly params: Readonly<ReportErrorParamsOf<C>>;

  /** `detail` is the developer's text (`error.message`), never shown to a clerk. */
  constructor(code: C, ...[params, detail]: ParamsArgs<C>) {
    super(detail ?? code);
    this.name = 'ReportError';
    this.code = code;
    this.params = params ?? ({} as ReportErrorParamsOf<C>);
  }

  /** The same error naming the file it met (the file boundary adds it). */
  withFileName(fileName: string): ReportError<C> {
    const Same = ReportError as new (code: C, params: object, detail?: string) => ReportError<C>;
    return new Same(this.code, { ...this.params, fileName }, this.message);
  }
}

/** A ReportError of any code, narrowed by `code` to its params. */
export type AnyReportError = { [C in ReportErrorCode]: ReportError<C> }[ReportErrorCode];

export function isReportError(value: unknown): value is AnyReportError {
  return value instanceof ReportError;
}
