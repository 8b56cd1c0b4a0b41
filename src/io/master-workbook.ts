import type { ImportResult } from '../core/notice/import-tasks';
import { writeXlsx } from './xlsx-writer';

/** The master list imported from a notice, as the compiler hands it out, and what could not be placed. */
export const MASTER_HEADER = ['序号', '主要工作任务', '牵头部门', '责任部门', '完成时限', '来源'];

export function masterRows(result: ImportResult): string[][] {
  return result.tasks.map((t) => [String(t.seq), t.task, t.leads.join('、'), t.responsible.join('、'), t.deadline, `${t.source} 第${t.number}项`.trim()]);
}

/** `header` names the six columns in MASTER_HEADER's order (a template's own labels, by default ours). */
export function writeMasterWorkbook(result: ImportResult, header: readonly string[] = MASTER_HEADER): Promise<Uint8Array> {
  return writeXlsx([
    { name: '任务清单', rows: [[...header], ...masterRows(result)], headerRow: 0, widths: [6, 60, 24, 30, 14, 30] },
    { name: '未识别段落', rows: [['原序号', '段落', '来源'], ...result.unplaced.map((u) => [String(u.number), u.text, u.source])], headerRow: 0, widths: [8, 80, 30] },
  ]);
}
