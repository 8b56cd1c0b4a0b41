import type { FindingCode } from '../catalog';
import { roleColumn } from '../columns';
import type { ParamsOf } from '../finding';
import type { DataRow, ReportCell, SheetModel } from '../sheet-model';
import type { ColumnKind, TemplateColumn, UnitEntry } from '../template/schema';

/** Where a draft sits: the same for every code. */
export interface DraftBase {
  /** 0-based grid row, or null for the whole sheet. */
  row: number | null;
  /** 0-based grid column, or null. */
  col: number | null;
  column: TemplateColumn | null;
  value: string;
  suggestion?: string;
}

/** The params and suggestion of a draft of code C: params may be left out only by a code that has none. */
export type DraftExtra<C extends FindingCode> = ([keyof ParamsOf<C>] extends [never] ? { params?: ParamsOf<C> } : { params: ParamsOf<C> }) & { suggestion?: string };

/** What a rule reports: a position and values, no wording and no severity (both come later). */
export type DraftOf<C extends FindingCode> = DraftBase & { code: C } & DraftExtra<C>;
export type FindingDraft = { [C in FindingCode]: DraftOf<C> }[FindingCode];

export interface RuleContext {
  model: SheetModel;
  /** The units directory in force: the template's own, or one given by the user. */
  directory?: readonly UnitEntry[];
  /** `subset` for a unit's own submission: gaps in 序号 are by design. */
  scope?: 'whole' | 'subset';
}

export interface Rule {
  codes: readonly FindingCode[];
  /** The drafts one by one (a rule over the rows is a generator): the caller keeps only what it lists. */
  check(ctx: RuleContext): Iterable<FindingDraft>;
}

/** The column playing a role in the sheet (see `columns.ts`, the one role lookup). */
export function columnOf(model: SheetModel, kind: ColumnKind): TemplateColumn | undefined {
  return roleColumn(model, kind);
}

export function cellOf(row: DataRow, column: TemplateColumn): ReportCell {
  return row.cells.get(column.key) ?? { text: '', col: -1, inherited: false };
}

/** A draft pointing at one cell of a data row. */
export function atCell<C extends FindingCode>(code: C, row: DataRow, column: TemplateColumn, ...extra: [keyof ParamsOf<C>] extends [never] ? [DraftExtra<C>?] : [DraftExtra<C>]): DraftOf<C> {
  const cell = cellOf(row, column);
  return { code, row: row.index, col: cell.col, column, value: cell.text, ...extra[0] } as DraftOf<C>;
}
