import type { MergeDocument } from '../core/merge/merge-document';
import type { Template } from '../core/template/schema';
import type { BarChartSpec } from './bar-chart-part';
import type { LeanWorkbook } from './consolidated-xlsx';
import { leanPrint } from './print-layout';
import { leanRow } from './styled-rows';
import type { WorkbookStyles } from './consolidated-styles';

/**
 * 统计: tasks per status (with 未填状态 and a 合计 row) at the top left, a column chart of them to
 * the right, and below both the table per unit with its own 合计 row. Returns the chart to add.
 */
export const STATS_SHEET = '统计';
export const NO_STATUS = '未填状态';
export const TOTAL = '合计';
const NO_STATUS_COLOUR = '#BFBFBF';
/** The chart covers columns D–K of rows 1–17; the per-unit table starts below it. */
const CHART_ANCHOR = { fromCol: 3, fromRow: 0, toCol: 11, toRow: 17 };

export function writeStatsSheet(book: LeanWorkbook, doc: MergeDocument, template: Template, s: WorkbookStyles): BarChartSpec {
  const sheet = book.addSheet(STATS_SHEET, 1);
  const statuses = Object.keys(doc.byStatus);
  const counts = [...statuses.map((st) => doc.byStatus[st] ?? 0), doc.noStatus];
  const labels = [...statuses, NO_STATUS];
  sheet.widths = [28, 12, ...statuses.map(() => 10), 10, 10];
  leanRow(book, sheet, ['进展状态', '任务数'], [s.header]);
  const colours = new Map(template.statuses.map((st) => [st.name, st.colour]));
  labels.forEach((label, i) => leanRow(book, sheet, [label, counts[i] ?? 0], [s.status(i < statuses.length ? colours.get(label) : undefined), s.centre]));
  leanRow(book, sheet, [TOTAL, counts.reduce((a, b) => a + b, 0)], [s.total]);

  const unitHeader = ['单位', '牵头任务数', ...statuses, NO_STATUS, '未报送'];
  leanRow(book, sheet, unitHeader, [s.header], { at: Math.max(sheet.rowCount + 2, CHART_ANCHOR.toRow + 2) });
  const unitColumns = [s.text, ...unitHeader.slice(1).map(() => s.centre)];
  const totals = unitHeader.slice(1).map(() => 0);
  for (const u of doc.perUnit) {
    const values = [u.tasks, ...statuses.map((st) => u.byStatus[st] ?? 0), u.noStatus, u.missing];
    values.forEach((v, i) => (totals[i] = (totals[i] ?? 0) + v));
    leanRow(book, sheet, [u.unit, ...values], unitColumns);
  }
  leanRow(book, sheet, [TOTAL, ...totals], [s.total]);
  sheet.end(leanPrint({ orientation: unitHeader.length > 7 ? 'landscape' : 'portrait' }));

  return {
    sheet: STATS_SHEET,
    title: '各进展状态任务数',
    seriesName: { cell: 'B1', text: '任务数' },
    categories: { col: 'A', from: 2, to: labels.length + 1, labels },
    values: { col: 'B', values: counts },
    colours: labels.map((label, i) => (i < statuses.length ? colours.get(label) : NO_STATUS_COLOUR)),
    anchor: CHART_ANCHOR,
  };
}
