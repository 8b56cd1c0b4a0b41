import { cellText, Grid } from './grid';
import type { Template, TemplateColumn } from './template/schema';
import { headerKey } from './text';

/**
 * Finding the header row: it may sit below a title, a `填报单位：…` line and blank rows; its cells
 * may carry spaces, line breaks, full-width characters or bracketed notes; columns may come in any
 * order, and extra columns are kept but not checked.
 */
export const HEADER_SCAN_ROWS = 30;

export interface HeaderMatch {
  template: Template;
  /** 0-based row index of the header. */
  row: number;
  /** Column key → 0-based column index of its first occurrence. */
  columns: Map<string, number>;
  /** Columns found more than once: key → every column index. */
  duplicates: Map<string, number[]>;
  missing: TemplateColumn[];
}

/** Header keys of a template's labels and aliases, computed once per template. */
const keyIndex = new WeakMap<Template, Map<string, TemplateColumn>>();
/** Longer cells are never header cells: notes in brackets aside, labels are short. */
const MAX_HEADER_CELL = 60;

function headerIndex(template: Template): Map<string, TemplateColumn> {
  let index = keyIndex.get(template);
  if (!index) {
    index = new Map();
    for (const column of template.columns) for (const label of [column.label, ...column.aliases]) if (!index.has(headerKey(label))) index.set(headerKey(label), column);
    keyIndex.set(template, index);
  }
  return index;
}

/** The template column a header cell names, if any. */
export function matchHeaderCell(template: Template, text: string): TemplateColumn | undefined {
  if (text.length > MAX_HEADER_CELL) return undefined;
  const key = headerKey(text);
  return key ? headerIndex(template).get(key) : undefined;
}

export function matchHeaderRow(grid: Grid, template: Template, row: number): HeaderMatch {
  const columns = new Map<string, number>();
  const duplicates = new Map<string, number[]>();
  const width = grid.rows[row]?.length ?? 0;
  for (let col = 0; col < width; col++) {
    const column = matchHeaderCell(template, cellText(grid, row, col));
    if (!column) continue;
    if (!columns.has(column.key)) columns.set(column.key, col);
    else duplicates.set(column.key, [...(duplicates.get(column.key) ?? [columns.get(column.key) as number]), col]);
  }
  const missing = template.columns.filter((c) => c.required && !columns.has(c.key));
  return { template, row, columns, duplicates, missing };
}

/** A row is a header when it names at least two columns and at least half the required ones. */
function isPlausible(match: HeaderMatch): boolean {
  const required = match.template.columns.filter((c) => c.required).length;
  const found = match.template.columns.filter((c) => c.required && match.columns.has(c.key)).length;
  return match.columns.size >= 2 && found * 2 >= required;
}

/** Share of the template's columns found: ties between templates go to the one that fits better. */
function fit(match: HeaderMatch): number {
  return match.columns.size / match.template.columns.length;
}

/**
 * The best header among the first rows for any of the templates, or undefined. The earliest row
 * wins among equals; a later row wins only by naming more columns.
 */
export function detectHeader(grid: Grid, templates: readonly Template[]): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let row = 0; row < limit; row++) {
    for (const template of templates) {
      const match = matchHeaderRow(grid, template, row);
      if (!isPlausible(match)) continue;
      if (!best || match.columns.size > best.columns.size || (match.columns.size === best.columns.size && fit(match) > fit(best))) best = match;
    }
  }
  return best;
}
