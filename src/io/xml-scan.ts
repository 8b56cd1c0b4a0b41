import { corrupt } from './corrupt';

/**
 * A single-pass pull scanner over one XML part: `next()` moves to the next start or end tag,
 * `attr()` reads the current tag's attributes, `text()` reads character data (entities decoded,
 * CDATA kept literally, line ends normalised as XML 1.0 §2.11 says). Comments, processing
 * instructions and the doctype are skipped; no entity a document declares is ever expanded.
 * Every search moves forward with `indexOf`, so time is linear in the part's length even on
 * unclosed tags, which are `file-corrupt`. Element and attribute names are compared by local name
 * (the prefix is dropped), which is how SpreadsheetML's transitional and strict namespaces both read.
 */

/** Character codes the scanners compare with (`charCodeAt`). */
export const LT = 0x3c;
export const GT = 0x3e;
export const SLASH = 0x2f;
export const QUOTE = 0x22;
export const APOS = 0x27;
export const COLON = 0x3a;

/** XML whitespace (space, LF, CR, tab). */
export const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/** Where a tag's name ends: whitespace, `/` or `>`. */
export function isNameEnd(code: number): boolean {
  return isSpace(code) || code === SLASH || code === GT;
}

/** The predefined entity `&name;` whose name is `raw[start, end)`, or undefined (read without a substring). */
function predefined(raw: string, start: number, end: number): string | undefined {
  const a = raw.charCodeAt(start);
  switch (end - start) {
    case 2:
      if (raw.charCodeAt(start + 1) !== 0x74) return undefined;
      return a === 0x6c ? '<' : a === 0x67 ? '>' : undefined;
    case 3:
      return a === 0x61 && raw.charCodeAt(start + 1) === 0x6d && raw.charCodeAt(start + 2) === 0x70 ? '&' : undefined;
    case 4:
      if (raw.startsWith('quot', start)) return '"';
      return raw.startsWith('apos', start) ? "'" : undefined;
  }
  return undefined;
}

/**
 * Character and predefined entity references decoded; an invalid reference is `file-corrupt`. A
 * reference only a DTD could define (and a `&` without a `;` soon after) is kept as written, never
 * expanded, and costs no copy: text is cut only where a reference is replaced.
 */
export function decodeEntities(raw: string): string {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 12) {
      amp = raw.indexOf('&', amp + 1);
      continue;
    }
    let replacement: string | undefined;
    if (raw.charCodeAt(amp + 1) === 0x23) {
      const name = raw.slice(amp + 1, semi);
      const hex = name.charCodeAt(1) === 0x78 || name.charCodeAt(1) === 0x58;
      const digits = hex ? name.slice(2) : name.slice(1);
      const code = /^[0-9a-fA-F]+$/.test(digits) && (hex || /^\d+$/.test(digits)) ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (!(code >= 0 && code <= 0x10ffff)) throw corrupt('corrupt.xml-character-reference', `&${name};`);
      replacement = String.fromCodePoint(code);
    } else replacement = predefined(raw, amp + 1, semi);
    if (replacement !== undefined) {
      out += raw.slice(from, amp) + replacement;
      from = semi + 1;
    }
    amp = raw.indexOf('&', semi + 1);
  }
  return from === 0 ? raw : out + raw.slice(from);
}

/** XML end-of-line handling: CR LF and a lone CR read as LF. */
export function normaliseLineEnds(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

/** The `>` ending a start tag whose name ends at `from`, with `>` inside quoted attribute values skipped; -1 when unclosed. */
export function tagEndAt(xml: string, from: number): number {
  for (let i = from; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (code === GT) return i;
    if (code === QUOTE || code === APOS) {
      const close = xml.indexOf(code === QUOTE ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (code === LT) return -1;
  }
  return -1;
}

function skipPastAt(xml: string, from: number, terminator: string): number {
  const end = xml.indexOf(terminator, from);
  if (end < 0) throw corrupt('corrupt.xml-unterminated', terminator);
  return end + terminator.length;
}

function skipDoctypeAt(xml: string, lt: number): number {
  const gt = xml.indexOf('>', lt);
  const bracket = xml.indexOf('[', lt);
  if (bracket >= 0 && (gt < 0 || bracket < gt)) return skipPastAt(xml, bracket, ']>');
  if (gt < 0) throw corrupt('corrupt.xml-unterminated', '<!DOCTYPE');
  return gt + 1;
}

/**
 * Past the markup that is no element at `lt` (`<?…?>`, `<!--…-->`, `<![CDATA[…]]>`, a doctype), as
 * `next()` skips it; `file-corrupt` when it is not terminated.
 */
export function skipMarkupAt(xml: string, lt: number): number {
  if (xml.charCodeAt(lt + 1) === 0x3f) return skipPastAt(xml, lt + 2, '?>');
  if (xml.startsWith('<!--', lt)) return skipPastAt(xml, lt + 4, '-->');
  if (xml.startsWith('<![CDATA[', lt)) return skipPastAt(xml, lt + 9, ']]>');
  return skipDoctypeAt(xml, lt);
}

export class XmlScanner {
  /** The local name of the current tag. */
  name = '';
  /** The current tag is `</name>`. */
  closing = false;
  /** The current tag is `<name/>`. */
  selfClosing = false;
  /** Where the current tag starts (its `<`) and ends (just past its `>`). */
  start = 0;
  end = 0;
  private pos = 0;
  private attrStart = 0;
  private attrEnd = 0;

  constructor(private readonly xml: string) {}

  /** Moves to the next tag; false at the end of the part. */
  next(): boolean {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf('<', this.pos);
      if (lt < 0) {
        this.pos = xml.length;
        return false;
      }
      const first = xml.charCodeAt(lt + 1);
      if (first === 0x3f || first === 0x21) {
        this.pos = skipMarkupAt(xml, lt);
        continue;
      }
      this.closing = first === SLASH;
      let nameStart = this.closing ? lt + 2 : lt + 1;
      let nameEnd = nameStart;
      const length = xml.length;
      while (nameEnd < length) {
        const code = xml.charCodeAt(nameEnd);
        if (isNameEnd(code)) break;
        if (code === COLON) nameStart = nameEnd + 1;
        nameEnd++;
      }
      if (nameEnd >= length) throw corrupt('corrupt.xml-unclosed-tag', xml.slice(nameStart, nameStart + 20));
      this.name = this.nameAt(nameStart, nameEnd);
      const gt = this.closing ? xml.indexOf('>', nameEnd) : this.tagEnd(nameEnd);
      if (gt < 0) throw corrupt('corrupt.xml-unclosed-tag', this.name);
      this.selfClosing = !this.closing && xml.charCodeAt(gt - 1) === SLASH;
      this.attrStart = nameEnd;
      this.attrEnd = this.selfClosing ? gt - 1 : gt;
      this.pos = gt + 1;
      this.start = lt;
      this.end = gt + 1;
      return true;
    }
  }

  /** The names SpreadsheetML repeats most, without allocating a string for each tag. */
  private nameAt(start: number, end: number): string {
    const xml = this.xml;
    const first = xml.charCodeAt(start);
    switch (end - start) {
      case 1:
        if (first === 0x63) return 'c';
        if (first === 0x76) return 'v';
        if (first === 0x74) return 't';
        if (first === 0x66) return 'f';
        if (first === 0x72) return 'r';
        break;
      case 2:
        if (first === 0x69 && xml.charCodeAt(start + 1) === 0x73) return 'is';
        if (first === 0x73 && xml.charCodeAt(start + 1) === 0x69) return 'si';
        if (first === 0x78 && xml.charCodeAt(start + 1) === 0x66) return 'xf';
        break;
      case 3:
        if (first === 0x72 && xml.charCodeAt(start + 1) === 0x6f && xml.charCodeAt(start + 2) === 0x77) return 'row';
        if (first === 0x72 && xml.charCodeAt(start + 1) === 0x50 && xml.charCodeAt(start + 2) === 0x68) return 'rPh';
        if (first === 0x72 && xml.charCodeAt(start + 1) === 0x50 && xml.charCodeAt(start + 2) === 0x72) return 'rPr';
        break;
    }
    return xml.slice(start, end);
  }

  private tagEnd(from: number): number {
    return tagEndAt(this.xml, from);
  }

  private skipPast(from: number, terminator: string): number {
    return skipPastAt(this.xml, from, terminator);
  }

  /** Where the next `next()` starts looking: just past the current tag or the text read. */
  get position(): number {
    return this.pos;
  }

  /**
   * Moves the scanner to `pos` (a `<` or the content after a start tag), so a faster reader can hand
   * an unusual stretch of the part to the scanner and take over again at `position`.
   */
  seek(pos: number): void {
    this.pos = pos;
  }

  /**
   * Several attributes of the current tag in one pass: `out[i]` is the value of `names[i]` (by local
   * name, entities decoded) or undefined. Of a name written twice, the last wins, or with `wins` 'first'
   * the first, as `attr` reads it.
   */
  attrs(names: readonly string[], out: (string | undefined)[], wins: 'first' | 'last' = 'last'): void {
    for (let k = 0; k < names.length; k++) out[k] = undefined;
    const xml = this.xml;
    const end = this.attrEnd;
    let i = this.attrStart;
    while (i < end) {
      let code = xml.charCodeAt(i);
      while (i < end && (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09)) code = xml.charCodeAt(++i);
      if (i >= end) return;
      let localStart = i;
      while (i < end) {
        code = xml.charCodeAt(i);
        if (code === 0x3d || code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) break;
        if (code === COLON) localStart = i + 1;
        i++;
      }
      let which = -1;
      for (let k = 0; k < names.length; k++) {
        const wanted = names[k] as string;
        if (i - localStart === wanted.length && xml.startsWith(wanted, localStart)) {
          which = k;
          break;
        }
      }
      while (i < end && xml.charCodeAt(i) !== QUOTE && xml.charCodeAt(i) !== APOS) i++;
      if (i >= end) return;
      const close = xml.indexOf(xml.charCodeAt(i) === QUOTE ? '"' : "'", i + 1);
      if (close < 0 || close > end) return;
      if (which >= 0 && (wins === 'last' || out[which] === undefined)) {
        const raw = xml.slice(i + 1, close);
        const value = raw.indexOf('&') < 0 ? raw : decodeEntities(raw);
        out[which] = /[\t\n\r]/.test(value) ? value.replace(/[\t\n\r]/g, ' ') : value;
      }
      i = close + 1;
    }
  }

  /** The value of attribute `name` (by local name) on the current tag, entities decoded. */
  attr(name: string): string | undefined {
    const xml = this.xml;
    const end = this.attrEnd;
    let i = this.attrStart;
    while (i < end) {
      let code = xml.charCodeAt(i);
      while (i < end && (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09)) code = xml.charCodeAt(++i);
      if (i >= end) return undefined;
      let localStart = i;
      while (i < end) {
        code = xml.charCodeAt(i);
        if (code === 0x3d || code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) break;
        if (code === COLON) localStart = i + 1;
        i++;
      }
      const matches = i - localStart === name.length && xml.startsWith(name, localStart);
      while (i < end && xml.charCodeAt(i) !== QUOTE && xml.charCodeAt(i) !== APOS) i++;
      if (i >= end) return undefined;
      const quote = xml.charCodeAt(i) === QUOTE ? '"' : "'";
      const close = xml.indexOf(quote, i + 1);
      if (close < 0 || close > end) return undefined;
      if (matches) {
        const raw = xml.slice(i + 1, close);
        // attribute-value normalisation (XML 1.0 §3.3.3): literal tabs and line ends read as spaces
        const value = raw.indexOf('&') < 0 ? raw : decodeEntities(raw);
        return /[\t\n\r]/.test(value) ? value.replace(/[\t\n\r]/g, ' ') : value;
      }
      i = close + 1;
    }
    return undefined;
  }

  /**
   * Character data from here up to the next tag, CDATA sections included literally; the scanner
   * is left before that tag, so `next()` returns it.
   */
  text(): string {
    const xml = this.xml;
    let out = '';
    for (;;) {
      const lt = xml.indexOf('<', this.pos);
      const stop = lt < 0 ? xml.length : lt;
      if (stop > this.pos) out += decodeEntities(xml.slice(this.pos, stop));
      this.pos = stop;
      if (lt < 0) return normaliseLineEnds(out);
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw corrupt('corrupt.xml-unterminated', '<![CDATA[');
        out += xml.slice(lt + 9, end);
        this.pos = end + 3;
      } else if (xml.startsWith('<!--', lt)) this.pos = this.skipPast(lt + 4, '-->');
      else return normaliseLineEnds(out);
    }
  }

  /** Skips the current element's content up to its matching end tag (nothing to skip for `<x/>`). */
  skipElement(): void {
    if (this.selfClosing || this.closing) return;
    const name = this.name;
    let depth = 1;
    while (this.next()) {
      if (this.name !== name) continue;
      if (this.closing) depth--;
      else if (!this.selfClosing) depth++;
      if (depth === 0) return;
    }
  }
}

/** OOXML's `_xHHHH_` escapes (ST_Xstring) decoded; `_x005F_` escapes the underscore itself. */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
