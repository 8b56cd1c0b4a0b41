import { cellAddress } from '../address';
import { roleColumn, statusColumn } from '../columns';
import type { FindingCode, FixKind, NoFixReason } from '../catalog';
import type { Finding } from '../finding';
import { itemNumber } from '../progress-items';
import type { DataRow, SheetModel } from '../sheet-model';
import { matchStatus } from '../status';
import type { TemplateColumn } from '../template/schema';
import type { SheetReport } from '../validate';

/**
 * Fixes as data: for each cell, the value it has and the value it should have, with what the
 * change does. Only mechanical defects are fixed; missing content, ambiguous statuses and changed
 * task texts are left to people, each with the reason. Adapters only apply these records.
 */
export interface Fix {
  sheet: string;
  cell: string;
  row: number;
  column: string;
  oldValue: string;
  newValue: string;
  kinds: FixKind[];
  /** The findings this fix resolves. */
  codes: FindingCode[];
}

export interface Unfixable {
  finding: Finding;
  reason: NoFixReason;
}

export interface FixPlan {
  fixes: Fix[];
  unfixable: Unfixable[];
}

export interface FixOptions {
  /** Renumber 序号 1, 2, 3… (gaps and duplicates); off by default since 序号 come from the master list. */
  renumber?: boolean;
  /** Only fixes of these finding codes or fix kinds. */
  only?: readonly string[];
}

interface CellEdit {
  row: DataRow;
  column: TemplateColumn;
  value: string;
  kinds: Set<FixKind>;
  codes: Set<FindingCode>;
}

const SEPARATOR_CLASS = '、，,；;\\s';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces a unit where it stands as a whole unit between separators, keeping the separators. */
export function replaceUnit(text: string, unit: string, standard: string): string {
  const re = new RegExp(`(^|[${SEPARATOR_CLASS}])${escapeRegExp(unit)}(?=$|[${SEPARATOR_CLASS}])`, 'g');
  return text.replace(re, (_, before: string) => `${before}${standard}`);
}

const DANGLING = new Set(['、', '，', ',', '；', ';', ' ', '\t', '\n', '\r', '\u3000']);

/**
 * Trims each line, folds runs of spaces, and drops separators left dangling at the end of the cell.
 * Linear: the dangling tail is cut by a scan from the end, not by a regular expression that would
 * retry at every separator of a long cell.
 */
export function tidyUnits(text: string): string {
  const tidy = text
    .split(/\r?\n/)
    .map((line) => line.replace(/[ \t\u3000]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
  let end = tidy.length;
  while (end > 0 && DANGLING.has(tidy.charAt(end - 1))) end--;
  return tidy.slice(0, end);
}

/** Renumbers the numbered lines of a progress cell 1, 2, 3…, keeping each line's own separator. */
export function renumberItems(text: string): string {
  let next = 1;
  return text
    .split('\n')
    .map((line) => (itemNumber(line) === null ? line : line.replace(/^(\s*)[\d０-９]{1,3}(\s*[.．、])/, (_, lead: string, sep: string) => `${lead}${next++}${sep}`)))
    .join('\n');
}

function columnOf(model: SheetModel, kind: TemplateColumn['kind']): TemplateColumn | undefined {
  return roleColumn(model, kind);
}

const NEEDS_CONTENT: readonly FindingCode[] = ['task-missing', 'progress-missing', 'unit-missing', 'status-missing', 'seq-missing'];
const STRUCTURE: readonly FindingCode[] = ['header-not-found', 'missing-column', 'duplicate-column'];
const JUDGEMENT: readonly FindingCode[] = ['task-mismatch', 'unexpected-task', 'duplicate-submission', 'status-conflict', 'missing-submission', 'unit-unknown'];

export function planFixes(report: SheetReport, options: FixOptions = {}): FixPlan {
  const model = report.model;
  if (!model) return { fixes: [], unfixable: report.findings.map((finding) => ({ finding, reason: 'structure' })) };
  const edits = new Map<string, CellEdit>();
  const wanted = (kind: FixKind, code?: FindingCode): boolean => !options.only || options.only.includes(kind) || (code !== undefined && options.only.includes(code));
  const edit = (row: DataRow, column: TemplateColumn, transform: (value: string) => string, kind: FixKind, code?: FindingCode): void => {
    const cell = row.cells.get(column.key);
    // a cell joined from several columns has no one cell to write back to
    if (!cell || cell.inherited || cell.joined || !wanted(kind, code)) return;
    const key = `${row.index},${cell.col}`;
    const current = edits.get(key) ?? { row, column, value: cell.text, kinds: new Set<FixKind>(), codes: new Set<FindingCode>() };
    const value = transform(current.value);
    if (value === current.value) return;
    current.value = value;
    current.kinds.add(kind);
    if (code) current.codes.add(code);
    edits.set(key, current);
  };

  // only a word-list status has spellings to fix (是否达序 and percentages have none)
  const status = statusColumn(model)?.kind === 'words' ? statusColumn(model)?.column : undefined;
  const units = columnOf(model, 'units');
  const seq = columnOf(model, 'seq');
  const progress = columnOf(model, 'progress');
  const byCell = new Map(report.findings.map((f) => [`${f.cell}|${f.code}`, f]));
  const partFixes: Fix[] = [];

  for (const row of model.rows) {
    if (status) {
      const text = row.cells.get(status.key)?.text ?? '';
      const match = matchStatus(model.template, text);
      if (match.kind === 'known' && text !== match.status.name) edit(row, status, () => match.status.name, 'status-spelling', match.spelling === 'alias' ? 'status-alias' : undefined);
      if (match.kind === 'unknown' && match.suggestion) edit(row, status, () => match.suggestion as string, 'status-spelling', 'status-unknown');
    }
    if (units) {
      edit(row, units, tidyUnits, 'unit-spacing');
    }
    if (seq && row.seq.kind === 'number' && !options.renumber) {
      const value = row.seq.value;
      edit(row, seq, () => String(value), 'seq-format');
    }
    if (progress) {
      const cell = row.cells.get(progress.key);
      const address = cell ? cellAddress(row.index, cell.col) : '';
      if (byCell.has(`${address}|progress-numbering`)) edit(row, progress, renumberItems, 'progress-renumber', 'progress-numbering');
      // progress joined from sub-columns: each sub-column's own cell is renumbered on its own
      for (const part of cell?.joined ?? []) {
        const at = cellAddress(row.index, part.col);
        const old = model.grid.rows[row.index]?.[part.col] ?? '';
        const value = renumberItems(old);
        if (byCell.has(`${at}|progress-numbering`) && wanted('progress-renumber', 'progress-numbering') && value !== old) {
          partFixes.push({ sheet: report.sheet, cell: at, row: row.index + 1, column: progress.label, oldValue: old, newValue: value, kinds: ['progress-renumber'], codes: ['progress-numbering'] });
        }
      }
    }
  }
  for (const f of report.findings) {
    if (f.code !== 'unit-alias' || !f.suggestion || !units || f.row === null) continue;
    const row = model.rows.find((r) => r.index === (f.row as number) - 1);
    const unit = String(f.params.unit ?? '');
    if (row && unit) edit(row, units, (value) => tidyUnits(replaceUnit(value, unit, f.suggestion as string)), 'unit-alias', 'unit-alias');
  }
  // renumbering writes every 序号 it visits, so a gap or duplicate at one of them is resolved even
  // where the cell keeps its number (1, 1, 3 → 1, 2, 3 resolves the gap at 3)
  const renumbering = Boolean(options.renumber) && wanted('seq-renumber', 'seq-gap');
  const renumbered = new Set<string>();
  if (seq && renumbering) {
    let next = 1;
    for (const row of model.rows) {
      const cell = row.cells.get(seq.key);
      if (!cell || cell.inherited || row.seq.kind === 'empty') continue;
      const value = next++;
      renumbered.add(cellAddress(row.index, cell.col));
      edit(row, seq, () => String(value), 'seq-renumber', 'seq-gap');
    }
  }

  const fixes = [...edits.values()]
    .map((e): Fix => {
      const cell = e.row.cells.get(e.column.key);
      return {
        sheet: report.sheet,
        cell: cellAddress(e.row.index, cell?.col ?? 0),
        row: e.row.index + 1,
        column: e.column.label,
        oldValue: cell?.text ?? '',
        newValue: e.value,
        kinds: [...e.kinds],
        codes: [...e.codes],
      };
    })
    .concat(partFixes)
    .sort((a, b) => a.row - b.row || a.cell.localeCompare(b.cell));
  const fixedCells = new Set(fixes.map((f) => f.cell));
  const unfixable = report.findings.flatMap((finding): Unfixable[] => {
    if (finding.cell && fixedCells.has(finding.cell) && fixes.some((f) => f.cell === finding.cell && (f.codes.includes(finding.code) || resolvedBy(finding.code, f.kinds)))) return [];
    if (finding.cell && renumbered.has(finding.cell) && resolvedBy(finding.code, ['seq-renumber'])) return [];
    const reason = noFixReason(finding, renumbering);
    return reason ? [{ finding, reason }] : [];
  });
  return { fixes, unfixable };
}

/** A fix of these kinds resolves the finding (renumbering resolves gaps and duplicates). */
function resolvedBy(code: FindingCode, kinds: readonly FixKind[]): boolean {
  if (code === 'seq-gap' || code === 'seq-duplicate' || code === 'seq-invalid') return kinds.includes('seq-renumber') || (code === 'seq-invalid' && kinds.includes('seq-format'));
  return false;
}

/** `renumbering`: 序号 are renumbered in this plan, so a gap or duplicate left is one inside a merged range. */
function noFixReason(finding: Finding, renumbering: boolean): NoFixReason | undefined {
  if (NEEDS_CONTENT.includes(finding.code)) return 'needs-content';
  if (STRUCTURE.includes(finding.code)) return 'structure';
  if (JUDGEMENT.includes(finding.code)) return 'judgement';
  if (finding.code === 'status-unknown') return 'ambiguous';
  if (finding.code === 'seq-gap' || finding.code === 'seq-duplicate') return renumbering ? 'inside-merge' : 'renumber-not-requested';
  if (finding.code === 'seq-invalid') return 'needs-content';
  return 'judgement';
}
