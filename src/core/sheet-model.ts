import { at, group } from './checked';
import { roleIndex } from './columns';
import { Grid, resolveMerges } from './grid';
import { ColumnPart, HeaderMatch, matchHeaderCell } from './header';
import { isSectionHeading, parseSeq, SeqValue } from './seq';
import type { Template } from './template/schema';
import { compactText, normalizeText } from './text';

/**
 * A report sheet read the way a compiler reads it: which rows are tasks and which are titles,
 * repeated headers, section headings, notes or blank. Values in merged ranges belong to every
 * row of the range, so a 序号 merged over two rows is one task on two rows.
 */
export type SkippedRowKind = 'preamble' | 'header' | 'repeated-header' | 'section' | 'blank' | 'note';

export interface ReportCell {
  text: string;
  /** 0-based column index. */
  col: number;
  /** True when the text comes from a merged range that starts above or to the left. */
  inherited: boolean;
  /**
   * The columns the text was joined from (progress in sub-columns of one group header), when their
   * texts differ: such a cell is read, never rewritten by a fix.
   */
  joined?: { col: number; label: string; text: string }[];
}

/**
 * A data row's cells by template column key. A Map satisfies it; the model's own rows read each cell
 * from the sheet when it is asked for (a fresh object per call), so a million-row sheet holds no map
 * and no cell object per row.
 */
export interface RowCells {
  get(key: string): ReportCell | undefined;
}

export interface DataRow {
  /** 0-based row index in the grid. */
  index: number;
  cells: RowCells;
  seq: SeqValue;
}

export interface SheetMeta {
  title?: string;
  period?: string;
  reportingUnit?: string;
  /** The report's year, from the period or the title (`2021年…`). */
  year?: number;
}

export interface SheetModel {
  grid: Grid;
  template: Template;
  header: HeaderMatch;
  rows: DataRow[];
  skipped: { index: number; kind: SkippedRowKind }[];
  meta: SheetMeta;
}

/** A footer line: who filled the sheet in, checked it, when, how to reach them; a note. */
const NOTE_LINE = /^(填表人|填报人|审核人|联系人|联系电话|负责人|制表人|制表|分管领导|填报日期|填表日期|备注[:：]|说明[:：]|注[:：])/;
/**
 * Periods as reports write them: 截至6月30日 / 截止5月底, 1-8月 / 1至8月 / 1—8月, 第一季度 / 一季度 / Q1,
 * 上半年 / 半年度, 2021年3月, 2021年度.
 */
export const PERIOD =
  /(截至|截止)\s*(\d{4}\s*年)?\s*\d{1,2}\s*月(\d{1,2}\s*日|底|末)?|(\d{4}\s*年\s*)?1\s*[-—–~至到]\s*\d{1,2}\s*月份?|\d{4}\s*年\s*(上半年|下半年|半年度|全年|第?[一二三四1-4]季度|\d{1,2}\s*月|度)|上半年|下半年|半年度|第?[一二三四]季度|[Qq][1-4]/;
const REPORTING_UNIT = /^填报单位[:：]\s*(.+)$/;
/** Where the unit's name ends on a 填报单位 line: a period, a date, a second field, a wide gap. */
const UNIT_END = /\s{2,}|\s+(?=填报|日期|时间|联系|电话|截至|截止|\d{4}\s*年)|(?=截至|截止|填报日期|填报时间)/;

/** `填报单位：市交通运输局 截至6月30日` → unit `市交通运输局` (and the period is read on its own). */
export function reportingUnitOf(line: string): string | undefined {
  const m = REPORTING_UNIT.exec(line);
  if (!m) return undefined;
  const unit = at(group(m, 1).split(UNIT_END), 0)
    .replace(/[（(]盖章[)）]/g, '')
    .trim();
  return unit || undefined;
}

export function readMeta(values: string[][], headerRow: number): SheetMeta {
  const meta: SheetMeta = {};
  for (let r = 0; r < headerRow; r++) {
    for (const raw of new Set(at(values, r, 'preamble row').filter((v) => v.trim() !== ''))) {
      const text = normalizeText(raw);
      const unit = REPORTING_UNIT.exec(text);
      const unitName = unit ? reportingUnitOf(text) : undefined;
      if (unitName && !meta.reportingUnit) meta.reportingUnit = unitName;
      // `2021年度` in a title is the year; a more precise period later on the line wins (`…一季度`)
      let period = PERIOD.exec(text);
      if (period && /年\s*度$/.test(period[0])) period = PERIOD.exec(text.slice(period.index + period[0].length)) ?? period;
      // An explicit 截至 line wins over a period named in the title.
      if (period && (!meta.period || (/^(截至|截止)/.test(period[0]) && !/^(截至|截止)/.test(meta.period)))) meta.period = period[0];
      if (!meta.title && !unit && text.length > 4) meta.title = text;
      const year = /(20\d{2})\s*年/.exec(text);
      if (year && !meta.year) meta.year = Number(year[1]);
    }
  }
  return meta;
}

function distinctTexts(cells: string[]): string[] {
  return [...new Set(cells.map((c) => c.trim()).filter((c) => c !== ''))];
}

function isRepeatedHeader(template: Template, cells: string[]): boolean {
  const texts = distinctTexts(cells);
  const named = texts.filter((t) => matchHeaderCell(template, t) !== undefined).length;
  return named >= 2 && named * 2 >= texts.length;
}

/** Whether the cells hold two different texts (trimmed, blanks aside), read without building a list. */
function hasTwoTexts(cells: readonly string[]): boolean {
  let first: string | undefined;
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '') continue;
    if (first === undefined) first = text;
    else if (text !== first) return true;
  }
  return false;
}

const PLAIN_SEQ = /^\s*\d+\s*$/;

export function classifyRow(template: Template, header: HeaderMatch, cells: string[], seqCol = roleIndex({ template, header }, 'seq')): SkippedRowKind | 'data' {
  // a row numbered like a task is a task: no header, section or note has a plain 序号
  if (seqCol !== undefined && PLAIN_SEQ.test(cells[seqCol] ?? '') && hasTwoTexts(cells)) return 'data';
  const texts = distinctTexts(cells);
  if (texts.length === 0) return 'blank';
  if (isRepeatedHeader(template, cells)) return 'repeated-header';
  if (texts.length === 1 && isSectionHeading(at(texts, 0))) return 'section';
  // a footer spread over cells (`填表人：张三` … `联系电话：…`) is a note when each of its texts is one
  if (texts.every((text) => NOTE_LINE.test(compactText(text)))) return 'note';
  // `一` in the 序号 column with a heading beside it and nothing else is a category too.
  const seq = seqCol === undefined ? undefined : parseSeq(cells[seqCol] ?? '');
  if (seq?.kind === 'number' && seq.style === 'chinese' && texts.length <= 2) return 'section';
  return 'data';
}

/**
 * One cell read from sub-columns (已完成 / 下一步): the one text when only one is written or a merged
 * cell spans them all; otherwise each text after its sub-header, `已完成：…` on its own line.
 */
export function joinedCell(parts: readonly ColumnPart[], row: readonly string[], col: number, inherited: (col: number) => boolean): ReportCell {
  const written = parts.map((p) => ({ ...p, text: (row[p.col] ?? '').trim() })).filter((p) => p.text !== '');
  const distinct = [...new Set(written.map((p) => p.text))];
  if (distinct.length === 0) return { text: row[col] ?? '', col, inherited: inherited(col) };
  if (distinct.length === 1) {
    const first = at(written, 0);
    return { text: row[first.col] ?? '', col: first.col, inherited: inherited(first.col) };
  }
  return { text: written.map((p) => `${p.label}：${p.text}`).join('\n'), col, inherited: false, joined: written };
}

/**
 * The cells of a sheet's data rows, read from its merged-resolved texts when asked for. Cells joined
 * from sub-columns are computed once (only a sheet with such a header has them).
 */
class SheetCells {
  private readonly joinedCells = new Map<string, Map<number, ReportCell>>();

  constructor(
    private readonly columns: ReadonlyMap<string, number>,
    private readonly values: readonly (readonly string[])[],
    private readonly inherited: (row: number, col: number) => boolean,
  ) {}

  join(key: string, row: number, cell: ReportCell): void {
    let cells = this.joinedCells.get(key);
    if (!cells) this.joinedCells.set(key, (cells = new Map()));
    cells.set(row, cell);
  }

  cell(row: number, key: string): ReportCell | undefined {
    const col = this.columns.get(key);
    if (col === undefined) return undefined;
    const joined = this.joinedCells.get(key);
    if (joined) return joined.get(row);
    return { text: this.values[row]?.[col] ?? '', col, inherited: this.inherited(row, col) };
  }
}

const SEQ_STYLES = ['plain', 'decorated', 'chinese'] as const;
const SEQ_EMPTY = -1;
const SEQ_INVALID = -2;

/** A 序号 as one number (`value * 3 + style`, or a negative kind), or the value itself when too large to pack. */
type PackedSeq = number | SeqValue;

function packSeq(seq: SeqValue): PackedSeq {
  if (seq.kind === 'empty') return SEQ_EMPTY;
  if (seq.kind === 'invalid') return SEQ_INVALID;
  const packed = seq.value * 3 + SEQ_STYLES.indexOf(seq.style);
  return Number.isSafeInteger(packed) && seq.value >= 0 ? packed : seq;
}

function unpackSeq(packed: PackedSeq): SeqValue {
  if (typeof packed !== 'number') return packed;
  if (packed === SEQ_EMPTY) return { kind: 'empty' };
  if (packed === SEQ_INVALID) return { kind: 'invalid' };
  const style = packed % 3;
  return { kind: 'number', value: (packed - style) / 3, style: SEQ_STYLES[style] ?? 'plain' };
}

/**
 * A data row of a model: its index, its 序号 packed in one number (given out as a fresh SeqValue)
 * and where to read its cells (itself, as `cells`): about 50 bytes a row, where a map of cells and
 * a SeqValue per row took ten times that.
 */
class ModelRow implements DataRow, RowCells {
  private readonly packedSeq: PackedSeq;

  constructor(
    readonly index: number,
    seq: SeqValue,
    private readonly sheet: SheetCells,
  ) {
    this.packedSeq = packSeq(seq);
  }

  get seq(): SeqValue {
    return unpackSeq(this.packedSeq);
  }

  get cells(): RowCells {
    return this;
  }

  get(key: string): ReportCell | undefined {
    return this.sheet.cell(this.index, key);
  }
}

export function buildSheetModel(grid: Grid, header: HeaderMatch): SheetModel {
  const { template } = header;
  const { values, inherited } = resolveMerges(grid);
  const sheet = new SheetCells(header.columns, values, inherited);
  const rows: DataRow[] = [];
  const skipped: SheetModel['skipped'] = [];
  const seqCol = roleIndex({ template, header }, 'seq');
  const parts = [...(header.parts ?? [])].flatMap(([key, list]) => {
    const col = header.columns.get(key);
    return col === undefined ? [] : [{ key, list, col }];
  });
  for (let r = 0; r < header.firstRow; r++) skipped.push({ index: r, kind: (values[r] ?? []).some((v) => v.trim()) ? 'preamble' : 'blank' });
  for (let r = header.firstRow; r <= header.row; r++) skipped.push({ index: r, kind: 'header' });
  for (let r = header.row + 1; r < values.length; r++) {
    const kind = classifyRow(template, header, values[r] ?? [], seqCol);
    if (kind !== 'data') {
      skipped.push({ index: r, kind });
      continue;
    }
    // a data row has text, so the row is there
    const row = at(values, r, 'grid row');
    for (const { key, list, col } of parts)
      sheet.join(
        key,
        r,
        joinedCell(list, row, col, (c) => inherited(r, c)),
      );
    const seqText = seqCol === undefined ? '' : (row[seqCol] ?? '');
    rows.push(new ModelRow(r, parseSeq(seqText), sheet));
  }
  return { grid, template, header, rows, skipped, meta: readMeta(values, header.firstRow) };
}
