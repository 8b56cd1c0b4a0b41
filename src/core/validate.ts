import { cellAddress } from './address';
import { FINDING_CATALOG, FindingCode, Severity } from './catalog';
import { compareFindings, Finding } from './finding';
import { Grid } from './grid';
import { ColumnAssignment, detectHeader, HEADER_SCAN_ROWS, HeaderMatch } from './header';
import { SHEET_RULES } from './rules';
import type { FindingDraft } from './rules/rule';
import { buildSheetModel, SheetMeta, SheetModel } from './sheet-model';
import { DETECTABLE_TEMPLATES } from './template/builtin';
import type { Template, UnitEntry } from './template/schema';

export interface ValidateOptions {
  /** Check every sheet against this template instead of detecting one from the header. */
  template?: Template;
  /** Templates to detect from; the built-in ones by default. */
  templates?: readonly Template[];
  /** A units directory that overrides the template's own. */
  directory?: readonly UnitEntry[];
  /**
   * `subset`: the sheet holds some tasks of a list (a unit's own submission, checked against a master
   * list), so gaps in 序号 are by design and `seq-gap` is off. By default a sheet with a 填报单位 line
   * is a subset; any other sheet is a whole table.
   */
  scope?: 'whole' | 'subset';
}

export type SheetScope = 'whole' | 'subset';

export interface SheetReport {
  sheet: string;
  template: string | null;
  /** 1-based row of the header, or null when none was found. */
  headerRow: number | null;
  /** Task rows: not header, title, repeated-header, section, note or blank rows. */
  dataRows: number;
  findings: Finding[];
  meta: SheetMeta;
  /** The sheet as read; absent when no header was found. */
  model?: SheetModel;
  /** Non-blank rows of a sheet whose header was not found (so a merge can account for them). */
  nonBlankRows?: number;
  /** Which role each header column took (absent when no header was found). */
  columns?: ColumnAssignment[];
  scope?: SheetScope;
}

export type SkipReason = 'hidden' | 'no-header' | 'empty';

export interface WorkbookReport {
  sheets: SheetReport[];
  /** Sheets not checked, with their non-blank row counts. */
  skipped: { sheet: string; reason: SkipReason; rows?: number }[];
}

function countNonBlank(grid: Grid): number {
  let n = 0;
  for (const row of grid.rows) if (row.some((cell) => cell.trim() !== '')) n++;
  return n;
}

export function severityFor(template: Template | undefined, code: FindingCode): Severity | 'off' {
  return template?.rules[code] ?? FINDING_CATALOG[code].severity;
}

function toFinding(draft: FindingDraft, sheet: string, severity: Severity): Finding {
  // the draft's code and params travel together: the union stays correlated
  return {
    code: draft.code,
    severity,
    sheet,
    row: draft.row === null ? null : draft.row + 1,
    column: draft.column?.label ?? null,
    cell: draft.row !== null && draft.col !== null && draft.col >= 0 ? cellAddress(draft.row, draft.col) : null,
    value: draft.value,
    params: draft.params ?? {},
    ...(draft.suggestion !== undefined ? { suggestion: draft.suggestion } : {}),
  } as Finding;
}

/**
 * At most this many findings of one code are listed per sheet; the rest are counted in one
 * `too-many-findings`. A hostile or broken sheet (a million rows without a unit) stays bounded.
 */
export const MAX_FINDINGS_PER_CODE = 1000;

/** Runs every rule on a sheet whose header is known. */
export function checkModel(model: SheetModel, directory?: readonly UnitEntry[], scope: SheetScope = 'whole'): Finding[] {
  const ctx = { model, directory: directory ?? model.template.units, scope };
  const findings: Finding[] = [];
  const listed = new Map<FindingCode, number>();
  const omitted = new Map<FindingCode, number>();
  for (const rule of SHEET_RULES) {
    // a rule whose every code the template turns off is not run at all
    if (rule.codes.every((code) => severityFor(model.template, code) === 'off')) continue;
    for (const draft of rule.check(ctx)) {
      const severity = severityFor(model.template, draft.code);
      if (severity === 'off') continue;
      const count = listed.get(draft.code) ?? 0;
      if (count >= MAX_FINDINGS_PER_CODE) {
        omitted.set(draft.code, (omitted.get(draft.code) ?? 0) + 1);
        continue;
      }
      listed.set(draft.code, count + 1);
      findings.push(toFinding(draft, model.grid.sheet, severity));
    }
  }
  for (const [code, count] of omitted) {
    findings.push({
      code: 'too-many-findings',
      severity: 'info',
      sheet: model.grid.sheet,
      row: null,
      column: null,
      cell: null,
      value: '',
      params: { sheet: model.grid.sheet, code, limit: MAX_FINDINGS_PER_CODE, omitted: count },
    });
  }
  return findings.sort(compareFindings);
}

function headerNotFound(grid: Grid, candidates: readonly Template[]): SheetReport {
  const template = candidates[0];
  const finding: Finding = {
    code: 'header-not-found',
    severity: 'error',
    sheet: grid.sheet,
    row: null,
    column: null,
    cell: null,
    value: '',
    params: {
      template: candidates.map((t) => t.name).join(' / '),
      labels: template
        ? template.columns
            .filter((c) => c.required)
            .map((c) => c.label)
            .join('、')
        : '',
      scanned: Math.min(grid.rows.length, HEADER_SCAN_ROWS),
    },
  };
  return { sheet: grid.sheet, template: null, headerRow: null, dataRows: 0, findings: [finding], meta: {}, nonBlankRows: countNonBlank(grid) };
}

function candidatesFor(options: ValidateOptions): readonly Template[] {
  return options.template ? [options.template] : (options.templates ?? DETECTABLE_TEMPLATES);
}

/** Validates one sheet; a sheet without a recognisable header gets `header-not-found`. */
export function validateGrid(grid: Grid, options: ValidateOptions = {}): SheetReport {
  const candidates = candidatesFor(options);
  const header = detectHeader(grid, candidates);
  return header ? reportFor(grid, header, options) : headerNotFound(grid, candidates);
}

/** A unit's own file: one with a 填报单位 line (merge with a master list treats every input so). */
export function sheetScope(model: SheetModel): SheetScope {
  if (model.template.name === 'master') return 'whole';
  return model.meta.reportingUnit ? 'subset' : 'whole';
}

function reportFor(grid: Grid, header: HeaderMatch, options: ValidateOptions): SheetReport {
  const model = buildSheetModel(grid, header);
  const scope = options.scope ?? sheetScope(model);
  return {
    sheet: grid.sheet,
    template: header.template.name,
    headerRow: header.row + 1,
    dataRows: model.rows.length,
    findings: checkModel(model, options.directory, scope),
    meta: model.meta,
    model,
    columns: header.assignments,
    scope,
  };
}

function isEmpty(grid: Grid): boolean {
  return grid.rows.every((row) => row.every((cell) => cell.trim() === ''));
}

/**
 * Checks every visible sheet whose header matches a template; hidden sheets and sheets without a
 * matching header (such as a 填表说明 sheet) are skipped and listed. When no sheet of the workbook
 * matches, each visible sheet with content is reported as `header-not-found`.
 */
export function validateWorkbook(grids: readonly Grid[], options: ValidateOptions = {}): WorkbookReport {
  const candidates = candidatesFor(options);
  const outcomes = grids.map((grid): { grid: Grid; report?: SheetReport; reason?: SkipReason } => {
    if (grid.visibility !== 'visible') return { grid, reason: 'hidden' };
    if (isEmpty(grid)) return { grid, reason: 'empty' };
    const header = detectHeader(grid, candidates);
    return header ? { grid, report: reportFor(grid, header, options) } : { grid, reason: 'no-header' };
  });
  const sheets = outcomes.flatMap((o) => (o.report ? [o.report] : []));
  if (sheets.length === 0) {
    const unmatched = outcomes.filter((o) => o.reason === 'no-header');
    return {
      sheets: unmatched.map((o) => headerNotFound(o.grid, candidates)),
      skipped: outcomes.filter((o) => o.reason && o.reason !== 'no-header').map((o) => ({ sheet: o.grid.sheet, reason: o.reason as SkipReason, rows: countNonBlank(o.grid) })),
    };
  }
  return { sheets, skipped: outcomes.flatMap((o) => (o.reason ? [{ sheet: o.grid.sheet, reason: o.reason, rows: countNonBlank(o.grid) }] : [])) };
}
