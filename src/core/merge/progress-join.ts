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
  const items = contributions.flatMap((c) => progressItems(c.progress).map((text) => (marked && c.unit ? `【${c.unit}】${text}` : text)));
  if (items.length === 1) return items[0];
  return items.map((text, i) => `${i + 1}.${text}`).join('\n');
}
