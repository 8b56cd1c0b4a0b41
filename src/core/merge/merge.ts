import { FINDING_CATALOG, FindingCode } from '../catalog';
import type { ParamsOf } from '../finding';
import { taskTextsAgree } from '../similarity';
import { allowedStatuses } from '../status';
import { BUILTIN_TEMPLATES } from '../template/builtin';
import type { Template } from '../template/schema';
import { compactText, fileName, taskTextKey } from '../text';
import { MAX_FINDINGS_PER_CODE, type WorkbookReport } from '../validate';
import type { MasterTask, RoleGap } from './master';
import { progressItems, joinProgress } from './progress-join';
import { UnitIndex, unitMatches } from './submission-rows';
import { takeInput, TakenInput } from './take-input';
import type { ConsolidatedTask, MergeFinding, MergeResult, MissingSubmission, SkippedRow, SkippedSheet, SubmissionRow, UnplacedReason } from './types';
import { unitStatistics } from './statistics';

/**
 * Merging many submissions into one table. With a master list, a row joins a master task by 序号
 * only when its task text agrees with the master's (normalised similarity), otherwise by its task
 * text; a row that matches neither is listed apart as unplaced, with the reason, never merged under
 * a guess. Without a master list rows are grouped by 序号 (by task text where a row has none).
 * Nothing is lost: every non-blank row of every sheet is in a task's sources, in `skipped` with its
 * reason, or in a skipped sheet's row count, and rowsIn = rowsMerged + rowsSkipped. The same inputs
 * give the same result; every step is linear in the rows (a unit's rows of one task are indexed).
 */
export interface MergeInput {
  file: string;
  report: WorkbookReport;
}

export interface MergeOptions {
  master?: readonly MasterTask[];
  /** What the master list lacked (its task column…): carried into `incomplete`. */
  masterGaps?: readonly RoleGap[];
  /** Ranks statuses for the consolidated status; the `progress` template by default. */
  template?: Template;
}

interface TaskAcc {
  seq: number | null;
  /** The text rows are compared with (none for a task found by its text), and where it comes from. */
  referenceText: string | undefined;
  referenceBasis: 'basis.master' | 'basis.first';
  /** The units expected to report, lead first; shared with the first row's units until one is added (`ownsExpected`). */
  expectedUnits: string[];
  ownsExpected: boolean;
  /** Ordered by group (0 master, 1 submitted, 3 unplaced), then index, then appearance. */
  sortGroup: number;
  sortIndex: number;
  sortAppearance: number;
  rows: SubmissionRow[];
  /**
   * Row index by unit (same unit with or without level prefix), so finding a unit's row is O(1):
   * the first unit and its row in fields (most tasks have one row), an index once a second comes.
   */
  firstUnit: string | undefined;
  firstUnitRow: number;
  byUnit: UnitIndex<number> | undefined;
  /** The expected units by `sameUnit`, made once a unit is added to them; until then they are scanned (a task's one to three lead units). */
  expectedIndex: UnitIndex<true> | undefined;
  unplaced?: UnplacedReason;
}

function mergeFinding<C extends FindingCode>(code: C, row: SubmissionRow | null, params: ParamsOf<C>, value = ''): MergeFinding {
  const severity = FINDING_CATALOG[code].severity;
  return { code, severity, file: row?.file ?? null, sheet: row?.sheet ?? '', row: row?.row ?? null, column: null, cell: null, value, params } as MergeFinding;
}

function completeness(row: SubmissionRow): [number, number] {
  return [progressItems(row.progress).length, compactText(row.progress).length];
}

function source(row: SubmissionRow): string {
  return `${fileName(row.file)}#${row.sheet}!${row.row}`;
}

function newAcc(
  seq: number | null,
  sortKey: [number, number, number],
  reference: { text: string; basis: TaskAcc['referenceBasis'] } | undefined,
  expectedUnits: string[],
  unplaced?: UnplacedReason,
): TaskAcc {
  const [sortGroup, sortIndex, sortAppearance] = sortKey;
  const acc: TaskAcc = {
    seq,
    referenceText: reference?.text,
    referenceBasis: reference?.basis ?? 'basis.first',
    expectedUnits,
    ownsExpected: false,
    sortGroup,
    sortIndex,
    sortAppearance,
    rows: [],
    firstUnit: undefined,
    firstUnitRow: -1,
    byUnit: undefined,
    expectedIndex: undefined,
  };
  if (unplaced) acc.unplaced = unplaced;
  return acc;
}

/** Whether the task expects the unit (same unit with or without level prefix), as an index of its expected units answers. */
function expects(acc: TaskAcc, unit: string): boolean {
  if (acc.expectedIndex) return acc.expectedIndex.has(unit);
  for (const member of acc.expectedUnits) if (unitMatches(member, unit)) return true;
  return false;
}

/**
 * Merge findings are listed at most MAX_FINDINGS_PER_CODE per code, as validate lists a sheet's:
 * the rest are counted in one `too-many-findings` on the consolidated table (this sheet name), so
 * 80,000 missing submissions of a 100,000-row table cost one line each in 未报送, not a finding too.
 */
export const MERGE_FINDINGS_SCOPE = '汇总';

/** Merges submissions given all at once (the accumulator fed in order). */
export function mergeSubmissions(inputs: readonly (MergeInput | TakenInput)[], options: MergeOptions = {}): MergeResult {
  const merger = new Merger(options);
  for (const input of inputs) merger.add(input);
  return merger.result();
}

/**
 * The merge fed one input at a time: each input's rows are taken from its sheet models as it is
 * added (`takeInput`) and nothing else of it is kept, so a caller that drops the report after
 * `add` holds only the taken rows of a 3,000-file batch, never its grids. Adding inputs in order
 * and calling `result` once gives what `mergeSubmissions` gives for the same list.
 */
export class Merger {
  private readonly template: Template;
  private readonly hasMaster: boolean;
  private readonly findings: MergeFinding[] = [];
  private readonly listed = new Map<FindingCode, number>();
  private readonly omitted = new Map<FindingCode, number>();
  private readonly skipped: SkippedRow[] = [];
  private readonly skippedSheets: SkippedSheet[] = [];
  private readonly incomplete: RoleGap[];
  /** Every task in the order it was made; found by 序号 or, for a row without one, by its task text's key. */
  private readonly tasks: TaskAcc[] = [];
  private readonly tasksBySeq = new Map<number, TaskAcc>();
  private readonly tasksByText = new Map<string, TaskAcc>();
  private readonly masterBySeq = new Map<number, TaskAcc>();
  private readonly masterByText = new Map<string, TaskAcc>();
  private inputs = 0;
  private rowsIn = 0;
  private period: string | undefined;
  private appearance = 0;

  constructor(options: MergeOptions = {}) {
    this.template = options.template ?? BUILTIN_TEMPLATES[0]!;
    const master = options.master ?? [];
    this.hasMaster = master.length > 0;
    this.incomplete = [...(options.masterGaps ?? [])];
    for (const m of master) {
      const textKey = taskTextKey(m.task);
      if (m.seq !== null ? this.tasksBySeq.has(m.seq) : this.tasksByText.has(textKey)) continue;
      const acc = newAcc(m.seq, [0, m.index, 0], { text: m.task, basis: 'basis.master' }, m.units);
      this.addTask(acc, m.seq, textKey);
      if (m.seq !== null) this.masterBySeq.set(m.seq, acc);
      if (textKey && !this.masterByText.has(textKey)) this.masterByText.set(textKey, acc);
    }
  }

  /** A new task, found from now on by its 序号, or by its text's key when it has none. */
  private addTask(acc: TaskAcc, seq: number | null, textKey: string): void {
    this.tasks.push(acc);
    if (seq !== null) this.tasksBySeq.set(seq, acc);
    else this.tasksByText.set(textKey, acc);
  }

  /** Lists a finding unless its code already has MAX_FINDINGS_PER_CODE listed; then it is counted. */
  private finding(f: MergeFinding): void {
    if (this.listing(f.code)) this.findings.push(f);
  }

  /**
   * Whether a finding of this code is listed (it is then counted as listed), or only counted as
   * omitted: a caller may ask before making the finding (80,000 missing submissions make 1,000).
   */
  private listing(code: FindingCode): boolean {
    if (code === 'too-many-findings') return true;
    const count = this.listed.get(code) ?? 0;
    if (count >= MAX_FINDINGS_PER_CODE) {
      this.omitted.set(code, (this.omitted.get(code) ?? 0) + 1);
      return false;
    }
    this.listed.set(code, count + 1);
    return true;
  }

  add(input: MergeInput | TakenInput): void {
    const taken = 'report' in input ? takeInput(input) : input;
    this.inputs++;
    for (const s of taken.skippedSheets) {
      this.rowsIn += s.rows;
      this.skippedSheets.push(s);
    }
    for (const sheet of taken.sheets) {
      this.period ??= sheet.period;
      // a unit's own file against a master list holds a subset of the tasks: gaps in 序号 are by design
      for (const f of sheet.findings) if (!(this.hasMaster && f.code === 'seq-gap')) this.finding(f);
      this.rowsIn += sheet.skipped.length;
      for (const s of sheet.skipped) this.skipped.push(s);
      for (const gap of sheet.gaps) {
        this.incomplete.push(gap);
        this.finding({ ...mergeFinding('role-missing', null, { file: fileName(taken.file), sheet: gap.sheet, column: gap.column }), file: taken.file, sheet: gap.sheet });
      }
      for (const row of sheet.rows) this.place(row);
    }
  }

  private place(row: SubmissionRow): void {
    this.rowsIn++;
    this.appearance++;
    if (row.seq === null && taskTextKey(row.task) === '') {
      this.skipped.push({ file: row.file, sheet: row.sheet, row: row.row, unit: row.unit, reason: 'no-task' });
      return;
    }
    if (this.hasMaster) {
      this.placeAgainstMaster(row);
      return;
    }
    // A row without 序号 joins the earlier row with the same text, else starts its own task.
    const textKey = row.seq === null ? taskTextKey(row.task) : '';
    let acc = row.seq !== null ? this.tasksBySeq.get(row.seq) : this.tasksByText.get(textKey);
    if (!acc) {
      acc = newAcc(row.seq, row.seq !== null ? [1, row.seq, 0] : [1, row.anchorSeq, this.appearance], undefined, row.units);
      if (row.seq !== null && row.task) acc.referenceText = row.task;
      this.addTask(acc, row.seq, textKey);
    }
    // the row that made the task shares its units array: it expects them all already
    if (row.units !== acc.expectedUnits)
      for (const u of row.units) {
        if (expects(acc, u)) continue;
        if (!acc.expectedIndex) {
          acc.expectedIndex = new UnitIndex<true>();
          for (const member of acc.expectedUnits) acc.expectedIndex.add(member, true);
        }
        acc.expectedIndex.add(u, true);
        if (!acc.ownsExpected) {
          acc.expectedUnits = [...acc.expectedUnits];
          acc.ownsExpected = true;
        }
        acc.expectedUnits.push(u);
      }
    this.addRow(acc, row);
  }

  private unplacedRow(row: SubmissionRow, reason: UnplacedReason, code: FindingCode): void {
    this.appearance++;
    // listed apart: found by neither 序号 nor text
    const acc = newAcc(row.seq, [3, this.appearance, 0], { text: row.task, basis: 'basis.first' }, [], reason);
    this.tasks.push(acc);
    this.addRow(acc, row);
    if (code === 'unexpected-task') this.finding(mergeFinding(code, row, { unit: row.unit, seq: row.seq ?? row.task }));
    else this.finding(mergeFinding(code, row, { unit: row.unit, seq: row.seq ?? '', reason }, row.task));
  }

  private placeAgainstMaster(row: SubmissionRow): void {
    const bySeq = row.seq !== null ? this.masterBySeq.get(row.seq) : undefined;
    if (bySeq && (row.task === '' || taskTextsAgree(row.task, bySeq.referenceText ?? ''))) {
      this.addRow(bySeq, row);
      return;
    }
    const byText = this.masterByText.get(taskTextKey(row.task));
    if (byText) {
      this.addRow(byText, row);
      return;
    }
    if (bySeq) this.unplacedRow(row, 'unplaced.text-differs', 'task-unplaced');
    else if (row.seq !== null) this.unplacedRow(row, 'unplaced.no-match', 'unexpected-task');
    else this.unplacedRow(row, 'unplaced.no-match', 'task-unplaced');
  }

  /** Adds a row to its task; the same unit reporting the same task twice keeps the more complete copy. */
  private addRow(acc: TaskAcc, row: SubmissionRow): void {
    const i = rowOfUnit(acc, row.unit);
    const previous = i < 0 ? undefined : acc.rows[i];
    if (!previous) {
      // a task's first row makes a one-row array (a pushed empty array reserves room for 17)
      if (acc.rows.length === 0) acc.rows = [row];
      else acc.rows.push(row);
      if (row.unit !== '') unitRowAdded(acc, row.unit, acc.rows.length - 1);
      return;
    }
    const [a, b] = [completeness(previous), completeness(row)];
    const keepNew = b[0] > a[0] || (b[0] === a[0] && b[1] >= a[1]);
    const reason = b[0] === a[0] && b[1] === a[1] ? 'kept.later-file' : 'kept.more-complete';
    const [kept, dropped] = keepNew ? [row, previous] : [previous, row];
    acc.rows[i] = kept;
    this.skipped.push({ file: dropped.file, sheet: dropped.sheet, row: dropped.row, unit: dropped.unit, reason: 'duplicate-submission' });
    this.finding(mergeFinding('duplicate-submission', dropped, { unit: row.unit, seq: acc.seq ?? row.task, kept: source(kept), dropped: source(dropped), reason }));
  }

  result(): MergeResult {
    const consolidated: ConsolidatedTask[] = [];
    const missing: MissingSubmission[] = [];
    for (const acc of inTaskOrder(this.tasks)) consolidated.push(this.consolidate(acc, missing));
    const byStatus: Record<string, number> = Object.fromEntries(allowedStatuses(this.template).map((s) => [s, 0]));
    // the counts over the tasks in one pass (100,000 tasks: each task read once, not three times)
    let noStatus = 0;
    let rowsMerged = 0;
    let rowsUnplaced = 0;
    for (const t of consolidated) {
      if (t.status) byStatus[t.status] = (byStatus[t.status] ?? 0) + 1;
      else noStatus++;
      rowsMerged += t.sources.length;
      if (t.unplaced) rowsUnplaced += t.sources.length;
    }
    const findings = [...this.findings];
    for (const [code, omitted] of this.omitted) {
      const sheet = MERGE_FINDINGS_SCOPE;
      findings.push({ code: 'too-many-findings', severity: 'info', file: null, sheet, row: null, column: null, cell: null, value: '', params: { sheet, code, limit: MAX_FINDINGS_PER_CODE, omitted } });
    }
    return {
      inputs: this.inputs,
      rowsIn: this.rowsIn,
      rowsMerged,
      rowsUnplaced,
      rowsSkipped: this.skipped.length + this.skippedSheets.reduce((n, s) => n + s.rows, 0),
      ...(this.period ? { period: this.period } : {}),
      tasks: consolidated,
      byStatus,
      noStatus,
      missing,
      perUnit: unitStatistics(consolidated, missing),
      findings,
      skipped: this.skipped,
      skippedSheets: this.skippedSheets,
      incomplete: this.incomplete,
    };
  }

  private consolidate(acc: TaskAcc, missing: MissingSubmission[]): ConsolidatedTask {
    // the expected units themselves unless a unit is added (most tasks): copied before the first push
    let leads = acc.expectedUnits;
    let rows = acc.rows;
    // whether a unit sent a row: a task with one row (most tasks) asks that row's unit, without an index
    const only = rows.length === 1 ? rows[0] : undefined;
    let reported: UnitIndex<true> | undefined;
    if (rows.length > 1) {
      const order = new UnitIndex<number>();
      leads.forEach((u, i) => order.add(u, i));
      for (const r of rows) {
        if (!r.unit || order.has(r.unit)) continue;
        order.add(r.unit, leads.length);
        leads = withLead(leads, acc.expectedUnits, r.unit);
      }
      const rank = (unit: string): number => order.get(unit) ?? leads.length;
      rows = [...rows].sort((a, b) => rank(a.unit) - rank(b.unit));
      reported = new UnitIndex<true>();
      for (const r of rows) reported.add(r.unit, true);
    } else if (only?.unit && !expects(acc, only.unit)) {
      // the expected units' index answers as an index of the leads would (same units, same order)
      leads = withLead(leads, acc.expectedUnits, only.unit);
    }
    const taskText = acc.referenceText ?? rows[0]?.task ?? '';
    const reference = acc.referenceText;
    if (!acc.unplaced && reference !== undefined) {
      let referenceKey: string | undefined;
      for (const r of rows) {
        // a task written as the reference is has its key: only other texts are compared
        if (r.task && r.task !== reference && taskTextKey(r.task) !== (referenceKey ??= taskTextKey(reference))) {
          this.finding(mergeFinding('task-mismatch', r, { unit: r.unit, seq: acc.seq ?? '', expected: reference, basis: acc.referenceBasis }, r.task));
        }
      }
    }
    // the worst status of the rows; more than one status is a conflict (one row has none)
    let worst = only?.status;
    if (!only) {
      const statuses: { unit: string; name: string; rank: number }[] = [];
      for (const r of rows) if (r.status) statuses.push({ unit: r.unit, ...r.status });
      const worstOf = statuses.reduce<(typeof statuses)[number] | undefined>((w, s) => (!w || s.rank > w.rank ? s : w), undefined);
      worst = worstOf;
      if (worstOf && statuses.some((s) => s.name !== worstOf.name)) {
        this.finding(mergeFinding('status-conflict', null, { seq: acc.seq ?? taskText, statuses: statuses.map((s) => `${s.unit}：${s.name}`).join('；'), status: worstOf.name }));
      }
    }
    if (!acc.unplaced) {
      for (const unit of acc.expectedUnits) {
        // whether the unit sent a row (no closure made per task for it)
        if (!(reported ? reported.has(unit) : only !== undefined && unitMatches(only.unit, unit))) {
          missing.push({ seq: acc.seq, task: taskText, unit });
          if (this.listing('missing-submission')) this.findings.push(mergeFinding('missing-submission', null, { unit, seq: acc.seq ?? '', task: taskText }));
        }
      }
    }
    let extras: Record<string, string> | undefined;
    for (const r of rows)
      for (const label in r.extras) {
        const text = r.extras[label] ?? '';
        extras ??= {};
        extras[label] = extras[label] ? `${extras[label]}\n${text}` : text;
      }
    const task: ConsolidatedTask = {
      seq: acc.seq,
      task: taskText,
      leads,
      status: worst?.name ?? '',
      progress: joinProgress(rows),
      sources: rows.map((r) => ({ file: r.file, sheet: r.sheet, row: r.row, unit: r.unit })),
    };
    if (extras) task.extras = extras;
    if (acc.unplaced) task.unplaced = { reason: acc.unplaced };
    return task;
  }
}

/** The leads with one more unit: the task's expected units are copied before the first unit is added (they are shared). */
function withLead(leads: string[], expected: readonly string[], unit: string): string[] {
  const own = leads === expected ? [...leads] : leads;
  own.push(unit);
  return own;
}

function taskOrder(a: TaskAcc, b: TaskAcc): number {
  return a.sortGroup - b.sortGroup || a.sortIndex - b.sortIndex || a.sortAppearance - b.sortAppearance;
}

/** The tasks in their order (see TaskAcc): a sorted copy, or the tasks themselves when made in that order (one sheet numbered 1, 2, 3…). */
function inTaskOrder(tasks: readonly TaskAcc[]): readonly TaskAcc[] {
  for (let i = 1; i < tasks.length; i++) if (taskOrder(tasks[i - 1]!, tasks[i]!) > 0) return [...tasks].sort(taskOrder);
  return tasks;
}

/** Finds the row a unit already has in the task (same unit, with or without its level prefix). */
function rowOfUnit(acc: TaskAcc, unit: string): number {
  if (unit === '') return -1;
  if (acc.byUnit) return acc.byUnit.get(unit) ?? -1;
  return acc.firstUnit !== undefined && unitMatches(acc.firstUnit, unit) ? acc.firstUnitRow : -1;
}

/** Records the row of a unit the task had no row of (the first in fields, then an index of all). */
function unitRowAdded(acc: TaskAcc, unit: string, row: number): void {
  if (acc.firstUnit === undefined) {
    acc.firstUnit = unit;
    acc.firstUnitRow = row;
    return;
  }
  if (!acc.byUnit) {
    acc.byUnit = new UnitIndex<number>();
    acc.byUnit.add(acc.firstUnit, acc.firstUnitRow);
  }
  acc.byUnit.add(unit, row);
}
