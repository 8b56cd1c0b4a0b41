import type { Row, Style, Worksheet } from 'exceljs';
import { cellText } from './cell-text';
import type { LeanSheet, LeanStyle, LeanWorkbook } from './consolidated-xlsx';

/**
 * Writing rows whose cells take shared styles (see consolidated-styles.ts): each cell's `style` is set to
 * its column's style object, never copied or changed, and each text goes through `cellText`.
 */
export function styledRow(sheet: Worksheet, values: readonly (string | number)[], styles: readonly Partial<Style>[], at?: number): Row {
  const row = sheet.getRow(at ?? sheet.rowCount + 1);
  for (let c = 0; c < values.length; c++) {
    const cell = row.getCell(c + 1);
    const value = values[c];
    cell.value = typeof value === 'string' ? cellText(value) : value;
    cell.style = styles[c] ?? styles[styles.length - 1] ?? {};
  }
  return row;
}

export function setWidths(sheet: Worksheet, widths: readonly number[]): void {
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

/** The lean writer's form of a shared style (see consolidated-xlsx.ts), converted once per style object. */
const leanForms = new WeakMap<Partial<Style>, LeanStyle>();

export function leanStyle(style: Partial<Style>): LeanStyle {
  let lean = leanForms.get(style);
  if (lean) return lean;
  const f = style.font ?? {};
  const a = style.alignment;
  const fill = style.fill && style.fill.type === 'pattern' ? style.fill.fgColor?.argb : undefined;
  lean = {
    font: { name: f.name ?? '宋体', size: f.size ?? 11, ...(f.bold ? { bold: true } : {}), ...(f.charset ? { charset: f.charset } : {}) },
    ...(a
      ? {
          alignment: {
            ...(a.horizontal === 'left' || a.horizontal === 'center' ? { horizontal: a.horizontal } : {}),
            ...(a.vertical === 'top' || a.vertical === 'middle' ? { vertical: a.vertical } : {}),
            ...(a.wrapText ? { wrapText: true } : {}),
          },
        }
      : {}),
    ...(style.border ? { border: 'thin' as const } : {}),
    ...(fill ? { fill } : {}),
  };
  leanForms.set(style, lean);
  return lean;
}

/**
 * A row of the lean writer whose cells take shared styles, as `styledRow` does for ExcelJS: each
 * text goes through `cellText`, each style is registered once per workbook.
 */
export function leanRow(book: LeanWorkbook, sheet: LeanSheet, values: readonly (string | number)[], styles: readonly Partial<Style>[], options: { height?: number; at?: number } = {}): void {
  // every style is registered, in order, before the row's cells (as `row` takes them)
  leanCells(
    sheet,
    values,
    styles.map((s) => book.style(leanStyle(s))),
    options,
  );
}

/**
 * `leanRow` for the many rows of one kind (a sheet's body): the same styles for every row, their
 * ids found once, when the first row is written (so registered in the order `leanRow` would
 * register them, and not at all when no row comes).
 */
export function leanRowWriter(book: LeanWorkbook, sheet: LeanSheet, styles: readonly Partial<Style>[]): (values: readonly (string | number)[], options?: { height?: number; at?: number }) => void {
  let ids: readonly number[] | undefined;
  return (values, options = {}) => leanCells(sheet, values, (ids ??= styles.map((s) => book.style(leanStyle(s)))), options);
}

/** The cells one by one, as `row` writes them, without an array of the row's texts. */
function leanCells(sheet: LeanSheet, values: readonly (string | number)[], ids: readonly number[], options: { height?: number; at?: number }): void {
  sheet.startRow(options.height, options.at);
  for (let c = 0; c < values.length; c++) {
    const value = values[c] ?? '';
    sheet.cell(typeof value === 'string' ? cellText(value) : value, ids[c] ?? ids[ids.length - 1] ?? 0);
  }
  sheet.endRow();
}
