import { at } from '../core/checked';
import type { MergedRange } from '../core/grid';
import { safeSheetName } from './sheet-name';
import { xmlSafeText } from './xml-text';

/**
 * Writing workbooks (samples, fixtures, clean submissions, annotated copies). ExcelJS is loaded only
 * here and only when something is written, so reading and validating never pay for it. Every text
 * goes through xmlSafeText first, so the workbook is well-formed XML whatever the input held.
 */
export interface CellStyle {
  bold?: boolean;
  fill?: string;
  wrap?: boolean;
  align?: 'left' | 'center';
}

export interface SheetSpec {
  name: string;
  rows: (string | number)[][];
  merges?: MergedRange[];
  state?: 'visible' | 'hidden';
  /** Column widths in characters. */
  widths?: number[];
  /** 0-based header row: styled bold with a fill, and frozen. */
  headerRow?: number;
  /** Per-cell styles keyed `row,col` (0-based). */
  styles?: Map<string, CellStyle>;
  /** Cell notes keyed `row,col` (0-based). */
  notes?: Map<string, string>;
  /** Allowed values for a column below the header: an in-cell dropdown. */
  dropdown?: { col: number; values: string[] };
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** `row,col` (0-based), the form of the spec's style and note keys, as a cell's position. */
function cellOfKey(key: string): [number, number] {
  const parts = key.split(',').map(Number);
  return [at(parts, 0, 'row of cell key'), at(parts, 1, 'column of cell key')];
}

export async function writeXlsx(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '进展报表助手';
  workbook.created = new Date(Date.UTC(2021, 0, 1));
  workbook.modified = workbook.created;
  const taken = new Set<string>();
  for (const spec of sheets) {
    // a name Excel refuses (`报送/市交通运输局`, 32 characters) is cleaned, never an ExcelJS error
    const name = safeSheetName(xmlSafeText(spec.name, 'drop'), taken);
    taken.add(name.toLowerCase());
    const sheet = workbook.addWorksheet(name, { state: spec.state ?? 'visible' });
    spec.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === '') return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = typeof value === 'string' ? xmlSafeText(value) : value;
        cell.alignment = { wrapText: true, vertical: 'top' };
      });
    });
    for (const m of spec.merges ?? []) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    spec.widths?.forEach((width, c) => {
      sheet.getColumn(c + 1).width = width;
    });
    if (spec.headerRow !== undefined) {
      const header = sheet.getRow(spec.headerRow + 1);
      header.eachCell((cell) => {
        cell.font = { bold: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
        cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      });
      sheet.views = [{ state: 'frozen', ySplit: spec.headerRow + 1 }];
    }
    for (const [key, style] of spec.styles ?? []) {
      const [r, c] = cellOfKey(key);
      const cell = sheet.getCell(r + 1, c + 1);
      if (style.bold) cell.font = { bold: true };
      if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
      cell.alignment = { wrapText: style.wrap ?? true, vertical: 'top', horizontal: style.align ?? 'left' };
    }
    for (const [key, note] of spec.notes ?? []) {
      const [r, c] = cellOfKey(key);
      sheet.getCell(r + 1, c + 1).note = xmlSafeText(note);
    }
    if (spec.dropdown && spec.headerRow !== undefined) {
      const col = spec.dropdown.col + 1; // by number: a letter built from a char code stops at Z
      const formula = `"${spec.dropdown.values.map((v) => xmlSafeText(v, 'drop')).join(',')}"`;
      for (let r = spec.headerRow + 2; r <= Math.max(spec.rows.length, spec.headerRow + 200); r++) {
        sheet.getCell(r, col).dataValidation = { type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true };
      }
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
