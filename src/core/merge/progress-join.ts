import { at } from '../checked';
import { splitProgressItems, stripItemNumber } from '../progress-items';

/**
 * One task's 进展情况 from every unit that reported it: items in the units' order, renumbered
 * 1, 2, 3…, each marked with its unit when more than one unit reported.
 */
export interface Contribution {
  unit: string;
  progress: string;
}

export function progressItems(progress: string): string[] {
  return splitProgressItems(progress).map((item) => stripItemNumber(item.text));
}

/** A single item stays as written: one unnumbered progress (`80%`) is never numbered `1.80%`. */
export function joinProgress(contributions: readonly Contribution[]): string {
  const marked = contributions.filter((c) => c.progress.trim() !== '').length > 1;
  const items = contributions.flatMap((c) =>
    splitProgressItems(c.progress).map((item) => {
      const text = stripItemNumber(item.text);
      return { text: marked && c.unit ? `【${c.unit}】${text}` : text, numbered: item.number !== null };
    }),
  );
  if (items.length === 1 && !at(items, 0).numbered) return at(items, 0).text;
  return items.map((item, i) => `${i + 1}.${item.text}`).join('\n');
}
