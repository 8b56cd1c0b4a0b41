import type { Lang } from '../core/catalog';
import { isReportError } from '../core/errors';
import type { Grid } from '../core/grid';
import { renderError } from '../core/messages';
import type { MergeDocument } from '../core/merge/merge-document';
import type { MergeInput } from '../core/merge/merge';
import { allowedStatuses } from '../core/status';
import { validateWorkbook, WorkbookReport } from '../core/validate';
import type { WorkbookChoice } from '../host/host';

/**
 * What the task pane does with the core, in one place for every panel. File formats load lazily:
 * the first JavaScript of the pane holds no zip, xlsx or ExcelJS code.
 */
export function validateSheets(grids: readonly Grid[], choice: WorkbookChoice | undefined): WorkbookReport {
  return validateWorkbook(grids, choice ? { template: choice.template, ...(choice.directory ? { directory: choice.directory } : {}) } : {});
}

/** `市科技局_截至6月30日.xlsx`: the name a compiler expects for a submission. */
export function submissionFileName(unit: string, period: string): string {
  const clean = (s: string): string => s.replace(/[\\/:*?"<>|\s]+/g, '');
  return `${clean(unit) || '填报单位'}_${clean(period) || '本期'}.xlsx`;
}

export async function submissionWorkbook(grid: Grid): Promise<Uint8Array> {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx-write" */ '../io/xlsx-writer');
  return writeXlsx([{ name: grid.sheet, rows: grid.rows, merges: grid.merges }]);
}

export async function blankTemplateWorkbook(choice: WorkbookChoice): Promise<Uint8Array> {
  const { writeXlsx } = await import(/* webpackChunkName: "xlsx-write" */ '../io/xlsx-writer');
  const columns = choice.template.columns.filter((c) => c.required);
  const statusCol = columns.findIndex((c) => c.kind === 'status');
  return writeXlsx([
    {
      name: choice.template.title.slice(0, 31),
      rows: [columns.map((c) => c.label)],
      headerRow: 0,
      widths: columns.map((c) => (c.kind === 'progress' ? 60 : c.kind === 'task' ? 40 : 16)),
      ...(statusCol >= 0 ? { dropdown: { col: statusCol, values: allowedStatuses(choice.template) } } : {}),
    },
  ]);
}

export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

export type FileRead = { name: string; grids: Grid[] } | { name: string; error: string };

export async function readFiles(files: readonly NamedFile[], lang: Lang, onProgress?: (done: number) => void, signal?: AbortSignal): Promise<FileRead[]> {
  const { readWorkbookBytes } = await import(/* webpackChunkName: "xlsx-read" */ '../io/read-workbook');
  const out: FileRead[] = [];
  for (const file of files) {
    if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
    try {
      out.push({ name: file.name, grids: readWorkbookBytes(file.bytes, file.name) });
    } catch (error) {
      if (!isReportError(error)) throw error;
      out.push({ name: file.name, error: renderError(error.code, error.params, lang) });
    }
    onProgress?.(out.length);
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the progress bar paint between files
  }
  return out;
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
  const [{ mergeSubmissions }, { readMaster }, { mergeDocument }, { writeConsolidatedWorkbook }] = await Promise.all([
    import(/* webpackChunkName: "merge" */ '../core/merge/merge'),
    import(/* webpackChunkName: "merge" */ '../core/merge/master'),
    import(/* webpackChunkName: "merge" */ '../core/merge/merge-document'),
    import(/* webpackChunkName: "xlsx-write" */ '../io/consolidated-workbook'),
  ]);
  const total = request.submissions.length;
  const read = await readFiles(request.submissions, request.lang, (done) => request.onProgress?.(done, total), request.signal);
  const options = request.choice ? { template: request.choice.template } : {};
  const inputs: MergeInput[] = read.flatMap((r) => ('grids' in r ? [{ file: r.name, report: validateWorkbook(r.grids, options) }] : []));
  if (request.openSheets?.length) inputs.push({ file: '本工作簿', report: validateWorkbook(request.openSheets, options) });
  let master;
  if (request.master) {
    const [m] = await readFiles([request.master], request.lang);
    master = 'grids' in m ? readMaster(m.grids) : undefined;
  }
  const { builtinTemplate } = await import('../core/template/builtin');
  const template = request.choice?.template ?? builtinTemplate('progress')!;
  const result = mergeSubmissions(inputs, { ...(master ? { master } : {}), template });
  const unreadable = read.flatMap((r) => ('error' in r ? [{ file: r.name, code: 'file-unreadable', message: r.error }] : []));
  const doc = mergeDocument(result, unreadable, request.lang);
  return { doc, workbook: await writeConsolidatedWorkbook(doc, template) };
}

/** For each file with findings, an annotated copy `名称_标注.xlsx` (the browser page's "marks"). */
export async function annotatedCopies(files: readonly NamedFile[], choice: WorkbookChoice | undefined, lang: Lang): Promise<NamedFile[]> {
  const { annotatedWorkbook } = await import(/* webpackChunkName: "xlsx-write" */ '../io/annotated-copy');
  const read = await readFiles(files, lang);
  const copies: NamedFile[] = [];
  for (const file of read) {
    if (!('grids' in file)) continue;
    const report = validateSheets(file.grids, choice);
    if (report.sheets.every((s) => s.findings.length === 0)) continue;
    copies.push({ name: file.name.replace(/\.[^.]+$/, '') + '_标注.xlsx', bytes: await annotatedWorkbook(file.grids, report.sheets, lang) });
  }
  return copies;
}

/** Compares a previous period (a file) with this one (a file, or the sheets of the open workbook). */
export async function compareInTaskPane(oldFile: NamedFile, current: { file: NamedFile } | { grids: Grid[] }, lang: Lang): Promise<{ comparison: import('../core/compare/compare').Comparison; workbook: Uint8Array }> {
  const [{ compareReports }, { writeComparisonWorkbook }] = await Promise.all([import(/* webpackChunkName: "compare" */ '../core/compare/compare'), import(/* webpackChunkName: "xlsx-write" */ '../io/comparison-workbook')]);
  const files = 'file' in current ? [oldFile, current.file] : [oldFile];
  const read = await readFiles(files, lang);
  const failed = read.find((r) => 'error' in r);
  if (failed && 'error' in failed) throw new Error(`${failed.name}: ${failed.error}`);
  const grids = read.map((r) => ('grids' in r ? r.grids : []));
  const comparison = compareReports(validateWorkbook(grids[0]).sheets, validateWorkbook('file' in current ? grids[1] : current.grids).sheets);
  return { comparison, workbook: await writeComparisonWorkbook(comparison, lang) };
}

/** The task list in the text of a notice, and the master workbook made from it. */
export async function importNoticeInTaskPane(text: string): Promise<{ result: import('../core/notice/import-tasks').ImportResult; workbook: Uint8Array }> {
  const [{ importTasks }, { writeMasterWorkbook }] = await Promise.all([import(/* webpackChunkName: "notice" */ '../core/notice/import-tasks'), import(/* webpackChunkName: "xlsx-write" */ '../io/master-workbook')]);
  const result = importTasks(text);
  return { result, workbook: await writeMasterWorkbook(result) };
}
