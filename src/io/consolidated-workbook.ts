import type { Lang } from '../core/catalog';
import type { MergeDocument } from '../core/merge/merge-document';
import type { Template } from '../core/template/schema';
import { columnLetter } from '../core/address';
import type { UnplacedReason } from '../core/merge/types';
import { fileName } from '../core/text';
import { addBarChart } from './bar-chart-part';
import { cellText } from './cell-text';
import { chaseList, chaseTaskLine } from './chase-list';
import { writeStatsSheet } from './consolidated-stats';
import { LeanWorkbook, type PieceDeflater } from './consolidated-xlsx';
import { leanRow, leanRowWriter, leanStyle } from './styled-rows';
import { heightOfLines, leanPrint, rowHeight, wrappedLines } from './print-layout';
import { BODY_FONT_SIZE, TABLE_FONT_SIZE, workbookStyles, type WorkbookStyles } from './consolidated-styles';

/**
 * The consolidated workbook a compiler prints and publishes: 汇总 (the five standard columns, and
 * 来源 on screen only: it lies outside the print area), 统计 (with 合计 rows and a native chart),
 * 问题, 未报送 and 催报 (the missing tasks grouped by unit). Every sheet prints on A4 fitted to the
 * page's width with its header repeated and page numbers in the footer; row heights follow the
 * text so wrapped tasks print whole. Written with the lean writer (consolidated-xlsx.ts): rows
 * stream into the zip as they are made, one style per kind of cell.
 */
const TITLE = '重点工作进展情况汇总表';
const SUMMARY_HEADER = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'];
const SUMMARY_WIDTHS = [6, 36, 62, 18, 11];
const EXTRA_WIDTH = 18;
const NOTE_WIDTH = 24;
const SOURCE_WIDTH = 28;
/** Why a row is listed apart (it matched no master task): the 说明 column's text. */
const UNPLACED_NOTE: Record<UnplacedReason, string> = {
  'unplaced.text-differs': '未归入任务清单：序号相同但任务内容不同',
  'unplaced.no-match': '未归入任务清单：序号和任务内容都对不上',
};
const PROBLEM_WIDTHS = [6, 16, 20, 10, 8, 24, 44, 30];
const MISSING_WIDTHS = [6, 60, 24];
const CHASE_WIDTHS = [24, 70, 8];

export interface ConsolidatedOptions {
  title?: string;
  /** The report's year when the caller knows it and the period does not say it. */
  year?: number;
  lang?: Lang;
  /** The platform's DEFLATE for the parts (the CLI's zlib); fflate when not given. */
  deflater?: PieceDeflater;
}

/** The title with the year: from the options, else from the period (`2024年上半年`), else none. */
export function consolidatedTitle(period: string | undefined, year?: number): string {
  const named = period ? /((?:19|20)\d{2})\s*年/.exec(period) : null;
  const theYear = year ?? (named ? Number(named[1]) : undefined);
  const rest = period && named ? period.replace(named[0], '').trim() : period;
  return `${theYear ? `${theYear}年` : ''}${TITLE}${rest ? `（${rest}）` : ''}`;
}

/**
 * `answer` with the last text asked and its answer kept: a repeat of the text before (the same
 * string: a task's sources mostly come from the file the task before came from, 牵头部门 and 进展状态
 * mostly repeat the row above) costs one comparison instead of the work.
 */
function lastAnswer(answer: (text: string) => string): (text: string) => string {
  let lastText: string | undefined;
  let lastAnswered = '';
  return (text) => {
    if (text !== lastText) {
      lastAnswered = answer(text);
      lastText = text;
    }
    return lastAnswered;
  };
}

function sourceText(task: MergeDocument['tasks'][number], nameOfFile: (path: string) => string): string {
  const only = task.sources.length === 1 ? task.sources[0] : undefined;
  if (only) return `${only.unit || '?'}（${nameOfFile(only.file)} 第${only.row}行）`;
  return task.sources.map((s) => `${s.unit || '?'}（${nameOfFile(s.file)} 第${s.row}行）`).join('\n');
}

/**
 * 汇总's columns: the five standard ones, then every carried column (备注…) in the order first seen,
 * then 说明 when some row is listed apart as unplaced, then 来源. Everything but 来源 is printed.
 */
function summaryColumns(doc: MergeDocument): { extras: string[]; note: boolean } {
  const extras: string[] = [];
  let note = false;
  // one pass over the tasks; most carry no column: no object or array made for them
  for (const task of doc.tasks) {
    if (task.extras) for (const label of Object.keys(task.extras)) if (!extras.includes(label)) extras.push(label);
    if (task.unplaced) note = true;
  }
  return { extras, note };
}

/** Writes 汇总; returns the texts of its 来源 cells (made when the shared strings are written). */
function writeSummary(book: LeanWorkbook, doc: MergeDocument, template: Template, title: string): (index: number) => string {
  const s = workbookStyles('document');
  const { extras, note } = summaryColumns(doc);
  const header = [...SUMMARY_HEADER, ...extras, ...(note ? ['说明'] : []), '来源'];
  const printed = [...SUMMARY_WIDTHS, ...extras.map(() => EXTRA_WIDTH), ...(note ? [NOTE_WIDTH] : [])];
  const sheet = book.addSheet('汇总', 2);
  sheet.widths = [...printed, SOURCE_WIDTH];
  // an incomplete merge says so in its title, so a printed copy never passes for the whole table
  const shownTitle = doc.incomplete.length ? `${title}（不完整：${doc.incomplete.length} 处缺列，见“问题”）` : title;
  const lastPrinted = columnLetter(printed.length - 1);
  leanRow(book, sheet, [shownTitle, ...printed.slice(1).map(() => '')], [s.title], { height: 36 });
  sheet.merge(`A1:${lastPrinted}1`);
  leanRow(book, sheet, header, [s.header], { height: 22 });
  const colours = new Map(template.statuses.map((st) => [st.name, st.colour]));
  // one row per task, written cell by cell: no arrays per row. Style ids are registered in the
  // order the cells first use them (序号's, the texts', then each status colour as it first comes).
  // A task's sources (file and row) are its own text, not looked up in the shared strings; a task
  // text or a short progress may repeat (未报送 lists the tasks again) and is shared as any text.
  let ids: { centre: number; text: number } | undefined;
  const statusIds = new Map<string, number>();
  const lines = (text: string, column: number): number => {
    const width = printed[column];
    return width === undefined || text === '' ? 1 : wrappedLines(text, width, BODY_FONT_SIZE);
  };
  // 牵头部门 and 进展状态 hold a handful of texts: each one's lines are counted once
  const nameOfFile = lastAnswer(fileName);
  const leadCell = lastAnswer(cellText);
  const statusCell = lastAnswer(cellText);
  const leadLines = new Map<string, number>();
  const statusLines = new Map<string, number>();
  const linesOnce = (memo: Map<string, number>, text: string, column: number): number => {
    let n = memo.get(text);
    if (n === undefined) memo.set(text, (n = lines(text, column)));
    return n;
  };
  const tasks = doc.tasks;
  for (let index = 0; index < tasks.length; index++) {
    const task = tasks[index]!;
    ids ??= { centre: book.style(leanStyle(s.centre)), text: book.style(leanStyle(s.text)) };
    let statusId = statusIds.get(task.status);
    if (statusId === undefined) statusIds.set(task.status, (statusId = book.style(leanStyle(s.status(colours.get(task.status))))));
    // one lead unit (most tasks) is its own text: the same string for every task it leads
    const leads = task.leads.length === 1 ? (task.leads[0] ?? '') : task.leads.join('、');
    const noteText = note ? (task.unplaced ? UNPLACED_NOTE[task.unplaced.reason] : '') : undefined;
    // the printed height: the most lines any printed cell needs (序号 never wraps)
    let height = Math.max(lines(task.task, 1), lines(task.progress, 2), linesOnce(leadLines, leads, 3), linesOnce(statusLines, task.status, 4));
    for (let i = 0; i < extras.length; i++) height = Math.max(height, lines(task.extras?.[extras[i] ?? ''] ?? '', 5 + i));
    if (noteText !== undefined) height = Math.max(height, lines(noteText, 5 + extras.length));
    sheet.startRow(heightOfLines(height, BODY_FONT_SIZE, 20));
    sheet.cell(task.seq ?? '', ids.centre);
    sheet.cell(cellText(task.task), ids.text);
    sheet.cell(cellText(task.progress), ids.text);
    sheet.cell(leadCell(leads), ids.text);
    sheet.cell(statusCell(task.status), statusId);
    for (const label of extras) sheet.cell(cellText(task.extras?.[label] ?? ''), ids.text);
    if (noteText !== undefined) sheet.cell(cellText(noteText), ids.text);
    // the sources' text is made when the shared strings are written (a task with none has an empty cell)
    if (task.sources.length) sheet.cellLater(index, ids.text);
    else sheet.cell('', ids.text);
    sheet.endRow();
  }
  sheet.end(leanPrint({ orientation: 'landscape', titleRows: [2, 2], printArea: `A1:${lastPrinted}${doc.tasks.length + 2}` }));
  // 来源's texts, by task index, as `finish` asks for them
  return (index) => cellText(sourceText(tasks[index]!, nameOfFile));
}

function writeProblems(book: LeanWorkbook, doc: MergeDocument, s: WorkbookStyles): void {
  const sheet = book.addSheet('问题', 1);
  sheet.widths = PROBLEM_WIDTHS;
  leanRow(book, sheet, ['级别', '代码', '文件', '工作表', '单元格', '内容', '问题', '建议'], [s.header]);
  const severity = { error: '错误', warning: '警告', info: '提示' } as const;
  const row = leanRowWriter(book, sheet, [s.centre, s.text, s.text, s.text, s.centre, s.text, s.text, s.text]);
  const add = (values: string[]): void => row(values, { height: rowHeight(values, PROBLEM_WIDTHS, TABLE_FONT_SIZE, 18) });
  for (const f of doc.findings) add([severity[f.severity], f.code, f.file ? fileName(f.file) : '', f.sheet, f.cell ?? (f.row ? `第${f.row}行` : ''), f.value, f.message, f.hint ?? f.suggestion ?? '']);
  for (const u of doc.unreadable) add(['错误', u.code, fileName(u.file), '', '', '', u.message, '']);
  for (const gap of doc.incomplete) add(['错误', 'role-missing', gap.file ? fileName(gap.file) : '', gap.sheet, '', '', `汇总不完整：没有“${gap.column}”列`, '']);
  sheet.end(leanPrint({ orientation: 'landscape', titleRows: [1, 1] }));
}

function writeMissing(book: LeanWorkbook, doc: MergeDocument, s: WorkbookStyles): void {
  const sheet = book.addSheet('未报送', 1);
  sheet.widths = MISSING_WIDTHS;
  leanRow(book, sheet, ['序号', '主要工作任务', '单位'], [s.header]);
  const row = leanRowWriter(book, sheet, [s.centre, s.text, s.text]);
  for (const m of doc.missing) row([m.seq ?? '', m.task, m.unit], { height: rowHeight(['', m.task, m.unit], MISSING_WIDTHS, TABLE_FONT_SIZE, 18) });
  sheet.end(leanPrint({ orientation: 'portrait', titleRows: [1, 1] }));
}

/** 催报: one row per unit with its missing tasks, one per line, ready to paste into a message. */
function writeChase(book: LeanWorkbook, doc: MergeDocument, s: WorkbookStyles): void {
  const sheet = book.addSheet('催报', 1);
  sheet.widths = CHASE_WIDTHS;
  leanRow(book, sheet, ['单位', '未报送任务', '任务数'], [s.header]);
  const row = leanRowWriter(book, sheet, [s.text, s.text, s.centre]);
  for (const entry of chaseList(doc.missing)) {
    const tasks = cellText(entry.tasks.map(chaseTaskLine).join('\n'), '“未报送”工作表');
    row([entry.unit, tasks, entry.count], { height: rowHeight([entry.unit, tasks], CHASE_WIDTHS, TABLE_FONT_SIZE, 18) });
  }
  sheet.end(leanPrint({ orientation: 'portrait', titleRows: [1, 1] }));
}

export async function writeConsolidatedWorkbook(doc: MergeDocument, template: Template, options: ConsolidatedOptions = {}): Promise<Uint8Array> {
  const book = new LeanWorkbook('进展报表助手', options.deflater);
  const tables = workbookStyles('table');
  const sourceTexts = writeSummary(book, doc, template, options.title ?? consolidatedTitle(doc.period, options.year));
  const chart = writeStatsSheet(book, doc, template, tables);
  writeProblems(book, doc, tables);
  writeMissing(book, doc, tables);
  writeChase(book, doc, tables);
  return addBarChart(book.finish(sourceTexts), chart);
}
