import { allowedStatuses } from '../core/status';
import type { ColumnKind, Template, TemplateColumn, UnitEntry } from '../core/template/schema';
import { safeSheetName } from '../io/sheet-name';

/**
 * 模板: the blank report sheet of a template, one layout for every host: the Excel add-in inserts it
 * as a sheet (src/excel/template-sheet.ts), the page downloads it as a workbook. It has the columns
 * every report must have, and the deadline (完成时限) when the template lists one, sized by kind, a
 * status dropdown and, with a directory, unit suggestions. The downloaded workbook also has a title
 * row with the year, 填报单位 and 报告期 lines above the header, and print setup.
 */
export const DATA_ROWS = 500;
export const DIRECTORY_SHEET = '单位名录';
/** Column widths in characters, by kind. */
export const WIDTHS: Record<ColumnKind | string, number> = { seq: 6, task: 40, progress: 60, units: 20, status: 12, deadline: 14, text: 30 };
/** The kinds a unit fills in a pre-filled template; every other cell is locked. */
export const EDITABLE_KINDS: readonly ColumnKind[] = ['progress', 'status'];

export interface BlankTemplate {
  sheetName: string;
  columns: TemplateColumn[];
  widths: number[];
  /** The allowed statuses, for the 进展状态 dropdown (empty when the template has none). */
  statuses: string[];
  units: string[];
}

/** The lines above the header of a downloaded report. */
export interface ReportHeading {
  /** `2026年重点工作进展情况表`. */
  title: string;
  /** What follows `填报单位：` (empty on a blank report: the clerk writes it). */
  unit: string;
  /** What follows `报告期：` (`2026年截至6月30日`). */
  period: string;
}

/** The columns of a new report: the required ones, and the deadline when the template lists it. */
export function reportColumns(template: Template): TemplateColumn[] {
  return template.columns.filter((c) => c.required || c.kind === 'deadline');
}

/**
 * `required`: the columns every report must have (the sheet the add-in inserts, the inbox's unit
 * page); `report`: those and 完成时限 when the template lists it (下载空白报表, per-unit reports).
 */
export type TemplateColumns = 'required' | 'report';

export function makeTemplate(template: Template, directory?: readonly UnitEntry[], which: TemplateColumns = 'required'): BlankTemplate {
  const columns = which === 'report' ? reportColumns(template) : template.columns.filter((c) => c.required);
  return {
    sheetName: safeSheetName(template.title),
    columns,
    widths: columns.map((c) => WIDTHS[c.kind] ?? 20),
    statuses: template.statuses.length > 0 ? allowedStatuses(template) : [],
    units: (directory ?? template.units ?? []).map((u) => u.name),
  };
}

/**
 * The title and lines of a report: the period given (`截至6月30日`, `2026年上半年`) carries the
 * year, prefixed when it names none; without a period, the year alone. The title starts with the
 * year unless the given title already names one.
 */
export function reportHeading(template: Template, options: { title?: string; period?: string; unit?: string; year?: number } = {}): ReportHeading {
  const given = (options.period ?? '').trim();
  const year = options.year ?? Number(/(\d{4})\s*年/.exec(given)?.[1] ?? new Date().getFullYear());
  const period = given === '' ? `${year}年` : /\d{4}\s*年/.test(given) ? given : `${year}年${given}`;
  const title = (options.title ?? '').trim() || template.title;
  return { title: /\d{4}\s*年/.test(title) ? title : `${year}年${title}`, unit: options.unit ?? '', period };
}

/** `wanted`, or `wanted2`, `wanted3`… when a sheet of that name exists. */
export function uniqueName(wanted: string, taken: readonly string[]): string {
  if (!taken.includes(wanted)) return wanted;
  let i = 2;
  while (taken.includes(`${wanted}${i}`)) i++;
  return `${wanted}${i}`;
}

/** The column letters of a 0-based index (A…Z, AA…, up to XFD): the core's one rule. */
export { columnLetter } from '../core/address';
