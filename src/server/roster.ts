import { sameUnit } from './engine';
import type { PeriodRecord, SubmissionRecord, UnitRecord } from './storage/store';

/**
 * The compiler's live view of a 报告期: per unit and per task, 已报 (reported) / 未报 (missing) /
 * 有问题 (problem), from the stored submissions. The version that counts is a unit's latest
 * accepted one; a rejected upload after it does not replace it but marks the unit 有问题.
 */
export type ReportState = 'reported' | 'missing' | 'problem';
export type TokenState = 'active' | 'revoked' | 'expired';

export interface UnitRow {
  id: number;
  name: string;
  state: ReportState;
  /** The version that counts, with its time and file; null before the first accepted one. */
  version: number | null;
  at: string | null;
  fileName: string | null;
  errors: number;
  warnings: number;
  attempts: number;
  lastVerdict: 'accepted' | 'rejected' | null;
  token: TokenState;
}

export interface TaskRow {
  seq: number;
  task: string;
  leads: string[];
  state: ReportState;
  reported: string[];
  missing: string[];
}

export interface Roster {
  units: UnitRow[];
  tasks: TaskRow[];
  counts: { units: number; reported: number; missing: number; problem: number; accepted: number; rejected: number };
}

export function tokenState(unit: UnitRecord, period: PeriodRecord, now: string): TokenState {
  if (unit.revokedAt) return 'revoked';
  return unit.expiresAt <= now || period.closedAt !== null ? 'expired' : 'active';
}

/** The latest accepted submission of each unit. */
export function currentVersions(submissions: readonly SubmissionRecord[]): Map<number, SubmissionRecord> {
  const current = new Map<number, SubmissionRecord>();
  for (const s of submissions) if (s.verdict === 'accepted' && (current.get(s.unitId)?.version ?? 0) < (s.version ?? 0)) current.set(s.unitId, s);
  return current;
}

export function buildRoster(period: PeriodRecord, units: readonly UnitRecord[], submissions: readonly SubmissionRecord[], now: string): Roster {
  const current = currentVersions(submissions);
  const unitRows = units.map((unit): UnitRow => {
    const own = submissions.filter((s) => s.unitId === unit.id);
    const last = own[own.length - 1];
    const counted = current.get(unit.id);
    const state: ReportState = !last ? 'missing' : last.verdict === 'rejected' || (counted?.warnings ?? 0) > 0 ? 'problem' : 'reported';
    return {
      id: unit.id,
      name: unit.name,
      state,
      version: counted?.version ?? null,
      at: counted?.createdAt ?? null,
      fileName: counted?.fileName ?? null,
      errors: last?.errors ?? 0,
      warnings: last?.warnings ?? 0,
      attempts: own.length,
      lastVerdict: last?.verdict ?? null,
      token: tokenState(unit, period, now),
    };
  });
  const tasks = period.masterTasks.flatMap((task): TaskRow[] => {
    if (task.seq === null) return [];
    const seq = task.seq;
    const expected = units.filter((u) => task.units.some((lead) => sameUnit(lead, u.name)));
    const reporting = units.filter((u) => current.get(u.id)?.tasks.some((t) => t.seq === seq));
    const findings = reporting.reduce((n, u) => n + (current.get(u.id)?.tasks.find((t) => t.seq === seq)?.findings ?? 0), 0);
    const missing = expected.filter((u) => !reporting.includes(u)).map((u) => u.name);
    const state: ReportState = reporting.length === 0 ? 'missing' : missing.length > 0 || findings > 0 ? 'problem' : 'reported';
    return [{ seq, task: task.task, leads: task.units, state, reported: reporting.map((u) => u.name), missing }];
  });
  const count = (state: ReportState): number => unitRows.filter((u) => u.state === state).length;
  return {
    units: unitRows,
    tasks,
    counts: {
      units: unitRows.length,
      reported: count('reported'),
      missing: count('missing'),
      problem: count('problem'),
      accepted: submissions.filter((s) => s.verdict === 'accepted').length,
      rejected: submissions.filter((s) => s.verdict === 'rejected').length,
    },
  };
}

/** 催报: the text the compiler copies into a message to the units that have not reported properly. */
export function reminderText(period: PeriodRecord, roster: Roster): string {
  const late = roster.units.filter((u) => u.state === 'missing' || (u.state === 'problem' && u.version === null));
  if (late.length === 0) return '';
  const deadline = period.closesAt.slice(0, 10);
  return [
    `请以下单位于 ${deadline} 前通过报送链接报送《${period.title}》（截至 ${period.periodEnd}）：`,
    ...late.map((u, i) => `${i + 1}. ${u.name}${u.state === 'problem' ? '（已提交但未通过检查，请按提示修改后重新报送）' : ''}`),
  ].join('\n');
}
