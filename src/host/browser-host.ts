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
      return files.flatMap((f) => readWorkbookBytes(f.bytes, f.name).map((g) => ({ ...g, sheet: files.length > 1 ? `${f.name} · ${g.sheet}` : g.sheet })));
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
