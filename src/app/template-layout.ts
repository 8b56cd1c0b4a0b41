import { allowedStatuses } from '../core/status';
import type { ColumnKind, Template, TemplateColumn, UnitEntry } from '../core/template/schema';

/**
 * 模板: the blank report sheet of a template, one layout for every host: the Excel add-in inserts it
 * as a sheet (src/excel/template-sheet.ts), the page downloads it as a workbook. It has the columns
 * every report must have, sized by kind, a status dropdown and, with a directory, unit suggestions.
 */
export const DATA_ROWS = 500;
export const DIRECTORY_SHEET = '单位名录';
/** Column widths in characters, by kind. */
export const WIDTHS: Record<ColumnKind | string, number> = { seq: 6, task: 40, progress: 60, units: 20, status: 12, text: 30 };

export interface BlankTemplate {
  sheetName: string;
  columns: TemplateColumn[];
  widths: number[];
  /** The allowed statuses, for the 进展状态 dropdown (empty when the template has none). */
  statuses: string[];
  units: string[];
}

export function makeTemplate(template: Template, directory?: readonly UnitEntry[]): BlankTemplate {
  const columns = template.columns.filter((c) => c.required);
  return {
    sheetName: template.title.slice(0, 31),
    columns,
    widths: columns.map((c) => WIDTHS[c.kind] ?? 20),
    statuses: template.statuses.length > 0 ? allowedStatuses(template) : [],
    units: (directory ?? template.units ?? []).map((u) => u.name),
  };
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
