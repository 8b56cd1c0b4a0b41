import { cellAddress } from '../address';
import { FINDING_CATALOG, FindingCode, Severity } from '../catalog';
import type { Finding, ParamsOf } from '../finding';
import { progressFingerprint, similarity, taskTextsAgree } from '../similarity';
import type { DataRow, SheetModel } from '../sheet-model';
import { statusOfRow } from '../status';
import { hasRole, roleCell } from '../columns';
import type { ColumnKind } from '../template/schema';
import { taskTextKey } from '../text';
import { splitUnits, unitKey } from '../units';
import type { SheetReport } from '../validate';

/**
 * Comparing two reporting periods of the same report: status changes per task (worse or better by
 * the template's ranking), tasks added or dropped, units that reported in one period only, and
 * progress pasted again from the previous period (`progress-unchanged`). Tasks are matched by 序号,
 * else by task text; liaison rows by their unit.
 */
export interface PeriodRow {
  key: string;
  label: string;
  sheet: string;
  row: number;
  units: string[];
  progress: string;
  progressCell: string | null;
  status?: { name: string; rank: number };
  statusCell: string | null;
}

export interface StatusChange {
  key: string;
  label: string;
  before: string;
  after: string;
  direction: 'worse' | 'better';
}

export interface Comparison {
  /** Rows of the new period that matched a row of the old one; 0 means the comparison says nothing. */
  matched: number;
  before: { period?: string; rows: number };
  after: { period?: string; rows: number };
  statusChanges: StatusChange[];
  added: string[];
  dropped: string[];
  unitsDropped: string[];
  unitsNew: string[];
  unchanged: { label: string; similarity: 'same' | 'near' }[];
  findings: Finding[];
}

function cellOf(model: SheetModel, row: DataRow, kind: ColumnKind): { text: string; cell: string | null } {
  const cell = roleCell(model, row, kind);
  return { text: cell.text, cell: cell.col >= 0 ? cellAddress(row.index, cell.col) : null };
}

export function periodRows(report: SheetReport): PeriodRow[] {
  const model = report.model;
  if (!model) return [];
  const hasTask = hasRole(model, 'task');
  return model.rows.flatMap((row): PeriodRow[] => {
    const task = cellOf(model, row, 'task').text.trim();
    const units = splitUnits(cellOf(model, row, 'units').text);
    const key = hasTask ? (row.seq.kind === 'number' ? `#${row.seq.value}` : `t:${taskTextKey(task)}`) : units[0] ? `u:${unitKey(units[0])}` : '';
    if (!key || key === 't:') return [];
    const progress = cellOf(model, row, 'progress');
    const status = cellOf(model, row, 'status');
    const match = statusOfRow(model, row);
    return [
      {
        key,
        label: hasTask ? task : (units[0] ?? ''),
        sheet: report.sheet,
        row: row.index + 1,
        units,
        progress: progress.text,
        progressCell: progress.cell,
        ...(match.kind === 'known' ? { status: { name: match.status.name, rank: match.status.rank } } : {}),
        statusCell: status.cell,
      },
    ];
  });
}

export { progressFingerprint, similarity };

export const NEAR_SIMILARITY = 0.9;

function finding<C extends FindingCode>(code: C, at: { sheet: string; row: number | null; cell: string | null }, value: string, params: ParamsOf<C>, severity?: Severity): Finding {
  return { code, severity: severity ?? FINDING_CATALOG[code].severity, sheet: at.sheet, row: at.row, column: null, cell: at.cell, value, params } as Finding;
}

export function compareReports(before: readonly SheetReport[], after: readonly SheetReport[]): Comparison {
  const oldRows = before.flatMap(periodRows);
  const newRows = after.flatMap(periodRows);
  // A row matches by 序号 when its task text agrees with the old row's, else by its task text.
  const oldByKey = new Map(oldRows.map((r) => [r.key, r]));
  const oldByText = new Map(oldRows.filter((r) => r.key.startsWith('#')).map((r) => [`t:${taskTextKey(r.label)}`, r]));
  const matchOf = new Map<PeriodRow, PeriodRow>();
  for (const row of newRows) {
    const bySeq = oldByKey.get(row.key);
    const byText = oldByKey.get(`t:${taskTextKey(row.label)}`) ?? oldByText.get(`t:${taskTextKey(row.label)}`);
    const old = bySeq && (!row.key.startsWith('#') || taskTextsAgree(row.label, bySeq.label)) ? bySeq : (byText ?? undefined);
    if (old) matchOf.set(row, old);
  }
  const matchedOld = new Set(matchOf.values());
  const findings: Finding[] = [];
  const statusChanges: StatusChange[] = [];
  const unchanged: Comparison['unchanged'] = [];
  const previousPeriod = before.find((r) => r.meta.period)?.meta.period ?? '';

  for (const row of newRows) {
    const old = matchOf.get(row);
    if (!old) {
      findings.push(finding('task-added', { sheet: row.sheet, row: row.row, cell: null }, '', { task: row.label }));
      continue;
    }
    if (old.status && row.status && old.status.name !== row.status.name) {
      const direction = row.status.rank > old.status.rank ? 'worse' : 'better';
      statusChanges.push({ key: row.key, label: row.label, before: old.status.name, after: row.status.name, direction });
      findings.push(
        finding(
          'status-changed',
          { sheet: row.sheet, row: row.row, cell: row.statusCell },
          row.status.name,
          { task: row.label, before: old.status.name, direction: `direction.${direction}` },
          direction === 'worse' ? 'warning' : 'info',
        ),
      );
    }
    const a = progressFingerprint(old.progress);
    const b = progressFingerprint(row.progress);
    if (a && b) {
      const score = similarity(a, b);
      if (score >= NEAR_SIMILARITY) {
        const kind = score === 1 ? 'same' : 'near';
        unchanged.push({ label: row.label, similarity: kind });
        findings.push(
          finding('progress-unchanged', { sheet: row.sheet, row: row.row, cell: row.progressCell }, row.progress, { task: row.label, previous: previousPeriod, similarity: `similarity.${kind}` }),
        );
      }
    }
  }
  const dropped = oldRows.filter((r) => !matchedOld.has(r));
  for (const row of dropped) findings.push(finding('task-dropped', { sheet: row.sheet, row: row.row, cell: null }, '', { task: row.label }));

  const unitSet = (rows: readonly PeriodRow[]): Map<string, string> => new Map(rows.flatMap((r) => r.units).map((u) => [unitKey(u), u]));
  const oldUnits = unitSet(oldRows);
  const newUnits = unitSet(newRows);
  const unitsDropped = [...oldUnits].filter(([k]) => !newUnits.has(k)).map(([, u]) => u);
  const unitsNew = [...newUnits].filter(([k]) => !oldUnits.has(k)).map(([, u]) => u);
  for (const unit of unitsDropped) findings.push(finding('unit-not-reported', { sheet: before[0]?.sheet ?? '', row: null, cell: null }, unit, { unit, when: 'when.dropped' }));
  for (const unit of unitsNew) findings.push(finding('unit-not-reported', { sheet: after[0]?.sheet ?? '', row: null, cell: null }, unit, { unit, when: 'when.new' }, 'info'));

  const addedKeys = newRows.filter((r) => !matchOf.has(r)).map((r) => r.label);
  const matched = matchOf.size;
  if (matched === 0) findings.push(finding('compare-no-match', { sheet: after[0]?.sheet ?? before[0]?.sheet ?? '', row: null, cell: null }, '', { before: oldRows.length, after: newRows.length }));
  return {
    matched,
    before: { ...(before[0]?.meta.period ? { period: before[0].meta.period } : {}), rows: oldRows.length },
    after: { ...(after[0]?.meta.period ? { period: after[0].meta.period } : {}), rows: newRows.length },
    statusChanges,
    added: addedKeys,
    dropped: dropped.map((r) => r.label),
    unitsDropped,
    unitsNew,
    unchanged,
    findings,
  };
}
