import { cellAddress } from './address';
import type { ReportErrorCode } from './errors';
import type { Finding } from './finding';
import type { MessageTexts } from './messages';
import type { SkipReason, WorkbookReport } from './validate';

/**
 * The JSON form of a validation run, as `progress-report validate --json` prints it and the task
 * pane shows it: messages rendered by the texts the caller passes (src/locales), positions as the
 * sheet numbers them.
 */
export interface FindingJson {
  code: string;
  severity: Finding['severity'];
  row: number | null;
  column: string | null;
  cell: string | null;
  value: string;
  message: string;
  hint?: string;
  suggestion?: string;
}

/** `A`, `B`… `AA` for a 0-based column index. */
function columnLetters(col: number): string {
  return cellAddress(0, col).replace(/\d+$/, '');
}

export interface SheetJson {
  sheet: string;
  template: string | null;
  headerRow: number | null;
  dataRows: number;
  period?: string;
  reportingUnit?: string;
  /** Which role each header column took (`extra` for a column carried but not checked). */
  columns?: { column: string; header: string; role: string }[];
  findings: FindingJson[];
}

export interface FileJson {
  file: string;
  ok: boolean;
  error?: { code: ReportErrorCode; message: string };
  sheets: SheetJson[];
  skipped: { sheet: string; reason: SkipReason }[];
}

export interface ValidationDocument {
  files: FileJson[];
  summary: { files: number; errors: number; warnings: number; infos: number; unreadable: number };
}

export type FileOutcome = { file: string; report: WorkbookReport } | { file: string; error: { code: ReportErrorCode; params: Record<string, string | number> } };

export function findingJson(finding: Finding, texts: MessageTexts): FindingJson {
  const rendered = texts.finding(finding);
  return {
    code: finding.code,
    severity: finding.severity,
    row: finding.row,
    column: finding.column,
    cell: finding.cell,
    value: finding.value,
    message: rendered.message,
    ...(rendered.hint ? { hint: rendered.hint } : {}),
    ...(finding.suggestion !== undefined ? { suggestion: finding.suggestion } : {}),
  };
}

export function validationDocument(outcomes: readonly FileOutcome[], texts: MessageTexts): ValidationDocument {
  const summary = { files: outcomes.length, errors: 0, warnings: 0, infos: 0, unreadable: 0 };
  const files = outcomes.map((outcome): FileJson => {
    if ('error' in outcome) {
      summary.unreadable++;
      return { file: outcome.file, ok: false, error: { code: outcome.error.code, message: texts.error(outcome.error.code, outcome.error.params) }, sheets: [], skipped: [] };
    }
    const sheets = outcome.report.sheets.map((s): SheetJson => {
      for (const f of s.findings) {
        if (f.severity === 'error') summary.errors++;
        else if (f.severity === 'warning') summary.warnings++;
        else summary.infos++;
      }
      return {
        sheet: s.sheet,
        template: s.template,
        headerRow: s.headerRow,
        dataRows: s.dataRows,
        ...(s.meta.period ? { period: s.meta.period } : {}),
        ...(s.meta.reportingUnit ? { reportingUnit: s.meta.reportingUnit } : {}),
        ...(s.columns ? { columns: s.columns.map((c) => ({ column: columnLetters(c.col), header: c.text, role: c.role })) } : {}),
        findings: s.findings.map((f) => findingJson(f, texts)),
      };
    });
    return { file: outcome.file, ok: true, sheets, skipped: outcome.report.skipped };
  });
  return { files, summary };
}

/** 0: no error findings; 1: some; 2: a file could not be read. */
export function exitCodeOf(doc: ValidationDocument): 0 | 1 | 2 {
  if (doc.summary.unreadable > 0) return 2;
  return doc.summary.errors > 0 ? 1 : 0;
}
