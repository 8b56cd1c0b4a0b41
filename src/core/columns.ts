import type { HeaderMatch } from './header';
import type { ColumnKind, StatusKind, Template, TemplateColumn } from './template/schema';

/**
 * The one column-role lookup: rules, fixes, merge and compare ask for a role (the task, the lead
 * units, the status…), never for a column key or header name, so a template that calls its task
 * column `项目名称` under the key `item` works everywhere. A role is present when the header found
 * its column.
 */
export interface RoleSource {
  template: Template;
  header: HeaderMatch;
}

export interface RoleCell {
  text: string;
  /** 0-based column index, or -1 when the role is absent. */
  col: number;
  inherited: boolean;
}

interface RowCells {
  cells: { get(key: string): RoleCell | undefined };
}

/** The template column that plays a role in this sheet (for status: of the given kind, or any). */
export function roleColumn(source: RoleSource, role: ColumnKind, statusKind?: StatusKind): TemplateColumn | undefined {
  return source.template.columns.find((c) => c.kind === role && source.header.columns.has(c.key) && (statusKind === undefined || (c.statusKind ?? 'words') === statusKind));
}

/** The status column found in the sheet, with how it is written; undefined when the sheet has none. */
export function statusColumn(source: RoleSource): { column: TemplateColumn; kind: StatusKind } | undefined {
  const column = roleColumn(source, 'status');
  return column ? { column, kind: column.statusKind ?? 'words' } : undefined;
}

export function hasRole(source: RoleSource, role: ColumnKind): boolean {
  return roleColumn(source, role) !== undefined;
}

export function roleCell(source: RoleSource, row: RowCells, role: ColumnKind): RoleCell {
  const column = roleColumn(source, role);
  return (column ? row.cells.get(column.key) : undefined) ?? { text: '', col: -1, inherited: false };
}

export function roleText(source: RoleSource, row: RowCells, role: ColumnKind): string {
  return roleCell(source, row, role).text;
}

/** 0-based column index of a role in the header, if the sheet has it. */
export function roleIndex(source: RoleSource, role: ColumnKind): number | undefined {
  const column = roleColumn(source, role);
  return column ? source.header.columns.get(column.key) : undefined;
}

/** Header texts of the columns no role took (and of roles carried as text: remarks, leader…). */
export function carriedColumns(source: RoleSource): { col: number; label: string }[] {
  const carried: ColumnKind[] = ['remarks', 'leader', 'percent', 'responsible', 'deadline', 'text'];
  return source.header.assignments.filter((a) => a.role === 'extra' || carried.includes(a.role as ColumnKind)).map((a) => ({ col: a.col, label: a.text }));
}
