import { Lang, SEVERITY_FILL } from '../core/catalog';
import type { Finding } from '../core/finding';
import { CellMark, cellMarks } from '../app/cell-marks';
import { addressBatches } from './addresses';
import { z } from 'zod';
import type { ExcelFeatures } from './capabilities';

/**
 * Marking findings on the sheet and taking the marks off again. Before the first mark on a cell the
 * cell's own fill is recorded (in the workbook's settings, so it survives closing the task pane);
 * clearing restores exactly those fills and deletes only the notes or comments this add-in added.
 * A constant number of syncs each way, whatever the number of findings.
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

const markRecordsSchema = z.array(z.object({ sheet: z.string(), cell: z.string().regex(/^[A-Z]{1,3}\d+$/), fill: z.string().nullable(), annotation: z.enum(['note', 'comment', 'none']) }));

/** Records are data from a document: parsed, never cast; a damaged record list counts as none. */
export function parseMarkRecords(json: unknown): MarkRecord[] {
  try {
    const parsed = markRecordsSchema.safeParse(JSON.parse(String(json)));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export async function loadMarkRecords(context: Excel.RequestContext): Promise<MarkRecord[]> {
  const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
  setting.load('value');
  await context.sync();
  return setting.isNullObject ? [] : parseMarkRecords(setting.value);
}

/**
 * getRanges fails in practice well before its documented limits (office-js #5198): batches hold at
 * most this many areas and address characters, and a batch Excel still refuses (InvalidArgument) is
 * written again cell by cell.
 */
export const MAX_AREAS_PER_BATCH = 100;
export const MAX_BATCH_CHARS = 2000;
/** The record list stays well under the settings' 2 MB (errors are reported from about 1 MB). */
export const MAX_MARK_RECORDS_CHARS = 512 * 1024;

type FillJob = { worksheet: Excel.Worksheet; cells: string[]; colour: string | null };

function applyFill(format: Excel.RangeFormat, colour: string | null): void {
  if (colour === null) format.fill.clear();
  else format.fill.color = colour;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Writes the fills in their own sync: RangeAreas batches where supported, cell by cell as the fallback. */
async function writeFills(context: Excel.RequestContext, jobs: readonly FillJob[], features: ExcelFeatures): Promise<void> {
  const cellByCell = (): void => {
    for (const job of jobs) for (const cell of job.cells) applyFill(job.worksheet.getRange(cell).format, job.colour);
  };
  if (!features.rangeAreas) {
    cellByCell();
    await context.sync();
    return;
  }
  for (const job of jobs)
    for (const group of chunk(job.cells, MAX_AREAS_PER_BATCH)) for (const batch of addressBatches(group, MAX_BATCH_CHARS)) applyFill(job.worksheet.getRanges(batch).format, job.colour);
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 'InvalidArgument') throw error;
    cellByCell(); // the same colours again, one cell at a time: writing a fill twice is harmless
    await context.sync();
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * Three syncs whatever the number of findings: read the cells' own fills and annotations, write the
 * records of what is about to change (before the change, so a failed write never leaves marks
 * nobody can take off) with the notes, then the fills. Before ExcelApi 1.9 a fill's pattern cannot
 * be read: white then counts as no fill of the user's own.
 */
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
  if (!setting.isNullObject) for (const r of parseMarkRecords(setting.value)) records.set(`${r.sheet}!${r.cell}`, r);
  let budget = MAX_MARK_RECORDS_CHARS - JSON.stringify([...records.values()]).length;
  const marked: CellMark[] = [];
  for (const p of probes) {
    const key = `${p.mark.sheet}!${p.mark.cell}`;
    const comment = comments.get(key);
    const hadAnnotation = (p.note && !p.note.isNullObject) || comment !== undefined;
    const previous = records.get(key);
    const ownFill = previous ? previous.fill : ownFillOf(p.fill, features);
    const annotation = previous?.annotation === 'none' || previous === undefined ? (hadAnnotation ? 'none' : features.annotation) : previous.annotation;
    const record: MarkRecord = { sheet: p.mark.sheet, cell: p.mark.cell, fill: ownFill, annotation };
    if (!previous) {
      budget -= JSON.stringify(record).length + 1;
      if (budget < 0) break; // the rest stays unmarked; the count returned says how many were marked
    }
    records.set(key, record);
    marked.push(p.mark);
    const text = `${NOTE_AUTHOR_PREFIX}${p.mark.text}`;
    if (annotation === 'note') {
      if (p.note && !p.note.isNullObject) p.note.content = text;
      else context.workbook.worksheets.getItem(p.mark.sheet).notes.add(p.mark.cell, text);
    } else if (annotation === 'comment') {
      if (comment) comment.content = text;
      else context.workbook.comments.add(`${quoted(p.mark.sheet)}!${p.mark.cell}`, text);
    }
  }
  context.workbook.settings.add(MARKS_SETTING, JSON.stringify([...records.values()]));
  await context.sync();
  const jobs: FillJob[] = [];
  for (const [sheet, sheetMarks] of groupBy(marked, (m) => m.sheet)) {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    for (const [colour, cells] of groupBy(sheetMarks, (m) => MARK_FILLS[m.severity])) jobs.push({ worksheet, cells: cells.map((c) => c.cell), colour });
  }
  await writeFills(context, jobs, features);
  return marked.length;
}

function ownFillOf(fill: Excel.RangeFill, features: ExcelFeatures): string | null {
  if (features.rangeAreas) return fill.pattern === 'None' ? null : fill.color;
  return fill.color === '#FFFFFF' ? null : fill.color;
}

/**
 * Takes off exactly the marks recorded: the sheets first (a sheet deleted or renamed since marking is
 * passed over), then the notes and comments on the sheets that remain, then the restore.
 */
export async function clearMarks(context: Excel.RequestContext, features: ExcelFeatures): Promise<number> {
  const records = await loadMarkRecords(context);
  if (records.length === 0) return 0;
  const sheets = new Map<string, Excel.Worksheet>();
  for (const sheet of new Set(records.map((r) => r.sheet))) {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    worksheet.load('name');
    sheets.set(sheet, worksheet);
  }
  await context.sync();
  const present = records.filter((r) => !(sheets.get(r.sheet) as Excel.Worksheet).isNullObject);
  const notes = noteProbes(present, sheets, features);
  if (notes.length > 0) await context.sync();
  const comments = features.annotation === 'comment' && present.some((r) => r.annotation === 'comment') ? await commentsByCell(context) : new Map<string, Excel.Comment>();
  const annotations: { isNullObject: boolean; content: unknown; delete(): void }[] = [
    ...notes,
    ...present.flatMap((r) => {
      const comment = r.annotation === 'comment' ? comments.get(`${r.sheet}!${r.cell}`) : undefined;
      return comment ? [comment] : [];
    }),
  ];
  for (const item of annotations) {
    // only the notes this add-in wrote: a note the user has rewritten since is left alone
    if (!item.isNullObject && String(item.content).startsWith(NOTE_AUTHOR_PREFIX)) item.delete();
  }
  const jobs: FillJob[] = [];
  for (const [sheet, sheetRecords] of groupBy(present, (r) => r.sheet)) {
    const worksheet = sheets.get(sheet) as Excel.Worksheet;
    for (const [colour, cells] of groupBy(sheetRecords, (r) => r.fill ?? '')) jobs.push({ worksheet, cells: cells.map((c) => c.cell), colour: colour || null });
  }
  await writeFills(context, jobs, features); // the deletions above go out in the same request
  context.workbook.settings.getItem(MARKS_SETTING).delete();
  await context.sync();
  return present.length;
}

/** Notes recorded as ours, on sheets that still exist; none where this office.js has no notes. */
function noteProbes(records: readonly MarkRecord[], sheets: Map<string, Excel.Worksheet>, features: ExcelFeatures): Excel.Note[] {
  if (features.annotation !== 'note') return [];
  return records.flatMap((r) => {
    if (r.annotation !== 'note') return [];
    const note = (sheets.get(r.sheet) as Excel.Worksheet).notes.getItemOrNullObject(r.cell);
    note.load('content');
    return [note];
  });
}
