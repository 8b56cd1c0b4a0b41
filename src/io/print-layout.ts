import type { PageSetup, Worksheet } from 'exceljs';
import type { LeanPrint } from './consolidated-xlsx';

/**
 * Print layout shared by the sheets of the written workbooks: A4, fit to the page's width (as many
 * pages down as needed), the header rows repeated on every page, 第 N 页 共 M 页 in the footer,
 * and row heights estimated from the text so wrapped cells print whole.
 */
export const PAGE_FOOTER = '&C第 &P 页 共 &N 页';

/** Page margins in inches: room for the footer, the table centred. */
const PAGE_MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 };

/** Excel's largest row height, in points. */
const MAX_ROW_HEIGHT = 409;

export interface PrintOptions {
  orientation: 'portrait' | 'landscape';
  /** The rows repeated on every page, 1-based inclusive, e.g. [2, 2]. */
  titleRows?: [number, number];
  /**
   * The printed range; columns outside it are kept on screen but not printed. ExcelJS prefixes
   * each column with `$` only, so rows are given absolute: `A$1:E$120` becomes `$A$1:$E$120`.
   */
  printArea?: string;
}

export function applyPrintLayout(sheet: Worksheet, options: PrintOptions): void {
  const setup: Partial<PageSetup> = {
    paperSize: 9,
    orientation: options.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { ...PAGE_MARGINS },
  };
  if (options.titleRows) setup.printTitlesRow = `${options.titleRows[0]}:${options.titleRows[1]}`;
  if (options.printArea) setup.printArea = options.printArea;
  Object.assign(sheet.pageSetup, setup);
  sheet.headerFooter = { oddFooter: PAGE_FOOTER, differentFirst: false, differentOddEven: false };
}

/** The same layout for the lean writer (consolidated-xlsx.ts). */
export function leanPrint(options: PrintOptions): LeanPrint {
  return {
    orientation: options.orientation,
    ...(options.titleRows ? { titleRows: options.titleRows } : {}),
    ...(options.printArea ? { printArea: options.printArea.replace(/\$/g, '') } : {}),
    footer: PAGE_FOOTER,
    margins: { ...PAGE_MARGINS },
  };
}

/** True for characters that take two columns: CJK, full-width forms and punctuation. */
function isWide(code: number): boolean {
  // below U+1100 nothing is wide: ASCII (digits, item numbers) answers after one comparison
  if (code < 0x1100) return false;
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code > 0xffff ||
    (code >= 0xd800 && code <= 0xdbff)
  );
}

/** The text's width in half-width character cells (a CJK character counts two). */
export function displayWidth(line: string): number {
  let width = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/**
 * The printed lines a wrapped cell needs: each of its lines wraps at the column's width. A column
 * `width` is in Excel's units (one digit of the 11-pt default font); text of `fontSize` points
 * takes proportionally more room, and a cell loses about one unit to its padding.
 */
export function wrappedLines(text: string, width: number, fontSize: number): number {
  if (text === '') return 1;
  const cellsPerLine = Math.max(1, ((width - 1) * 11) / fontSize);
  // each line (between line breaks) as displayWidth measures it, without cutting the text
  let lines = 0;
  let lineWidth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      lines += Math.max(1, Math.ceil(lineWidth / cellsPerLine));
      lineWidth = 0;
    } else if (code < 0xdc00 || code > 0xdfff) lineWidth += isWide(code) ? 2 : 1;
  }
  return lines + Math.max(1, Math.ceil(lineWidth / cellsPerLine));
}

/** The printed lines of a row: the most any of its cells needs (at least one). */
export function rowLines(texts: readonly string[], widths: readonly number[], fontSize: number): number {
  let lines = 1;
  for (let i = 0; i < texts.length; i++) {
    const width = widths[i];
    const text = texts[i] ?? '';
    if (width !== undefined && text !== '') lines = Math.max(lines, wrappedLines(text, width, fontSize));
  }
  return lines;
}

/** The height in points that shows `lines` printed lines of `fontSize` text, at least `minimum`. */
export function heightOfLines(lines: number, fontSize: number, minimum: number): number {
  const lineHeight = Math.ceil(fontSize * 1.35);
  return Math.min(MAX_ROW_HEIGHT, Math.max(minimum, lines * lineHeight + 6));
}

/** The height in points that shows every wrapped line of the row's cells, at least `minimum`. */
export function rowHeight(texts: readonly string[], widths: readonly number[], fontSize: number, minimum: number): number {
  return heightOfLines(rowLines(texts, widths, fontSize), fontSize, minimum);
}
