import { at } from './checked';
import type { Grid } from './grid';
import type { ColumnKind, Template, TemplateColumn } from './template/schema';
import { readPeriodEnd } from './deadline';
import { headerKey } from './text';

/**
 * Finding the header: it may sit below a title, a `填报单位：…` line and blank rows; its cells may
 * carry spaces, line breaks, full-width characters, bracketed notes or a period (`1-11月推进情况`,
 * `截至6月底进展`); it may take two rows (a merged group header over sub-headers); columns come in any
 * order. Each header cell is matched to a column role by the template's vocabulary with a score
 * (label 3, alias 2, weak alias 1, a cell that starts or ends with a label or alias 1); every role
 * takes its best-scoring cell, and the row or row pair with the highest total wins. The match says
 * which role each column took and why, so the choice can be explained.
 */
export const HEADER_SCAN_ROWS = 30;

export type MatchVia = 'label' | 'alias' | 'weak-alias' | 'contains';

/** What one header cell was taken for. */
export interface ColumnAssignment {
  /** 0-based column index. */
  col: number;
  /** The header text as read (for a two-row header, `group/sub`). */
  text: string;
  /** The template column it fills, or null for an extra column (carried, not checked). */
  key: string | null;
  role: ColumnKind | 'extra';
  score: number;
  via?: MatchVia;
  /** A period the header was prefixed with (`1-11月`), when one was stripped. */
  period?: string;
}

export interface HeaderMatch {
  template: Template;
  /** 0-based row index of the (last) header row: data starts below it. */
  row: number;
  /** 0-based index of the first header row (below `row` only for a two-row header). */
  firstRow: number;
  /** Column key → 0-based column index of the cell that fills it. */
  columns: Map<string, number>;
  /** Columns named equally well more than once: key → every column index. */
  duplicates: Map<string, number[]>;
  missing: TemplateColumn[];
  /** Every non-empty header cell with the role it took. */
  assignments: ColumnAssignment[];
  score: number;
  /**
   * A role read from several sub-columns of one group header (进展情况 over 已完成 / 下一步):
   * key → each sub-column with its sub-header, left to right. The cells are joined on reading.
   */
  parts?: Map<string, ColumnPart[]>;
}

export interface ColumnPart {
  col: number;
  /** The sub-header (`下一步`), written before its text when the parts differ. */
  label: string;
}

/** Longer cells are never header cells: notes in brackets aside, labels are short. */
const MAX_HEADER_CELL = 60;
const MAX_CONTAINS_KEY = 24;
const MIN_CONTAINS_WORD = 3;

/**
 * A period written before a header word: `1-11月`, `1—8月份`, `1至7月`, `截至6月底`, `一季度`,
 * `上半年`, `本月`, `2021年`… (`1- 8月 实际完成情况` → `实际完成情况`).
 */
const PERIOD_PREFIX =
  /^(?:\d{4}年)?(?:\d{1,2}[-—–~至到]\d{1,2}月份?|(?:截至|截止)(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末)?|第?[一二三四1-4]季度(?:末)?|[上下]半年|全年|年度|本月|当月|本季度|本期|\d{1,2}月份?(?:底|末)?)(?:的)?/;

interface WordIndex {
  exact: Map<string, { column: TemplateColumn; score: number; via: MatchVia }>;
  contains: { word: string; column: TemplateColumn }[];
}

const indexes = new WeakMap<Template, WordIndex>();

function wordIndex(template: Template): WordIndex {
  let index = indexes.get(template);
  if (index) return index;
  index = { exact: new Map(), contains: [] };
  const put = (word: string, column: TemplateColumn, score: number, via: MatchVia): void => {
    const key = headerKey(word);
    const current = index?.exact.get(key);
    if (key && (!current || current.score < score)) index?.exact.set(key, { column, score, via });
  };
  for (const column of template.columns) {
    put(column.label, column, 3, 'label');
    for (const alias of column.aliases) put(alias, column, 2, 'alias');
    for (const alias of column.weakAliases) put(alias, column, 1, 'weak-alias');
    for (const word of [column.label, ...column.aliases]) if ([...headerKey(word)].length >= MIN_CONTAINS_WORD) index.contains.push({ word: headerKey(word), column });
  }
  // longer words first: `进展情况及存在问题` before `进展情况`
  index.contains.sort((a, b) => b.word.length - a.word.length);
  indexes.set(template, index);
  return index;
}

export interface CellMatch {
  column: TemplateColumn;
  score: number;
  via: MatchVia;
  period?: string;
}

/**
 * The template column a header cell names, with how well it names it. `exact` skips the
 * starts-or-ends-with words: cheap enough to ask of every cell of every row (repeated headers).
 */
export function scoreHeaderCell(template: Template, text: string, mode: 'full' | 'exact' = 'full'): CellMatch | undefined {
  if (text.length > MAX_HEADER_CELL) return undefined;
  const key = headerKey(text);
  if (!key) return undefined;
  const index = wordIndex(template);
  const direct = index.exact.get(key);
  if (direct) return { ...direct };
  const prefix = PERIOD_PREFIX.exec(key);
  const rest = prefix ? key.slice(prefix[0].length) : key;
  if (prefix && rest) {
    const afterPeriod = index.exact.get(rest);
    if (afterPeriod) return { ...afterPeriod, period: prefix[0] };
  }
  if (mode === 'exact' || rest.length > MAX_CONTAINS_KEY) return undefined;
  for (const { word, column } of index.contains) {
    if (rest.startsWith(word) || rest.endsWith(word)) return { column, score: 1, via: 'contains', ...(prefix ? { period: prefix[0] } : {}) };
  }
  return undefined;
}

/** The template column a header cell names by a label, an alias or a period before one, if any. */
export function matchHeaderCell(template: Template, text: string): TemplateColumn | undefined {
  return scoreHeaderCell(template, text, 'exact')?.column;
}

interface HeaderCell {
  col: number;
  text: string;
  /** The text matched against the vocabulary when it differs from the text shown (`group/sub`). */
  match?: string;
  /** Extra score for a sub-header of a two-row header: the specific word beats its group. */
  bonus: number;
  /** Under a group header: the group's text, its columns and this cell's sub-header. */
  group?: { text: string; first: number; last: number; sub: string };
}

/** Assigns roles to one header row (or a combined pair): each column key takes its best cell. */
export function assignColumns(template: Template, cells: readonly HeaderCell[], row: number, firstRow: number): HeaderMatch {
  const scored = cells.map((cell) => {
    const words = cell.match ?? cell.text;
    return { cell, match: words.trim() ? scoreHeaderCell(template, words) : undefined };
  });
  // Each key takes its best cell; other cells naming it as well (label or alias) are duplicates.
  type Ranked = { col: number; score: number };
  const best = new Map<string, [Ranked, ...Ranked[]]>();
  for (const { cell, match } of scored) {
    if (!match) continue;
    const score = match.score + cell.bonus;
    const list = best.get(match.column.key);
    if (list === undefined) best.set(match.column.key, [{ col: cell.col, score }]);
    else if (score > list[0].score) best.set(match.column.key, [{ col: cell.col, score }, ...list.filter((x) => x.score >= 2 && score >= 2)]);
    else if (score >= 2 && list[0].score >= 2) list.push({ col: cell.col, score });
  }
  // Cumulative periods side by side (1-10月推进情况 / 1-11月推进情况): the latest is the report and
  // the earlier ones are carried as they are, not duplicates. Periods that cannot be ordered stay duplicates.
  const periodOf = new Map(scored.map(({ cell, match }) => [cell.col, match?.period]));
  for (const [key, list] of best) {
    if (list.length < 2) continue;
    const ends = list.map((x) => {
      const period = periodOf.get(x.col);
      const end = period ? readPeriodEnd(period) : undefined;
      return end ? (end.year ?? 0) * 10000 + end.month * 100 + end.day : undefined;
    });
    if (ends.some((e) => e === undefined) || new Set(ends).size !== ends.length) continue;
    best.set(key, [at(list, ends.indexOf(Math.max(...(ends as number[]))), 'ranked column')]);
  }
  // A table with only 责任单位 names its lead units there.
  const unitsColumn = template.columns.find((c) => c.kind === 'units');
  const responsibleColumn = template.columns.find((c) => c.kind === 'responsible');
  const responsible = responsibleColumn ? best.get(responsibleColumn.key) : undefined;
  if (unitsColumn && responsibleColumn && !best.has(unitsColumn.key) && responsible) {
    const [lead, ...others] = responsible;
    best.set(unitsColumn.key, [lead]);
    // 责任单位 beside 配合单位: the first leads, the other shares the work
    const [partner] = others;
    if (partner) best.set(responsibleColumn.key, [partner]);
    else best.delete(responsibleColumn.key);
  }
  const columns = new Map<string, number>();
  const duplicates = new Map<string, number[]>();
  const roleOf = new Map<number, { key: string; score: number }>();
  for (const [key, list] of best) {
    columns.set(key, list[0].col);
    roleOf.set(list[0].col, { key, score: list[0].score });
    if (list.length > 1)
      duplicates.set(
        key,
        list.map((x) => x.col).sort((a, b) => a - b),
      );
  }
  const assignments: ColumnAssignment[] = [];
  for (const { cell, match } of scored) {
    if (!cell.text.trim()) continue;
    const taken = roleOf.get(cell.col);
    const column = taken ? template.columns.find((c) => c.key === taken.key) : undefined;
    assignments.push({
      col: cell.col,
      text: cell.text.trim(),
      key: column?.key ?? null,
      role: column?.kind ?? 'extra',
      score: taken?.score ?? 0,
      ...(column && match ? { via: match.via } : {}),
      ...(column && match?.period ? { period: match.period } : {}),
    });
  }
  const missing = template.columns.filter((c) => needed(c) && !columns.has(c.key));
  const score = [...roleOf.values()].reduce((n, r) => n + r.score, 0);
  return { template, row, firstRow, columns, duplicates, missing, assignments, score };
}

/** Header texts of the first rows with merged ranges applied (a group header spans its columns). */
function headerTexts(grid: Grid, limit: number): { texts: string[][]; spanned: (row: number, col: number) => boolean } {
  const texts = grid.rows.slice(0, limit).map((row) => row.map((c) => c.slice(0, MAX_HEADER_CELL + 1)));
  const spannedCells = new Set<string>();
  for (const m of grid.merges) {
    if (m.top >= limit) continue;
    const source = grid.rows[m.top]?.[m.left] ?? '';
    for (let r = m.top; r <= Math.min(m.bottom, limit - 1); r++) {
      const row = texts[r];
      if (!row) continue;
      for (let c = m.left; c <= Math.min(m.right, m.left + 256); c++) {
        if (r === m.top && c === m.left) continue;
        while (row.length <= c) row.push('');
        row[c] = source.slice(0, MAX_HEADER_CELL + 1);
        if (r === m.top || c > m.left) spannedCells.add(`${r},${c}`);
      }
    }
  }
  return { texts, spanned: (row, col) => spannedCells.has(`${row},${col}`) && col > 0 && (texts[row]?.[col] ?? '') === (texts[row]?.[col - 1] ?? '') };
}

/** A column a table must have: required, and not one whose absence is allowed. */
function needed(column: TemplateColumn): boolean {
  return column.required && !column.mayBeAbsent;
}

/** A row is a header when it names at least two columns and at least half the needed ones. */
function isPlausible(match: HeaderMatch): boolean {
  const required = match.template.columns.filter(needed).length;
  const found = match.template.columns.filter((c) => needed(c) && match.columns.has(c.key)).length;
  return match.columns.size >= 2 && found * 2 >= required;
}

/** Share of the template's columns found: ties between templates go to the one that fits better. */
function fit(match: HeaderMatch): number {
  return match.columns.size / match.template.columns.length;
}

/** A header with a progress or status column is a report, never a master list. */
function reportsProgress(m: HeaderMatch): boolean {
  return m.template.name !== 'master' && m.template.columns.some((c) => (c.kind === 'progress' || c.kind === 'status') && m.columns.has(c.key));
}

function better(a: HeaderMatch, b: HeaderMatch | undefined): boolean {
  if (!b) return true;
  if (a.template.name === 'master' && reportsProgress(b)) return false;
  if (b.template.name === 'master' && reportsProgress(a)) return true;
  const [ra, rb] = [requiredFound(a), requiredFound(b)];
  if (ra !== rb) return ra > rb;
  if (a.score !== b.score) return a.score > b.score;
  return fit(a) > fit(b);
}

function requiredFound(m: HeaderMatch): number {
  return m.template.columns.filter((c) => needed(c) && m.columns.has(c.key)).length - m.template.columns.filter(needed).length;
}

/**
 * Progress written in sub-columns of one group header (进展情况 over 已完成 / 下一步, 本月进展情况 over
 * 前期手续 / 在建形象进度): when the group names progress and the progress column found is one of its
 * sub-columns, every sub-column that names no other role is read as a part of progress, so none is
 * dropped silently. A sub-column naming another role (进展状态, 完成比例) keeps that role.
 */
function joinProgressParts(match: HeaderMatch, cells: readonly HeaderCell[]): HeaderMatch {
  const progress = match.template.columns.find((c) => c.kind === 'progress');
  const taken = progress ? match.columns.get(progress.key) : undefined;
  const home = cells.find((c) => c.col === taken)?.group;
  if (!progress || taken === undefined || !home || scoreHeaderCell(match.template, home.text)?.column.kind !== 'progress') return match;
  const roleCols = new Set([...match.columns.values()]);
  const parts = cells.filter((c) => c.group && c.group.first === home.first && c.group.text === home.text && c.group.sub !== '' && (c.col === taken || !roleCols.has(c.col)));
  if (parts.length < 2) return match;
  const partCols = new Set(parts.map((p) => p.col));
  const assignments = match.assignments.map((a) => (partCols.has(a.col) && a.col !== taken ? { ...a, key: progress.key, role: progress.kind, score: 0 } : a));
  return { ...match, assignments, parts: new Map([[progress.key, parts.map((p) => ({ col: p.col, label: p.group?.sub ?? '' }))]]) };
}

/** A row with one text (merged across) that stands above every written cell of the row below: a title. */
function isTitleOver(top: readonly string[], below: readonly string[]): boolean {
  const texts = new Set(top.map((t) => t.trim()).filter((t) => t !== ''));
  return texts.size === 1 && below.every((t, col) => t.trim() === '' || (top[col] ?? '').trim() !== '');
}

/** Candidate header matches of one row for one template: the row alone, and with the row below it. */
export function matchHeaderRow(grid: Grid, template: Template, row: number): HeaderMatch {
  const { texts } = headerTexts(grid, row + 1);
  return assignColumns(
    template,
    (texts[row] ?? []).map((text, col) => ({ col, text, bonus: 0 })),
    row,
    row,
  );
}

/**
 * The best header among the first rows for any of the templates, or undefined. A two-row header
 * wins over either of its rows alone only by scoring higher; the earliest row wins among equals.
 * Sub-headers below a header (under a merged title, or under a group merged down over two rows)
 * extend it: the row below a header is never left as data when it is a sub-header row.
 */
export function detectHeader(grid: Grid, templates: readonly Template[]): HeaderMatch | undefined {
  const limit = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  const { texts, spanned } = headerTexts(grid, limit + 1);
  let best: HeaderMatch | undefined;
  for (let row = 0; row < limit; row++) {
    const top = texts[row] ?? [];
    const below = texts[row + 1];
    for (const template of templates) {
      const single = assignColumns(
        template,
        top.map((text, col) => ({ col, text, bonus: 0 })),
        row,
        row,
      );
      if (isPlausible(single) && better(single, best)) best = single;
      // a two-row header has a group header: a cell of the top row merged across columns
      if (!below || row + 1 >= grid.rows.length || !top.some((text, col) => text.trim() !== '' && spanned(row, col))) continue;
      // a title merged across the columns (`2021年上半年重点工作进展情况表`) is no group header
      if (isTitleOver(top, below)) continue;
      const width = Math.max(top.length, below.length);
      const cells: HeaderCell[] = [];
      const groups = new Map<number, { subNamesGroup: boolean; firstFree: number | undefined }>();
      for (let col = 0; col < width; col++) {
        const group = top[col] ?? '';
        const sub = below[col] ?? '';
        if (sub.trim() === '' || sub === group) {
          cells.push({ col, text: spanned(row, col) ? '' : group, bonus: 0 });
          continue;
        }
        if (!group.trim()) {
          cells.push({ col, text: sub, bonus: 0 });
          continue;
        }
        // Under a group header (本月进展情况 over 前期手续 / 在建形象进度) the sub-headers name the
        // columns; the group names its first sub-column that names nothing, unless a sub-header
        // names the group's own role (进展情况 over 具体情况 / 进展状态: 具体情况 is the progress).
        let first = col;
        while (first > 0 && spanned(row, first)) first--;
        let last = col;
        while (last + 1 < width && spanned(row, last + 1) && top[last + 1] === group) last++;
        // read once per group (a group may span 257 columns)
        let groupRead = groups.get(first);
        if (!groupRead) {
          const groupKey = scoreHeaderCell(template, group)?.column.key;
          const subs = below
            .slice(first, last + 1)
            .map((t, i) => ({ col: first + i, written: t.trim() !== '' && t !== group, named: t.trim() !== '' && t !== group ? scoreHeaderCell(template, t)?.column.key : undefined }));
          groupRead = { subNamesGroup: subs.some((t) => t.named !== undefined && t.named === groupKey), firstFree: subs.find((t) => t.written && t.named === undefined)?.col };
          groups.set(first, groupRead);
        }
        const { subNamesGroup, firstFree } = groupRead;
        const grouped = { group: { text: group, first, last, sub: sub.trim() } };
        if (scoreHeaderCell(template, sub)) cells.push({ col, text: sub, bonus: 0.5, ...grouped });
        else if (!subNamesGroup && col === firstFree) cells.push({ col, text: `${group}/${sub}`, match: group, bonus: 0, ...grouped });
        else cells.push({ col, text: `${group}/${sub}`, match: '', bonus: 0, ...grouped });
      }
      const pair = joinProgressParts(assignColumns(template, cells, row + 1, row), cells);
      // the row below is a sub-header row when it writes only under group headers (or repeats a vertically merged header)
      const inGroup = (col: number): boolean => spanned(row, col) || (spanned(row, col + 1) && top[col + 1] === top[col]);
      const subHeader = below.some((t, col) => t.trim() !== '' && t !== top[col]) && below.every((t, col) => t.trim() === '' || t === top[col] || ((top[col] ?? '').trim() !== '' && inGroup(col)));
      // the pair replaces its own top row read alone, and a header of the same template ending on its
      // top row (a title merged across the table above a two-row header: the row below is no data);
      // against another template's header it must be better
      const endsOnTop = best !== undefined && best.row === row && (best.firstRow === row || best.template === template);
      // a top row that only repeats the header row above through merges (a group merged down over
      // two rows, its sub-headers below): the pair extends that header, which keeps its first row
      const extendsAbove = best !== undefined && best.row === row - 1 && best.template === template && (grid.rows[row] ?? []).every((t) => t.trim() === '');
      if (!isPlausible(pair) || !subHeader) continue;
      if (!best || endsOnTop || better(pair, best)) best = pair;
      else if (extendsAbove) best = { ...pair, firstRow: best.firstRow };
    }
  }
  return best;
}
