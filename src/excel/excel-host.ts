import type { Lang } from '../core/catalog';
import type { Finding } from '../core/finding';
import type { Grid } from '../core/grid';
import { parseTemplate, parseUnitsDirectory } from '../core/template/schema';
import type { ReportHost, WorkbookChoice } from '../host/host';
import { toBase64 } from './base64';
import { currentFeatures, ExcelFeatures, MISSING_FEATURE_TEXT } from './capabilities';
import { applyFixes, undoFixes } from './fixes';
import { clearMarks, markFindings } from './marks';
import { readWorksheet, readWorksheets } from './read-sheet';
import { insertTemplateSheet } from './template-sheet';

/**
 * The task pane's host inside Excel. Every operation is one `Excel.run`; the syncs are counted
 * in the adapter's tests.
 */
export const CHOICE_SETTING = 'progress-report.choice';
const STATS_SHEET = '统计';

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function createExcelHost(run: Run = (batch) => Excel.run(batch), features: ExcelFeatures = currentFeatures()): ReportHost {
  return {
    kind: 'excel',
    capabilities: { annotation: features.annotation, insertSheets: features.insertSheets, createWorkbook: features.createWorkbook },
    notices: features.missing.map((m) => MISSING_FEATURE_TEXT[m]),

    readSheets(scope): Promise<Grid[]> {
      return run(async (context) => {
        const options = { mergedAreas: features.mergedAreas, origin: 'excel' };
        if (scope === 'active') return [await readWorksheet(context, context.workbook.worksheets.getActiveWorksheet(), options)];
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        return readWorksheets(context, sheets.items, options);
      });
    },

    selectCell(sheet, cell) {
      return run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(cell).select();
        await context.sync();
      });
    },

    markFindings(findings: readonly Finding[], lang: Lang) {
      return run((context) => markFindings(context, findings, lang, features));
    },

    clearMarks() {
      return run((context) => clearMarks(context, features));
    },

    async applyFixes(fixes) {
      const result = await run((context) => applyFixes(context, fixes));
      const notice = result.undoDropped > 0 ? `撤销记录已满，最早的 ${result.undoDropped} 次修正不能再撤销。` : undefined;
      return { applied: result.applied, skipped: result.skipped, ...(notice ? { notice } : {}) };
    },

    undoFixes() {
      return run((context) => undoFixes(context));
    },

    insertTemplate(choice) {
      return run((context) => insertTemplateSheet(context, choice));
    },

    saveChoice(choice) {
      return run(async (context) => {
        context.workbook.settings.add(CHOICE_SETTING, JSON.stringify(choice));
        await context.sync();
      });
    },

    loadChoice() {
      return run(async (context): Promise<WorkbookChoice | undefined> => {
        const setting = context.workbook.settings.getItemOrNullObject(CHOICE_SETTING);
        setting.load('value');
        await context.sync();
        if (setting.isNullObject) return undefined;
        return parseChoice(String(setting.value));
      });
    },

    openWorkbook(bytes, _fileName, target) {
      if (target === 'new-workbook') return Excel.createWorkbook(toBase64(bytes));
      return run(async (context) => {
        const ids = context.workbook.insertWorksheetsFromBase64(toBase64(bytes), { positionType: 'End' });
        await context.sync();
        const inserted = ids.value.map((id) => context.workbook.worksheets.getItem(id));
        inserted.forEach((ws) => ws.load('name'));
        await context.sync();
        const stats = inserted.find((ws) => ws.name.startsWith(STATS_SHEET));
        if (stats) {
          // tasks per status sit at the top of 统计: a native chart of them
          const table = stats.getRange('A1').getSurroundingRegion();
          const chart = stats.charts.add('ColumnClustered', table, 'Columns');
          chart.title.text = '各进展状态任务数';
          chart.setPosition('E2');
        }
        inserted[0]?.activate();
        await context.sync();
      });
    },
  };
}

/** A stored choice is data from a document: checked against the schema before use. */
export function parseChoice(json: string): WorkbookChoice | undefined {
  try {
    const raw = JSON.parse(json) as { template?: unknown; directory?: unknown };
    const template = parseTemplate(raw.template);
    if (!template.ok) return undefined;
    const directory = raw.directory === undefined ? undefined : parseUnitsDirectory(raw.directory);
    return { template: template.value, ...(directory?.ok ? { directory: directory.value } : {}) };
  } catch {
    return undefined;
  }
}
