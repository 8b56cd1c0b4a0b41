import { FINDING_CATALOG, FindingCode } from '../catalog';
import type { ParamsOf } from '../finding';
import { taskTextsAgree } from '../similarity';
import { allowedStatuses } from '../status';
import { BUILTIN_TEMPLATES } from '../template/builtin';
import type { Template } from '../template/schema';
import { compactText, fileName, taskTextKey } from '../text';
import type { WorkbookReport } from '../validate';
import type { MasterTask, RoleGap } from './master';
import { progressItems, joinProgress } from './progress-join';
import { submissionRows, UnitIndex } from './submission-rows';
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
  key: string;
  seq: number | null;
  reference: { text: string; basis: 'basis.master' | 'basis.first' } | undefined;
  expectedUnits: string[];
  sortKey: [number, number, number];
  rows: SubmissionRow[];
  /** Row index by unit (same unit with or without level prefix), so finding a unit's row is O(1). */
  byUnit: UnitIndex<number>;
  expectedIndex: UnitIndex<true>;
  inMaster: boolean;
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

function newAcc(key: string, seq: number | null, sortKey: [number, number, number], extra: Partial<TaskAcc> = {}): TaskAcc {
  const acc: TaskAcc = { key, seq, reference: undefined, expectedUnits: [], sortKey, rows: [], byUnit: new UnitIndex(), expectedIndex: new UnitIndex(), inMaster: false, ...extra };
  for (const u of acc.expectedUnits) acc.expectedIndex.add(u, true);
  return acc;
}

export function mergeSubmissions(inputs: readonly MergeInput[], options: MergeOptions = {}): MergeResult {
  const template = options.template ?? BUILTIN_TEMPLATES[0];
  const master = options.master ?? [];
  const hasMaster = master.length > 0;
  const findings: MergeFinding[] = [];
  const skipped: SkippedRow[] = [];
  const skippedSheets: SkippedSheet[] = [];
  const incomplete: RoleGap[] = [...(options.masterGaps ?? [])];
  const tasks = new Map<string, TaskAcc>();
  const masterBySeq = new Map<number, TaskAcc>();
  const masterByText = new Map<string, TaskAcc>();
  let rowsIn = 0;
  let period: string | undefined;

  for (const m of master) {
    const key = m.seq !== null ? `#${m.seq}` : `t:${taskTextKey(m.task)}`;
    if (tasks.has(key)) continue;
    const acc = newAcc(key, m.seq, [0, m.index, 0], { reference: { text: m.task, basis: 'basis.master' }, expectedUnits: m.units, inMaster: true });
    tasks.set(key, acc);
    if (m.seq !== null) masterBySeq.set(m.seq, acc);
    const textKey = taskTextKey(m.task);
    if (textKey && !masterByText.has(textKey)) masterByText.set(textKey, acc);
  }

  let appearance = 0;
  const unplacedRow = (row: SubmissionRow, reason: UnplacedReason, code: FindingCode): void => {
    appearance++;
    const acc = newAcc(`u:${appearance}`, row.seq, [3, appearance, 0], { reference: { text: row.task, basis: 'basis.first' }, unplaced: reason });
    tasks.set(acc.key, acc);
    addRow(acc, row, findings, skipped);
    if (code === 'unexpected-task') findings.push(mergeFinding(code, row, { unit: row.unit, seq: row.seq ?? row.task }));
    else findings.push(mergeFinding(code, row, { unit: row.unit, seq: row.seq ?? '', reason }, row.task));
  };

  for (const input of inputs) {
    for (const s of input.report.skipped) {
      const rows = s.rows ?? 0;
      rowsIn += rows;
      skippedSheets.push({ file: input.file, sheet: s.sheet, reason: s.reason, rows });
    }
    for (const sheet of input.report.sheets) {
      period ??= sheet.meta.period;
      // a unit's own file against a master list holds a subset of the tasks: gaps in 序号 are by design
      for (const f of sheet.findings) if (!(hasMaster && f.code === 'seq-gap')) findings.push({ ...f, file: input.file });
      const model = sheet.model;
      if (!model) {
        const rows = sheet.nonBlankRows ?? 0;
        rowsIn += rows;
        skippedSheets.push({ file: input.file, sheet: sheet.sheet, reason: 'no-header', rows });
        continue;
      }
      for (const s of model.skipped) {
        if (s.kind === 'blank') continue;
        rowsIn++;
        skipped.push({ file: input.file, sheet: sheet.sheet, row: s.index + 1, unit: sheet.meta.reportingUnit ?? '', reason: s.kind });
      }
      const needed = model.template.columns.filter((c) => (c.kind === 'task' || c.kind === 'progress') && !model.header.columns.has(c.key));
      const hasTaskKind = model.template.columns.some((c) => c.kind === 'task');
      for (const column of hasTaskKind ? needed : []) {
        incomplete.push({ file: input.file, sheet: sheet.sheet, column: column.label, role: column.kind as 'task' | 'progress' });
        findings.push({ ...mergeFinding('role-missing', null, { file: fileName(input.file), sheet: sheet.sheet, column: column.label }), file: input.file, sheet: sheet.sheet });
      }
      const rows = needed.some((c) => c.kind === 'task') ? undefined : submissionRows(input.file, sheet);
      if (!rows) {
        rowsIn += model.rows.length;
        for (const r of model.rows) skipped.push({ file: input.file, sheet: sheet.sheet, row: r.index + 1, unit: sheet.meta.reportingUnit ?? '', reason: hasTaskKind ? 'no-task' : 'not-a-task-sheet' });
        continue;
      }
      for (const row of rows) {
        rowsIn++;
        appearance++;
        if (row.seq === null && taskTextKey(row.task) === '') {
          skipped.push({ file: row.file, sheet: row.sheet, row: row.row, unit: row.unit, reason: 'no-task' });
          continue;
        }
        if (hasMaster) {
          placeAgainstMaster(row);
          continue;
        }
        // A row without 序号 joins the earlier row with the same text, else starts its own task.
        const key = row.seq !== null ? `#${row.seq}` : `t:${taskTextKey(row.task)}`;
        let acc = tasks.get(key);
        if (!acc) {
          acc = newAcc(key, row.seq, row.seq !== null ? [1, row.seq, 0] : [1, row.anchorSeq, appearance], {
            reference: row.seq !== null && row.task ? { text: row.task, basis: 'basis.first' } : undefined,
            expectedUnits: [...row.units],
          });
          tasks.set(key, acc);
        }
        for (const u of row.units) {
          if (acc.expectedIndex.has(u)) continue;
          acc.expectedIndex.add(u, true);
          acc.expectedUnits.push(u);
        }
        addRow(acc, row, findings, skipped);
      }
    }
  }

  function placeAgainstMaster(row: SubmissionRow): void {
    const bySeq = row.seq !== null ? masterBySeq.get(row.seq) : undefined;
    if (bySeq && (row.task === '' || taskTextsAgree(row.task, bySeq.reference?.text ?? ''))) {
      addRow(bySeq, row, findings, skipped);
      return;
    }
    const byText = masterByText.get(taskTextKey(row.task));
    if (byText) {
      addRow(byText, row, findings, skipped);
      return;
    }
    if (bySeq) unplacedRow(row, 'unplaced.text-differs', 'task-unplaced');
    else if (row.seq !== null) unplacedRow(row, 'unplaced.no-match', 'unexpected-task');
    else unplacedRow(row, 'unplaced.no-match', 'task-unplaced');
  }

  const consolidated: ConsolidatedTask[] = [];
  const missing: MissingSubmission[] = [];
  for (const acc of [...tasks.values()].sort((a, b) => a.sortKey[0] - b.sortKey[0] || a.sortKey[1] - b.sortKey[1] || a.sortKey[2] - b.sortKey[2])) {
    const leads = [...acc.expectedUnits];
    const order = new UnitIndex<number>();
    leads.forEach((u, i) => order.add(u, i));
    for (const r of acc.rows) {
      if (!r.unit || order.has(r.unit)) continue;
      order.add(r.unit, leads.length);
      leads.push(r.unit);
    }
    const rank = (unit: string): number => order.get(unit) ?? leads.length;
    const rows = [...acc.rows].sort((a, b) => rank(a.unit) - rank(b.unit));
    const reported = new UnitIndex<true>();
    for (const r of rows) reported.add(r.unit, true);
    const taskText = acc.reference?.text ?? rows[0]?.task ?? '';
    if (!acc.unplaced) {
      for (const r of rows) {
        if (acc.reference && r.task && taskTextKey(r.task) !== taskTextKey(acc.reference.text)) {
          findings.push(mergeFinding('task-mismatch', r, { unit: r.unit, seq: acc.seq ?? '', expected: acc.reference.text, basis: acc.reference.basis }, r.task));
        }
      }
    }
    const statuses = rows.flatMap((r) => (r.status ? [{ unit: r.unit, ...r.status }] : []));
    const worst = statuses.reduce<(typeof statuses)[number] | undefined>((w, s) => (!w || s.rank > w.rank ? s : w), undefined);
    if (new Set(statuses.map((s) => s.name)).size > 1 && worst) {
      findings.push(mergeFinding('status-conflict', null, { seq: acc.seq ?? taskText, statuses: statuses.map((s) => `${s.unit}：${s.name}`).join('；'), status: worst.name }));
    }
    if (!acc.unplaced) {
      for (const unit of acc.expectedUnits) {
        if (!reported.has(unit)) {
          missing.push({ seq: acc.seq, task: taskText, unit });
          findings.push(mergeFinding('missing-submission', null, { unit, seq: acc.seq ?? '', task: taskText }));
        }
      }
    }
    const extras: Record<string, string> = {};
    for (const r of rows) for (const [label, text] of Object.entries(r.extras)) extras[label] = extras[label] ? `${extras[label]}\n${text}` : text;
    consolidated.push({
      seq: acc.seq,
      task: taskText,
      leads,
      status: worst?.name ?? '',
      progress: joinProgress(rows.map((r) => ({ unit: r.unit, progress: r.progress }))),
      sources: rows.map((r) => ({ file: r.file, sheet: r.sheet, row: r.row, unit: r.unit })),
      ...(Object.keys(extras).length ? { extras } : {}),
      ...(acc.unplaced ? { unplaced: { reason: acc.unplaced } } : {}),
    });
  }

  const byStatus: Record<string, number> = Object.fromEntries(allowedStatuses(template).map((s) => [s, 0]));
  let noStatus = 0;
  for (const t of consolidated) {
    if (t.status) byStatus[t.status] = (byStatus[t.status] ?? 0) + 1;
    else noStatus++;
  }
  const rowsMerged = consolidated.reduce((n, t) => n + t.sources.length, 0);
  const rowsUnplaced = consolidated.reduce((n, t) => n + (t.unplaced ? t.sources.length : 0), 0);
  return {
    inputs: inputs.length,
    rowsIn,
    rowsMerged,
    rowsUnplaced,
    rowsSkipped: skipped.length + skippedSheets.reduce((n, s) => n + s.rows, 0),
    ...(period ? { period } : {}),
    tasks: consolidated,
    byStatus,
    noStatus,
    missing,
    perUnit: unitStatistics(consolidated, missing),
    findings,
    skipped,
    skippedSheets,
    incomplete,
  };
}

/** Finds the row a unit already has in the task (same unit, with or without its level prefix). */
function rowOfUnit(acc: TaskAcc, unit: string): number {
  if (unit === '') return -1;
  return acc.byUnit.get(unit) ?? -1;
}

/** Adds a row to its task; the same unit reporting the same task twice keeps the more complete copy. */
function addRow(acc: TaskAcc, row: SubmissionRow, findings: MergeFinding[], skipped: SkippedRow[]): void {
  const i = rowOfUnit(acc, row.unit);
  if (i < 0) {
    acc.rows.push(row);
    if (row.unit !== '') acc.byUnit.add(row.unit, acc.rows.length - 1);
    return;
  }
  const previous = acc.rows[i];
  const [a, b] = [completeness(previous), completeness(row)];
  const keepNew = b[0] > a[0] || (b[0] === a[0] && b[1] >= a[1]);
  const reason = b[0] === a[0] && b[1] === a[1] ? 'kept.later-file' : 'kept.more-complete';
  const [kept, dropped] = keepNew ? [row, previous] : [previous, row];
  acc.rows[i] = kept;
  skipped.push({ file: dropped.file, sheet: dropped.sheet, row: dropped.row, unit: dropped.unit, reason: 'duplicate-submission' });
  findings.push(mergeFinding('duplicate-submission', dropped, { unit: row.unit, seq: acc.seq ?? row.task, kept: source(kept), dropped: source(dropped), reason }));
}
