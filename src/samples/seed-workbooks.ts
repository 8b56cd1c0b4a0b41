import type { SheetSpec } from '../io/xlsx-writer';
import { parseLiaisonSeed } from './liaison-seed';
import { parseProgressSeed, ProgressSeedRow } from './progress-seed';

/**
 * The seed documents as workbooks a clerk would have: a merged title row above the header, the
 * header on row 2 (or below a period line), wrapped text. Generated, never hand-edited.
 */
export const SEED_FILES = {
  progress: '004_b3a6e952f35f28ba.txt',
  liaisonMay15: '000_33b776ea10b0518b.txt',
  liaisonMay31: '001_8baa89f7fb23512d.txt',
  notice: '002_5a2e946dd2202fdb.txt',
} as const;

export const PROGRESS_HEADER = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'];
export const PROGRESS_TITLE = '2021年嘉兴市政府工作报告重点工作及政府绩效考核执行情况(上半年)';
const PROGRESS_WIDTHS = [6, 40, 60, 18, 10];

export function progressRows(rows: readonly ProgressSeedRow[]): string[][] {
  return rows.map((r) => [r.seq, r.task, r.progress, r.units, r.status]);
}

export function progressSheet(name: string, title: string, rows: readonly ProgressSeedRow[]): SheetSpec {
  return {
    name,
    rows: [[title, '', '', '', ''], PROGRESS_HEADER, ...progressRows(rows)],
    merges: [{ top: 0, left: 0, bottom: 0, right: 4 }],
    widths: PROGRESS_WIDTHS,
    headerRow: 1,
  };
}

export function progressSeedWorkbook(seedText: string): SheetSpec[] {
  return [progressSheet('2021年上半年', PROGRESS_TITLE, parseProgressSeed(seedText))];
}

export function liaisonSeedWorkbook(seedText: string): SheetSpec[] {
  const seed = parseLiaisonSeed(seedText);
  return [
    {
      name: '对接情况',
      rows: [[seed.title, '', '', ''], [seed.period, '', '', ''], ...seed.rows],
      merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
      widths: [14, 30, 60, 60],
      headerRow: 2,
    },
  ];
}
