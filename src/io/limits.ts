/**
 * Every bound the readers enforce, as data in one place. A file past one of these is refused with
 * `file-too-large` (or `file-corrupt` where the file contradicts itself) before the cost is paid:
 * sizes are checked against what a part declares, rows and columns as they are scanned.
 */
export const READ_LIMITS = {
  /** Excel's own sheet size: rows 1..1,048,576, columns A..XFD. A reference past these is corrupt. */
  maxRows: 1_048_576,
  maxColumns: 16_384,
  /** One part of a workbook, inflated. */
  maxPartBytes: 256 * 1024 * 1024,
  /** All parts read from one workbook together, inflated (a zip of many honest parts is refused too). */
  maxWorkbookBytes: 512 * 1024 * 1024,
  /**
   * Characters of cell text in one sheet, counted as each cell is read. Shared strings make this
   * independent of the file's size (one 1 MB string referenced by 20,000 cells is 20 GB of text for
   * everything downstream), so it is bounded on its own.
   */
  maxSheetTextChars: 256 * 1024 * 1024,
  /** Entries in a workbook's zip directory. */
  maxZipEntries: 100_000,
  /** A CSV file, and one line of it (a cell may hold 32,767 characters in Excel; a line of 16,384 of them is far past any report). */
  maxCsvBytes: 128 * 1024 * 1024,
  maxCsvLineChars: 4 * 1024 * 1024,
} as const;

export type ReadLimits = { -readonly [K in keyof typeof READ_LIMITS]: number };

export function limitsWith(overrides: Partial<ReadLimits> = {}): ReadLimits {
  return { ...READ_LIMITS, ...overrides };
}

export const mb = (bytes: number): number => Math.round(bytes / 1048576);
