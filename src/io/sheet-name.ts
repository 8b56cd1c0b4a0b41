/**
 * Excel's rules for a sheet name, in one place for every writer: at most 31 characters, none of
 * `: \ / ? * [ ]`, not starting or ending with `'`, not empty, and unique in the workbook without
 * regard to case. A name that breaks them is cleaned (each forbidden character becomes `_`), cut
 * to 31 characters and, when taken, numbered `名称_2`, `名称_3`… ExcelJS throws on such names
 * (`Worksheet name … cannot include …`); Excel and WPS refuse to open the file.
 */
export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[:\\/?*[\]]/g;

function cut(name: string, max: number): string {
  const chars = Array.from(name); // never split a surrogate pair
  return chars.length <= max ? name : chars.slice(0, max).join('');
}

function trimQuotes(name: string): string {
  return name.replace(/^'+|'+$/g, '').trim();
}

/** `taken` holds the names already used, lower-cased; the caller adds the result to it. */
export function safeSheetName(name: string, taken: ReadonlySet<string> = new Set()): string {
  const cleaned = trimQuotes(cut(trimQuotes(name.replace(FORBIDDEN, '_')), MAX_SHEET_NAME)) || 'Sheet';
  let candidate = cleaned;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) {
    const suffix = `_${i}`;
    candidate = `${trimQuotes(cut(cleaned, MAX_SHEET_NAME - suffix.length))}${suffix}`;
  }
  return candidate;
}

/** Whether Excel accepts `name` as it is (before uniqueness). */
export function isValidSheetName(name: string): boolean {
  return name.length > 0 && Array.from(name).length <= MAX_SHEET_NAME && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}
