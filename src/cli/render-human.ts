import type { Lang } from '../core/catalog';
import type { ValidationDocument } from '../core/validation-document';
import { escapeControls } from '../app/sources';
import { ui, UiKey } from './ui-text';

/** The human form of a validation run: per file and sheet, each finding with its cell, value and hint. */
const MAX_VALUE = 40;

function quote(value: string): string {
  const oneLine = escapeControls(value.replace(/\s*\n\s*/g, '⏎'));
  return oneLine.length > MAX_VALUE ? `${oneLine.slice(0, MAX_VALUE)}…` : oneLine;
}

export function renderHuman(doc: ValidationDocument, lang: Lang): string {
  const lines: string[] = [];
  for (const file of doc.files) {
    lines.push(`${ui('file', lang)}: ${escapeControls(file.file)}`);
    if (!file.ok && file.error) {
      lines.push(`  ✗ ${ui('unreadable', lang)}: ${file.error.message}`);
      continue;
    }
    for (const sheet of file.sheets) {
      if (sheet.headerRow !== null) lines.push(`  ${ui('sheetLine', lang, { sheet: escapeControls(sheet.sheet), template: sheet.template ?? '', headerRow: sheet.headerRow, dataRows: sheet.dataRows })}`);
      else lines.push(`  ${ui('sheet', lang)} “${escapeControls(sheet.sheet)}”`);
      if (sheet.findings.length === 0) lines.push(`    ✓ ${ui('noFindings', lang)}`);
      for (const f of sheet.findings) {
        const where = (f.cell ?? (f.row ? `#${f.row}` : '')).padEnd(6);
        const severity = ui(`severity.${f.severity}` as UiKey, lang);
        const value = f.value ? ` ${ui('value', lang)}“${quote(f.value)}”` : '';
        lines.push(`    ${where} ${severity} [${f.code}]${value} ${f.message}${f.hint ? ` → ${f.hint}` : ''}`);
      }
    }
    if (file.skipped.length > 0) {
      const list = file.skipped.map((s) => `${escapeControls(s.sheet)}（${ui(`skip.${s.reason}` as UiKey, lang)}）`).join('、');
      lines.push(`  ${ui('skipped', lang)}: ${list}`);
    }
  }
  lines.push(ui('summary', lang, doc.summary));
  return lines.join('\n');
}
