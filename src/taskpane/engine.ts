import type { CheckOptions } from '../app/check-sheet';
import { checkSheet } from '../app/check-sheet';
import type { Comparison } from '../core/compare/compare';
import type { Lang } from '../core/catalog';
import { ReportError } from '../core/errors';
import { Fix, planFixes } from '../core/fix/plan';
import type { Grid } from '../core/grid';
import type { MergeDocument } from '../core/merge/merge-document';
import type { ImportResult } from '../core/notice/import-tasks';
import type { Template, UnitEntry } from '../core/template/schema';
import type { SheetModel } from '../core/sheet-model';
import type { WorkbookReport } from '../core/validate';
import type { BrowserHost } from '../host/browser-host';
import type { ReportHost, WorkbookChoice } from '../host/host';
import { renderError } from '../locales';
import { JobClient } from './worker/client';
import { renumberable } from '../core/fix/renumberable';
import { CheckResult, fromWire, JobRequest, PaneReport, PaneSheetReport, Progress } from './worker/protocol';

export { submissionFileName } from '../app/file-names';

/**
 * The task pane's side of the application layer (src/app): every panel calls these, they call the
 * same functions as the CLI. Only the loading is the pane's own: file formats load lazily, so the
 * first JavaScript of the pane holds no zip, xlsx or ExcelJS code. Reading, checking, fix planning
 * and merging run in a Web Worker (src/taskpane/worker), in the page only where none can start.
 */
export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

const app = {
  sources: () => import(/* webpackChunkName: "xlsx-read" */ '../app/sources'),
  importTasks: () => import(/* webpackChunkName: "notice" */ '../app/import-tasks'),
  template: () => import(/* webpackChunkName: "xlsx-write" */ '../app/template'),
  templateOptions: () => import(/* webpackChunkName: "xlsx-read" */ '../app/template-options'),
  submission: () => import(/* webpackChunkName: "xlsx-write" */ '../app/submission'),
};

function checkOptions(choice: WorkbookChoice | undefined): CheckOptions {
  return choice ? { template: choice.template, ...(choice.directory ? { directory: choice.directory } : {}) } : {};
}

export function validateSheets(grids: readonly Grid[], choice: WorkbookChoice | undefined): WorkbookReport {
  return checkSheet(grids, checkOptions(choice));
}

let jobs = new JobClient();

/** For tests: the client the engine's jobs go through (a fake worker, or none). */
export function useJobClient(client: JobClient): void {
  jobs = client;
}

export interface JobOptions {
  /** Files read so far (`files`), or rows checked (`rows`). */
  onProgress?: (progress: Progress) => void;
  /** Cancels the job: it ends with an AbortError and the page is idle at once. */
  signal?: AbortSignal;
}

/** A report the worker made, with what made it, so its fixes can be planned later (again, if need be). */
const checked = new WeakMap<PaneReport, { reportKey: number; request: Extract<JobRequest, { kind: 'check-files' | 'check-grids' }> }>();

function isBrowserHost(host: ReportHost): host is BrowserHost {
  return host.kind === 'browser' && 'recordRead' in host && 'files' in host;
}

async function runCheck(request: Extract<JobRequest, { kind: 'check-files' | 'check-grids' }>, options: JobOptions): Promise<CheckResult> {
  const result = await jobs.run(request, options);
  checked.set(result.report, { reportKey: result.reportKey, request });
  return result;
}

/**
 * 检查 in the worker: the page's files are read there (host.unreadable() then names those that could
 * not be), the open workbook's sheets are read here (Office and WPS answer only the page) and checked there.
 */
export async function checkInTaskPane(host: ReportHost, scope: 'active' | 'all', choice: WorkbookChoice | undefined, options: JobOptions = {}): Promise<PaneReport> {
  const withChoice = choice ? { choice } : {};
  if (isBrowserHost(host)) {
    const result = await runCheck({ kind: 'check-files', files: [...host.files()], ...withChoice }, options);
    host.recordRead(
      result.shown ?? [],
      (result.failed ?? []).map((f) => ({ name: f.name, error: fromWire(f.error) as ReportError })),
    );
    return result.report;
  }
  const grids = await host.readSheets(scope);
  return (await runCheck({ kind: 'check-grids', grids, ...withChoice }, options)).report;
}

/**
 * The fixes of a report, computed when asked for (in the worker, which kept the report's sheet
 * models). A report the worker no longer holds (restarted after a cancel) is checked again first.
 */
/** A sheet report that still has its model (made in this thread, not in the worker). */
function hasModel(sheet: PaneSheetReport): sheet is PaneSheetReport & { model: SheetModel } {
  return 'model' in sheet && sheet.model !== undefined;
}

export async function planFixesFor(report: PaneReport, options: { renumber?: boolean } = {}): Promise<Fix[]> {
  const renumber = options.renumber ?? false;
  const origin = checked.get(report);
  // a report made here (validateSheets) still has its models
  if (!origin) return report.sheets.filter(hasModel).flatMap((s) => planFixes(s, renumber && renumberable(s) ? { renumber } : {}).fixes);
  const planned = await jobs.run({ kind: 'plan-fixes', reportKey: origin.reportKey, renumber });
  if ('fixes' in planned) return planned.fixes;
  const again = await runCheck(origin.request, {});
  checked.set(report, checked.get(again.report) ?? origin);
  const replanned = await jobs.run({ kind: 'plan-fixes', reportKey: again.reportKey, renumber });
  if ('fixes' in replanned) return replanned.fixes;
  throw new Error('the worker lost the report twice');
}

export async function submissionWorkbook(grid: Grid): Promise<Uint8Array> {
  return (await app.submission()).exportSubmission(grid);
}

export async function blankTemplateWorkbook(choice: WorkbookChoice, heading: { period?: string } = {}): Promise<Uint8Array> {
  return (await app.template()).blankTemplateWorkbook(choice.template, choice.directory, heading);
}

/** One pre-filled report per unit of a master list, and one zip of them all (the CLI's `template --master`). */
export async function unitTemplates(master: NamedFile, choice: WorkbookChoice, heading: { period?: string } = {}): Promise<{ files: NamedFile[]; zip: Uint8Array }> {
  return (await app.template()).unitTemplatesFromFile(master, choice.template, heading);
}

export type FileRead = { name: string; grids: Grid[] } | { name: string; error: string };

/** Reads files one by one; a file that cannot be read is its own line, the rest go on. */
export async function readFiles(files: readonly NamedFile[], lang: Lang, onProgress?: (done: number) => void, signal?: AbortSignal): Promise<FileRead[]> {
  const { perFile, readSource, throwIfAborted, yieldToUi } = await app.sources();
  const out: FileRead[] = [];
  for (const file of files) {
    throwIfAborted(signal);
    const outcome = perFile(file.name, () => readSource(file));
    out.push('value' in outcome ? { name: file.name, grids: outcome.value } : { name: file.name, error: renderError(outcome.error.code, outcome.error.params, lang) });
    onProgress?.(out.length);
    await yieldToUi(); // let the progress bar paint between files
  }
  return out;
}

/** A template or units directory the user picked in the 模板 panel, loaded as `--template` / `--units` are. */
export async function importTemplateFile(file: NamedFile): Promise<Template> {
  return (await app.templateOptions()).loadTemplate(file);
}

export async function importUnitsFile(file: NamedFile): Promise<UnitEntry[]> {
  return (await app.templateOptions()).loadUnitsDirectory(file);
}

export interface MergeRequest {
  submissions: readonly NamedFile[];
  master?: NamedFile;
  openSheets?: readonly Grid[];
  choice?: WorkbookChoice;
  lang: Lang;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** 汇总 in the worker: the files are transferred there, the open workbook's sheets posted in parts; progress counts files. */
export async function mergeInTaskPane(request: MergeRequest): Promise<{ doc: MergeDocument; workbook: Uint8Array }> {
  return jobs.run(
    {
      kind: 'merge',
      submissions: [...request.submissions],
      ...(request.master ? { master: request.master } : {}),
      ...(request.openSheets?.length ? { openSheets: [...request.openSheets] } : {}),
      ...(request.choice ? { choice: request.choice } : {}),
      lang: request.lang,
    },
    {
      ...(request.onProgress ? { onProgress: (p: Progress) => request.onProgress?.(p.done, p.total) } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
    },
  );
}

/**
 * For each file with findings, an annotated copy `名称_标注.xlsx` (the browser page's "marks"); a
 * file whose copy cannot be made is listed in `failed` with its message, the others still get theirs.
 */
export async function annotatedCopies(files: readonly NamedFile[], choice: WorkbookChoice | undefined, lang: Lang): Promise<{ copies: NamedFile[]; failed: { name: string; message: string }[] }> {
  const result = await jobs.run({ kind: 'annotate', files: [...files], ...(choice ? { choice } : {}), lang });
  const failed = result.failed.map((f) => {
    const error = fromWire(f.error);
    return { name: f.name, message: error instanceof ReportError ? renderError(error.code, error.params, lang) : error.message };
  });
  return { copies: result.copies, failed };
}

/** Compares a previous period (a file) with this one (a file, or the sheets of the open workbook), in the worker. */
export async function compareInTaskPane(oldFile: NamedFile, current: { file: NamedFile } | { grids: Grid[] }, lang: Lang): Promise<{ comparison: Comparison; workbook: Uint8Array }> {
  return jobs.run({ kind: 'compare', previous: oldFile, current, lang });
}

/** The task list in the text of a notice, and the master workbook made from it. */
export async function importNoticeInTaskPane(text: string): Promise<{ result: ImportResult; workbook: Uint8Array }> {
  return (await app.importTasks()).importTasks(text);
}
