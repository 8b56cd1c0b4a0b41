import type { ReadLimits } from './limits';
import { GT, isNameEnd, isSpace, LT, QUOTE, SLASH, tagEndAt } from './xml-scan';

/**
 * The cell shape nearly every writer produces, recognised with character codes alone (no builtin
 * call, no substring): `<c r="B7"` (capital letters, digits), then ` s="…"` and ` t="s"` or ` t="n"`
 * if present, in that order, then `/>` or `>`, an optional formula, `<v>…</v></c>` with nothing between the tags. `quickCell`
 * only reads: it fills `out` and returns where the scan goes on, or -1 for any other shape, in which
 * case the sheet pass reads the cell the general way, from the same place, as if this had not run.
 * On every shape it takes, it finds the spans and numbers the general way finds.
 */
export const Q_ROW = 0;
export const Q_COL = 1;
/** The style index, -1 when `s` is absent or exactly `0` (both General without reading styles). */
export const Q_STYLE = 2;
export const Q_TYPE = 3;
/** For a shared string, the index; otherwise the value's span (start, end). */
export const Q_INDEX = 4;
export const Q_VALUE = 4;
export const Q_VALUE_END = 5;
export const Q_SLOTS = 6;

export const Q_EMPTY = 0;
export const Q_SHARED = 1;
export const Q_NUMBER = 2;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** `</v></c>` at `at`. */
function closesValueAndCell(xml: string, at: number): boolean {
  return (
    xml.charCodeAt(at) === LT &&
    xml.charCodeAt(at + 1) === SLASH &&
    xml.charCodeAt(at + 2) === 0x76 &&
    xml.charCodeAt(at + 3) === GT &&
    xml.charCodeAt(at + 4) === LT &&
    xml.charCodeAt(at + 5) === SLASH &&
    xml.charCodeAt(at + 6) === 0x63 &&
    xml.charCodeAt(at + 7) === GT
  );
}

/** ` x="` (a space, the one-letter name `x`, `=`, a double quote) at `at`. */
function attrStart(xml: string, at: number, name: number): boolean {
  return xml.charCodeAt(at) === 0x20 && xml.charCodeAt(at + 1) === name && xml.charCodeAt(at + 2) === 0x3d && xml.charCodeAt(at + 3) === QUOTE;
}

/** The cell whose name `c` ends at `at` (just past `<c`), read into `out` when it has the common shape; -1 otherwise. */
export function quickCell(xml: string, at: number, limits: ReadLimits, out: Int32Array): number {
  if (!attrStart(xml, at, 0x72)) return -1;
  let i = at + 4;
  let code = xml.charCodeAt(i);
  let col = -1;
  const lettersStart = i;
  while (code >= 0x41 && code <= 0x5a) {
    col = (col + 1) * 26 + code - 0x41;
    code = xml.charCodeAt(++i);
  }
  const letters = i - lettersStart;
  if (letters === 0 || letters > 3) return -1;
  let row = 0;
  const digitsStart = i;
  while (isDigit(code)) {
    row = row * 10 + code - 0x30;
    code = xml.charCodeAt(++i);
  }
  const digits = i - digitsStart;
  // no digit leaves row 0
  if (code !== QUOTE || digits > 8 || row === 0 || col >= limits.maxColumns || row > limits.maxRows) return -1;
  i++;
  let style = -1;
  if (attrStart(xml, i, 0x73)) {
    i += 4;
    const start = i;
    let n = 0;
    code = xml.charCodeAt(i);
    while (isDigit(code)) {
      n = n * 10 + code - 0x30;
      code = xml.charCodeAt(++i);
    }
    if (code !== QUOTE || i === start || i - start > 9) return -1;
    style = i - start === 1 && n === 0 ? -1 : n;
    i++;
  }
  let type = Q_NUMBER;
  if (attrStart(xml, i, 0x74)) {
    const t = xml.charCodeAt(i + 4);
    if (xml.charCodeAt(i + 5) !== QUOTE || (t !== 0x73 && t !== 0x6e)) return -1;
    type = t === 0x73 ? Q_SHARED : Q_NUMBER;
    i += 6;
  }
  out[Q_ROW] = row - 1;
  out[Q_COL] = col;
  out[Q_STYLE] = style;
  // spaces may end the tag, as plainTag reads them
  code = xml.charCodeAt(i);
  while (isSpace(code)) code = xml.charCodeAt(++i);
  if (code === SLASH && xml.charCodeAt(i + 1) === GT) {
    out[Q_TYPE] = Q_EMPTY;
    return i + 2;
  }
  if (code !== GT) return -1;
  i++;
  // a formula (`<f …/>` or `<f …>text</f>`) before the value is skipped, as contentAt skips it
  if (xml.charCodeAt(i) === LT && xml.charCodeAt(i + 1) === 0x66 && isNameEnd(xml.charCodeAt(i + 2))) {
    const gt = tagEndAt(xml, i + 2);
    if (gt < 0) return -1;
    if (xml.charCodeAt(gt - 1) === SLASH) i = gt + 1;
    else {
      // Stryker disable next-line ArithmeticOperator: xml[gt - 1] and xml[gt] are no `<` (tagEndAt stops at one), so from gt - 1 the search finds the same `<`
      const end = xml.indexOf('<', gt + 1);
      if (end < 0 || xml.charCodeAt(end + 1) !== SLASH || xml.charCodeAt(end + 2) !== 0x66 || xml.charCodeAt(end + 3) !== GT) return -1;
      i = end + 4;
    }
  }
  // `<v>`
  if (xml.charCodeAt(i) !== LT || xml.charCodeAt(i + 1) !== 0x76 || xml.charCodeAt(i + 2) !== GT) return -1;
  i += 3;
  const start = i;
  out[Q_TYPE] = type;
  if (type === Q_SHARED) {
    let n = 0;
    code = xml.charCodeAt(i);
    while (isDigit(code)) {
      n = n * 10 + code - 0x30;
      code = xml.charCodeAt(++i);
    }
    if (i === start || i - start > 9 || !closesValueAndCell(xml, i)) return -1;
    out[Q_INDEX] = n;
    return i + 8;
  }
  // a number: its text up to the next tag (the caller reads it in place)
  code = xml.charCodeAt(i);
  while (code !== LT && i < xml.length) {
    if (code === 0x26 || code === 0x0d) return -1;
    code = xml.charCodeAt(++i);
  }
  if (!closesValueAndCell(xml, i)) return -1;
  out[Q_VALUE] = start;
  out[Q_VALUE_END] = i;
  return i + 8;
}
