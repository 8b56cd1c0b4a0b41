import type { CheckedFinding } from './engine';
import type { PeriodRecord, SubmissionRecord } from './storage/store';

/** What the pages receive: stored records in the shape the JSON API promises. */
export interface StoredFindings {
  message?: string;
  code?: string;
  findings: CheckedFinding[];
}

export function submissionView(s: SubmissionRecord, unitName: string) {
  const stored = JSON.parse(s.findingsJson) as StoredFindings;
  return {
    id: s.id,
    unit: unitName,
    version: s.version,
    verdict: s.verdict,
    reason: s.reason,
    fileName: s.fileName,
    size: s.size,
    errors: s.errors,
    warnings: s.warnings,
    createdAt: s.createdAt,
    ...(stored.message ? { message: stored.message } : {}),
    ...(stored.code ? { code: stored.code } : {}),
    findings: stored.findings,
  };
}

export function periodView(p: PeriodRecord) {
  return {
    id: p.id,
    title: p.title,
    periodEnd: p.periodEnd,
    closesAt: p.closesAt,
    template: p.templateName,
    warnings: p.warnings,
    masterName: p.masterName,
    tasks: p.masterTasks.length,
    previousPeriodId: p.previousPeriodId,
    hasPreviousTable: p.previousSha !== null,
    createdAt: p.createdAt,
    closedAt: p.closedAt,
  };
}

/** `attachment; filename*=UTF-8''…` so Chinese file names survive every browser. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
