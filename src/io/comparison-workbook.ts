import type { Lang } from '../core/catalog';
import type { Comparison } from '../core/compare/compare';
import { paramsOf } from '../core/finding';
import { renderFinding } from '../locales';
import { writeXlsx } from './xlsx-writer';

/** The 对比 sheet: one line per change between the periods, worse in red, better in green. */
const RED = '#FFC7CE';
const GREEN = '#C6EFCE';
const YELLOW = '#FFEB9C';

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
    const kind = { 'task-added': '新增任务', 'task-dropped': '任务缺失', 'unit-not-reported': '单位', 'progress-unchanged': '进展未更新' }[f.code as string] ?? f.code;
    if (f.code === 'progress-unchanged' || f.code === 'task-dropped') fills.set(rows.length, YELLOW);
    rows.push([kind, label, '', '', renderFinding(f, lang).message]);
  }
  return { rows, fills };
}

export async function writeComparisonWorkbook(comparison: Comparison, lang: Lang): Promise<Uint8Array> {
  const { rows, fills } = comparisonRows(comparison, lang);
  const title = `进展对比：${comparison.before.period ?? '上期'} → ${comparison.after.period ?? '本期'}`;
  const styles = new Map<string, { fill: string }>();
  for (const [r, fill] of fills) for (let c = 0; c < 5; c++) styles.set(`${r + 1},${c}`, { fill });
  return writeXlsx([{ name: '对比', rows: [[title], ...rows], headerRow: 1, widths: [12, 40, 12, 12, 60], styles }]);
}
