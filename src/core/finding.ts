import type { FindingCode, Severity } from './catalog';

/**
 * A finding is data: where a problem sits and what it is, without wording. Messages are rendered
 * from the catalog at the edge (`renderFinding`).
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** The sheet's own 1-based row; null for findings about the whole sheet. */
  row: number | null;
  /** The template column the finding is about (its label), or null. */
  column: string | null;
  /** The A1 address of the cell, or null. */
  cell: string | null;
  /** The cell's text exactly as written. */
  value: string;
  /** Values the message templates interpolate. */
  params: Record<string, string | number>;
  /** The value to write instead, when there is one clear answer. */
  suggestion?: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.row ?? 0) - (b.row ?? 0) ||
    cellColumn(a.cell) - cellColumn(b.cell) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.code.localeCompare(b.code) ||
    a.value.localeCompare(b.value)
  );
}

function cellColumn(cell: string | null): number {
  if (!cell) return -1;
  const letters = /^[A-Z]+/.exec(cell)?.[0] ?? '';
  return letters.length * 1000 + letters.charCodeAt(letters.length - 1);
}

export function severityRank(severity: Severity): number {
  return SEVERITY_ORDER[severity];
}
