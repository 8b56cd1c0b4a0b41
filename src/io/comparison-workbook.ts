import type { Lang } from '../core/catalog';
import type { Comparison } from '../core/compare/compare';
import { paramsOf } from '../core/finding';
import { renderFinding } from '../locales';
import { cellText } from './cell-text';
import { applyPrintLayout, rowHeight } from './print-layout';
import { setWidths, styledRow } from './styled-rows';
import { TABLE_FONT_SIZE, workbookStyles } from './consolidated-styles';

/**
 * The 对比 sheet: one line per change between the periods, worse in red, better in green, a
 * repeated text in yellow. Printed like the consolidated workbook: A4 landscape fitted to the
 * width, the header repeated, page numbers in the footer, borders and official fonts.
 */
const RED = '#FFC7CE';
const GREEN = '#C6EFCE';
const YELLOW = '#FFEB9C';
const WIDTHS = [12, 40, 12, 12, 60];

export function comparisonRows(comparison: Comparison, lang: Lang): { rows: string[][]; fills: Map<number, string> } {
  const rows: string[][] = [['类别', '任务或单位', '上期', '本期', '说明']];
  const fills = new Map<number, string>();
  for (const c of comparison.statusChanges) {
    fills.set(rows.length, c.direction === 'worse' ? RED : GREEN);
    rows.push([c.direction === 'worse' ? '状态变差' : '状态变好', c.label, c.before, c.after, '']);
  }
  for (const f of comparison.findings) {
    if (f.code === 'status-changed') continue;
    const label = String(paramsOf(f).task ?? paramsOf(f).unit ?? '');
    // any other finding (compare-no-match) is named by its title: the clerk never reads a code
    const kind = { 'task-added': '新增任务', 'task-dropped': '任务缺失', 'unit-not-reported': '单位', 'progress-unchanged': '进展未更新' }[f.code as string] ?? renderFinding(f, lang).title;
    if (f.code === 'progress-unchanged' || f.code === 'task-dropped') fills.set(rows.length, YELLOW);
    rows.push([kind, label, '', '', renderFinding(f, lang).message]);
  }
  return { rows, fills };
}

export function comparisonTitle(comparison: Comparison): string {
  return `进展对比：${comparison.before.period ?? '上期'} → ${comparison.after.period ?? '本期'}`;
}

export async function writeComparisonWorkbook(comparison: Comparison, lang: Lang): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '进展报表助手';
  workbook.created = new Date(Date.UTC(2021, 0, 1));
  workbook.modified = workbook.created;
  const { rows, fills } = comparisonRows(comparison, lang);
  const s = workbookStyles('table');
  const sheet = workbook.addWorksheet('对比', { views: [{ state: 'frozen', ySplit: 2 }] });
  setWidths(sheet, WIDTHS);
  const title = sheet.addRow([cellText(comparisonTitle(comparison))]);
  title.getCell(1).style = s.title;
  title.height = 32;
  sheet.mergeCells(1, 1, 1, WIDTHS.length);
  rows.forEach((values, r) => {
    if (r === 0) return void styledRow(sheet, values, [s.header]);
    const fill = fills.get(r);
    const centre = fill ? s.status(fill) : s.centre;
    const text = fill ? s.filledText(fill) : s.text;
    styledRow(sheet, values, [centre, text, centre, centre, text]).height = rowHeight(values, WIDTHS, TABLE_FONT_SIZE, 18);
  });
  applyPrintLayout(sheet, { orientation: 'landscape', titleRows: [2, 2] });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
