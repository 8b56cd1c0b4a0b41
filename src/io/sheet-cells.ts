import { corrupt } from './corrupt';
import type { RawValue } from '../core/grid';
import { displayNumber, displayText, isoToSerial, NumberFormat, serialToIso } from './number-format';
import type { SheetContext } from './sheet-reader';
import { decodeOoxmlEscapes, XmlScanner } from './xml-scan';

/**
 * What one cell shows and holds, by its type (`t`, ECMA-376 §18.18.11) and number format: shared and
 * inline strings, rich text without phonetic runs, numbers and dates under their format, booleans,
 * errors, formulas by their cached value.
 */

export interface Cell {
  text: string;
  raw?: RawValue;
}

export function numericCell(raw: string, fmt: NumberFormat, date1904: boolean): Cell {
  const value = Number(raw);
  // Number('') and Number(' ') are 0: a blank value is no number
  if (!Number.isFinite(value) || (value === 0 && raw.trim() === '')) return { text: raw.trim() };
  if (fmt.isDate) return { text: displayNumber(value, fmt, date1904), raw: serialToIso(value, date1904) ?? value };
  return { text: displayNumber(value, fmt, date1904), raw: value };
}

export function cellOf(type: string, value: string, inline: string | undefined, fmt: NumberFormat, ctx: SheetContext): Cell | undefined {
  switch (type) {
    case 'inlineStr':
      return inline === undefined && value === '' ? undefined : { text: displayText(inline ?? value, fmt) };
    case 's': {
      if (value === '') return undefined;
      const index = stringIndex(value);
      const strings = ctx.strings();
      if (!(index < strings.length)) throw corrupt('corrupt.shared-string-missing', value.slice(0, 20));
      // the table has no holes: index < strings.length names an item
      return { text: displayText(strings[index] as string, fmt) };
    }
    case 'b':
      return value === '' ? undefined : { text: value.trim() === '1' || value.trim() === 'true' ? 'TRUE' : 'FALSE', raw: value.trim() === '1' || value.trim() === 'true' };
    case 'e':
      return value === '' ? undefined : { text: value };
    case 'str':
      return value === '' ? undefined : { text: displayText(value, fmt) };
    case 'd': {
      if (value.trim() === '') return undefined;
      const serial = isoToSerial(value, ctx.date1904);
      if (serial === undefined) return { text: value.trim() };
      return { text: displayNumber(serial, fmt, ctx.date1904), raw: serialToIso(serial, ctx.date1904) ?? serial };
    }
    default:
      return value === '' ? undefined : numericCell(value, fmt, ctx.date1904);
  }
}

/** Rich text: every `<t>` of the element just entered, phonetic runs (`<rPh>`) left out. */
export function richTextUntil(scan: XmlScanner, end: string): string {
  let text = '';
  let phonetic = 0;
  while (scan.next()) {
    const name = scan.name;
    if (scan.closing) {
      if (name === end) break;
      if (name === 'rPh') phonetic--;
    } else if (name === 'rPh' && !scan.selfClosing) phonetic++;
    else if (name === 't' && !scan.selfClosing && phonetic === 0) text += scan.text();
  }
  return decodeOoxmlEscapes(text);
}

/** A shared-string index, strictly decimal; NaN otherwise. */
export function stringIndex(value: string): number {
  let n = 0;
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      n = n * 10 + code - 0x30;
      digits++;
    } else if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return NaN;
  }
  return digits > 0 && digits < 10 ? n : NaN;
}
