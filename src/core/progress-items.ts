import { normalizeText } from './text';

/**
 * The numbered items of a 进展情况 cell: one item per line, `1.…` or `1．…` or `1、…`.
 * A line such as `1-6月完成投资` is text, not item 1.
 */
export interface ProgressItem {
  number: number | null;
  text: string;
}

/**
 * An item number at a line start: a number, then `.` `．` or `、`, then text. A `.` followed by a digit
 * is a decimal (`7.7公里`, `171.70万元`), and a number followed by nothing or by `%` (`80%`) is an amount.
 */
const ITEM_START = /^(\d{1,3})\s*(?:[.．](?!\s*\d+(?:\.\d+)?(?!\s*[-—–~至到月年\d]))|、)\s*(?=\S)(?![%％])/;

export function itemNumber(line: string): number | null {
  // an item number sits in the first characters: normalising them is enough (and cheap on long items)
  const m = ITEM_START.exec(normalizeText(line.slice(0, 16)));
  return m ? Number(m[1]) : null;
}

/** Splits the cell into items: a numbered line starts an item, other lines continue it. */
export function splitProgressItems(text: string): ProgressItem[] {
  const items: ProgressItem[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line) continue;
    const number = itemNumber(line);
    const last = items[items.length - 1];
    if (number === null && last) last.text += `\n${line}`;
    else items.push({ number, text: line });
  }
  return items;
}

/** The numbers the items carry, in order; empty when the cell is not a numbered list. */
export function itemNumbers(text: string): number[] {
  return splitProgressItems(text)
    .map((item) => item.number)
    .filter((n): n is number => n !== null);
}

const ITEM_PREFIX = /^[\d０-９]{1,3}\s*[.．、]\s*/;

/** Removes an item's leading number: `2.南湖区出台…` → `南湖区出台…`. */
export function stripItemNumber(line: string): string {
  if (itemNumber(line) === null) return line.trim();
  return line.trim().replace(ITEM_PREFIX, '');
}

/**
 * `stripItemNumber(item.text)` for an item of `splitProgressItems`, without reading a one-line
 * item's number again (it was read from that very line); an item of several lines is read again.
 */
export function itemTextWithoutNumber(item: ProgressItem): string {
  if (item.text.includes('\n')) return stripItemNumber(item.text);
  return item.number === null ? item.text : item.text.replace(ITEM_PREFIX, '');
}
