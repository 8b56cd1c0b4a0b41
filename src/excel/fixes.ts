import type { Fix } from '../core/fix/plan';

/**
 * Applying fixes in Excel with a before-image of its own: Excel's undo does not cover add-in
 * writes, so each applied batch is kept in the workbook's settings and 撤销 restores exactly the
 * values the cells had. A cell changed since the preview (or holding a formula) is left alone.
 * Two syncs to apply, three to undo, whatever the number of cells.
 */
export const FIX_UNDO_SETTING = 'progress-report.fix-undo';

export interface UndoRecord {
  sheet: string;
  cell: string;
  before: string | number | boolean;
  written: string;
}

type Cell = string | number | boolean;

async function loadUndoStack(context: Excel.RequestContext): Promise<UndoRecord[][]> {
  const setting = context.workbook.settings.getItemOrNullObject(FIX_UNDO_SETTING);
  setting.load('value');
  await context.sync();
  return setting.isNullObject ? [] : (JSON.parse(String(setting.value)) as UndoRecord[][]);
}

export async function applyFixes(context: Excel.RequestContext, fixes: readonly Fix[]): Promise<{ applied: number; skipped: number }> {
  const setting = context.workbook.settings.getItemOrNullObject(FIX_UNDO_SETTING);
  setting.load('value');
  const probes = fixes.map((fix) => {
    const range = context.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell);
    range.load('text,values,formulas');
    return { fix, range };
  });
  await context.sync();
  const batch: UndoRecord[] = [];
  for (const { fix, range } of probes) {
    const formula = String((range.formulas as Cell[][])[0]?.[0] ?? '');
    const text = String((range.text as string[][])[0]?.[0] ?? '');
    const value = (range.values as Cell[][])[0]?.[0] ?? '';
    if (formula.startsWith('=') || (text !== fix.oldValue && String(value) !== fix.oldValue)) continue;
    range.values = [[fix.newValue]];
    batch.push({ sheet: fix.sheet, cell: fix.cell, before: value, written: fix.newValue });
  }
  if (batch.length > 0) {
    const stack = setting.isNullObject ? [] : (JSON.parse(String(setting.value)) as UndoRecord[][]);
    context.workbook.settings.add(FIX_UNDO_SETTING, JSON.stringify([...stack, batch]));
  }
  await context.sync();
  return { applied: batch.length, skipped: fixes.length - batch.length };
}

/** Restores the last applied batch; a cell edited by the user since is left as the user wrote it. */
export async function undoFixes(context: Excel.RequestContext): Promise<number> {
  const stack = await loadUndoStack(context);
  const batch = stack.pop();
  if (!batch) return 0;
  const probes = batch.map((record) => {
    const range = context.workbook.worksheets.getItem(record.sheet).getRange(record.cell);
    range.load('values');
    return { record, range };
  });
  await context.sync();
  let restored = 0;
  for (const { record, range } of probes) {
    if (String((range.values as Cell[][])[0]?.[0] ?? '') !== record.written) continue;
    range.values = [[record.before]];
    restored++;
  }
  if (stack.length > 0) context.workbook.settings.add(FIX_UNDO_SETTING, JSON.stringify(stack));
  else context.workbook.settings.getItem(FIX_UNDO_SETTING).delete();
  await context.sync();
  return restored;
}
