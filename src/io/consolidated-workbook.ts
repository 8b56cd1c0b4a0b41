import type { Lang } from '../core/catalog';
import type { MergeDocument } from '../core/merge/merge-document';
import type { Template } from '../core/template/schema';
import { fileName } from '../core/text';

/**
 * The consolidated workbook a compiler prints and publishes: 汇总 (the five standard columns and
 * 来源), 统计, 问题 and 未报送. ExcelJS is loaded only when a workbook is written.
 */
const TITLE_FALLBACK = '重点工作进展情况汇总表';

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function sourceText(doc: MergeDocument['tasks'][number]): string {
  return doc.sources.map((s) => `${s.unit || '?'}（${fileName(s.file)} 第${s.row}行）`).join('\n');
}

export async function writeConsolidatedWorkbook(doc: MergeDocument, template: Template, options: { title?: string; lang?: Lang } = {}): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '进展报表助手';
  workbook.created = new Date(Date.UTC(2021, 0, 1));
  workbook.modified = workbook.created;
  const colours = new Map(template.statuses.map((s) => [s.name, s.colour]));
  const headerStyle = (row: import('exceljs').Row): void => {
    row.eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      cell.border = { bottom: { style: 'thin' } };
    });
  };

  const summary = workbook.addWorksheet('汇总', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  const title = options.title ?? (doc.period ? `${TITLE_FALLBACK}（${doc.period}）` : TITLE_FALLBACK);
  summary.addRow([title]);
  summary.mergeCells(1, 1, 1, 6);
  summary.getCell(1, 1).font = { bold: true, size: 16 };
  summary.getCell(1, 1).alignment = { horizontal: 'center' };
  headerStyle(summary.addRow(['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态', '来源']));
  for (const task of doc.tasks) {
    const row = summary.addRow([task.seq ?? '', task.task, task.progress, task.leads.join('、'), task.status, sourceText(task)]);
    row.eachCell((cell) => (cell.alignment = { wrapText: true, vertical: 'top' }));
    const colour = colours.get(task.status);
    if (colour) row.getCell(5).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour) } };
  }
  [6, 40, 70, 20, 10, 28].forEach((w, i) => (summary.getColumn(i + 1).width = w));

  const stats = workbook.addWorksheet('统计', { views: [{ state: 'frozen', ySplit: 1 }] });
  headerStyle(stats.addRow(['进展状态', '任务数']));
  for (const [status, n] of Object.entries(doc.byStatus)) stats.addRow([status, n]);
  stats.addRow(['未填状态', doc.noStatus]);
  stats.addRow([]);
  const statuses = Object.keys(doc.byStatus);
  headerStyle(stats.addRow(['单位', '牵头任务数', ...statuses, '未填状态', '未报送']));
  for (const u of doc.perUnit) stats.addRow([u.unit, u.tasks, ...statuses.map((s) => u.byStatus[s] ?? 0), u.noStatus, u.missing]);
  stats.getColumn(1).width = 28;

  const problems = workbook.addWorksheet('问题', { views: [{ state: 'frozen', ySplit: 1 }] });
  headerStyle(problems.addRow(['级别', '代码', '文件', '工作表', '单元格', '内容', '问题', '建议']));
  const severity = { error: '错误', warning: '警告', info: '提示' } as const;
  for (const f of doc.findings) {
    problems.addRow([severity[f.severity], f.code, (f.file ? fileName(f.file) : ''), f.sheet, f.cell ?? (f.row ? `第${f.row}行` : ''), f.value, f.message, f.hint ?? f.suggestion ?? '']);
  }
  for (const u of doc.unreadable) problems.addRow(['错误', u.code, fileName(u.file), '', '', '', u.message, '']);
  [6, 20, 24, 14, 8, 30, 60, 40].forEach((w, i) => (problems.getColumn(i + 1).width = w));

  const missing = workbook.addWorksheet('未报送', { views: [{ state: 'frozen', ySplit: 1 }] });
  headerStyle(missing.addRow(['序号', '主要工作任务', '单位']));
  for (const m of doc.missing) missing.addRow([m.seq ?? '', m.task, m.unit]);
  [6, 60, 24].forEach((w, i) => (missing.getColumn(i + 1).width = w));

  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
