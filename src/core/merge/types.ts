import type { Finding } from '../finding';

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
  /** The units of the row's 牵头部门 cell, lead first. */
  units: string[];
  statusText: string;
  /** The standard status the cell means, with its severity rank; absent when empty or unknown. */
  status?: { name: string; rank: number };
  /** The seq of the nearest numbered row above, for placing rows without 序号 under their task. */
  anchorSeq: number;
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
}

export interface MissingSubmission {
  seq: number | null;
  task: string;
  unit: string;
}

export type SkippedRowReason = 'duplicate-submission' | 'no-task' | 'not-a-task-sheet';

export interface SkippedRow extends TaskSource {
  reason: SkippedRowReason;
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
  rowsIn: number;
  rowsMerged: number;
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
}
