/**
 * The codes of every finding, fix and no-fix reason, with each finding's default severity. The core
 * holds no wording: the texts of every code are in src/locales (zh-CN and en), type-checked against
 * these codes and the params of each (src/core/finding.ts), and attached at the edge.
 */
export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh' | 'en';

/** The fill that marks a finding's cell, on the sheet (Excel) and in annotated copies (browser). */
export const SEVERITY_FILL: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

export const FINDING_CODES = [
  'header-not-found',
  'missing-column',
  'duplicate-column',
  'seq-missing',
  'seq-invalid',
  'seq-duplicate',
  'seq-gap',
  'task-missing',
  'progress-missing',
  'unit-missing',
  'unit-unknown',
  'unit-alias',
  'status-missing',
  'status-unknown',
  'progress-numbering',
  'too-many-findings',
  'deadline-passed',
  'status-contradiction',
  'progress-unchanged',
  'status-changed',
  'task-added',
  'task-dropped',
  'unit-not-reported',
  'task-mismatch',
  'unexpected-task',
  'duplicate-submission',
  'status-conflict',
  'missing-submission',
  'status-alias',
  'task-unplaced',
  'role-missing',
  'compare-no-match',
  'encoding-guessed',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/** Each finding code's default severity (a template's `rules` can change it or turn it off). */
export const FINDING_CATALOG: Record<FindingCode, { severity: Severity }> = {
  'header-not-found': { severity: 'error' },
  'missing-column': { severity: 'error' },
  'duplicate-column': { severity: 'error' },
  'seq-missing': { severity: 'warning' },
  'seq-invalid': { severity: 'error' },
  'seq-duplicate': { severity: 'error' },
  'seq-gap': { severity: 'warning' },
  'task-missing': { severity: 'error' },
  'progress-missing': { severity: 'error' },
  'unit-missing': { severity: 'error' },
  'unit-unknown': { severity: 'warning' },
  'unit-alias': { severity: 'warning' },
  'status-missing': { severity: 'error' },
  'status-unknown': { severity: 'error' },
  'progress-numbering': { severity: 'warning' },
  'too-many-findings': { severity: 'info' },
  'deadline-passed': { severity: 'warning' },
  'status-contradiction': { severity: 'warning' },
  'progress-unchanged': { severity: 'warning' },
  'status-changed': { severity: 'info' },
  'task-added': { severity: 'info' },
  'task-dropped': { severity: 'warning' },
  'unit-not-reported': { severity: 'warning' },
  'task-mismatch': { severity: 'warning' },
  'unexpected-task': { severity: 'warning' },
  'duplicate-submission': { severity: 'warning' },
  'status-conflict': { severity: 'info' },
  'missing-submission': { severity: 'warning' },
  'status-alias': { severity: 'warning' },
  'task-unplaced': { severity: 'warning' },
  'role-missing': { severity: 'error' },
  'compare-no-match': { severity: 'error' },
  'encoding-guessed': { severity: 'warning' },
};

/** What a fix does, and why a finding gets none: shown in previews and change logs. */
export const FIX_KINDS = ['status-spelling', 'unit-alias', 'unit-spacing', 'seq-format', 'seq-renumber', 'progress-renumber'] as const;
export type FixKind = (typeof FIX_KINDS)[number];

export const NO_FIX_REASONS = ['needs-content', 'ambiguous', 'judgement', 'renumber-not-requested', 'structure', 'inside-merge'] as const;
export type NoFixReason = (typeof NO_FIX_REASONS)[number];
