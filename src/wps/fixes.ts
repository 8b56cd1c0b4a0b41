import type { Fix } from '../core/fix/plan';
import type { WorkbookStore } from './storage';
import type { CellValue, WpsWorkbook } from './wps-api';

/**
 * Applying fixes in WPS with a before-image of its own: WPS's undo does not cover an add-in's
 * writes, so each applied batch is kept and 撤销 restores exactly the values the cells had. A cell
 * changed since the preview (or holding a formula) is left alone, and so is one the user edited
 * after the fix.
 */
export interface WpsUndoRecord {
  sheet: string;
  cell: string;
  before: string | number | boolean | null;
  written: string;
}

function scalar(value: unknown): CellValue {
  return Array.isArray(value) ? undefined : (value as CellValue);
}

export function applyFixes(book: WpsWorkbook, store: WorkbookStore, fixes: readonly Fix[]): { applied: number; skipped: number } {
  const batch: WpsUndoRecord[] = [];
  for (const fix of fixes) {
    let range;
    try {
      range = book.Worksheets.Item(fix.sheet).Range(fix.cell);
    } catch {
      continue; // the sheet is gone: counted as skipped
    }
    if (range.HasFormula) continue;
    const value = scalar(range.Value2);
    const text = range.Text ?? '';
    if (text !== fix.oldValue && String(value ?? '') !== fix.oldValue) continue;
    range.Value2 = fix.newValue;
    batch.push({ sheet: fix.sheet, cell: fix.cell, before: value ?? null, written: fix.newValue });
  }
  if (batch.length > 0) store.set('fix-undo', [...(store.get<WpsUndoRecord[][]>('fix-undo') ?? []), batch]);
  return { applied: batch.length, skipped: fixes.length - batch.length };
}

/** Restores the last applied batch; returns how many cells were restored. */
export function undoFixes(book: WpsWorkbook, store: WorkbookStore): number {
  const stack = store.get<WpsUndoRecord[][]>('fix-undo') ?? [];
  const batch = stack.pop();
  if (!batch) return 0;
  let restored = 0;
  for (const record of batch) {
    let range;
    try {
      range = book.Worksheets.Item(record.sheet).Range(record.cell);
    } catch {
      continue;
    }
    if (String(scalar(range.Value2) ?? '') !== record.written) continue;
    range.Value2 = record.before ?? '';
    restored++;
  }
  if (stack.length > 0) store.set('fix-undo', stack);
  else store.remove('fix-undo');
  return restored;
}
