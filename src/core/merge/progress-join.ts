import { at } from '../checked';
import { itemNumber, itemTextWithoutNumber, splitProgressItems } from '../progress-items';

/**
 * One task's 进展情况 from every unit that reported it: items in the units' order, renumbered
 * 1, 2, 3…, each marked with its unit when more than one unit reported.
 */
export interface Contribution {
  unit: string;
  progress: string;
}

export function progressItems(progress: string): string[] {
  return splitProgressItems(progress).map(itemTextWithoutNumber);
}

/** Whether a CJK unified ideograph (U+4E00–U+9FFF): NFKC leaves it as it is and it composes with nothing. */
function ideograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/**
 * Whether one trimmed line is already what joining it gives, told from its first characters alone
 * (most progress cells): a line starting with an ideograph has no item number, and `1.` followed
 * by an ideograph is item 1 written as the join writes it. Any other line goes the general way.
 */
function writtenAsJoined(line: string): boolean {
  if (ideograph(line.charCodeAt(0))) return true;
  return line.charCodeAt(0) === 0x31 && line.charCodeAt(1) === 0x2e && ideograph(line.charCodeAt(2));
}

/** A single item stays as written: one unnumbered progress (`80%`) is never numbered `1.80%`. */
export function joinProgress(contributions: readonly Contribution[]): string {
  // one unit's progress on one line (most tasks): its one item, as the general path below gives it
  const only = contributions.length === 1 ? contributions[0] : undefined;
  if (only && !only.progress.includes('\n')) {
    const line = only.progress.trim();
    if (line === '') return '';
    if (writtenAsJoined(line)) return line;
    const number = itemNumber(line);
    return number === null ? line : `1.${itemTextWithoutNumber({ number, text: line })}`;
  }
  let reporting = 0;
  for (const c of contributions) if (c.progress.trim() !== '') reporting++;
  const marked = reporting > 1;
  const texts: string[] = [];
  let firstNumbered = false;
  for (const c of contributions) {
    for (const item of splitProgressItems(c.progress)) {
      if (texts.length === 0) firstNumbered = item.number !== null;
      const text = itemTextWithoutNumber(item);
      texts.push(marked && c.unit ? `【${c.unit}】${text}` : text);
    }
  }
  if (texts.length === 1 && !firstNumbered) return at(texts, 0);
  return texts.map((text, i) => `${i + 1}.${text}`).join('\n');
}
