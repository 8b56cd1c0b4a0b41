import { perFile, readSource } from '../app/sources';
import type { ReportError } from '../core/errors';
import type { Grid } from '../core/grid';

/**
 * How the browser page reads the files it was given, one file at a time: the page's own host and
 * the task pane's worker read them the same way. Each sheet is named after its file when several
 * files are open (`甲.xlsx · 报表`), so a finding says where it is; a file that cannot be read is its
 * own error and the other files are still read.
 */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** A sheet as the page shows it, back to its file and the sheet's own name (fixes are written there). */
export interface ShownSheet {
  shown: string;
  file: string;
  sheet: string;
}

export type FileSheets = { name: string; grids: Grid[]; shown: ShownSheet[] } | { name: string; error: ReportError };

export function readPickedFile(file: PickedFile, fileCount: number): FileSheets {
  const outcome = perFile(file.name, () => readSource(file));
  if ('error' in outcome) return { name: file.name, error: outcome.error };
  const shown: ShownSheet[] = [];
  const grids = outcome.value.map((g) => {
    const sheet = fileCount > 1 ? `${file.name} · ${g.sheet}` : g.sheet;
    shown.push({ shown: sheet, file: file.name, sheet: g.sheet });
    return { ...g, sheet };
  });
  return { name: file.name, grids, shown };
}
