import { at } from '../core/checked';
import { ReportError } from '../core/errors';
import type { ColumnKind, Template } from '../core/template/schema';
import { importTasks as findTasks, ImportResult } from '../core/notice/import-tasks';
import { decodeCsv } from '../io/csv-reader';
import { MASTER_HEADER, writeMasterWorkbook } from '../io/master-workbook';
import { atFileBoundary, AnySource, loadSource } from './sources';

/** 导入任务: the task list in the text of a notice, and the master workbook made from it. */
export interface ImportRun {
  result: ImportResult;
  workbook: Uint8Array;
}

export interface ImportOptions {
  /**
   * The template the master list is handed out in (`--template`): its header takes the template's
   * own labels (工作任务, 责任单位…), so `merge --master` with the same template reads it back.
   */
  template?: Template;
}

/** The roles of the master list's columns, in MASTER_HEADER's order (来源 has none). */
const MASTER_ROLES: readonly (ColumnKind | null)[] = ['seq', 'task', 'units', 'responsible', 'deadline', null];
/** A master list needs these; a template without one of them cannot carry the list. */
const NEEDED: readonly ColumnKind[] = ['seq', 'task', 'units'];

/** The master list's header in a template's labels, or the roles the template lacks. */
export function masterHeaderFor(template: Template | undefined): { header: string[] } | { lacking: ColumnKind[] } {
  if (!template) return { header: [...MASTER_HEADER] };
  const labelOf = (role: ColumnKind | null): string | undefined => (role ? template.columns.find((c) => c.kind === role)?.label : undefined);
  const lacking = NEEDED.filter((role) => labelOf(role) === undefined);
  if (lacking.length) return { lacking };
  return { header: MASTER_ROLES.map((role, i) => labelOf(role) ?? at(MASTER_HEADER, i, 'master list column')) };
}

export async function importTasks(text: string, options: ImportOptions = {}): Promise<ImportRun> {
  const layout = masterHeaderFor(options.template);
  // front ends ask masterHeaderFor first and say which column is lacking; this is the invariant guard
  if ('lacking' in layout) throw new ReportError('template-invalid', { file: options.template?.name ?? '', problems: `columns: no ${layout.lacking.join(' / ')} column` });
  const result = findTasks(text);
  return { result, workbook: await writeMasterWorkbook(result, layout.header) };
}

/** A notice saved as a text file (UTF-8 or GB18030). */
export function importTasksFromFile(source: AnySource, options: ImportOptions = {}): Promise<ImportRun> {
  const { bytes } = loadSource(source);
  return importTasks(
    atFileBoundary(() => decodeCsv(bytes).text, source.name),
    options,
  );
}
