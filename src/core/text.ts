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
export function headerKey(text: string): string {
  return compactText(text).replace(BRACKETED_NOTE, '').replace(/^[*※]+|[*※:]+$/g, '');
}

export function isBlank(text: string): boolean {
  return text.trim() === '';
}
