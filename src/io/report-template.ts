import { zipSync } from 'fflate';
import { safeSheetName } from './sheet-name';
import { xmlSafeText } from './xml-text';

/**
 * The report a clerk fills in, as a workbook: a title row (黑体, merged over the columns), the
 * 填报单位 and 报告期 lines, the header (row 4, repeated on every printed page), the task rows with
 * thin borders, a dropdown of the allowed statuses, A4 landscape fitted to one page wide with page
 * numbers in the footer. A pre-filled report (one per unit of a master list) has its 序号 and task
 * cells written and the sheet protected without a password: only the `editable` columns of the
 * task rows are unlocked, so the key the merge relies on cannot be changed by accident.
 */
export interface ReportTemplateSpec {
  sheetName: string;
  title: string;
  unitLine: string;
  periodLine: string;
  columns: { label: string; width: number; editable: boolean }[];
  /** Pre-filled task rows (one text per column); empty for a blank report. */
  rows: string[][];
  /** Rows a blank report offers below its header. */
  blankRows: number;
  /** The status column (0-based) and its allowed values, for the dropdown. */
  dropdown?: { col: number; values: string[] };
  /** Lock every cell but the editable columns of the task rows, and protect the sheet (no password). */
  protect: boolean;
}

/** The 1-based row of the header: below the title, 填报单位 and 报告期 lines. */
export const TEMPLATE_HEADER_ROW = 4;

const TITLE_FONT = { name: '黑体', size: 16, bold: true } as const;
const HEADER_FONT = { name: '黑体', size: 12 } as const;
const BODY_FONT = { name: '仿宋_GB2312', size: 12 } as const;
const LINE_FONT = { name: '宋体', size: 12 } as const;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function writeReportTemplate(spec: ReportTemplateSpec): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '进展报表助手';
  workbook.created = new Date(Date.UTC(2021, 0, 1));
  workbook.modified = workbook.created;
  const width = spec.columns.length;
  const header = TEMPLATE_HEADER_ROW;
  const bodyRows = spec.rows.length > 0 ? spec.rows.length : spec.blankRows;
  const lastRow = header + bodyRows;
  const sheet = workbook.addWorksheet(safeSheetName(xmlSafeText(spec.sheetName, 'drop')), {
    views: [{ state: 'frozen', ySplit: header }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${header}:${header}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  });
  spec.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });

  sheet.mergeCells(1, 1, 1, width);
  const title = sheet.getCell(1, 1);
  title.value = xmlSafeText(spec.title);
  title.font = TITLE_FONT;
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 32;
  // the two lines stay unmerged: a merged row right above the header would read as a group header
  [spec.unitLine, spec.periodLine].forEach((text, i) => {
    const cell = sheet.getCell(2 + i, 1);
    cell.value = xmlSafeText(text);
    cell.font = LINE_FONT;
    cell.alignment = { horizontal: 'left', vertical: 'middle' };
  });

  spec.columns.forEach((c, i) => {
    const cell = sheet.getCell(header, i + 1);
    cell.value = xmlSafeText(c.label);
    cell.font = HEADER_FONT;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = BORDER;
  });
  sheet.getRow(header).height = 28;

  for (let r = 0; r < bodyRows; r++) {
    const values = spec.rows[r] ?? [];
    for (let c = 0; c < width; c++) {
      const cell = sheet.getCell(header + 1 + r, c + 1);
      const value = values[c] ?? '';
      if (value !== '') cell.value = /^\d+$/.test(value) && c === 0 ? Number(value) : xmlSafeText(value);
      cell.font = BODY_FONT;
      cell.alignment = { wrapText: true, vertical: 'top', horizontal: c === 0 ? 'center' : 'left' };
      cell.border = BORDER;
      if (spec.protect && spec.columns[c]?.editable) cell.protection = { locked: false };
    }
  }

  if (spec.dropdown && spec.dropdown.values.length > 0) {
    const formula = `"${spec.dropdown.values.map((v) => xmlSafeText(v, 'drop')).join(',')}"`;
    for (let r = header + 1; r <= lastRow; r++) {
      sheet.getCell(r, spec.dropdown.col + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: true,
        errorTitle: '进展状态',
        error: `请从下拉列表中选择：${spec.dropdown.values.join('、')}`,
      };
    }
  }

  if (spec.protect) {
    // no password: the clerk can lift it (审阅 > 撤销工作表保护) if the compiler allows; the point is no accidental edit
    await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Several files as one zip (names as given, UTF-8), for one download instead of many. */
export function zipFiles(files: readonly { name: string; bytes: Uint8Array }[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) entries[file.name] = file.bytes;
  return zipSync(entries, { level: 6, mtime: new Date(Date.UTC(2021, 0, 1)) });
}
