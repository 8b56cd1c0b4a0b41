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
 * (V8 copies a slice shorter than 13 characters instead of referring to its parent.)
 */
const SLICED_FROM = 13;
function detached(text: string): string {
  return text.length < SLICED_FROM ? text : (' ' + text).slice(1);
}

/** How many characters of long texts are copied into one string by `detachLongTexts`. */
const JOINED_CHARS = 1 << 20;

/**
 * The rows' task and progress texts (nearly all a merge keeps) detached as `detached` does, in
 * bulk: up to JOINED_CHARS of them copied into one string and each cut back out of it, so a text
 * costs a slice of that string instead of a copy of its own, and the copies are one allocation
 * for the heap to keep instead of two strings per row to move between its generations. A string
 * of texts is kept as long as one of its texts is (a merge keeps the rows it takes to the end).
 */
function detachLongTexts(rows: readonly SubmissionRow[]): void {
  for (let from = 0; from < rows.length;) from = detachSome(rows, from);
}

/**
 * `detachLongTexts` for the rows from `from` on whose long texts make up to JOINED_CHARS (at least
 * one row); returns the index of the row after them. (Each loop in a function of its own: V8
 * optimises each once, not the whole of `detachLongTexts` again for every loop it enters.)
 */
function detachSome(rows: readonly SubmissionRow[], from: number): number {
  const texts: string[] = [];
  const to = longTextsFrom(rows, from, texts);
  // one text joins to itself (the same slice of the XML): it is copied alone
  if (texts.length === 1) for (let i = from; i < to; i++) detachRowTexts(rows[i]!);
  else if (texts.length > 1) cutFrom(texts.join(''), rows, from, to);
  return to;
}

/** Pushes the long texts of the rows from `from` on, up to JOINED_CHARS of them; returns the index after the last row taken. */
function longTextsFrom(rows: readonly SubmissionRow[], from: number, texts: string[]): number {
  let chars = 0;
  let to = from;
  for (; to < rows.length && chars < JOINED_CHARS; to++) {
    const row = rows[to]!;
    if (row.task.length >= SLICED_FROM) {
      texts.push(row.task);
      chars += row.task.length;
    }
    if (row.progress.length >= SLICED_FROM) {
      texts.push(row.progress);
      chars += row.progress.length;
    }
  }
  return to;
}

/** The long texts of the rows from `from` to `to` (before it) cut out of `joined`, their copies in that order. */
function cutFrom(joined: string, rows: readonly SubmissionRow[], from: number, to: number): void {
  let at = 0;
  for (let i = from; i < to; i++) {
    const row = rows[i]!;
    if (row.task.length >= SLICED_FROM) row.task = joined.slice(at, (at += row.task.length));
    if (row.progress.length >= SLICED_FROM) row.progress = joined.slice(at, (at += row.progress.length));
  }
}

function detachRowTexts(row: SubmissionRow): void {
  row.task = detached(row.task);
  row.progress = detached(row.progress);
}

/**
 * Detaches a row's other texts in place (the row was just made by `submissionRows` and is not
 * shared; its task and progress are `detachLongTexts`'); arrays of units shared by rows stay shared
 * (`units` memo per input).
 */
function detachRow(row: SubmissionRow, units: Map<string[], string[]>): SubmissionRow {
  // most rows carry no column (one shared empty object): nothing is made for them
  let extras: Record<string, string> | undefined;
  for (const label in row.extras) (extras ??= {})[detached(label)] = detached(row.extras[label] ?? '');
  if (extras) row.extras = extras;
  let detachedUnits = units.get(row.units);
  if (!detachedUnits) units.set(row.units, (detachedUnits = row.units.map(detached)));
  row.unit = detached(row.unit);
  row.units = detachedUnits;
  row.statusText = detached(row.statusText);
  return row;
}

function detachedRows(rows: SubmissionRow[], units: Map<string[], string[]>): SubmissionRow[] {
  detachLongTexts(rows);
  for (const row of rows) detachRow(row, units);
  return rows;
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
    sheets.push({ sheet: sheet.sheet, ...(sheet.meta.period ? { period: sheet.meta.period } : {}), findings, skipped, gaps, rows: rows ? detachedRows(rows, units) : [] });
  }
  return { file, skippedSheets, sheets };
}
