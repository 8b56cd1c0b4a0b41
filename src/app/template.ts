import { readMasterList, MasterList } from '../core/merge/master';
import type { Template, UnitEntry } from '../core/template/schema';
import { writeReportTemplate, zipFiles } from '../io/report-template';
import { submissionFileName } from './file-names';
import { AnySource, readSource } from './sources';
import { EDITABLE_KINDS, makeTemplate, reportHeading } from './template-layout';

export * from './template-layout';

/**
 * 下载空白报表 and the per-unit reports made from a master list, for the CLI (`template`) and the
 * page (模板). A unit's report holds the tasks the master list gives it (序号, task, lead units,
 * locked); the clerk writes progress and status only, so 序号 and task texts arrive as the list
 * has them and the merge places every row.
 */
export interface HeadingOptions {
  title?: string;
  /** `截至6月30日`, `2026年上半年`; the year is added when it names none. */
  period?: string;
  year?: number;
}

export interface NamedWorkbook {
  name: string;
  bytes: Uint8Array;
}

/** Rows a blank report offers below its header. */
export const BLANK_ROWS = 200;

function specFor(template: Template, directory: readonly UnitEntry[] | undefined, options: HeadingOptions & { unit?: string }, rows: string[][]) {
  const blank = makeTemplate(template, directory, 'report');
  const heading = reportHeading(template, options);
  const statusCol = blank.columns.findIndex((c) => c.kind === 'status');
  return {
    heading,
    spec: {
      sheetName: blank.sheetName,
      title: heading.title,
      unitLine: `填报单位：${heading.unit}`,
      periodLine: `报告期：${heading.period}`,
      columns: blank.columns.map((c, i) => ({ label: c.label, width: blank.widths[i] ?? 20, editable: EDITABLE_KINDS.includes(c.kind) })),
      rows,
      blankRows: BLANK_ROWS,
      ...(statusCol >= 0 && blank.statuses.length > 0 ? { dropdown: { col: statusCol, values: blank.statuses } } : {}),
      protect: rows.length > 0,
    },
  };
}

/** The blank template as a workbook to download: title with the year, 填报单位 / 报告期 lines, header, dropdown, print setup. */
export function blankTemplateWorkbook(template: Template, directory?: readonly UnitEntry[], options: HeadingOptions = {}): Promise<Uint8Array> {
  return writeReportTemplate(specFor(template, directory, options, []).spec);
}

/** The units of a master list in list order, each with its tasks (a task led by two units is in both). */
export function unitsOfMaster(master: MasterList): { unit: string; tasks: MasterList['tasks'] }[] {
  const byUnit = new Map<string, MasterList['tasks']>();
  for (const task of master.tasks) for (const unit of task.units) byUnit.set(unit, [...(byUnit.get(unit) ?? []), task]);
  return [...byUnit].map(([unit, tasks]) => ({ unit, tasks }));
}

/**
 * One pre-filled report per unit of the master list, named as the compiler expects the submission
 * (`市交通运输局_2026年截至6月30日.xlsx`), and one zip of them all.
 */
export async function unitTemplateWorkbooks(master: MasterList, template: Template, options: HeadingOptions = {}): Promise<{ files: NamedWorkbook[]; zip: Uint8Array }> {
  const columns = makeTemplate(template, undefined, 'report').columns;
  const files: NamedWorkbook[] = [];
  const taken = new Set<string>();
  for (const { unit, tasks } of unitsOfMaster(master)) {
    const rows = tasks.map((t) => columns.map((c) => (c.kind === 'seq' ? (t.seq === null ? '' : String(t.seq)) : c.kind === 'task' ? t.task : c.kind === 'units' ? t.units.join('、') : '')));
    const { heading, spec } = specFor(template, undefined, { ...options, unit }, rows);
    const year = Number(/(\d{4})\s*年/.exec(heading.period)?.[1] ?? new Date().getFullYear());
    let name = submissionFileName(unit, heading.period, year);
    for (let i = 2; taken.has(name); i++) name = name.replace(/(_\d+)?\.xlsx$/, `_${i}.xlsx`);
    taken.add(name);
    files.push({ name, bytes: await writeReportTemplate(spec) });
  }
  return { files, zip: zipFiles(files) };
}

/** The same, from the master list's file (the page's 模板 panel); a file that cannot be read throws its ReportError. */
export function unitTemplatesFromFile(source: AnySource, template: Template, options: HeadingOptions = {}): Promise<{ files: NamedWorkbook[]; zip: Uint8Array }> {
  return unitTemplateWorkbooks(readMasterList(readSource(source), { file: source.name }), template, options);
}
