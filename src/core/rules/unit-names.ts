import type { DataRow, SheetModel } from '../sheet-model';
import type { TemplateColumn, UnitEntry } from '../template/schema';
import { hasLevelPrefix, unitKey, unitsOfCell, withoutLevelPrefix } from '../units';
import { cellOf, columnOf } from './rule';

/** Every unit named in a sheet's units column, with the row and cell it sits in. */
export interface UnitMention {
  row: DataRow;
  column: TemplateColumn;
  unit: string;
}

/**
 * The mentions one by one, read from the sheet each time (two rules use them): a million-row sheet
 * keeps no list of them, and a cell's split is shared by every row that writes the same text.
 */
export function* unitMentions(model: SheetModel): Generator<UnitMention> {
  const column = columnOf(model, 'units');
  if (!column) return;
  for (const row of model.rows) {
    const cell = cellOf(row, column);
    if (cell.inherited) continue;
    for (const unit of unitsOfCell(cell.text)) yield { row, column, unit };
  }
}

/** What the directory says of a unit name. */
export type DirectoryVerdict = { kind: 'standard' } | { kind: 'alias'; standard: string } | { kind: 'unknown'; suggestion?: string };

interface DirectoryIndex {
  names: Set<string>;
  aliases: Map<string, string>;
  bare: Map<string, string[]>;
}

const directoryIndexes = new WeakMap<readonly UnitEntry[], DirectoryIndex>();

/** Built once per directory: every lookup is then O(1), whatever the directory's size. */
function indexOf(directory: readonly UnitEntry[]): DirectoryIndex {
  let index = directoryIndexes.get(directory);
  if (index) return index;
  index = { names: new Set(), aliases: new Map(), bare: new Map() };
  for (const e of directory) {
    index.names.add(unitKey(e.name));
    const bare = withoutLevelPrefix(e.name);
    const list = index.bare.get(bare) ?? [];
    if (!list.includes(e.name)) list.push(e.name);
    index.bare.set(bare, list);
  }
  for (const e of directory) for (const a of e.aliases) if (!index.aliases.has(unitKey(a))) index.aliases.set(unitKey(a), e.name);
  directoryIndexes.set(directory, index);
  return index;
}

export function lookupUnit(directory: readonly UnitEntry[], unit: string): DirectoryVerdict {
  const index = indexOf(directory);
  const key = unitKey(unit);
  if (index.names.has(key)) return { kind: 'standard' };
  const standard = index.aliases.get(key);
  if (standard !== undefined) return { kind: 'alias', standard };
  const sameBare = index.bare.get(withoutLevelPrefix(unit)) ?? [];
  return sameBare.length === 1 ? { kind: 'unknown', suggestion: sameBare[0] } : { kind: 'unknown' };
}

/**
 * Without a directory, the data itself says which spelling is standard: `交通运输局` beside
 * `市交通运输局` is the short form of the one prefixed name. When the data has two prefixed forms
 * (`市民政局` and `区民政局`) they are different units, and nothing is suggested.
 */
export function spellingsInData(mentions: Iterable<UnitMention>): Map<string, string> {
  // the data's distinct spellings, in the order they first appear (a sheet repeats a few units)
  const units = new Set<string>();
  for (const m of mentions) units.add(m.unit);
  const prefixed = new Map<string, Set<string>>();
  for (const unit of units) {
    if (hasLevelPrefix(unit)) {
      const bare = withoutLevelPrefix(unit);
      prefixed.set(bare, (prefixed.get(bare) ?? new Set()).add(unitKey(unit)));
    }
  }
  const preferred = new Map<string, string>();
  for (const unit of units) {
    const key = unitKey(unit);
    if (hasLevelPrefix(unit)) continue;
    const forms = prefixed.get(key);
    const [only, ...more] = forms ?? [];
    if (only !== undefined && more.length === 0) preferred.set(key, only);
  }
  return preferred;
}
