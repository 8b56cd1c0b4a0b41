import type { FindingCode } from '../core/catalog';
import type { Finding } from '../core/finding';
import type { MasterList } from '../core/merge/master';
import { mergeSubmissions, MergeInput } from '../core/merge/merge';
import { sameUnit, submissionRows } from '../core/merge/submission-rows';
import { builtinTemplate } from '../core/template/builtin';
import type { Template } from '../core/template/schema';
import type { FileOutcome } from '../core/validation-document';
import type { WorkbookReport } from '../core/validate';
import { applyTemplateRules } from './merge';

/**
 * `validate --master`: unit files checked against the compiler's master list before they are sent,
 * by the merge's own matching (src/core/merge), so a file that passes here is placed by `merge`.
 * Each file gets the merge's findings about it: a 序号 whose task text differs from the list
 * (`task-mismatch`), a 序号 the list does not have (`unexpected-task`), a row matching no task
 * (`task-unplaced`), a task reported twice (`duplicate-submission`) and a task of the list its unit
 * leads but did not report (`missing-submission`, on the file of that unit). Units of the list
 * that have no file at all are returned apart, as a count for the end of the run.
 */
export const MASTER_CHECK_CODES: readonly FindingCode[] = ['task-mismatch', 'unexpected-task', 'task-unplaced', 'duplicate-submission', 'missing-submission'];

export interface MasterCheck {
  outcomes: FileOutcome[];
  /** Units the master list names that no file checked here reports for. */
  unitsWithoutFile: string[];
}

/** The units a file reports as (its 填报单位 line, or the unit of each task row). */
function unitsOf(file: string, report: WorkbookReport): string[] {
  const units = new Set<string>();
  for (const sheet of report.sheets) for (const row of submissionRows(file, sheet) ?? []) if (row.unit) units.add(row.unit);
  return [...units];
}

function withFindings(report: WorkbookReport, added: readonly Finding[]): WorkbookReport {
  if (added.length === 0 || report.sheets.length === 0) return report;
  const fallback = report.sheets[0]?.sheet;
  const sheets = report.sheets.map((sheet) => {
    const mine = added.filter((f) => f.sheet === sheet.sheet || (sheet.sheet === fallback && !report.sheets.some((s) => s.sheet === f.sheet)));
    return mine.length > 0 ? { ...sheet, findings: [...sheet.findings, ...mine] } : sheet;
  });
  return { ...report, sheets };
}

export function checkAgainstMaster(outcomes: readonly FileOutcome[], master: MasterList, template?: Template): MasterCheck {
  const rules = template ?? builtinTemplate('progress')!;
  const inputs: MergeInput[] = outcomes.flatMap((o) => ('report' in o ? [{ file: o.file, report: o.report }] : []));
  const result = applyTemplateRules(mergeSubmissions(inputs, { master: master.tasks, masterGaps: master.gaps, template: rules }), rules);
  const fileUnits = new Map(inputs.map((i) => [i.file, unitsOf(i.file, i.report)]));
  const added = new Map<string, Finding[]>();
  const unitsWithoutFile = new Set<string>();
  for (const { file, ...finding } of result.findings) {
    if (!MASTER_CHECK_CODES.includes(finding.code)) continue;
    let owner = file;
    if (owner === null && finding.code === 'missing-submission') {
      const unit = String((finding.params as { unit?: string }).unit ?? '');
      owner = [...fileUnits].find(([, units]) => units.some((u) => sameUnit(u, unit)))?.[0] ?? null;
      if (owner === null) {
        unitsWithoutFile.add(unit);
        continue;
      }
      // the finding sits on the first sheet of the file that reports for this unit
      const report = inputs.find((i) => i.file === owner)?.report;
      finding.sheet = report?.sheets[0]?.sheet ?? finding.sheet;
    }
    if (owner === null) continue;
    added.set(owner, [...(added.get(owner) ?? []), finding as Finding]);
  }
  return {
    outcomes: outcomes.map((o) => ('report' in o ? { file: o.file, report: withFindings(o.report, added.get(o.file) ?? []) } : o)),
    unitsWithoutFile: [...unitsWithoutFile],
  };
}
