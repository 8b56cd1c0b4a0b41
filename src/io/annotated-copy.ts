import { Lang, SEVERITY_FILL } from '../core/catalog';
import type { Grid } from '../core/grid';
import { cellAddress, parseCellAddress } from '../core/address';
import { severityRank } from '../core/finding';
import { renderFinding } from '../locales';
import type { SheetReport } from '../core/validate';
import { annotateXlsx, CellMark, SheetMarks } from './xlsx-annotate';
import { SheetSpec, writeXlsx } from './xlsx-writer';

/**
 * The annotated copy the browser page downloads: every sheet of the file as read, each finding's
 * cell filled by severity with a note holding the message and the hint. The original file is not
 * touched. An .xlsx is copied part for part with only the marks added (annotatedOriginal), so it
 * keeps its formatting; a CSV (or a package that cannot be patched) is written from its texts and
 * merges (annotatedWorkbook).
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
      const line = `${rendered.title}${lang === 'zh' ? '：' : ': '}${rendered.message}${rendered.hint ? ` ${rendered.hint}` : ''}`;
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

/** The same marks by sheet and A1 address, for patching the original package (xlsx-annotate.ts). */
export function cellMarks(grids: readonly Grid[], reports: readonly SheetReport[], lang: Lang): SheetMarks {
  const marks = new Map<string, Map<string, CellMark>>();
  for (const spec of annotatedSheets(grids, reports, lang)) {
    const sheet = new Map<string, CellMark>();
    for (const [key, note] of spec.notes ?? []) {
      const [row, col] = key.split(',').map(Number);
      const fill = spec.styles?.get(key)?.fill;
      if (row === undefined || col === undefined || !fill) continue;
      sheet.set(cellAddress(row, col), { fill, note });
    }
    if (sheet.size) marks.set(spec.name, sheet);
  }
  return marks;
}

/**
 * The copy of an .xlsx that keeps its formatting (the original package, patched); undefined where
 * only a plain copy can be made (a CSV, or a package xlsx-annotate leaves alone).
 */
export function annotatedOriginal(bytes: Uint8Array, grids: readonly Grid[], reports: readonly SheetReport[], lang: Lang): Uint8Array | undefined {
  return annotateXlsx(bytes, cellMarks(grids, reports, lang));
}

export function annotatedWorkbook(grids: readonly Grid[], reports: readonly SheetReport[], lang: Lang): Promise<Uint8Array> {
  return writeXlsx(annotatedSheets(grids, reports, lang));
}
