import { at } from './checked';
import { splitProgressItems, stripItemNumber } from './progress-items';

/**
 * How alike two texts are, for matching a task by its text and spotting progress pasted again.
 * Texts are reduced to their words (no spaces, punctuation or item numbers) and compared by the
 * Dice similarity of their character bigrams: linear in the texts' length.
 */
export function textFingerprint(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function progressFingerprint(text: string): string {
  return textFingerprint(
    splitProgressItems(text)
      .map((item) => stripItemNumber(item.text))
      .join(''),
  );
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = [...text];
  for (let i = 0; i < chars.length - 1; i++) {
    const gram = at(chars, i) + at(chars, i + 1);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice similarity of character bigrams, 0 to 1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of x) {
    shared += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Task texts agree at this similarity or above (or when one contains the other). */
export const TASK_TEXT_AGREEMENT = 0.5;

/** Whether a submitted task text is the master task's text, allowing edits (推进科创湖区建设 ~ 推进科创湖区). */
export function taskTextsAgree(submitted: string, reference: string): boolean {
  const [a, b] = [textFingerprint(submitted), textFingerprint(reference)];
  if (a === '' || b === '' || a === b) return true;
  if (a.includes(b) || b.includes(a)) return true;
  return similarity(a, b) >= TASK_TEXT_AGREEMENT;
}
