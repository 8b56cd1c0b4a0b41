import { Lang, Severity, SEVERITY_FILL } from '../core/catalog';
import type { Finding } from '../core/finding';
import { renderFinding } from '../locales';
import { addressBatches } from './addresses';
import type { ExcelFeatures } from './capabilities';

/**
 * Marking findings on the sheet and taking the marks off again. Before the first mark on a cell the
 * cell's own fill is recorded (in the workbook's settings, so it survives closing the task pane);
 * clearing restores exactly those fills and deletes only the notes or comments this add-in added.
 * Two syncs each way, whatever the number of findings: one to read, one to write.
 */
export const MARK_FILLS = SEVERITY_FILL;
export const MARKS_SETTING = 'progress-report.marks';
const NOTE_AUTHOR_PREFIX = '【进展报表助手】';

export interface MarkRecord {
  sheet: string;
  cell: string;
  /** The cell's own fill before marking; null when it had none. */
  fill: string | null;
  annotation: 'note' | 'comment' | 'none';
}

interface CellMark {
  sheet: string;
  cell: string;
  severity: Severity;
  text: string;
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

/** One mark per cell: the worst severity, every message of the cell in one text. */
export function cellMarks(findings: readonly Finding[], lang: Lang): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const f of findings) {
    if (!f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const rendered = renderFinding(f, lang);
    const line = `${rendered.title}：${rendered.message}${rendered.hint ? ` ${rendered.hint}` : ''}`;
    const mark = byCell.get(key);
    if (!mark) byCell.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity, text: line });
    else {
      if (SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(mark.severity)) mark.severity = f.severity;
      mark.text += `\n${line}`;
    }
  }
  return [...byCell.values()];
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Comments by cell (`报表!D15`): the comment API finds comments by id, so locations are loaded once. */
async function commentsByCell(context: Excel.RequestContext): Promise<Map<string, Excel.Comment>> {
  const comments = context.workbook.comments;
  comments.load('items/id,items/content');
  await context.sync();
  const located = comments.items.map((comment) => {
    const location = comment.getLocation();
    location.load('address');
    return { comment, location };
  });
  await context.sync();
  return new Map(located.map(({ comment, location }) => [location.address.replace(/'/g, '').replace(/\$/g, ''), comment]));
}

export async function loadMarkRecords(context: Excel.RequestContext): Promise<MarkRecord[]> {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load('value');
  await context.sync();
  return setting.isNullObject ? [] : (JSON.parse(String(setting.value)) as MarkRecord[]);
}

/** Applies one colour to many cells of a sheet: RangeAreas batches where supported, else cell by cell. */
function fillCells(worksheet: Excel.Worksheet, cells: readonly string[], colour: string | null, features: ExcelFeatures): void {
  const apply = (format: Excel.RangeFormat): void => {
    if (colour === null) format.fill.clear();
    else format.fill.color = colour;
  };
  if (features.rangeAreas) for (const batch of addressBatches(cells)) apply(worksheet.getRanges(batch).format);
  else for (const cell of cells) apply(worksheet.getRange(cell).format);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export async function markFindings(context: Excel.RequestContext, findings: readonly Finding[], lang: Lang, features: ExcelFeatures): Promise<number> {
  const marks = cellMarks(findings, lang);
  if (marks.length === 0) return 0;
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load('value');
  const probes = marks.map((m) => {
    const worksheet = context.workbook.worksheets.getItem(m.sheet);
    const fill = worksheet.getRange(m.cell).format.fill;
    fill.load(features.rangeAreas ? 'color,pattern' : 'color');
    const note = features.annotation === 'note' ? worksheet.notes.getItemOrNullObject(m.cell) : undefined;
    note?.load('content');
    return { mark: m, fill, note };
  });
  await context.sync();
  const comments = features.annotation === 'comment' ? await commentsByCell(context) : new Map<string, Excel.Comment>();

  const records = new Map<string, MarkRecord>();
  if (!setting.isNullObject) for (const r of JSON.parse(String(setting.value)) as MarkRecord[]) records.set(`${r.sheet}!${r.cell}`, r);
  for (const p of probes) {
    const key = `${p.mark.sheet}!${p.mark.cell}`;
    const comment = comments.get(key);
    const hadAnnotation = (p.note && !p.note.isNullObject) || comment !== undefined;
    const previous = records.get(key);
    const ownFill = previous ? previous.fill : p.fill.pattern === 'None' ? null : p.fill.color;
    const annotation = previous?.annotation === 'none' || previous === undefined ? (hadAnnotation ? 'none' : features.annotation) : previous.annotation;
    records.set(key, { sheet: p.mark.sheet, cell: p.mark.cell, fill: ownFill ?? null, annotation });
    const text = `${NOTE_AUTHOR_PREFIX}${p.mark.text}`;
    if (annotation === 'note') {
      if (p.note && !p.note.isNullObject) p.note.content = text;
      else context.workbook.worksheets.getItem(p.mark.sheet).notes.add(p.mark.cell, text);
    } else if (annotation === 'comment') {
      if (comment) comment.content = text;
      else context.workbook.comments.add(`${quoted(p.mark.sheet)}!${p.mark.cell}`, text);
    }
  }
  for (const [sheet, sheetMarks] of groupBy(marks, (m) => m.sheet)) {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    for (const [colour, cells] of groupBy(sheetMarks, (m) => MARK_FILLS[m.severity])) fillCells(worksheet, cells.map((c) => c.cell), colour, features);
  }
  context.workbook.settings.add(MARKS_SETTING, JSON.stringify([...records.values()]));
  await context.sync();
  return marks.length;
}

/** A constant number of syncs, whatever the number of marks: the records, what still exists, then the restore. */
export async function clearMarks(context: Excel.RequestContext, features: ExcelFeatures): Promise<number> {
  const records = await loadMarkRecords(context);
  if (records.length === 0) return 0;
  const sheets = new Map<string, Excel.Worksheet>();
  for (const sheet of new Set(records.map((r) => r.sheet))) {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    worksheet.load('name');
    sheets.set(sheet, worksheet);
  }
  const notes = records.flatMap((r) => {
    if (r.annotation !== 'note') return [];
    const note = (sheets.get(r.sheet) as Excel.Worksheet).notes.getItemOrNullObject(r.cell);
    note.load('content');
    return [note];
  });
  await context.sync();
  const comments = records.some((r) => r.annotation === 'comment') ? await commentsByCell(context) : new Map<string, Excel.Comment>();
  const annotations: { isNullObject: boolean; content: unknown; delete(): void }[] = [
    ...notes,
    ...records.flatMap((r) => {
      const comment = r.annotation === 'comment' ? comments.get(`${r.sheet}!${r.cell}`) : undefined;
      return comment ? [comment] : [];
    }),
  ];
  for (const [sheet, sheetRecords] of groupBy(records, (r) => r.sheet)) {
    const worksheet = sheets.get(sheet);
    if (!worksheet || worksheet.isNullObject) continue;
    for (const [colour, cells] of groupBy(sheetRecords, (r) => r.fill ?? '')) fillCells(worksheet, cells.map((c) => c.cell), colour || null, features);
  }
  for (const item of annotations) {
    // only the notes this add-in wrote: a note the user has rewritten since is left alone
    if (!item.isNullObject && String(item.content).startsWith(NOTE_AUTHOR_PREFIX)) item.delete();
  }
  context.workbook.settings.getItem(MARKS_SETTING).delete();
  await context.sync();
  return records.length;
}
