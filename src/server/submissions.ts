import type { InboxContext } from './app';
import { checkSubmission, resolveTemplate } from './engine';
import type { UploadedFile } from './multipart';
import type { PeriodRecord, SubmissionRecord, UnitRecord } from './storage/store';

/**
 * Receiving one file from a unit: checked with the same core as the CLI, then (if accepted) the
 * file is stored durably before the row that points at it is committed with its audit entry, so a
 * crash at any point leaves either nothing or a complete submission. Pages open on the period hear of it.
 */
export async function receiveSubmission(
  context: Pick<InboxContext, 'store' | 'blobs' | 'limits'> & { events?: InboxContext['events'] },
  unit: UnitRecord,
  period: PeriodRecord,
  file: UploadedFile,
): Promise<SubmissionRecord> {
  const check = checkSubmission({ bytes: file.bytes, fileName: file.fileName, template: resolveTemplate({ json: period.templateJson }), unit: unit.name, warnings: period.warnings });
  const sha = check.verdict === 'accepted' ? await context.blobs.put(file.bytes) : null;
  const record = await context.store.addSubmission(
    {
      periodId: period.id,
      unitId: unit.id,
      verdict: check.verdict,
      reason: check.reason,
      fileName: file.fileName,
      sha,
      size: file.bytes.length,
      errors: check.errors,
      warnings: check.warnings,
      findingsJson: JSON.stringify({ ...(check.message ? { message: check.message, code: check.code } : {}), findings: check.findings }),
      tasks: check.tasks,
    },
    {
      actor: `unit:${unit.name}`,
      action: check.verdict === 'accepted' ? 'submission-accept' : 'submission-reject',
      periodId: period.id,
      detail: { file: file.fileName, sha, reason: check.reason, errors: check.errors, warnings: check.warnings },
    },
  );
  context.events?.publish(period.id, { unit: unit.name, verdict: record.verdict, version: record.version });
  return record;
}
