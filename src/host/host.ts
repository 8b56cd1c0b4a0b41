import type { Lang } from '../core/catalog';
import type { Finding } from '../core/finding';
import type { Fix } from '../core/fix/plan';
import type { ReportError } from '../core/errors';
import type { Grid } from '../core/grid';
import type { Template, UnitEntry } from '../core/template/schema';

/**
 * What the task pane needs from where it runs. Excel (through Office.js), WPS 表格 (through its
 * `window.Application` object model) and the plain browser (through files) implement it; the
 * components are the same for all three and decide by capability, not by kind.
 */
export type HostKind = 'excel' | 'wps' | 'browser';

export interface HostCapabilities {
  /** Findings can be marked on the sheet with a note (ExcelApi 1.18) or a comment (1.10). */
  annotation: 'note' | 'comment' | 'none';
  /** Consolidated sheets can be inserted into the open workbook (ExcelApi 1.13). */
  insertSheets: boolean;
  /** A new workbook can be opened from a file (ExcelApi 1.8). */
  createWorkbook: boolean;
  /**
   * Where the sheets come from: the workbook open in the spreadsheet program (Excel, WPS: the pane
   * can select, mark and fix cells in place) or files picked in the page. Hosts that leave it out
   * are read by kind (see `worksOnOpenWorkbook`).
   */
  sheets?: 'open-workbook' | 'files';
}

/** True where the pane works on an open workbook rather than on picked files. */
export function worksOnOpenWorkbook(host: Pick<ReportHost, 'kind' | 'capabilities'>): boolean {
  return (host.capabilities.sheets ?? (host.kind === 'browser' ? 'files' : 'open-workbook')) === 'open-workbook';
}

/**
 * The files a host reads its sheets from where those are files picked in the page
 * (`capabilities.sheets: 'files'`): the pane lists them, adds, removes and clears them.
 */
export interface PickedFiles {
  list(): readonly { name: string; bytes: Uint8Array }[];
  /** Adds files; a file of the same name replaces the one in the list. */
  add(files: readonly { name: string; bytes: Uint8Array }[]): void;
  remove(name: string): void;
  clear(): void;
}

/** The template and directory a workbook carries, so a compiler's template workbook brings its rules along. */
export interface WorkbookChoice {
  template: Template;
  directory?: UnitEntry[];
}

export interface ReportHost {
  kind: HostKind;
  capabilities: HostCapabilities;
  /** One line each for what this host cannot do (an older Excel, an office.js without notes), shown in the pane. */
  notices?: readonly string[];
  /** Present where the sheets are picked files (the page): the pane shows and edits the list. */
  pickedFiles?: PickedFiles;
  /** The report sheets to check: the active one or every sheet. */
  readSheets(scope: 'active' | 'all'): Promise<Grid[]>;
  /**
   * The files the last readSheets could not read (a host reading files: the page), each with its
   * error; the other files' sheets were still read. A host with one open workbook has none.
   */
  unreadable?(): readonly { name: string; error: ReportError }[];
  /** Brings a cell into view and selects it. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Fills each finding's cell and attaches its message; remembers what it changed. */
  markFindings(findings: readonly Finding[], lang: Lang): Promise<number>;
  /** Removes exactly the marks this add-in made, restoring the user's own fills. */
  clearMarks(): Promise<number>;
  /**
   * Applies fixes (Excel: in the workbook, with its own before-image; browser: as corrected copies of
   * the files, returned for download). Cells changed since the preview are skipped.
   */
  applyFixes(fixes: readonly Fix[]): Promise<{ applied: number; skipped: number; copies?: { name: string; bytes: Uint8Array }[]; notice?: string }>;
  /** Restores the values the last applied fixes replaced; 0 where nothing can be undone. */
  undoFixes(): Promise<number>;
  /** Adds a blank report sheet for a template: styled header, status dropdown, unit suggestions. */
  insertTemplate(choice: WorkbookChoice): Promise<string>;
  saveChoice(choice: WorkbookChoice): Promise<void>;
  loadChoice(): Promise<WorkbookChoice | undefined>;
  /** Opens a finished workbook (consolidated table, clean submission) as a new workbook or new sheets. */
  openWorkbook(bytes: Uint8Array, fileName: string, target: 'new-workbook' | 'this-workbook'): Promise<void>;
}
