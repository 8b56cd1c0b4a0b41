import { applyFixesToGrid } from '../core/fix/apply';
import { Fix, planFixes, Unfixable } from '../core/fix/plan';
import type { FindingCode } from '../core/catalog';
import { renumberable } from '../core/fix/renumberable';
import { patchCsv } from '../io/csv-patch';
import { baseName, extensionOf } from '../io/read-workbook';
import { patchXlsx } from '../io/xlsx-patch';
import { checkSheet, CheckOptions } from './check';

export { renumberable };
import { atFileBoundary, readSource, Source } from './sources';

/**
 * 修正: a corrected copy of a file, never the file itself. The same code writes the CLI's `fix --out`
 * and the page's `名称_修正.xlsx` download: .xlsx and CSV are patched in their fixed cells only
 * (formatting, quoting and every other cell kept: `-5` stays `-5`).
 */
export interface FixOptions extends CheckOptions {
  /** Renumber 序号 too (they usually come from the master list). */
  renumber?: boolean;
  /** Only fixes for these codes; every other finding is left as it is. */
  only?: readonly FindingCode[] | readonly string[];
}

export interface CorrectedCopy {
  name: string;
  bytes: Uint8Array;
  applied: Fix[];
  skipped: { fix: Fix; reason: string }[];
}

const TEXT_EXTENSIONS = ['.csv', '.tsv', '.txt'];

/** Applies fixes (already planned, e.g. picked in a preview) to a file and returns the copy. */
export function correctedCopy(source: Source, fixes: readonly Fix[]): CorrectedCopy {
  return atFileBoundary(() => {
    if (TEXT_EXTENSIONS.includes(extensionOf(source.name))) {
      const patched = patchCsv(source.bytes, fixes);
      return { name: `${baseName(source.name)}_修正.csv`, bytes: patched.bytes, applied: patched.applied, skipped: patched.skipped };
    }
    const patched = patchXlsx(source.bytes, fixes);
    return { name: `${baseName(source.name)}_修正.xlsx`, bytes: patched.bytes, applied: patched.applied, skipped: patched.skipped };
  }, source.name);
}

export interface FixRun {
  copy: CorrectedCopy;
  /** Sheets whose 序号 were left as they are although renumbering was asked for (unit submissions). */
  renumberRefused: string[];
  unfixable: Unfixable[];
  /** What a check of the corrected copy would still report. */
  remaining: { errors: number; warnings: number };
}

export function fix(source: Source, options: FixOptions = {}): FixRun {
  const grids = readSource(source);
  const report = checkSheet(grids, options);
  const plans = report.sheets.map((s) => planFixes(s, { ...(options.renumber && renumberable(s) ? { renumber: true } : {}), ...(options.only ? { only: [...options.only] } : {}) }));
  const copy = correctedCopy(
    source,
    plans.flatMap((p) => p.fixes),
  );
  const after = checkSheet(
    grids.map((g) => applyFixesToGrid(g, copy.applied)),
    options,
  ).sheets.flatMap((s) => s.findings);
  return {
    copy,
    renumberRefused: options.renumber ? report.sheets.filter((s) => s.headerRow !== null && !renumberable(s)).map((s) => s.sheet) : [],
    unfixable: plans.flatMap((p) => p.unfixable),
    remaining: { errors: after.filter((f) => f.severity === 'error').length, warnings: after.filter((f) => f.severity === 'warning').length },
  };
}
