import { readDeadline } from '../deadline';
import { splitUnits, unitKey } from '../units';

/**
 * A task list from an official notice: numbered task paragraphs that end with who leads them, in any
 * of the notices' forms — `(牵头部门:市行政服务中心,责任部门:各行政主管部门)`, `〔牵头单位：…〕`,
 * `(由市安委办牵头,市级有关部门配合,2017年6月前完成)` — with their deadlines. Text extracted from PDFs
 * wraps lines mid-sentence; a line that does not end a sentence continues on the next.
 */
export interface ImportedTask {
  seq: number;
  /** The number the notice gives the task (numbering restarts in every notice). */
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
const SECTION = /^[(（][一二三四五六七八九十]+[)）]/;
const ARTICLE = /^第[一二三四五六七八九十百]+条/;
const DOCUMENT = /(方案|意见|办法|规则|规划|通知|细则|计划)$/;
const SENTENCE_END = /[。；;！？!?)）〕」”:：]$/;

interface Block {
  text: string;
  kind: 'task' | 'chapter' | 'section' | 'other';
  number?: number;
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const numbered = NUMBERED.exec(line);
    const last = blocks[blocks.length - 1];
    const starts = numbered || CHAPTER.test(line) || SECTION.test(line) || ARTICLE.test(line);
    if (!starts && last && !SENTENCE_END.test(last.text)) {
      last.text += line; // a PDF line break inside a sentence
      continue;
    }
    if (numbered) blocks.push({ text: numbered[2], kind: 'task', number: Number(numbered[1]) });
    else blocks.push({ text: line, kind: CHAPTER.test(line) ? 'chapter' : SECTION.test(line) ? 'section' : 'other' });
  }
  return blocks;
}

const OPEN = '(（〔[【';
const CLOSE = ')）〕]】';

/** The bracketed note that names the lead units: from its opening bracket to the matching close. */
function leadNote(text: string): { note: string; start: number; end: number } | undefined {
  const re = /[(（〔[【]\s*(?:第[^)）〕]{1,12}?项)?\s*(?:牵头(?:部门|单位)|由)/g;
  let found: { note: string; start: number; end: number } | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let depth = 0;
    let end = text.length;
    for (let i = m.index; i < text.length; i++) {
      if (OPEN.includes(text[i])) depth++;
      else if (CLOSE.includes(text[i]) && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    const note = text.slice(m.index + 1, end === text.length && depth > 0 ? end : end - 1);
    if (/牵头|由[^,，]+负责/.test(note)) found = { note, start: m.index, end };
  }
  return found;
}

function parseNote(note: string): { leads: string; responsible: string; rest: string } | undefined {
  const keyed = /牵头(?:部门|单位)\s*[:：]\s*([\s\S]*?)(?:[,，;；]\s*(?:责任|配合|协办|参与)(?:部门|单位)\s*[:：]\s*([\s\S]*))?$/.exec(note);
  if (keyed) return { leads: keyed[1], responsible: keyed[2] ?? '', rest: '' };
  // `由A牵头,B配合,2017年6月前完成`, also per item: `第一、三项由A牵头,第二项由B牵头,C配合,持续推进`
  const leads = [...note.matchAll(/由([^,，;；由]+?)(?:牵头|负责)/g)].map((m) => m[1]);
  if (leads.length === 0) return undefined;
  const afterLeads = note.slice(Math.max(note.lastIndexOf('牵头'), note.lastIndexOf('负责')) + 2);
  const helpers = /^\s*[,，]\s*([^,，]*?)(?:配合|参与|协同|共同推进)/.exec(afterLeads);
  const rest = helpers ? afterLeads.slice(helpers[0].length) : afterLeads;
  return { leads: leads.join('、'), responsible: helpers?.[1] ?? '', rest };
}

function deadlineOf(...texts: string[]): string {
  for (const text of texts) {
    const reading = readDeadline(text);
    if (reading.kind === 'date') return reading.deadline.text;
    if (reading.kind === 'ongoing') return reading.text;
  }
  return '';
}

export function importTasks(text: string): ImportResult {
  const tasks: ImportedTask[] = [];
  const unplaced: UnplacedParagraph[] = [];
  let documentTitle = '';
  let section = '';
  for (const block of blocksOf(text)) {
    if (block.kind === 'other' && DOCUMENT.test(block.text) && block.text.length <= 80) documentTitle = block.text;
    if (block.kind === 'chapter') section = '';
    if (block.kind === 'section') section = block.text.replace(/。.*$/, '');
    if (block.kind !== 'task') continue;
    const source = [documentTitle, section].filter(Boolean).join(' ');
    const found = leadNote(block.text);
    const parsed = found ? parseNote(found.note) : undefined;
    if (!found || !parsed || splitUnits(parsed.leads).length === 0) {
      unplaced.push({ number: block.number ?? 0, text: block.text, source, reason: 'no-lead-unit' });
      continue;
    }
    const taskText = (block.text.slice(0, found.start) + block.text.slice(found.end)).trim();
    tasks.push({
      seq: tasks.length + 1,
      number: block.number ?? 0,
      task: taskText,
      leads: [...new Map(splitUnits(parsed.leads).map((u) => [unitKey(u), u])).values()],
      responsible: splitUnits(parsed.responsible),
      deadline: deadlineOf(parsed.rest, taskText),
      source,
    });
  }
  return { tasks, unplaced };
}
