import { checkSheet, CheckOptions } from '../../app/check-sheet';
import { renumberable } from '../../core/fix/renumberable';
import { roleText } from '../../core/columns';
import { planFixes } from '../../core/fix/plan';
import type { Grid } from '../../core/grid';
import type { WorkbookReport } from '../../core/validate';
import type { ShownSheet } from '../../host/browser-files';
import type { WorkbookChoice } from '../../host/host';
import { AnnotateResult, CheckResult, PaneReport, PaneSheetReport, RowText, JobRequest, JobResults, PlanResult, Progress, toWire } from './protocol';

/**
 * The jobs themselves: what the worker runs (src/taskpane/worker/pane-worker.ts) and what the pane
 * runs in its own thread where there is no Worker (jsdom, an old webview). The same code either way;
 * only the transport differs (client.ts).
 */
export interface JobContext {
  progress(progress: Progress): void;
  /** Lets a cancel arrive (a pause between files) and throws AbortError once one has. */
  checkpoint(): Promise<void>;
  /** The cancel as a signal, for the application layer's own loops (merge). */
  signal: AbortSignal;
}

/** Reports kept for fix planning: the last few checks; an older key answers `lost`. */
const KEPT_REPORTS = 2;

function checkOptions(choice: WorkbookChoice | undefined): CheckOptions {
  return choice ? { template: choice.template, ...(choice.directory ? { directory: choice.directory } : {}) } : {};
}

/**
 * The report without its sheet models (those are the whole sheet again and never leave the runner),
 * keeping what the findings view shows from them: the file and each finding row's 序号 and task.
 */
function withoutModels(report: WorkbookReport): PaneReport {
  return {
    sheets: report.sheets.map(({ model, ...sheet }): PaneSheetReport => {
      if (!model) return sheet;
      const rowTexts: Record<number, RowText> = {};
      const byIndex = new Map(model.rows.map((r) => [r.index, r]));
      for (const f of sheet.findings) {
        const row = f.row === null ? undefined : byIndex.get(f.row - 1);
        if (row && f.row !== null && !(f.row in rowTexts)) rowTexts[f.row] = { seq: roleText(model, row, 'seq'), task: roleText(model, row, 'task') };
      }
      return { ...sheet, file: model.grid.origin, rowTexts };
    }),
    skipped: report.skipped,
  };
}

export class JobRunner {
  private readonly reports = new Map<number, WorkbookReport>();
  private nextKey = 1;

  async run<K extends JobRequest['kind']>(request: Extract<JobRequest, { kind: K }>, context: JobContext): Promise<JobResults[K]>;
  async run(request: JobRequest, context: JobContext): Promise<JobResults[JobRequest['kind']]> {
    switch (request.kind) {
      case 'check-files':
        return this.checkFiles(request.files, request.choice, context);
      case 'check-grids':
        context.progress({ done: 0, total: rowCount(request.grids), unit: 'rows' });
        await context.checkpoint();
        return this.keep(checkSheet(request.grids, checkOptions(request.choice)), context, rowCount(request.grids));
      case 'plan-fixes':
        return this.plan(request.reportKey, request.renumber);
      case 'annotate': {
        const { annotatedCopies } = await import(/* webpackChunkName: "xlsx-write" */ '../../app/annotate');
        const result: AnnotateResult = { copies: [], failed: [] };
        for (const outcome of await annotatedCopies(request.files, checkOptions(request.choice), request.lang)) {
          if ('error' in outcome) result.failed.push({ name: outcome.name, error: toWire(outcome.error) });
          else if (outcome.value) result.copies.push({ name: outcome.value.name, bytes: outcome.value.bytes });
        }
        return result;
      }
      case 'compare': {
        const { compare } = await import(/* webpackChunkName: "compare" */ '../../app/compare');
        const run = await compare(request.previous, 'file' in request.current ? request.current.file : request.current, request.lang);
        return { comparison: run.comparison, workbook: run.workbook };
      }
      case 'merge': {
        const { merge } = await import(/* webpackChunkName: "merge" */ '../../app/merge');
        return merge({
          submissions: request.submissions,
          ...(request.master ? { master: request.master } : {}),
          ...(request.openSheets?.length ? { openSheets: { name: '本工作簿', grids: request.openSheets } } : {}),
          ...(request.choice ? { template: request.choice.template } : {}),
          lang: request.lang,
          onProgress: (done, total) => context.progress({ done, total, unit: 'files' }),
          signal: context.signal,
        });
      }
    }
  }

  private async checkFiles(files: readonly { name: string; bytes: Uint8Array }[], choice: WorkbookChoice | undefined, context: JobContext): Promise<CheckResult> {
    const { readPickedFile } = await import(/* webpackChunkName: "xlsx-read" */ '../../host/browser-files');
    const grids: Grid[] = [];
    const shown: ShownSheet[] = [];
    const failed: CheckResult['failed'] = [];
    context.progress({ done: 0, total: files.length, unit: 'files' });
    for (const [i, file] of files.entries()) {
      await context.checkpoint();
      const read = readPickedFile(file, files.length);
      if ('error' in read) failed.push({ name: file.name, error: toWire(read.error) });
      else {
        grids.push(...read.grids);
        shown.push(...read.shown);
      }
      context.progress({ done: i + 1, total: files.length, unit: 'files' });
    }
    await context.checkpoint();
    const result = this.keep(checkSheet(grids, checkOptions(choice)), context, rowCount(grids));
    return { ...result, shown, failed };
  }

  private keep(report: WorkbookReport, context: JobContext, rows: number): CheckResult {
    const reportKey = this.nextKey++;
    this.reports.set(reportKey, report);
    for (const key of this.reports.keys()) if (this.reports.size > KEPT_REPORTS) this.reports.delete(key);
    context.progress({ done: rows, total: rows, unit: 'rows' });
    return { reportKey, report: withoutModels(report) };
  }

  private plan(reportKey: number, renumber: boolean): PlanResult {
    const report = this.reports.get(reportKey);
    if (!report) return { lost: true };
    // 序号 are renumbered in whole tables only, never in a unit's submission (the merge key)
    return { fixes: report.sheets.flatMap((s) => planFixes(s, renumber && renumberable(s) ? { renumber } : {}).fixes) };
  }
}

function rowCount(grids: readonly Grid[]): number {
  return grids.reduce((n, g) => n + g.rows.length, 0);
}
