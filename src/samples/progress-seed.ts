import { at } from '../core/checked';

/**
 * Turns the published table of `seeds/004_*` (a web page saved as text: one paragraph per cell
 * line, cells separated by blank lines, an empty cell by an extra blank line) back into the rows
 * of the standard template, so tests and samples run on the real thing.
 */
export interface ProgressSeedRow {
  seq: string;
  task: string;
  progress: string;
  units: string;
  status: string;
}

export const SEED_STATUSES = ['按时推进', '进度较快', '部分滞后', '进度滞后', '已完成'];

/** The 004 page's defects as the domain notes read them (shared/domain.md): on the page, task 12's
 * lead-unit text sits at the end of its 进展情况 cell and its 牵头部门 cell is empty. */
const PROGRESS_CELL_HOLDS_UNITS = new Set(['12']);

/** Paragraphs between blank lines; n blank lines in a row stand for n-1 empty cells. */
export function paragraphs(text: string): string[] {
  const out: string[] = [];
  let blanks = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      blanks++;
      continue;
    }
    for (let i = 1; i < blanks && out.length > 0; i++) out.push('');
    blanks = 0;
    out.push(line);
  }
  return out;
}

const UNIT_ENDING = /(局|委|办|政府|集团|部|中心|院|会|公司|室|处|署|区|所|关|社|行|校|团市委|办公室|\)|）)、?$/;

export function looksLikeUnits(paragraph: string): boolean {
  return paragraph.length <= 60 && !/^\d/.test(paragraph) && !/[。；:：]/.test(paragraph) && UNIT_ENDING.test(paragraph);
}

export function parseProgressSeed(text: string): ProgressSeedRow[] {
  const all = paragraphs(text);
  let i = all.indexOf('进展状态') + 1;
  if (i === 0) throw new Error('seed table header not found');
  const rows: ProgressSeedRow[] = [];
  // paragraph k, or '' past the end (the table may stop mid-row)
  const paragraph = (k: number): string => all[k] ?? '';
  while (i < all.length) {
    const first = paragraph(i);
    const seq = /^\d+$/.test(first) ? first : '';
    if (seq === '' && first !== '') break; // past the table
    i++;
    const task = paragraph(i++);
    const body: string[] = [];
    while (i < all.length && paragraph(i) !== '' && !SEED_STATUSES.includes(paragraph(i))) body.push(paragraph(i++));
    const status = paragraph(i);
    i++;
    let unitStart = body.length;
    while (unitStart > 1 && looksLikeUnits(at(body, unitStart - 1))) unitStart--;
    if (PROGRESS_CELL_HOLDS_UNITS.has(seq)) unitStart = body.length;
    rows.push({ seq, task, progress: body.slice(0, unitStart).join('\n'), units: body.slice(unitStart).join('\n'), status });
  }
  return rows;
}
