import type { FindingCode, Severity } from './catalog';

/**
 * The parameters of each finding code, as the code that finds it fills them in. Texts are not
 * here: src/locales turns a code and its params into a message, in the clerk's language. A param
 * whose type is a union of literals is translated value by value (the locale must name each one).
 */
type Seq = string | number;
type ValueMissingParams = {
  column: string;
  /** The statuses to choose from (status-missing only). */
  allowed?: string;
};

export interface FindingParams {
  'header-not-found': { template: string; labels: string; scanned: number };
  'missing-column': { column: string };
  'duplicate-column': { column: string; cells: string };
  'seq-missing': Record<never, never>;
  'seq-invalid': Record<never, never>;
  'seq-duplicate': { seq: Seq; firstRow: number };
  'seq-gap': { seq: number; previous: number; missing: string };
  'task-missing': ValueMissingParams;
  'progress-missing': ValueMissingParams;
  'unit-missing': ValueMissingParams;
  'status-missing': ValueMissingParams;
  'unit-unknown': { unit: string };
  'unit-alias': { unit: string; basis: 'basis.directory' | 'basis.data' };
  'status-unknown': { allowed: string; reason: 'reason.traditional' | 'reason.ambiguous' | 'reason.none' };
  'progress-numbering': { found: string; expected: string };
  'too-many-findings': { sheet: string; code: FindingCode; limit: number; omitted: number };
  'deadline-passed': { deadline: string; period: string };
  'status-contradiction': { phrase: string };
  /** `previous` is the previous period's name, '' when the old report names none. */
  'progress-unchanged': { task: string; previous: string; similarity: 'similarity.same' | 'similarity.near' };
  'status-changed': { task: string; before: string; direction: 'direction.worse' | 'direction.better' };
  'task-added': { task: string };
  'task-dropped': { task: string };
  'unit-not-reported': { unit: string; when: 'when.dropped' | 'when.new' };
  'task-mismatch': { unit: string; seq: Seq; expected: string; basis: 'basis.master' | 'basis.first' };
  'unexpected-task': { unit: string; seq: Seq };
  'duplicate-submission': { unit: string; seq: Seq; kept: string; dropped: string; reason: 'kept.more-complete' | 'kept.later-file' };
  'status-conflict': { seq: Seq; statuses: string; status: string };
  'missing-submission': { unit: string; seq: Seq; task: string };
  /** A status written as an alias of the template's word; `standard` is the word to write. */
  'status-alias': { standard: string };
  /** A submitted row that matches no master task: listed apart, merged into no task. */
  'task-unplaced': { unit: string; seq: Seq; reason: 'unplaced.text-differs' | 'unplaced.no-match' };
  /** A column the merge needed that a file lacks (`file` is the file's name). */
  'role-missing': { file: string; sheet: string; column: string };
  'compare-no-match': { before: number; after: number };
  /** A CSV whose encoding was not marked (no BOM) and had to be guessed; `replaced` bytes could not be decoded. */
  'encoding-guessed': { encoding: string; replaced: number };
}

export type ParamsOf<C extends FindingCode> = FindingParams[C];

/** Any finding's params, read without knowing its code (for display: a missing name reads as undefined). */
export function paramsOf(finding: { params: object }): Readonly<Record<string, string | number | undefined>> {
  return finding.params as Readonly<Record<string, string | number | undefined>>;
}

/** Where a finding sits and how bad it is; the same for every code. */
export interface FindingBase {
  severity: Severity;
  sheet: string;
  /** The sheet's own 1-based row; null for findings about the whole sheet. */
  row: number | null;
  /** The template column the finding is about (its label), or null. */
  column: string | null;
  /** The A1 address of the cell, or null. */
  cell: string | null;
  /** The cell's text exactly as written. */
  value: string;
  /** The value to write instead, when there is one clear answer. */
  suggestion?: string;
}

/** One finding of code C: its params are the ones that code has (a discriminated union on `code`). */
export type FindingOf<C extends FindingCode> = FindingBase & { code: C; params: ParamsOf<C> };

/**
 * A finding is data: where a problem sits and what it is, without wording. Messages are rendered
 * from src/locales at the edge.
 */
export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];

/** Builds a finding of one code; the params must be the ones that code has. */
export function finding<C extends FindingCode>(code: C, params: ParamsOf<C>, base: FindingBase): FindingOf<C> {
  return { ...base, code, params };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.row ?? 0) - (b.row ?? 0) || cellColumn(a.cell) - cellColumn(b.cell) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code) || a.value.localeCompare(b.value)
  );
}

/** The 1-based column number of an A1 address (A = 1, Z = 26, AA = 27, AB = 28, BA = 53); -1 without one. */
export function cellColumn(cell: string | null): number {
  if (!cell) return -1;
  const letters = /^[A-Z]+/.exec(cell)?.[0] ?? '';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function severityRank(severity: Severity): number {
  return SEVERITY_ORDER[severity];
}
