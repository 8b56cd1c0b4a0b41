import type { Fix } from '../core/fix/plan';
import type { Grid } from '../core/grid';
import type { ReportHost, WorkbookChoice } from './host';

/**
 * The host of the plain browser page (WPS users, reviewers, tests): the "workbook" is the files the
 * user picked or dropped, read in the page. Nothing is uploaded.
 */
export interface BrowserFile {
  name: string;
  bytes: Uint8Array;
}

export interface BrowserHost extends ReportHost {
  kind: 'browser';
  addFiles(files: readonly BrowserFile[]): void;
  files(): readonly BrowserFile[];
}

export function createBrowserHost(initial: readonly BrowserFile[] = []): BrowserHost {
  let files = [...initial];
  let choice: WorkbookChoice | undefined;
  /** The sheet names the page shows (`file · sheet` when several files are open), back to file and sheet. */
  const shown = new Map<string, { file: BrowserFile; sheet: string }>();
  return {
    kind: 'browser',
    capabilities: { annotation: 'none', insertSheets: false, createWorkbook: false },
    addFiles(added) {
      files = [...files.filter((f) => !added.some((a) => a.name === f.name)), ...added];
    },
    files: () => files,
    async readSheets(): Promise<Grid[]> {
      const { readWorkbookBytes } = await import(/* webpackChunkName: "xlsx-read" */ '../io/read-workbook');
      // every sheet of every file, named after its file so findings say where they are
      shown.clear();
      return files.flatMap((file) =>
        readWorkbookBytes(file.bytes, file.name).map((g) => {
          const sheet = files.length > 1 ? `${file.name} · ${g.sheet}` : g.sheet;
          shown.set(sheet, { file, sheet: g.sheet });
          return { ...g, sheet };
        }),
      );
    },
    async applyFixes(fixes) {
      const [{ patchXlsx }, { patchCsv }, { extensionOf }] = await Promise.all([
        import(/* webpackChunkName: "xlsx-write" */ '../io/xlsx-patch'),
        import(/* webpackChunkName: "xlsx-write" */ '../io/csv-patch'),
        import(/* webpackChunkName: "xlsx-read" */ '../io/read-workbook'),
      ]);
      const byFile = new Map<BrowserFile, Fix[]>();
      for (const fix of fixes) {
        const origin = shown.get(fix.sheet);
        if (origin) byFile.set(origin.file, [...(byFile.get(origin.file) ?? []), { ...fix, sheet: origin.sheet }]);
      }
      const copies: BrowserFile[] = [];
      let applied = 0;
      for (const [file, fileFixes] of byFile) {
        const base = file.name.replace(/\.[^.]+$/, '');
        if (['.csv', '.tsv', '.txt'].includes(extensionOf(file.name))) {
          const patched = patchCsv(file.bytes, fileFixes);
          copies.push({ name: `${base}_修正.csv`, bytes: patched.bytes });
          applied += patched.applied.length;
        } else {
          const patched = patchXlsx(file.bytes, fileFixes);
          copies.push({ name: `${base}_修正.xlsx`, bytes: patched.bytes });
          applied += patched.applied.length;
        }
      }
      return { applied, skipped: fixes.length - applied, copies };
    },
    async undoFixes() {
      return 0; // the originals were never changed: nothing to undo
    },
    async selectCell() {
      // a file has no cursor: the finding list itself shows the cell
    },
    async markFindings() {
      return 0;
    },
    async clearMarks() {
      return 0;
    },
    async insertTemplate(c) {
      return c.template.title;
    },
    async saveChoice(c) {
      choice = c;
    },
    async loadChoice() {
      return choice;
    },
    async openWorkbook() {
      throw new Error('a plain browser cannot open workbooks; the file is downloaded instead');
    },
  };
}
