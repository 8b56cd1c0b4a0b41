import { asReportError, Source } from '../app/sources';
import { checkSource } from '../app/check-source';
import { compare } from '../app/compare';
import { merge, readMasterList } from '../app/merge';
import { makeTemplate } from '../app/template';
import type { Lang } from '../core/catalog';
import { ReportError } from '../core/errors';
import type { Finding } from '../core/finding';
import type { MergeDocument } from '../core/merge/merge-document';
import { sameUnit } from '../core/merge/submission-rows';
import { builtinTemplate } from '../core/template/builtin';
import { parseTemplate, Template } from '../core/template/schema';
import { findingJson, FindingJson } from '../core/validation-document';
import { writeXlsx } from '../io/xlsx-writer';
import { nodeDeflater } from '../node/deflater';
import { nodeRawInflate } from '../node/raw-inflate';
import { messageTexts, renderError } from '../locales';

/**
 * Every call the inbox makes into the application layer, in one module: the same reader, checks,
 * merge and compare as the CLI and the task pane, so a file the CLI refuses is refused here too.
 * What is the inbox's own is here: the verdict on a submission (accepted, or rejected and why).
 */
export const LANG: Lang = 'zh';

export interface CheckedFinding extends FindingJson {
  sheet: string;
}

export type CheckReason = 'ok' | 'warnings' | 'errors' | 'unreadable' | 'no-sheet' | 'unit-mismatch';

export interface CheckResult {
  verdict: 'accepted' | 'rejected';
  reason: CheckReason;
  /** One line for an unreadable file or a file of another unit, with the reader's error code. */
  message?: string;
  code?: string;
  findings: CheckedFinding[];
  errors: number;
  warnings: number;
  /** The tasks (序号) the file reports, with the findings on their rows. */
  tasks: { seq: number; findings: number }[];
}

export interface CheckRequest {
  bytes: Uint8Array;
  fileName: string;
  template: Template;
  /** The unit the link belongs to: a file whose 填报单位 names another unit is refused. */
  unit: string;
  warnings: 'allow' | 'block';
}

function rejectedUnreadable(error: ReportError): CheckResult {
  return { verdict: 'rejected', reason: 'unreadable', code: error.code, message: renderError(error.code, error.params, LANG), findings: [], errors: 1, warnings: 0, tasks: [] };
}

export function checkSubmission(request: CheckRequest): CheckResult {
  let report;
  try {
    report = checkSource(withNodeInflate({ name: request.fileName, bytes: request.bytes }), { template: request.template });
  } catch (error) {
    return rejectedUnreadable(asReportError(error));
  }
  const checked = report.sheets.filter((s) => s.headerRow !== null);
  const shown = (checked.length ? checked : report.sheets).flatMap((s) => s.findings.map((f: Finding) => ({ sheet: s.sheet, ...findingJson(f, messageTexts(LANG)) })));
  const errors = shown.filter((f) => f.severity === 'error').length;
  const warnings = shown.filter((f) => f.severity === 'warning').length;
  if (checked.length === 0) return { verdict: 'rejected', reason: 'no-sheet', findings: shown, errors: Math.max(errors, 1), warnings, tasks: [] };
  const other = checked.map((s) => s.meta.reportingUnit).find((u) => u !== undefined && u !== '' && !sameUnit(u, request.unit));
  if (other) {
    return {
      verdict: 'rejected',
      reason: 'unit-mismatch',
      code: 'unit-mismatch',
      message: `文件的填报单位是“${other}”，不是“${request.unit}”：每个单位只能用自己的链接报送自己的报表。`,
      findings: shown,
      errors: errors + 1,
      warnings,
      tasks: [],
    };
  }
  const tasks = new Map<number, number>();
  for (const sheet of checked) {
    const seqOfRow = new Map<number, number>();
    for (const row of sheet.model?.rows ?? []) {
      if (row.seq.kind !== 'number') continue;
      seqOfRow.set(row.index + 1, row.seq.value);
      tasks.set(row.seq.value, tasks.get(row.seq.value) ?? 0);
    }
    for (const f of sheet.findings) {
      const seq = f.row === null ? undefined : seqOfRow.get(f.row);
      if (seq !== undefined && f.severity !== 'info') tasks.set(seq, (tasks.get(seq) ?? 0) + 1);
    }
  }
  const taskList = [...tasks].sort((a, b) => a[0] - b[0]).map(([seq, findings]) => ({ seq, findings }));
  if (errors > 0) return { verdict: 'rejected', reason: 'errors', findings: shown, errors, warnings, tasks: taskList };
  if (warnings > 0 && request.warnings === 'block') return { verdict: 'rejected', reason: 'warnings', findings: shown, errors, warnings, tasks: taskList };
  return { verdict: 'accepted', reason: warnings > 0 ? 'warnings' : 'ok', findings: shown, errors, warnings, tasks: taskList };
}

/** A 报告期's template: a built-in name (`progress`, `liaison`) or a template JSON text. */
export function resolveTemplate(spec: { name: string } | { json: string }): Template {
  if ('name' in spec) {
    const builtin = builtinTemplate(spec.name);
    if (!builtin) throw new ReportError('template-unknown', { name: spec.name, known: 'progress、liaison' });
    return builtin;
  }
  let input: unknown;
  try {
    input = JSON.parse(spec.json);
  } catch (error) {
    throw new ReportError('template-invalid', { file: '模板', problems: `JSON: ${error instanceof Error ? error.message : String(error)}` });
  }
  const parsed = parseTemplate(input);
  if (!parsed.ok) throw new ReportError('template-invalid', { file: '模板', problems: parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ') });
  return parsed.value;
}

export interface TaskListEntry {
  seq: number | null;
  task: string;
  units: string[];
}

/** The master list (任务清单) uploaded with a period, read by role; a file without its header is refused. */
export function readTaskList(bytes: Uint8Array, fileName: string, template?: Template): TaskListEntry[] {
  const list = readMasterList(withNodeInflate({ name: fileName, bytes }), template);
  if (list.gaps.length > 0) throw new ReportError('master-list-columns-missing', { file: fileName, columns: list.gaps.map((g) => g.column).join('、') });
  return list.tasks.map((t) => ({ seq: t.seq, task: t.task, units: t.units }));
}

export function errorText(error: ReportError): string {
  return renderError(error.code, error.params, LANG);
}

export { sameUnit };

/** A file the inbox reads, inflated by Node's zlib (as every file it reads). */
function withNodeInflate(file: MergeFile): Source {
  return { ...file, inflate: nodeRawInflate };
}

export interface MergeFile {
  /** `单位_v版本.xlsx`: the merge takes the reporting unit from the file name when the sheet names none. */
  name: string;
  bytes: Uint8Array;
}

/** The same merge as `progress-report merge` (the application layer's): the consolidated document and workbook. */
export async function mergePeriod(files: readonly MergeFile[], master: MergeFile | undefined, template: Template): Promise<{ doc: MergeDocument; workbook: Uint8Array }> {
  // the consolidated workbook deflated by Node's zlib, as the CLI's merge writes it
  const deflater = nodeDeflater();
  return merge({ submissions: files.map(withNodeInflate), ...(master ? { master: withNodeInflate(master) } : {}), template, lang: LANG, ...(deflater ? { deflater } : {}) });
}

export interface ComparisonSummary {
  before: { period?: string; rows: number };
  after: { period?: string; rows: number };
  statusChanges: { label: string; before: string; after: string; direction: 'worse' | 'better' }[];
  added: string[];
  dropped: string[];
  unitsDropped: string[];
  unitsNew: string[];
  unchanged: { label: string; similarity: 'same' | 'near' }[];
}

/** 对比: the previous period's consolidated table against this one's (the CLI's `compare`). */
export async function comparePeriods(before: MergeFile, after: MergeFile): Promise<{ summary: ComparisonSummary; workbook: Uint8Array }> {
  const { comparison, workbook } = await compare(withNodeInflate(before), withNodeInflate(after), LANG);
  const summary: ComparisonSummary = {
    before: comparison.before,
    after: comparison.after,
    statusChanges: comparison.statusChanges,
    added: comparison.added,
    dropped: comparison.dropped,
    unitsDropped: comparison.unitsDropped,
    unitsNew: comparison.unitsNew,
    unchanged: comparison.unchanged,
  };
  return { summary, workbook };
}

/** A blank template for the unit page: the template's layout (as the pane's 模板), the unit on the 填报单位 line, the status dropdown. */
export async function blankTemplate(template: Template, unit: string, title: string): Promise<Uint8Array> {
  const blank = makeTemplate(template);
  const statusCol = blank.columns.findIndex((c) => c.kind === 'status');
  const empty = blank.columns.map(() => '');
  return writeXlsx([
    {
      name: blank.sheetName,
      rows: [[title, ...empty.slice(1)], [`填报单位：${unit}`, ...empty.slice(1)], blank.columns.map((c) => c.label)],
      headerRow: 2,
      widths: blank.widths,
      ...(statusCol >= 0 && blank.statuses.length > 0 ? { dropdown: { col: statusCol, values: blank.statuses } } : {}),
    },
  ]);
}
