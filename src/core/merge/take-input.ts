import type { RoleGap } from './master';
import type { MergeInput } from './merge';
import { submissionRows } from './submission-rows';
import type { MergeFinding, SkippedRow, SkippedSheet, SubmissionRow } from './types';

/**
 * What the merge keeps of one input once its rows are taken: the task rows, the rows it leaves out
 * with their reasons, the sheets it skips with their row counts, the findings and the missing roles.
 * No sheet model, no grid: a batch of 3,000 files holds its rows, not 3,000 parsed sheets.
 *
 * Every non-blank row of every sheet read lands in exactly one place here: a task row, a skipped
 * row, or the row count of a skipped sheet (hidden, without a header, empty).
 */
export interface TakenSheet {
  sheet: string;
  period?: string;
  findings: MergeFinding[];
  /** Rows left out of this sheet (preamble, header, section, note, or every row of a sheet without a task column). */
  skipped: SkippedRow[];
  /** The role columns the merge needed and the sheet lacks. */
  gaps: RoleGap[];
  rows: SubmissionRow[];
}

export interface TakenInput {
  file: string;
  skippedSheets: SkippedSheet[];
  sheets: TakenSheet[];
}

/**
 * A string that holds no reference to the text it was cut from. A cell's text may be a slice of
 * its sheet's whole XML; keeping the slice keeps the XML, so a merge that keeps a task's text of
 * every file would keep every file. Joining through a cons string makes V8 copy the characters.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/**
 * Detaches a row's texts in place (the row was just made by `submissionRows` and is not shared);
 * arrays of units shared by rows stay shared (`units` memo per input).
 */
function detachRow(row: SubmissionRow, units: Map<string[], string[]>): SubmissionRow {
  // most rows carry no column (one shared empty object): nothing is made for them
  let extras: Record<string, string> | undefined;
  for (const label in row.extras) (extras ??= {})[detached(label)] = detached(row.extras[label] ?? '');
  if (extras) row.extras = extras;
  let detachedUnits = units.get(row.units);
  if (!detachedUnits) units.set(row.units, (detachedUnits = row.units.map(detached)));
  row.task = detached(row.task);
  row.progress = detached(row.progress);
  row.unit = detached(row.unit);
  row.units = detachedUnits;
  row.statusText = detached(row.statusText);
  return row;
}

export function takeInput(input: MergeInput): TakenInput {
  const { file, report } = input;
  const skippedSheets: SkippedSheet[] = report.skipped.map((s) => ({ file, sheet: s.sheet, reason: s.reason, rows: s.rows ?? 0 }));
  const sheets: TakenSheet[] = [];
  const units = new Map<string[], string[]>();
  for (const sheet of report.sheets) {
    const findings = sheet.findings.map((f): MergeFinding => ({ ...f, file }));
    const model = sheet.model;
    if (!model) {
      // the findings (header-not-found) are kept; the rows are counted with the sheet
      sheets.push({ sheet: sheet.sheet, ...(sheet.meta.period ? { period: sheet.meta.period } : {}), findings, skipped: [], gaps: [], rows: [] });
      skippedSheets.push({ file, sheet: sheet.sheet, reason: 'no-header', rows: sheet.nonBlankRows ?? 0 });
      continue;
    }
    const unit = sheet.meta.reportingUnit ?? '';
    const skipped: SkippedRow[] = [];
    for (const s of model.skipped) if (s.kind !== 'blank') skipped.push({ file, sheet: sheet.sheet, row: s.index + 1, unit, reason: s.kind });
    const needed = model.template.columns.filter((c) => (c.kind === 'task' || c.kind === 'progress') && !model.header.columns.has(c.key));
    const hasTaskKind = model.template.columns.some((c) => c.kind === 'task');
    const gaps: RoleGap[] = hasTaskKind ? needed.map((c) => ({ file, sheet: sheet.sheet, column: c.label, role: c.kind as 'task' | 'progress' })) : [];
    const rows = needed.some((c) => c.kind === 'task') ? undefined : submissionRows(file, sheet);
    if (!rows) for (const r of model.rows) skipped.push({ file, sheet: sheet.sheet, row: r.index + 1, unit, reason: hasTaskKind ? 'no-task' : 'not-a-task-sheet' });
    sheets.push({ sheet: sheet.sheet, ...(sheet.meta.period ? { period: sheet.meta.period } : {}), findings, skipped, gaps, rows: rows ? rows.map((r) => detachRow(r, units)) : [] });
  }
  return { file, skippedSheets, sheets };
}
