import type { Row, Style, Worksheet } from 'exceljs';
import { cellText } from './cell-text';

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
    cell.style = styles[c] ?? styles[styles.length - 1];
  }
  return row;
}

export function setWidths(sheet: Worksheet, widths: readonly number[]): void {
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}
