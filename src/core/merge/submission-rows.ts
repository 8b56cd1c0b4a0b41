import { carriedColumns, hasRole, roleColumn, statusColumn } from '../columns';
import type { DataRow } from '../sheet-model';
import { matchStatusOfKind, type StatusMatch } from '../status';
import type { ColumnKind } from '../template/schema';
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
  // each role's column is found once per sheet, not once per row and role
  const keyOf = (role: ColumnKind): string | undefined => roleColumn(model, role)?.key;
  const [unitsKey, taskKey, progressKey, statusKey] = [keyOf('units'), keyOf('task'), keyOf('progress'), keyOf('status')];
  const found = statusColumn(model);
  const textOf = (row: DataRow, key: string | undefined): string => (key === undefined ? '' : (row.cells.get(key)?.text ?? ''));
  // rows of one sheet share a handful of lead-unit texts: each is split once, its array shared
  const unitsOf = new Map<string, string[]>();
  // and a handful of statuses: one (read-only) status object per status, shared by its rows
  const statuses = new Map<string, { name: string; rank: number }>();
  // the status a status text reads as, once per text (undefined: none known)
  const statusOfText = new Map<string, { name: string; rank: number } | undefined>();
  const statusOf = (text: string): { name: string; rank: number } | undefined => {
    if (statusOfText.has(text)) return statusOfText.get(text);
    const match: StatusMatch = found ? matchStatusOfKind(model.template, found.kind, text) : { kind: 'empty' };
    let status: { name: string; rank: number } | undefined;
    if (match.kind === 'known') {
      status = statuses.get(match.status.name);
      if (!status || status.rank !== match.status.rank) statuses.set(match.status.name, (status = { name: match.status.name, rank: match.status.rank }));
    }
    statusOfText.set(text, status);
    return status;
  };
  return model.rows.map((row) => {
    const unitText = textOf(row, unitsKey);
    let units = unitsOf.get(unitText);
    if (!units) unitsOf.set(unitText, (units = splitUnits(unitText)));
    const rowSeq = row.seq;
    const seq = rowSeq.kind === 'number' ? rowSeq.value : null;
    if (seq !== null) anchorSeq = seq;
    const unit = report.meta.reportingUnit ?? units.find((u) => sameUnit(u, fromName)) ?? units[0] ?? '';
    // the status role's column is the one statusOfRow reads
    const statusText = textOf(row, statusKey);
    const status = statusOf(statusText);
    let extras: Record<string, string> = NO_EXTRAS;
    for (const c of carried) {
      const text = (model.grid.rows[row.index]?.[c.col] ?? '').trim();
      if (text) (extras === NO_EXTRAS ? (extras = {}) : extras)[c.label] = text;
    }
    const taken: SubmissionRow = {
      file,
      sheet: report.sheet,
      row: row.index + 1,
      unit,
      seq,
      task: textOf(row, taskKey).trim(),
      progress: textOf(row, progressKey),
      units,
      statusText,
      // always a field of the row (undefined when none): every row has the same shape, no field added later
      status,
      anchorSeq,
      extras,
    };
    return taken;
  });
}

/** Whether `unit` is found in a UnitIndex holding only `member` (see UnitIndex), without making one. */
export function unitMatches(member: string, unit: string): boolean {
  const key = unitKey(unit);
  const memberKey = unitKey(member);
  if (memberKey === key || memberKey === withoutLevelPrefix(unit)) return true;
  const memberBare = withoutLevelPrefix(member);
  return memberBare !== memberKey && memberBare === key;
}

/** Up to this many units an index is scanned in order; past it, maps. */
const SCANNED_UP_TO = 8;

/**
 * Units by `sameUnit`, in O(1) per lookup: a unit is found by its key, by its key without level
 * prefix, or by being the bare form of a member (`交通运输局` finds `市交通运输局` and back). Where
 * several members match, the one added first wins. Most indexes hold one or two units (a task's
 * lead units, the units that sent it), so a small index keeps its first member in fields and the
 * next ones in two arrays (key and bare form per member, and the values), scanned in insertion
 * order — the answers the maps give — and turns into maps past SCANNED_UP_TO members: 100,000
 * tasks do not each carry four hash tables.
 */
export class UnitIndex<T> {
  private firstKey: string | undefined;
  /** The first member's bare form, or null when it is its key. */
  private firstBare: string | null = null;
  private firstValue: T | undefined;
  /** The members after the first, in insertion order: key, then bare form (null when it is the key). */
  private forms: (string | null)[] | undefined;
  private values: T[] | undefined;
  private byKey: Map<string, T> | undefined;
  private byBare: Map<string, T> | undefined;

  get(unit: string): T | undefined {
    if (this.firstKey === undefined) return undefined;
    const key = unitKey(unit);
    if (this.byKey && this.byBare) return this.byKey.get(key) ?? this.byKey.get(withoutLevelPrefix(unit)) ?? this.byBare.get(key);
    if (this.firstKey === key) return this.firstValue;
    const forms = this.forms;
    const values = this.values;
    if (forms && values) for (let i = 0; i < forms.length; i += 2) if (forms[i] === key) return values[i >> 1];
    const bareOfUnit = withoutLevelPrefix(unit);
    if (this.firstKey === bareOfUnit) return this.firstValue;
    if (forms && values) for (let i = 0; i < forms.length; i += 2) if (forms[i] === bareOfUnit) return values[i >> 1];
    if (this.firstBare === key) return this.firstValue;
    if (forms && values) for (let i = 1; i < forms.length; i += 2) if (forms[i] === key) return values[i >> 1];
    return undefined;
  }

  has(unit: string): boolean {
    return this.get(unit) !== undefined;
  }

  /** Adds the unit unless a same unit is there; returns the value now stored for it. */
  add(unit: string, value: T): T {
    const existing = this.get(unit);
    if (existing !== undefined) return existing;
    const key = unitKey(unit);
    const bare = withoutLevelPrefix(unit);
    if (this.byKey && this.byBare) {
      this.byKey.set(key, value);
      if (bare !== key && !this.byBare.has(bare)) this.byBare.set(bare, value);
    } else if (this.firstKey === undefined) {
      this.firstKey = key;
      this.firstBare = bare !== key ? bare : null;
      this.firstValue = value;
    } else if (!this.forms || !this.values) {
      this.forms = [key, bare !== key ? bare : null];
      this.values = [value];
    } else {
      // copied one longer (concat allocates the exact length), not pushed: a push reserves room for 17
      this.forms = this.forms.concat([key, bare !== key ? bare : null]);
      this.values = this.values.concat([value]);
      if (this.values.length >= SCANNED_UP_TO) this.toMaps();
    }
    return value;
  }

  /** The same members as maps: each key, and each bare form for the first member having it. */
  private toMaps(): void {
    const byKey = new Map<string, T>();
    const byBare = new Map<string, T>();
    const add = (key: string, bare: string | null, value: T): void => {
      byKey.set(key, value);
      if (bare !== null && !byBare.has(bare)) byBare.set(bare, value);
    };
    if (this.firstKey !== undefined && this.firstValue !== undefined) add(this.firstKey, this.firstBare, this.firstValue);
    this.values?.forEach((value, i) => add(this.forms?.[2 * i] ?? '', this.forms?.[2 * i + 1] ?? null, value));
    this.byKey = byKey;
    this.byBare = byBare;
    this.forms = undefined;
    this.values = undefined;
  }
}
