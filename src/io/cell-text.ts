import { xmlSafeText } from './xml-safe-text';

/** Excel's limit on the characters of one cell; a longer text makes Excel repair the workbook. */
export const MAX_CELL_CHARS = 32767;

/**
 * A text as a written cell holds it: XML-safe, and cut to Excel's limit with a visible marker saying
 * how much was left out (never silently shortened). `rest` names where the full text is.
 */
export function cellText(text: string, rest = ''): string {
  const safe = xmlSafeText(text);
  if (safe.length <= MAX_CELL_CHARS) return safe;
  const marker = (left: number): string => `……（另有 ${left} 字未写入${rest ? `，见${rest}` : ''}）`;
  let cut = MAX_CELL_CHARS - marker(safe.length).length;
  while (cut + 1 + marker(safe.length - cut - 1).length <= MAX_CELL_CHARS) cut++;
  // never cut between the halves of a surrogate pair
  if (/[\uD800-\uDBFF]/.test(safe.charAt(cut - 1))) cut--;
  return safe.slice(0, cut) + marker(safe.length - cut);
}
