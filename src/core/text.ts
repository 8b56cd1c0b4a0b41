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
export const headerKey = memoise((text: string): string => compactText(text).replace(BRACKETED_NOTE, '').replace(/^[*※]+|[*※:]+$/g, ''));

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
 * header labels). The cache is cleared when it grows large, so memory stays bounded.
 */
export function memoise(fn: (text: string) => string, limit = 20000): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = fn(text);
      cache.set(text, value);
    }
    return value;
  };
}
