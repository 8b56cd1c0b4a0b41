import { FINDING_CATALOG, FindingCode } from '../catalog';
import type { ParamsOf } from '../finding';
import { allowedStatuses } from '../status';
import { BUILTIN_TEMPLATES } from '../template/builtin';
import type { Template } from '../template/schema';
import { compactText, fileName, taskTextKey } from '../text';
import type { WorkbookReport } from '../validate';
import type { MasterTask } from './master';
import { progressItems, joinProgress } from './progress-join';
import { sameUnit, submissionRows } from './submission-rows';
import type { ConsolidatedTask, MergeFinding, MergeResult, MissingSubmission, SkippedRow, SubmissionRow } from './types';
import { unitStatistics } from './statistics';

/**
 * Merging many submissions into one table. Rows are grouped into tasks by 序号 (by normalised task
 * text where a row has none); nothing is lost: every data row is in exactly one task's sources or
 * in `skipped` with its reason, and the counts say so. The same inputs give the same result.
 */
export interface MergeInput {
  file: string;
  report: WorkbookReport;
}

export interface MergeOptions {
  master?: readonly MasterTask[];
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
  inMaster: boolean;
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

function unitOrder(units: readonly string[], unit: string): number {
  const i = units.findIndex((u) => sameUnit(u, unit));
  return i < 0 ? units.length : i;
}

export function mergeSubmissions(inputs: readonly MergeInput[], options: MergeOptions = {}): MergeResult {
  const template = options.template ?? BUILTIN_TEMPLATES[0];
  const master = options.master ?? [];
  const hasMaster = master.length > 0;
  const findings: MergeFinding[] = [];
  const skipped: SkippedRow[] = [];
  const tasks = new Map<string, TaskAcc>();
  let rowsIn = 0;
  let period: string | undefined;

  for (const m of master) {
    const key = m.seq !== null ? `#${m.seq}` : `t:${taskTextKey(m.task)}`;
    if (!tasks.has(key)) tasks.set(key, { key, seq: m.seq, reference: { text: m.task, basis: 'basis.master' }, expectedUnits: m.units, sortKey: [0, m.index, 0], rows: [], inMaster: true });
  }

  let appearance = 0;
  for (const input of inputs) {
    for (const sheet of input.report.sheets) {
      period ??= sheet.meta.period;
      for (const f of sheet.findings) findings.push({ ...f, file: input.file });
      const rows = submissionRows(input.file, sheet);
      if (!rows) {
        rowsIn += sheet.dataRows;
        for (const r of sheet.model?.rows ?? []) skipped.push({ file: input.file, sheet: sheet.sheet, row: r.index + 1, unit: sheet.meta.reportingUnit ?? '', reason: 'not-a-task-sheet' });
        continue;
      }
      for (const row of rows) {
        rowsIn++;
        appearance++;
        if (row.seq === null && taskTextKey(row.task) === '') {
          skipped.push({ file: row.file, sheet: row.sheet, row: row.row, unit: row.unit, reason: 'no-task' });
          continue;
        }
        // A row without 序号 joins the master task (or earlier row) with the same text, else starts its own task.
        const key = row.seq !== null ? `#${row.seq}` : `t:${taskTextKey(row.task)}`;
        let acc = tasks.get(key);
        if (!acc) {
          const group = hasMaster ? 2 : 1;
          acc = {
            key,
            seq: row.seq,
            reference: row.seq !== null && row.task ? { text: row.task, basis: 'basis.first' } : undefined,
            expectedUnits: hasMaster ? [] : [...row.units],
            sortKey: row.seq !== null ? [group, row.seq, 0] : [group, row.anchorSeq, appearance],
            rows: [],
            inMaster: false,
          };
          tasks.set(key, acc);
          if (hasMaster) findings.push(mergeFinding('unexpected-task', row, { unit: row.unit, seq: row.seq ?? row.task }));
        }
        if (!acc.inMaster) for (const u of row.units) if (!acc.expectedUnits.some((e) => sameUnit(e, u))) acc.expectedUnits.push(u);
        addRow(acc, row, findings, skipped);
      }
    }
  }

  const consolidated: { acc: TaskAcc; task: ConsolidatedTask }[] = [];
  const missing: MissingSubmission[] = [];
  for (const acc of [...tasks.values()].sort((a, b) => a.sortKey[0] - b.sortKey[0] || a.sortKey[1] - b.sortKey[1] || a.sortKey[2] - b.sortKey[2])) {
    const leads = [...acc.expectedUnits];
    for (const r of acc.rows) if (r.unit && !leads.some((u) => sameUnit(u, r.unit))) leads.push(r.unit);
    const rows = [...acc.rows].sort((a, b) => unitOrder(leads, a.unit) - unitOrder(leads, b.unit));
    const taskText = acc.reference?.text ?? rows[0]?.task ?? '';
    for (const r of rows) {
      if (acc.reference && r.task && taskTextKey(r.task) !== taskTextKey(acc.reference.text)) {
        findings.push(mergeFinding('task-mismatch', r, { unit: r.unit, seq: acc.seq ?? '', expected: acc.reference.text, basis: acc.reference.basis }, r.task));
      }
    }
    const statuses = rows.flatMap((r) => (r.status ? [{ unit: r.unit, ...r.status }] : []));
    const worst = statuses.reduce<(typeof statuses)[number] | undefined>((w, s) => (!w || s.rank > w.rank ? s : w), undefined);
    if (new Set(statuses.map((s) => s.name)).size > 1 && worst) {
      findings.push(mergeFinding('status-conflict', null, { seq: acc.seq ?? taskText, statuses: statuses.map((s) => `${s.unit}：${s.name}`).join('；'), status: worst.name }));
    }
    for (const unit of acc.expectedUnits) {
      if (!rows.some((r) => sameUnit(r.unit, unit))) {
        missing.push({ seq: acc.seq, task: taskText, unit });
        findings.push(mergeFinding('missing-submission', null, { unit, seq: acc.seq ?? '', task: taskText }));
      }
    }
    consolidated.push({
      acc,
      task: {
        seq: acc.seq,
        task: taskText,
        leads,
        status: worst?.name ?? '',
        progress: joinProgress(rows.map((r) => ({ unit: r.unit, progress: r.progress }))),
        sources: rows.map((r) => ({ file: r.file, sheet: r.sheet, row: r.row, unit: r.unit })),
      },
    });
  }

  const tasksOut = consolidated.map((c) => c.task);
  const byStatus: Record<string, number> = Object.fromEntries(allowedStatuses(template).map((s) => [s, 0]));
  let noStatus = 0;
  for (const t of tasksOut) {
    if (t.status) byStatus[t.status] = (byStatus[t.status] ?? 0) + 1;
    else noStatus++;
  }
  const rowsMerged = tasksOut.reduce((n, t) => n + t.sources.length, 0);
  return {
    inputs: inputs.length,
    rowsIn,
    rowsMerged,
    rowsSkipped: skipped.length,
    ...(period ? { period } : {}),
    tasks: tasksOut,
    byStatus,
    noStatus,
    missing,
    perUnit: unitStatistics(tasksOut, missing),
    findings,
    skipped,
  };
}

/** Adds a row to its task; the same unit reporting the same task twice keeps the more complete copy. */
function addRow(acc: TaskAcc, row: SubmissionRow, findings: MergeFinding[], skipped: SkippedRow[]): void {
  const i = acc.rows.findIndex((r) => r.unit !== '' && sameUnit(r.unit, row.unit));
  if (i < 0) {
    acc.rows.push(row);
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
