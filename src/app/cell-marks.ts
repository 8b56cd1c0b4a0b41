import type { Lang, Severity } from '../core/catalog';
import { Finding, severityRank } from '../core/finding';
import { renderFinding } from '../locales';

/**
 * What a host writes on a marked cell, the same in Excel and WPS: one mark per cell, with the worst
 * severity of its findings and every message of the cell in one text (one line each, in order).
 */
export interface CellMark {
  sheet: string;
  cell: string;
  severity: Severity;
  text: string;
}

export function cellMarks(findings: readonly Finding[], lang: Lang): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const f of findings) {
    if (!f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const rendered = renderFinding(f, lang);
    const line = `${rendered.title}：${rendered.message}${rendered.hint ? ` ${rendered.hint}` : ''}`;
    const mark = byCell.get(key);
    if (!mark) byCell.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity, text: line });
    else {
      if (severityRank(f.severity) < severityRank(mark.severity)) mark.severity = f.severity;
      mark.text += `\n${line}`;
    }
  }
  return [...byCell.values()];
}
