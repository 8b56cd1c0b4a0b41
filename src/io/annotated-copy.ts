import { Lang, SEVERITY_FILL } from '../core/catalog';
import type { Grid } from '../core/grid';
import { parseCellAddress } from '../core/address';
import { severityRank } from '../core/finding';
import { renderFinding } from '../locales';
import type { SheetReport } from '../core/validate';
import { SheetSpec, writeXlsx } from './xlsx-writer';

/**
 * The annotated copy the browser page downloads: every sheet of the file as read, each finding's
 * cell filled by severity with a note holding the message and the hint. The original file is not
 * touched; the copy keeps texts and merges, not the original formatting.
 */
export function annotatedSheets(grids: readonly Grid[], reports: readonly SheetReport[], lang: Lang): SheetSpec[] {
  return grids.map((grid) => {
    const styles = new Map<string, { fill: string }>();
    const worst = new Map<string, number>();
    const notes = new Map<string, string>();
    const report = reports.find((r) => r.sheet === grid.sheet);
    for (const f of report?.findings ?? []) {
      const at = f.cell ? parseCellAddress(f.cell) : undefined;
      if (!at) continue;
      const key = `${at.row},${at.col}`;
      const rendered = renderFinding(f, lang);
      const line = `${rendered.title}：${rendered.message}${rendered.hint ? ` ${rendered.hint}` : ''}`;
      notes.set(key, notes.has(key) ? `${notes.get(key)}\n${line}` : line);
      // a cell with several findings takes the colour of the worst
      if ((worst.get(key) ?? Infinity) > severityRank(f.severity)) {
        worst.set(key, severityRank(f.severity));
        styles.set(key, { fill: SEVERITY_FILL[f.severity] });
      }
    }
    return { name: grid.sheet, rows: grid.rows, merges: grid.merges, state: grid.visibility === 'visible' ? 'visible' : 'hidden', styles, notes };
  });
}

export function annotatedWorkbook(grids: readonly Grid[], reports: readonly SheetReport[], lang: Lang): Promise<Uint8Array> {
  return writeXlsx(annotatedSheets(grids, reports, lang));
}
