import { z } from 'zod';
import type { Fix } from '../core/fix/plan';

/**
 * Applying fixes in Excel with a before-image of its own: Excel's undo does not cover add-in
 * writes, so each applied batch is kept in the workbook's settings and 撤销 restores exactly the
 * values the cells had. A cell changed since the preview (or holding a formula) is left alone.
 * The undo record is written (and synced) BEFORE the cells it protects, so a failed cell write
 * never leaves fixes without their undo. The stack is bounded: the oldest batches are dropped
 * (and the caller told) so the settings stay far below their 2 MB limit.
 */
export const FIX_UNDO_SETTING = 'progress-report.fix-undo';
export const MAX_UNDO_BATCHES = 10;
export const MAX_UNDO_CHARS = 256 * 1024;

export interface UndoRecord {
  sheet: string;
  cell: string;
  before: string | number | boolean;
  written: string;
}

type Cell = string | number | boolean;

const undoStackSchema = z.array(z.array(z.object({ sheet: z.string(), cell: z.string(), before: z.union([z.string(), z.number(), z.boolean()]), written: z.string() })));

/** The stored stack, parsed (a damaged one counts as empty). */
export function parseUndoStack(json: unknown): UndoRecord[][] {
  try {
    const parsed = undoStackSchema.safeParse(JSON.parse(String(json)));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Keeps the newest batches within the bounds; returns how many older ones were dropped. */
export function boundUndoStack(stack: UndoRecord[][]): { stack: UndoRecord[][]; dropped: number } {
  let kept = stack.slice(-MAX_UNDO_BATCHES);
  while (kept.length > 1 && JSON.stringify(kept).length > MAX_UNDO_CHARS) kept = kept.slice(1);
  return { stack: kept, dropped: stack.length - kept.length };
}

async function loadUndoStack(context: Excel.RequestContext): Promise<UndoRecord[][]> {
  const setting = context.workbook.settings.getItemOrNullObject(FIX_UNDO_SETTING);
  setting.load('value');
  await context.sync();
  return setting.isNullObject ? [] : parseUndoStack(setting.value);
}

export interface AppliedFixes {
  applied: number;
  skipped: number;
  /** Older undo batches dropped to keep the record bounded. */
  undoDropped: number;
}

/** Three syncs whatever the number of cells: read, write the undo record, write the cells. */
export async function applyFixes(context: Excel.RequestContext, fixes: readonly Fix[]): Promise<AppliedFixes> {
  const setting = context.workbook.settings.getItemOrNullObject(FIX_UNDO_SETTING);
  setting.load('value');
  const probes = fixes.map((fix) => {
    const range = context.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell);
    range.load('text,values,formulas');
    return { fix, range };
  });
  await context.sync();
  const batch: (UndoRecord & { range: Excel.Range })[] = [];
  for (const { fix, range } of probes) {
    const formula = String((range.formulas as Cell[][])[0]?.[0] ?? '');
    const text = String((range.text as string[][])[0]?.[0] ?? '');
    const value = (range.values as Cell[][])[0]?.[0] ?? '';
    if (formula.startsWith('=') || (text !== fix.oldValue && String(value) !== fix.oldValue)) continue;
    batch.push({ sheet: fix.sheet, cell: fix.cell, before: value, written: fix.newValue, range });
  }
  if (batch.length === 0) return { applied: 0, skipped: fixes.length, undoDropped: 0 };
  const previous = setting.isNullObject ? [] : parseUndoStack(setting.value);
  const bounded = boundUndoStack([...previous, batch.map(({ sheet, cell, before, written }) => ({ sheet, cell, before, written }))]);
  context.workbook.settings.add(FIX_UNDO_SETTING, JSON.stringify(bounded.stack));
  await context.sync(); // the undo record first
  for (const { range, written } of batch) range.values = [[written]];
  await context.sync();
  return { applied: batch.length, skipped: fixes.length - batch.length, undoDropped: bounded.dropped };
}

/** Restores the last applied batch; a cell edited by the user since is left as the user wrote it. */
export async function undoFixes(context: Excel.RequestContext): Promise<number> {
  const stack = await loadUndoStack(context);
  const batch = stack.pop();
  if (!batch) return 0;
  const probes = batch.map((record) => {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(record.sheet);
    return { record, worksheet };
  });
  await context.sync();
  const ranges = probes.flatMap(({ record, worksheet }) => {
    if (worksheet.isNullObject) return []; // the sheet was deleted since: nothing to restore there
    const range = worksheet.getRange(record.cell);
    range.load('values');
    return [{ record, range }];
  });
  await context.sync();
  let restored = 0;
  for (const { record, range } of ranges) {
    if (String((range.values as Cell[][])[0]?.[0] ?? '') !== record.written) continue;
    range.values = [[record.before]];
    restored++;
  }
  if (stack.length > 0) context.workbook.settings.add(FIX_UNDO_SETTING, JSON.stringify(stack));
  else context.workbook.settings.getItem(FIX_UNDO_SETTING).delete();
  await context.sync();
  return restored;
}
