import type { Lang } from '../core/catalog';
import type { FileJson, ValidationDocument } from '../core/validation-document';
import { escapeControls } from '../app/sources';
import { ui, UiKey } from './ui-text';

/**
 * The human form of a validation run: per file and sheet, each finding with its cell, value and
 * hint; then the files that have errors (and those that could not be read), then the summary.
 * `errors-only` leaves out the files and sheets without errors (the summary still counts all).
 */
const MAX_VALUE = 40;

export type FindingScope = 'all' | 'errors-only';

export interface RenderOptions {
  scope?: FindingScope;
  /** With `--master`: units of the master list no file reports for. */
  unitsWithoutFile?: readonly string[];
}

function quote(value: string): string {
  const oneLine = escapeControls(value.replace(/\s*\n\s*/g, '⏎'));
  return oneLine.length > MAX_VALUE ? `${oneLine.slice(0, MAX_VALUE)}…` : oneLine;
}

function errorCount(file: FileJson): number {
  return file.sheets.reduce((n, s) => n + s.findings.filter((f) => f.severity === 'error').length, 0);
}

export function renderHuman(doc: ValidationDocument, lang: Lang, options: RenderOptions = {}): string {
  const scope = options.scope ?? 'all';
  const lines: string[] = [];
  for (const file of doc.files) {
    if (scope === 'errors-only' && file.ok && errorCount(file) === 0) continue;
    lines.push(`${ui('file', lang)}: ${escapeControls(file.file)}`);
    if (!file.ok && file.error) {
      lines.push(`  ✗ ${ui('unreadable', lang)}: ${file.error.message}`);
      continue;
    }
    for (const sheet of file.sheets) {
      if (scope === 'errors-only' && sheet.findings.length === 0) continue;
      if (sheet.headerRow !== null)
        lines.push(`  ${ui('sheetLine', lang, { sheet: escapeControls(sheet.sheet), template: sheet.template ?? '', headerRow: sheet.headerRow, dataRows: sheet.dataRows })}`);
      else lines.push(`  ${ui('sheet', lang)} “${escapeControls(sheet.sheet)}”`);
      if (sheet.findings.length === 0) lines.push(`    ✓ ${ui('noFindings', lang)}`);
      for (const f of sheet.findings) {
        const where = (f.cell ?? (f.row ? `#${f.row}` : '')).padEnd(6);
        const severity = ui(`severity.${f.severity}` as UiKey, lang);
        const value = f.value ? ` ${ui('value', lang)}“${quote(f.value)}”` : '';
        lines.push(`    ${where} ${severity} [${f.code}]${value} ${f.message}${f.hint ? ` → ${f.hint}` : ''}`);
      }
    }
    if (scope === 'all' && file.skipped.length > 0) {
      const list = file.skipped.map((s) => `${escapeControls(s.sheet)}（${ui(`skip.${s.reason}` as UiKey, lang)}）`).join('、');
      lines.push(`  ${ui('skipped', lang)}: ${list}`);
    }
  }
  const withErrors = doc.files.filter((f) => f.ok && errorCount(f) > 0);
  const unreadable = doc.files.filter((f) => !f.ok);
  if (withErrors.length > 0 || unreadable.length > 0) {
    lines.push('');
    if (withErrors.length > 0)
      lines.push(ui('filesWithErrors', lang, { n: withErrors.length }), ...withErrors.map((f) => `  ${escapeControls(f.file)}  ${ui('errorsInFile', lang, { n: errorCount(f) })}`));
    if (unreadable.length > 0) lines.push(ui('filesUnreadable', lang, { n: unreadable.length }), ...unreadable.map((f) => `  ${escapeControls(f.file)}`));
  }
  if (options.unitsWithoutFile && options.unitsWithoutFile.length > 0) {
    lines.push(ui('unitsWithoutFile', lang, { n: options.unitsWithoutFile.length, list: options.unitsWithoutFile.map(escapeControls).join(lang === 'zh' ? '、' : ', ') }));
  }
  lines.push(ui('summary', lang, doc.summary));
  return lines.join('\n');
}
