import type { WpsWorkbook, WpsWorksheet } from './wps-api';
import { allSheets } from './read-sheet';

/** Sheet names: `报表`, then `报表2`, `报表3`… when taken; at most 31 characters, as WPS and Excel allow. */
export function uniqueName(wanted: string, taken: readonly string[]): string {
  const base = wanted.slice(0, 31);
  if (!taken.includes(base)) return base;
  let i = 2;
  while (taken.includes(`${base.slice(0, 31 - String(i).length)}${i}`)) i++;
  return `${base.slice(0, 31 - String(i).length)}${i}`;
}

export function sheetNames(book: WpsWorkbook): string[] {
  return allSheets(book.Worksheets).map((s) => s.Name);
}

/** A new sheet after the last one, named `wanted` (or the next free variant of it). */
export function addSheetAtEnd(book: WpsWorkbook, wanted: string): WpsWorksheet {
  const sheets = book.Worksheets;
  const name = uniqueName(wanted, sheetNames(book));
  const sheet = sheets.Add(undefined, sheets.Item(sheets.Count));
  sheet.Name = name;
  return sheet;
}
