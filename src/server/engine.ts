import type { Lang } from '../core/catalog';
import { compareReports } from '../core/compare/compare';
import { isReportError, ReportError } from '../core/errors';
import type { Finding } from '../core/finding';
import { readMaster } from '../core/merge/master';
import { mergeDocument, MergeDocument } from '../core/merge/merge-document';
import { mergeSubmissions, MergeInput } from '../core/merge/merge';
import { sameUnit } from '../core/merge/submission-rows';
import { builtinTemplate } from '../core/template/builtin';
import { parseTemplate, Template } from '../core/template/schema';
import { validateWorkbook } from '../core/validate';
import { findingJson, FindingJson } from '../core/validation-document';
import { writeComparisonWorkbook } from '../io/comparison-workbook';
import { writeConsolidatedWorkbook } from '../io/consolidated-workbook';
import { readWorkbookBytes } from '../io/read-workbook';
import { writeXlsx } from '../io/xlsx-writer';
import { allowedStatuses } from '../core/status';
import { messageTexts, renderError } from '../locales';

/**
 * Every call the inbox makes into the core and the file formats, in one module: the same reader,
 * checks and merge as the CLI, so a file the CLI refuses is refused here too. When the application
 * layer (src/app) lands, only this file changes.
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
  maxPartBytes: number;
}

function rejectedUnreadable(error: ReportError): CheckResult {
  return { verdict: 'rejected', reason: 'unreadable', code: error.code, message: renderError(error.code, error.params, LANG), findings: [], errors: 1, warnings: 0, tasks: [] };
}

export function checkSubmission(request: CheckRequest): CheckResult {
  let grids;
  try {
    grids = readWorkbookBytes(request.bytes, request.fileName, { maxPartBytes: request.maxPartBytes });
  } catch (error) {
    if (isReportError(error)) return rejectedUnreadable(error);
    return rejectedUnreadable(new ReportError('file-corrupt', { detail: error instanceof Error ? error.message : String(error) }));
  }
  const report = validateWorkbook(grids, { template: request.template });
  const checked = report.sheets.filter((s) => s.headerRow !== null);
  const shown = (checked.length ? checked : report.sheets).flatMap((s) => s.findings.map((f: Finding) => ({ sheet: s.sheet, ...findingJson(f, messageTexts(LANG)) })));
  const errors = shown.filter((f) => f.severity === 'error').length;
  const warnings = shown.filter((f) => f.severity === 'warning').length;
  if (checked.length === 0) return { verdict: 'rejected', reason: 'no-sheet', findings: shown, errors: Math.max(errors, 1), warnings, tasks: [] };
  const other = checked.map((s) => s.meta.reportingUnit).find((u) => u !== undefined && u !== '' && !sameUnit(u, request.unit));
  if (other) {
    return { verdict: 'rejected', reason: 'unit-mismatch', code: 'unit-mismatch', message: `文件的填报单位是“${other}”，不是“${request.unit}”：每个单位只能用自己的链接报送自己的报表。`, findings: shown, errors: errors + 1, warnings, tasks: [] };
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

/** The master list (任务清单) uploaded with a period; a file without its header is refused. */
export function readTaskList(bytes: Uint8Array, fileName: string, maxPartBytes: number): TaskListEntry[] {
  const tasks = readMaster(readWorkbookBytes(bytes, fileName, { maxPartBytes }));
  if (tasks.length === 0) throw new ReportError('argument-invalid', { detail: `任务清单 ${fileName} 中没有找到“序号 / 主要工作任务 / 牵头部门”表头` });
  return tasks.map((t) => ({ seq: t.seq, task: t.task, units: t.units }));
}

export function errorText(error: ReportError): string {
  return renderError(error.code, error.params, LANG);
}

export { sameUnit };

export interface MergeFile {
  /** `单位_v版本.xlsx`: the merge takes the reporting unit from the file name when the sheet names none. */
  name: string;
  bytes: Uint8Array;
}

/** The same merge as `progress-report merge`: the consolidated document and workbook. */
export async function mergePeriod(files: readonly MergeFile[], master: MergeFile | undefined, template: Template, maxPartBytes: number): Promise<{ doc: MergeDocument; workbook: Uint8Array }> {
  const inputs: MergeInput[] = [];
  const unreadable: MergeDocument['unreadable'] = [];
  for (const file of files) {
    try {
      inputs.push({ file: file.name, report: validateWorkbook(readWorkbookBytes(file.bytes, file.name, { maxPartBytes }), { template }) });
    } catch (error) {
      if (!isReportError(error)) throw error;
      unreadable.push({ file: file.name, code: error.code, message: errorText(error) });
    }
  }
  const masterTasks = master ? readMaster(readWorkbookBytes(master.bytes, master.name, { maxPartBytes })) : undefined;
  const result = mergeSubmissions(inputs, { ...(masterTasks?.length ? { master: masterTasks } : {}), template });
  const doc = mergeDocument(result, unreadable, messageTexts(LANG));
  return { doc, workbook: await writeConsolidatedWorkbook(doc, template) };
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
export async function comparePeriods(before: MergeFile, after: MergeFile, maxPartBytes: number): Promise<{ summary: ComparisonSummary; workbook: Uint8Array }> {
  const read = (f: MergeFile) => validateWorkbook(readWorkbookBytes(f.bytes, f.name, { maxPartBytes })).sheets;
  const comparison = compareReports(read(before), read(after));
  const summary: ComparisonSummary = { before: comparison.before, after: comparison.after, statusChanges: comparison.statusChanges, added: comparison.added, dropped: comparison.dropped, unitsDropped: comparison.unitsDropped, unitsNew: comparison.unitsNew, unchanged: comparison.unchanged };
  return { summary, workbook: await writeComparisonWorkbook(comparison, LANG) };
}

/** A blank template for the unit page: the template's columns, the unit on the 填报单位 line, the status dropdown. */
export async function blankTemplate(template: Template, unit: string, title: string): Promise<Uint8Array> {
  const columns = template.columns.filter((c) => c.required);
  const statusCol = columns.findIndex((c) => c.kind === 'status');
  const blank = columns.map(() => '');
  return writeXlsx([
    {
      name: template.title.slice(0, 31),
      rows: [[title, ...blank.slice(1)], [`填报单位：${unit}`, ...blank.slice(1)], columns.map((c) => c.label)],
      headerRow: 2,
      widths: columns.map((c) => (c.kind === 'progress' ? 60 : c.kind === 'task' ? 40 : 16)),
      ...(statusCol >= 0 ? { dropdown: { col: statusCol, values: allowedStatuses(template) } } : {}),
    },
  ]);
}
