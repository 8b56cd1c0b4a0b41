import { ReportError } from '../core/errors';
import type { Fix } from '../core/fix/plan';
import type { Grid } from '../core/grid';
import type { ShownSheet } from './browser-files';
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
  /**
   * What a read done elsewhere (the task pane's worker, which reads the same files the same way)
   * found: the sheets it showed and the files it could not read. Fixes and unreadable() then refer
   * to that read, as after readSheets.
   */
  recordRead(shown: readonly ShownSheet[], failed: readonly { name: string; error: ReportError }[]): void;
}

export function createBrowserHost(initial: readonly BrowserFile[] = []): BrowserHost {
  let files = [...initial];
  let choice: WorkbookChoice | undefined;
  /** The sheet names the page shows (`file · sheet` when several files are open), back to file and sheet. */
  const shown = new Map<string, { file: BrowserFile; sheet: string }>();
  let failed: { name: string; error: ReportError }[] = [];
  const addFiles = (added: readonly BrowserFile[]): void => {
    files = [...files.filter((f) => !added.some((a) => a.name === f.name)), ...added];
  };
  return {
    kind: 'browser',
    capabilities: { annotation: 'none', insertSheets: false, createWorkbook: false, sheets: 'files' },
    addFiles,
    files: () => files,
    pickedFiles: {
      list: () => files,
      add: addFiles,
      remove(name) {
        files = files.filter((f) => f.name !== name);
        failed = failed.filter((f) => f.name !== name);
      },
      clear() {
        files = [];
        failed = [];
      },
    },
    async readSheets(): Promise<Grid[]> {
      const { readPickedFile } = await import(/* webpackChunkName: "xlsx-read" */ './browser-files');
      // every sheet of every file, named after its file so findings say where they are; a file
      // that cannot be read is listed in unreadable() and the other files are still checked
      shown.clear();
      failed = [];
      return files.flatMap((file) => {
        const read = readPickedFile(file, files.length);
        if ('error' in read) {
          failed.push({ name: file.name, error: read.error });
          return [];
        }
        for (const s of read.shown) shown.set(s.shown, { file, sheet: s.sheet });
        return read.grids;
      });
    },
    recordRead(read, unreadable) {
      shown.clear();
      for (const s of read) {
        const file = files.find((f) => f.name === s.file);
        if (file) shown.set(s.shown, { file, sheet: s.sheet });
      }
      failed = [...unreadable];
    },
    unreadable: () => failed,
    async applyFixes(fixes) {
      // the same corrected copies as `fix --out`, one per file, made by the application layer
      const { correctedCopy } = await import(/* webpackChunkName: "xlsx-write" */ '../app/fix');
      const byFile = new Map<BrowserFile, Fix[]>();
      for (const fix of fixes) {
        const origin = shown.get(fix.sheet);
        if (origin) byFile.set(origin.file, [...(byFile.get(origin.file) ?? []), { ...fix, sheet: origin.sheet }]);
      }
      const copies: BrowserFile[] = [];
      let applied = 0;
      for (const [file, fileFixes] of byFile) {
        const copy = correctedCopy(file, fileFixes);
        copies.push({ name: copy.name, bytes: copy.bytes });
        applied += copy.applied.length;
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
    async insertTemplate() {
      // a page has no workbook to insert into: say so instead of reporting a sheet that does not exist
      throw new ReportError('argument-invalid', { detail: '浏览器页面不能插入工作表，请用“下载模板”得到空白报表 / a browser page cannot insert sheets; download the blank template instead' });
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
