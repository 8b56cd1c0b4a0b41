import type { Grid } from '../core/grid';
import { parseTemplate, parseUnitsDirectory } from '../core/template/schema';
import type { ReportHost, WorkbookChoice } from '../host/host';
import { applyFixes, undoFixes } from './fixes';
import { clearMarks, markFindings } from './marks';
import { openWorkbookInWps } from './open-workbook';
import { allSheets, readWpsSheet } from './read-sheet';
import { workbookStore } from './storage';
import { insertTemplateSheet } from './template-sheet';
import type { WpsApplication, WpsWorkbook } from './wps-api';

/**
 * The task pane's host inside WPS 表格: the same panels as in Excel, on WPS's object model
 * (`window.Application` of a WPS 加载项 page). Calls into WPS are synchronous; the host's methods
 * stay asynchronous because the interface is shared with Excel.
 */
export const NO_WORKBOOK = '请先在 WPS 表格中打开一个工作簿。';

export function createWpsHost(app: WpsApplication): ReportHost {
  const store = workbookStore(app);
  const book = (): WpsWorkbook => {
    const active = app.ActiveWorkbook;
    if (!active) throw new Error(NO_WORKBOOK);
    return active;
  };
  return {
    kind: 'wps',
    // comments (Range.AddComment) exist in every WPS version that runs add-ins; sheets are inserted
    // by writing values (see open-workbook.ts)
    capabilities: { annotation: 'comment', insertSheets: true, createWorkbook: true, sheets: 'open-workbook' },

    async readSheets(scope): Promise<Grid[]> {
      const workbook = book();
      if (scope === 'active') return [readWpsSheet(app.ActiveSheet ?? workbook.ActiveSheet)];
      return allSheets(workbook.Worksheets).map((sheet) => readWpsSheet(sheet));
    },

    async selectCell(sheet, cell) {
      const worksheet = book().Worksheets.Item(sheet);
      worksheet.Activate();
      worksheet.Range(cell).Select();
    },

    async markFindings(findings, lang) {
      return markFindings(book(), store, findings, lang);
    },

    async clearMarks() {
      return clearMarks(book(), store);
    },

    async applyFixes(fixes) {
      return applyFixes(book(), store, fixes);
    },

    async undoFixes() {
      return undoFixes(book(), store);
    },

    async insertTemplate(choice) {
      return insertTemplateSheet(app, book(), choice);
    },

    async saveChoice(choice) {
      book();
      store.set('choice', choice);
    },

    async loadChoice() {
      const stored = store.get<unknown>('choice');
      return stored === undefined ? undefined : parseChoice(stored);
    },

    async openWorkbook(bytes, fileName, target) {
      await openWorkbookInWps(app, bytes, fileName, target);
    },
  };
}

/** A stored choice is data: checked against the schema before use. */
export function parseChoice(raw: unknown): WorkbookChoice | undefined {
  const value = raw as { template?: unknown; directory?: unknown } | null;
  if (!value || typeof value !== 'object') return undefined;
  const template = parseTemplate(value.template);
  if (!template.ok) return undefined;
  const directory = value.directory === undefined ? undefined : parseUnitsDirectory(value.directory);
  return { template: template.value, ...(directory?.ok ? { directory: directory.value } : {}) };
}
