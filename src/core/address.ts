import { group } from './checked';

/** Spreadsheet addresses: column letters and A1 references, 0-based indexes in, 1-based rows out. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `cellAddress(14, 3)` is `D15`. */
export function cellAddress(rowIndex: number, colIndex: number): string {
  return `${columnLetter(colIndex)}${rowIndex + 1}`;
}

/** Parses `D15` into 0-based indexes; undefined when it is not an A1 reference. */
export function parseCellAddress(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return undefined;
  return { row: Number(group(m, 2)) - 1, col: columnIndex(group(m, 1)) };
}
