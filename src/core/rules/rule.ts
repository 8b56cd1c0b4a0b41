import type { FindingCode } from '../catalog';
import { roleColumn } from '../columns';
import type { DataRow, ReportCell, SheetModel } from '../sheet-model';
import type { ColumnKind, TemplateColumn, UnitEntry } from '../template/schema';

/** What a rule reports: a position and values, no wording and no severity (both come later). */
export interface FindingDraft {
  code: FindingCode;
  /** 0-based grid row, or null for the whole sheet. */
  row: number | null;
  /** 0-based grid column, or null. */
  col: number | null;
  column: TemplateColumn | null;
  value: string;
  params?: Record<string, string | number>;
  suggestion?: string;
}

export interface RuleContext {
  model: SheetModel;
  /** The units directory in force: the template's own, or one given by the user. */
  directory?: readonly UnitEntry[];
  /** `subset` for a unit's own submission: gaps in 序号 are by design. */
  scope?: 'whole' | 'subset';
}

export interface Rule {
  codes: readonly FindingCode[];
  check(ctx: RuleContext): FindingDraft[];
}

/** The column playing a role in the sheet (see `columns.ts`, the one role lookup). */
export function columnOf(model: SheetModel, kind: ColumnKind): TemplateColumn | undefined {
  return roleColumn(model, kind);
}

export function cellOf(row: DataRow, column: TemplateColumn): ReportCell {
  return row.cells.get(column.key) ?? { text: '', col: -1, inherited: false };
}

/** A draft pointing at one cell of a data row. */
export function atCell(code: FindingCode, row: DataRow, column: TemplateColumn, extra: Partial<FindingDraft> = {}): FindingDraft {
  const cell = cellOf(row, column);
  return { code, row: row.index, col: cell.col, column, value: cell.text, ...extra };
}
