import type { CheckOptions } from '../app/check-sheet';
import { checkSheet } from '../app/check-sheet';
import type { Comparison } from '../core/compare/compare';
import type { Lang } from '../core/catalog';
import type { Grid } from '../core/grid';
import type { MergeDocument } from '../core/merge/merge-document';
import type { ImportResult } from '../core/notice/import-tasks';
import type { Template, UnitEntry } from '../core/template/schema';
import type { WorkbookReport } from '../core/validate';
import type { WorkbookChoice } from '../host/host';
import { renderError } from '../locales';

export { submissionFileName } from '../app/file-names';

/**
 * The task pane's side of the application layer (src/app): every panel calls these, they call the
 * same functions as the CLI. Only the loading is the pane's own: file formats load lazily, so the
 * first JavaScript of the pane holds no zip, xlsx or ExcelJS code.
 */
export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

const app = {
  sources: () => import(/* webpackChunkName: "xlsx-read" */ '../app/sources'),
  merge: () => import(/* webpackChunkName: "merge" */ '../app/merge'),
  annotate: () => import(/* webpackChunkName: "xlsx-write" */ '../app/annotate'),
  compare: () => import(/* webpackChunkName: "compare" */ '../app/compare'),
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

export async function mergeInTaskPane(request: MergeRequest): Promise<{ doc: MergeDocument; workbook: Uint8Array }> {
  const { merge } = await app.merge();
  return merge({
    submissions: request.submissions,
    ...(request.master ? { master: request.master } : {}),
    ...(request.openSheets?.length ? { openSheets: { name: '本工作簿', grids: request.openSheets } } : {}),
    ...(request.choice ? { template: request.choice.template } : {}),
    lang: request.lang,
    onProgress: request.onProgress ?? (() => undefined),
    ...(request.signal ? { signal: request.signal } : {}),
  });
}

/**
 * For each file with findings, an annotated copy `名称_标注.xlsx` (the browser page's "marks"); a
 * file whose copy cannot be made is listed in `failed` with its message, the others still get theirs.
 */
export async function annotatedCopies(files: readonly NamedFile[], choice: WorkbookChoice | undefined, lang: Lang): Promise<{ copies: NamedFile[]; failed: { name: string; message: string }[] }> {
  const outcomes = await (await app.annotate()).annotatedCopies(files, checkOptions(choice), lang);
  const copies: NamedFile[] = [];
  const failed: { name: string; message: string }[] = [];
  for (const outcome of outcomes) {
    if ('error' in outcome) failed.push({ name: outcome.name, message: renderError(outcome.error.code, outcome.error.params, lang) });
    else if (outcome.value) copies.push(outcome.value);
  }
  return { copies, failed };
}

/** Compares a previous period (a file) with this one (a file, or the sheets of the open workbook). */
export async function compareInTaskPane(oldFile: NamedFile, current: { file: NamedFile } | { grids: Grid[] }, lang: Lang): Promise<{ comparison: Comparison; workbook: Uint8Array }> {
  return (await app.compare()).compare(oldFile, 'file' in current ? current.file : current, lang);
}

/** The task list in the text of a notice, and the master workbook made from it. */
export async function importNoticeInTaskPane(text: string): Promise<{ result: ImportResult; workbook: Uint8Array }> {
  return (await app.importTasks()).importTasks(text);
}
