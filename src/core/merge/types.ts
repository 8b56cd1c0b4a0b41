import type { Finding } from '../finding';
import type { RoleGap } from './master';

/** One task row of one submission, as the merge sees it. */
export interface SubmissionRow {
  file: string;
  sheet: string;
  /** The sheet's own 1-based row. */
  row: number;
  /** The unit that sent the row: the sheet's 填报单位, else the unit the file is named after, else the row's first unit. */
  unit: string;
  seq: number | null;
  task: string;
  progress: string;
  /** The units of the row's lead-units cell, lead first. */
  units: string[];
  statusText: string;
  /** The standard status the cell means, with its severity rank; absent when empty, unknown or not in the table. */
  status?: { name: string; rank: number };
  /** The seq of the nearest numbered row above, for placing rows without 序号 under their task. */
  anchorSeq: number;
  /** Columns carried into the consolidated table as they are (备注, 责任单位, extra columns): header → text. */
  extras: Record<string, string>;
}

export interface TaskSource {
  file: string;
  sheet: string;
  row: number;
  unit: string;
}

export interface ConsolidatedTask {
  seq: number | null;
  task: string;
  leads: string[];
  status: string;
  progress: string;
  sources: TaskSource[];
  /** Carried columns (备注…): header → the texts of every source, in the same order, joined by line breaks. */
  extras?: Record<string, string>;
  /** Set for a row that matched no master task: it is listed apart, merged into no task. */
  unplaced?: { reason: UnplacedReason };
}

export type UnplacedReason = 'unplaced.text-differs' | 'unplaced.no-match';

export interface MissingSubmission {
  seq: number | null;
  task: string;
  unit: string;
}

export type SkippedRowReason = 'duplicate-submission' | 'no-task' | 'not-a-task-sheet' | 'preamble' | 'header' | 'repeated-header' | 'section' | 'note';

export interface SkippedRow extends TaskSource {
  reason: SkippedRowReason;
}

/** A sheet that was read but not merged, with how many non-blank rows it holds. */
export interface SkippedSheet {
  file: string;
  sheet: string;
  reason: 'hidden' | 'no-header' | 'empty';
  rows: number;
}

/** A finding of the merge or of an input's validation, with the file it sits in. */
export type MergeFinding = Finding & {
  file: string | null;
};

export interface UnitStats {
  unit: string;
  tasks: number;
  byStatus: Record<string, number>;
  noStatus: number;
  missing: number;
}

export interface MergeResult {
  inputs: number;
  /** Every non-blank row of every sheet read (and of sheets skipped whole). rowsIn = rowsMerged + rowsSkipped. */
  rowsIn: number;
  /** Rows in the consolidated table, unplaced rows included. */
  rowsMerged: number;
  /** Of the merged rows, those listed apart as unplaced. */
  rowsUnplaced: number;
  /** Rows in `skipped` plus the rows of `skippedSheets`. */
  rowsSkipped: number;
  period?: string;
  tasks: ConsolidatedTask[];
  /** Consolidated tasks per status, in the template's order; tasks without a status under `noStatus`. */
  byStatus: Record<string, number>;
  noStatus: number;
  missing: MissingSubmission[];
  perUnit: UnitStats[];
  findings: MergeFinding[];
  skipped: SkippedRow[];
  skippedSheets: SkippedSheet[];
  /**
   * Roles the merge needed and did not find (a master list without its task column, a submission
   * without progress): when not empty the result is incomplete and the caller exits 2.
   */
  incomplete: RoleGap[];
}
