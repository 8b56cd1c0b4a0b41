import type { Lang } from '../core/catalog';
import { ReportError } from '../core/errors';
import type { Grid } from '../core/grid';
import { readMasterList as readMasterTasks, MasterList } from '../core/merge/master';
import { Merger } from '../core/merge/merge';
import { mergeDocument, MergeDocument } from '../core/merge/merge-document';
import type { MergeFinding, MergeResult } from '../core/merge/types';
import { builtinTemplate } from '../core/template/builtin';
import type { Template } from '../core/template/schema';
import { severityFor } from '../core/validate';
import { writeConsolidatedWorkbook } from '../io/consolidated-workbook';
import type { PieceDeflater } from '../io/consolidated-xlsx';
import type { ReadLimits } from '../io/limits';
import { messageTexts, renderError } from '../locales';
import { checkSheet } from './check';
import { checkSource } from './check-source';
import { AnySource, perFile, readSource, throwIfAborted, yieldToUi } from './sources';

/**
 * 汇总: one consolidated workbook from many submissions, the same for the CLI and the task pane.
 * A submission that cannot be read is listed as unreadable and the rest are merged; a master list
 * that cannot be read, or has no 序号 / 主要工作任务 / 牵头部门 header, stops the merge (a merge
 * without the list it was asked to use would look complete and not be).
 */
export interface MergeRequest {
  submissions: readonly AnySource[];
  master?: AnySource;
  /** Sheets of the open workbook, merged as one more submission. */
  openSheets?: { name: string; grids: readonly Grid[] };
  /** Given: every submission is read with it; not given: detected per sheet, ranked as `progress`. */
  template?: Template;
  lang: Lang;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** The platform's DEFLATE for writing the workbook (the CLI passes Node's zlib); fflate when not given. */
  deflater?: PieceDeflater;
}

export interface MergeRun {
  doc: MergeDocument;
  workbook: Uint8Array;
}

/** A template's `rules` apply to merge findings too: a code set to `off` is dropped, others take its severity. */
export function applyTemplateRules(result: MergeResult, template: Template): MergeResult {
  const findings = result.findings.flatMap((f): MergeFinding[] => {
    const severity = severityFor(template, f.code);
    return severity === 'off' ? [] : [{ ...f, severity }];
  });
  return { ...result, findings };
}

/**
 * The master list read by role (with the given template, so a list whose task header is not
 * 主要工作任务 keeps its task texts). No header at all stops the merge; a missing column is a gap
 * the merge carries into `incomplete` (the caller exits 2 and the workbook says so).
 */
export function readMasterList(source: AnySource, template?: Template): MasterList {
  const master = readMasterTasks(readSource(source), { ...(template ? { template } : {}), file: source.name });
  if (master.tasks.length === 0 && master.gaps.every((g) => g.role === 'header')) throw new ReportError('master-list-no-header', { file: source.name });
  return master;
}

/**
 * What one submission may cost a merge. A merge keeps every row it takes until the workbook is
 * written (about 3 KB a row with the written workbook: 100,000 rows peak near 600 MiB), so a
 * submission past these bounds is refused as `file-too-large`, that file named on its own line, and
 * the rest merged, instead of the batch ending in an out-of-memory abort. The bound that counts is
 * 24 M characters of cell text (about 250,000 rows of a typical progress sheet); the XML bounds (160 MB a
 * part) only stop a part before its text is read, and leave room for inline strings (a 100,000-row sheet
 * written with them is about 50 MB). A department's real submission is a few hundred rows. Validate reads with the reader's own, wider bounds.
 */
export const MERGE_READ_LIMITS: Partial<ReadLimits> = {
  maxSheetTextChars: 24 * 1024 * 1024,
  maxPartBytes: 160 * 1024 * 1024,
  maxWorkbookBytes: 320 * 1024 * 1024,
  maxCsvBytes: 32 * 1024 * 1024,
};

export async function merge(request: MergeRequest): Promise<MergeRun> {
  const template = request.template ?? builtinTemplate('progress')!;
  const masterList = request.master ? readMasterList(request.master, request.template) : undefined;
  const checkOptions = request.template ? { template: request.template } : {};
  // each submission's rows are taken as soon as it is checked and its sheets dropped (streaming)
  let merger: Merger | undefined = new Merger({ ...(masterList ? { master: masterList.tasks, masterGaps: masterList.gaps } : {}), template });
  const unreadable: MergeDocument['unreadable'] = [];
  const total = request.submissions.length;
  for (const [i, source] of request.submissions.entries()) {
    throwIfAborted(request.signal);
    const outcome = perFile(source.name, () => checkSource(source, checkOptions, { limits: MERGE_READ_LIMITS }));
    if ('value' in outcome) merger.add({ file: source.name, report: outcome.value });
    else unreadable.push({ file: source.name, code: outcome.error.code, message: renderError(outcome.error.code, outcome.error.params, request.lang) });
    request.onProgress?.(i + 1, total);
    if (request.onProgress) await yieldToUi();
  }
  if (request.openSheets?.grids.length) merger.add({ file: request.openSheets.name, report: checkSheet(request.openSheets.grids, checkOptions) });
  const doc = mergeDocument(applyTemplateRules(merger.result(), template), unreadable, messageTexts(request.lang));
  // the merger's rows and indexes are garbage from here: the workbook is written from the document alone
  merger = undefined;
  return { doc, workbook: await writeConsolidatedWorkbook(doc, template, request.deflater ? { deflater: request.deflater } : {}) };
}
