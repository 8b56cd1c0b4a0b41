import type { Lang } from '../../core/catalog';
import type { Comparison } from '../../core/compare/compare';
import { ReportError, ReportErrorCode } from '../../core/errors';
import type { Fix } from '../../core/fix/plan';
import type { Grid } from '../../core/grid';
import type { MergeDocument } from '../../core/merge/merge-document';
import type { SheetReport, WorkbookReport } from '../../core/validate';
import type { ShownSheet } from '../../host/browser-files';
import type { WorkbookChoice } from '../../host/host';

/**
 * The messages between the task pane and its worker. Every job has a request id; the worker answers
 * with progress, parts (the items of a large array, sent in chunks so that no message takes long to
 * copy on either side), then one result, error or cancelled. Errors cross as a ReportError's code and
 * params, so the message is rendered in the clerk's language by the pane, not by the worker.
 */
export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

export type JobRequest =
  /** 检查 of the files picked in the page: read (in the worker), then checked. */
  | { kind: 'check-files'; files: FileBytes[]; choice?: WorkbookChoice }
  /** 检查 of sheets read from the open workbook (Excel, WPS). */
  | { kind: 'check-grids'; grids: Grid[]; choice?: WorkbookChoice }
  /** The fixes of a report the worker still holds (its sheet models never leave the worker). */
  | { kind: 'plan-fixes'; reportKey: number; renumber: boolean }
  | { kind: 'merge'; submissions: FileBytes[]; master?: FileBytes; openSheets?: Grid[]; choice?: WorkbookChoice; lang: Lang }
  /** The page's annotated copies (名称_标注.xlsx): each file read, checked and marked. */
  | { kind: 'annotate'; files: FileBytes[]; choice?: WorkbookChoice; lang: Lang }
  /** 对比: a previous period's file against this one (a file, or the open workbook's sheets). */
  | { kind: 'compare'; previous: FileBytes; current: { file: FileBytes } | { grids: Grid[] }; lang: Lang };

export type JobKind = JobRequest['kind'];

/** The 序号 and task text of a row a finding points at, so the pane can show them without the model. */
export interface RowText {
  seq: string;
  task: string;
}

/** A sheet's report as the pane gets it: no model, but the file it came from and its findings' row texts (by 1-based row). */
export type PaneSheetReport = Omit<SheetReport, 'model'> & { file?: string; rowTexts?: Readonly<Record<number, RowText>> };

export interface PaneReport {
  sheets: PaneSheetReport[];
  skipped: WorkbookReport['skipped'];
}

/** A report as the pane gets it: every sheet without its model (the model stays in the worker). */
export interface CheckResult {
  reportKey: number;
  report: PaneReport;
  /** check-files only: the sheets as shown, back to their files, and the files that could not be read. */
  shown?: ShownSheet[];
  failed?: { name: string; error: WireError }[];
}

/** `lost`: the worker no longer holds the report (it was restarted after a cancel). */
export type PlanResult = { fixes: Fix[] } | { lost: true };

export interface MergeResult {
  doc: MergeDocument;
  workbook: Uint8Array;
}

export interface AnnotateResult {
  copies: FileBytes[];
  failed: { name: string; error: WireError }[];
}

export interface CompareResult {
  comparison: Comparison;
  workbook: Uint8Array;
}

export interface JobResults {
  annotate: AnnotateResult;
  compare: CompareResult;
  'check-files': CheckResult;
  'check-grids': CheckResult;
  'plan-fixes': PlanResult;
  merge: MergeResult;
}

export type ProgressUnit = 'files' | 'rows';

export interface Progress {
  done: number;
  total: number;
  unit: ProgressUnit;
}

/** A path into a message's payload (`['doc', 'tasks']`, `['grids', 2, 'rows']`) naming an array sent in parts. */
export type PartPath = readonly (string | number)[];

export type WireError = { code: ReportErrorCode; params: Record<string, string | number>; message: string } | { message: string };

/** Pane → worker. Parts of a request come before its `start`, parts of a result before its `result`. */
export type ToWorker = { id: number; type: 'part'; path: PartPath; items: unknown[] } | { id: number; type: 'start'; request: JobRequest } | { id: number; type: 'cancel' };

export type FromWorker =
  | { type: 'ready' }
  | { id: number; type: 'progress'; progress: Progress }
  | { id: number; type: 'part'; path: PartPath; items: unknown[] }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; error: WireError }
  | { id: number; type: 'cancelled' };

/** Items per part: small enough that copying one part never holds up the page. */
export const PART_SIZE = 1000;

export function toWire(error: unknown): WireError {
  if (error instanceof ReportError) return { code: error.code, params: { ...error.params }, message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}

export function fromWire(error: WireError): Error {
  return 'code' in error ? new ReportError(error.code, error.params, error.message) : new Error(error.message);
}

export function cancelledError(): DOMException {
  return new DOMException('cancelled', 'AbortError');
}

export function isCancelled(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
