import { carriedColumns, hasRole, roleText } from '../columns';
import { statusOfRow } from '../status';
import type { SheetReport } from '../validate';
import { fileName } from '../text';
import { splitUnits, unitKey, withoutLevelPrefix } from '../units';
import type { SubmissionRow } from './types';

/** The unit a file is named after: `市科技局_2021上半年.xlsx` → `市科技局`. */
export function unitFromFileName(file: string): string {
  const name = fileName(file).replace(/\.[^.]+$/, '');
  return name.split(/[_\-\s—]/)[0] ?? '';
}

/**
 * Two spellings of one unit: equal, or one is the other without its level prefix (`交通运输局` and
 * `市交通运输局`). `市民政局` and `区民政局` are different units.
 */
export function sameUnit(a: string, b: string): boolean {
  const [ka, kb] = [unitKey(a), unitKey(b)];
  return ka === kb || withoutLevelPrefix(a) === kb || withoutLevelPrefix(b) === ka;
}

/** The extras of a row without carried columns: one shared, never written, object. */
const NO_EXTRAS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * The task rows of one checked sheet, read by column role. A sheet whose template has no task role
 * (the liaison table) holds no tasks to consolidate: `undefined`, so the merge can list its rows.
 */
export function submissionRows(file: string, report: SheetReport): SubmissionRow[] | undefined {
  const model = report.model;
  if (!model || !model.template.columns.some((c) => c.kind === 'task')) return undefined;
  if (!hasRole(model, 'task')) return undefined;
  const fromName = unitFromFileName(file);
  const carried = carriedColumns(model);
  let anchorSeq = 0;
  // rows of one sheet share a handful of lead-unit texts: each is split once, its array shared
  const unitsOf = new Map<string, string[]>();
  return model.rows.map((row) => {
    const unitText = roleText(model, row, 'units');
    let units = unitsOf.get(unitText);
    if (!units) unitsOf.set(unitText, (units = splitUnits(unitText)));
    const seq = row.seq.kind === 'number' ? row.seq.value : null;
    if (seq !== null) anchorSeq = seq;
    const unit = report.meta.reportingUnit ?? units.find((u) => sameUnit(u, fromName)) ?? units[0] ?? '';
    const match = statusOfRow(model, row);
    const status = match.kind === 'known' ? { name: match.status.name, rank: match.status.rank } : undefined;
    let extras: Record<string, string> = NO_EXTRAS;
    for (const c of carried) {
      const text = (model.grid.rows[row.index]?.[c.col] ?? '').trim();
      if (text) (extras === NO_EXTRAS ? (extras = {}) : extras)[c.label] = text;
    }
    return {
      file,
      sheet: report.sheet,
      row: row.index + 1,
      unit,
      seq,
      task: roleText(model, row, 'task').trim(),
      progress: roleText(model, row, 'progress'),
      units,
      statusText: roleText(model, row, 'status'),
      ...(status ? { status } : {}),
      anchorSeq,
      extras,
    };
  });
}

/**
 * Units by `sameUnit`, in O(1) per lookup: a unit is found by its key, by its key without level
 * prefix, or by being the bare form of a member (`交通运输局` finds `市交通运输局` and back).
 */
export class UnitIndex<T> {
  private byKey = new Map<string, T>();
  private byBare = new Map<string, T>();

  get(unit: string): T | undefined {
    const key = unitKey(unit);
    return this.byKey.get(key) ?? this.byKey.get(withoutLevelPrefix(unit)) ?? this.byBare.get(key);
  }

  has(unit: string): boolean {
    return this.get(unit) !== undefined;
  }

  /** Adds the unit unless a same unit is there; returns the value now stored for it. */
  add(unit: string, value: T): T {
    const existing = this.get(unit);
    if (existing !== undefined) return existing;
    const key = unitKey(unit);
    this.byKey.set(key, value);
    const bare = withoutLevelPrefix(unit);
    if (bare !== key && !this.byBare.has(bare)) this.byBare.set(bare, value);
    return value;
  }
}
