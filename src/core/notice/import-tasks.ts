import { at, group } from '../checked';
import { readDeadline } from '../deadline';
import { parseChineseNumeral } from '../seq';
import { cleanUnits, LeadReading, MAX_NOTE, namesLead, readLeadNote } from './lead-note';

/**
 * A task list from an official notice: task paragraphs with who leads them, in any of the notices'
 * forms — a bracketed note `(牵头部门:市行政服务中心,责任部门:各行政主管部门)`, `〔牵头单位：…〕`,
 * `(由市安委办牵头,市级有关部门配合,2017年6月前完成)`, `(市统计局牵头落实)`, `[X牵头,Y按职责分工负责]`;
 * inline `牵头部门:X。`; or `牵头单位：X` and `责任单位：Y` on lines of their own after the task —
 * with their deadlines. A task is a numbered paragraph (`1.`), a section (`(二)…`) or a plain
 * paragraph that names its lead. Text extracted from PDFs wraps lines mid-sentence; a line that does
 * not end a sentence continues on the next. Every numbered paragraph without a lead is listed as
 * unplaced with the reason. Linear in the text: brackets are matched once, notes are bounded.
 */
export interface ImportedTask {
  seq: number;
  /** The number the notice gives the task (numbering restarts in every notice); 0 for an unnumbered paragraph. */
  number: number;
  task: string;
  leads: string[];
  responsible: string[];
  deadline: string;
  /** The document and section the task sits in. */
  source: string;
}

export interface UnplacedParagraph {
  number: number;
  text: string;
  source: string;
  reason: 'no-lead-unit';
}

export interface ImportResult {
  tasks: ImportedTask[];
  unplaced: UnplacedParagraph[];
}

const NUMBERED = /^(\d{1,3})\s*[.．、](?!\d)\s*(.*)$/;
const CHAPTER = /^[一二三四五六七八九十]+、/;
const SECTION = /^[(（]([一二三四五六七八九十]+)[)）]/;
const ARTICLE = /^第[一二三四五六七八九十百]+条/;
const LEAD_LINE = /^牵头(?:单位|部门)\s*[:：]\s*(.*)$/;
const RESPONSIBLE_LINE = /^(?:责任|配合|协办|参与)(?:单位|部门)\s*[:：]\s*(.*)$/;
const DOCUMENT = /(方案|意见|办法|规则|规划|通知|细则|计划|要点)$/;
const SENTENCE_END = /[。；;！？!?)）〕」”:：\]】]$/;
const UNIT_LIST_GOES_ON = /[、，,]$/;

type BlockKind = 'task' | 'chapter' | 'section' | 'lead-line' | 'responsible-line' | 'other';

interface Block {
  text: string;
  kind: BlockKind;
  number?: number;
}

function kindOf(line: string): BlockKind | undefined {
  if (NUMBERED.test(line)) return 'task';
  if (CHAPTER.test(line)) return 'chapter';
  if (SECTION.test(line)) return 'section';
  if (ARTICLE.test(line)) return 'chapter';
  if (LEAD_LINE.test(line)) return 'lead-line';
  if (RESPONSIBLE_LINE.test(line)) return 'responsible-line';
  return undefined;
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const kind = kindOf(line);
    const last = blocks[blocks.length - 1];
    // a PDF line break inside a sentence; a lead or responsible line stands on its own unless its list
    // of units visibly goes on (`牵头单位：市发展改革委、` then `市统计局`)
    const continues = last && !SENTENCE_END.test(last.text) && ((last.kind !== 'lead-line' && last.kind !== 'responsible-line') || UNIT_LIST_GOES_ON.test(last.text));
    if (!kind && last && continues) {
      last.text += line;
      continue;
    }
    const numbered = kind === 'task' ? NUMBERED.exec(line) : null;
    const section = kind === 'section' ? SECTION.exec(line) : null;
    if (numbered) blocks.push({ text: group(numbered, 2), kind: 'task', number: Number(group(numbered, 1)) });
    else if (section) blocks.push({ text: line, kind: 'section', number: parseChineseNumeral(group(section, 1)) ?? 0 });
    else blocks.push({ text: line, kind: kind ?? 'other' });
  }
  return blocks;
}

const OPEN = '(（〔[【';
const CLOSE = ')）〕]】';

/** The closing bracket of every opening bracket (-1 when unclosed), in one pass with a stack. */
function matchBrackets(text: string): Int32Array {
  const close = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (OPEN.includes(ch)) stack.push(i);
    else if (CLOSE.includes(ch) && stack.length) close[stack.pop() as number] = i;
  }
  return close;
}

interface FoundLead {
  reading: LeadReading;
  start: number;
  end: number;
}

/** The last bracketed note that names the lead units, or an inline `牵头部门:X。`. */
function findLead(text: string): FoundLead | undefined {
  const close = matchBrackets(text);
  for (let i = text.length - 1; i >= 0; i--) {
    if (!OPEN.includes(text.charAt(i))) continue;
    const closing = at(close, i, 'bracket');
    const end = closing < 0 ? text.length : closing;
    if (end - i > MAX_NOTE) continue;
    const note = text.slice(i + 1, end);
    if (!namesLead(note)) continue;
    const reading = readLeadNote(note);
    if (reading) return { reading, start: i, end: closing < 0 ? text.length : end + 1 };
  }
  const inline = /[,，;；。]?\s*牵头(?:部门|单位)\s*[:：]/.exec(text);
  if (inline) {
    const reading = readLeadNote(
      text
        .slice(inline.index)
        .replace(/^[,，;；。]\s*/, '')
        .slice(0, MAX_NOTE),
    );
    if (reading) return { reading, start: inline.index, end: text.length };
  }
  return undefined;
}

function deadlineOf(...texts: string[]): string {
  for (const text of texts) {
    const reading = readDeadline(text);
    if (reading.kind === 'date') return reading.deadline.text;
    if (reading.kind === 'ongoing') return reading.text;
  }
  return '';
}

interface Candidate {
  block: Block;
  text: string;
  source: string;
  leads: string[];
  responsible: string[];
  rest: string;
}

export function importTasks(text: string): ImportResult {
  const tasks: ImportedTask[] = [];
  const unplaced: UnplacedParagraph[] = [];
  let documentTitle = '';
  let section = '';
  let open: Candidate | undefined;

  const place = (c: Candidate): void => {
    const taskText = (c.block.kind === 'section' ? c.text.replace(SECTION, '') : c.text).trim();
    tasks.push({ seq: tasks.length + 1, number: c.block.number ?? 0, task: taskText, leads: c.leads, responsible: c.responsible, deadline: deadlineOf(c.rest, taskText), source: c.source });
  };
  /** Ends the open task: placed when it has leads; a numbered paragraph without leads is unplaced. */
  const close = (): void => {
    if (open?.leads.length) place(open);
    else if (open?.block.kind === 'task') unplaced.push({ number: open.block.number ?? 0, text: open.text, source: open.source, reason: 'no-lead-unit' });
    open = undefined;
  };
  const sourceNow = (): string => [documentTitle, section].filter(Boolean).join(' ');
  const candidate = (block: Block, source: string): Candidate => {
    const found = findLead(block.text);
    if (!found) return { block, text: block.text, source, leads: [], responsible: [], rest: '' };
    return { block, text: block.text.slice(0, found.start) + block.text.slice(found.end), source, leads: found.reading.leads, responsible: found.reading.responsible, rest: found.reading.rest };
  };

  for (const block of blocksOf(text)) {
    switch (block.kind) {
      case 'chapter':
        close();
        section = '';
        break;
      case 'section': {
        close();
        section = block.text.replace(/。.*$/, '');
        const c = candidate(block, documentTitle);
        if (c.leads.length) place(c);
        else open = c; // a section is a task when a 牵头单位 line follows it, else a heading
        break;
      }
      case 'task': {
        close();
        open = candidate(block, sourceNow());
        if (open.leads.length) close();
        break;
      }
      case 'lead-line': {
        const units = cleanUnits(LEAD_LINE.exec(block.text)?.[1] ?? '');
        if (open && open.leads.length === 0 && units.length) open.leads = units;
        break;
      }
      case 'responsible-line': {
        const units = cleanUnits(RESPONSIBLE_LINE.exec(block.text)?.[1] ?? '');
        if (open && open.leads.length > 0 && open.responsible.length === 0) open.responsible = units;
        break;
      }
      default: {
        if (DOCUMENT.test(block.text) && block.text.length <= 80) {
          close();
          documentTitle = block.text;
          section = '';
          break;
        }
        const c = candidate(block, sourceNow());
        if (c.leads.length) {
          close();
          place(c);
        } else if (open && open.leads.length === 0)
          open.text += c.text; // the task's description continues
        else close();
      }
    }
  }
  close();
  return { tasks, unplaced };
}
