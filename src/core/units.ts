import { memoise, normalizeText } from './text';

/**
 * Splitting a 牵头部门 cell into units. Separators: 、 ， , ； ; and line breaks, but never inside
 * brackets, so `各县(市、区)政府` stays one unit. A trailing `、` is not an empty unit.
 * The first unit listed is the lead.
 */
const OPENERS = new Set(['(', '（', '[', '【', '〔', '《', '“', '「']);
const CLOSERS = new Set([')', '）', ']', '】', '〕', '》', '”', '」']);
const SEPARATORS = new Set(['、', '，', ',', '；', ';', '\n', '\r']);

export function splitUnits(text: string): string[] {
  const units: string[] = [];
  let depth = 0;
  let current = '';
  const flush = (): void => {
    const unit = current.replace(/\s+/g, ' ').trim();
    if (unit) units.push(unit);
    current = '';
  };
  for (const ch of text) {
    if (OPENERS.has(ch)) depth++;
    else if (CLOSERS.has(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && SEPARATORS.has(ch)) flush();
    else current += ch;
  }
  flush();
  return units;
}

/**
 * `splitUnits` memoised for the units column of a sheet, whose cells repeat a few lead units: one
 * split and one array per distinct text (shared, so never to be changed by the caller).
 */
export const unitsOfCell: (text: string) => readonly string[] = memoise((text: string): readonly string[] => splitUnits(text));

/** Joins units the way the standard table writes them. */
export function joinUnits(units: readonly string[]): string {
  return units.join('、');
}

/** The comparison form of a unit name: NFKC, no spaces, half-width brackets. */
export const unitKey = memoise((unit: string): string => normalizeText(unit).replace(/\s+/g, ''));

const LEVEL_PREFIX = /^[市区县]/;

/** `市交通运输局` → `交通运输局`; names without a level prefix stay as they are. */
export const withoutLevelPrefix = memoise((unit: string): string => {
  const key = unitKey(unit);
  return key.length > 2 ? key.replace(LEVEL_PREFIX, '') : key;
});

export function hasLevelPrefix(unit: string): boolean {
  return withoutLevelPrefix(unit) !== unitKey(unit);
}
