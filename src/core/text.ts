/**
 * Text normalisation for comparison. Findings always quote a cell as written; these forms are only
 * for deciding whether two texts mean the same thing.
 */

/** NFKC (full-width to half-width), trimmed, inner whitespace folded to one space. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** NFKC with every whitespace removed: `序  号` and `进展\n状态` compare equal to `序号`, `进展状态`. */
export function compactText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

const BRACKETED_NOTE = /\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕/g;

/**
 * The key a header cell is matched by: compact text without bracketed notes or required-field marks,
 * so `对接单位（含上级机关、国有企业等）` and `*牵头部门` match `对接单位` and `牵头部门`.
 */
export const headerKey = memoise((text: string): string =>
  compactText(text)
    .replace(BRACKETED_NOTE, '')
    .replace(/^[*※]+|[*※:]+$/g, ''),
);

/** The comparison form of a task text: compact, without trailing sentence punctuation. */
export function taskTextKey(text: string): string {
  return compactText(text).replace(/[。.;；]+$/, '');
}

/** The file name of a path written with / or \\ (`报送/市科技局.xlsx` → `市科技局.xlsx`). */
export function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * Memoises a text function over the short, repeating texts of a sheet (unit names, statuses,
 * header labels). Two generations of at most `limit` entries: when the young one is full it becomes
 * the old one, and a text found in the old one moves back to the young one. Memory stays bounded,
 * and a working set larger than the limit (a 20,000-unit directory) does not thrash the cache; long
 * texts are not cached at all.
 */
export function memoise<T>(fn: (text: string) => T, limit = 20000): (text: string) => T {
  let young = new Map<string, T>();
  let old = new Map<string, T>();
  return (text) => {
    if (text.length > 200) return fn(text);
    let value = young.get(text);
    if (value !== undefined) return value;
    value = old.get(text) ?? fn(text);
    if (young.size >= limit) {
      old = young;
      young = new Map();
    }
    young.set(text, value);
    return value;
  };
}
