import { ReportError } from '../core/errors';
import type { MergedRange, RawValue } from '../core/grid';
import { corrupt } from './corrupt';
import { mb, ReadLimits } from './limits';
import { displayText, GENERAL, NumberFormat } from './number-format';
import { cellOf, richTextUntil } from './sheet-cells';
import type { SheetContext } from './sheet-reader';
import { CELL_REF_COLUMNS, cellRef, cellRefAt, clampMerges, rowNumber, rowNumberAt } from './sheet-refs';
import { Q_COL, Q_EMPTY, Q_INDEX, Q_NUMBER, Q_ROW, Q_SHARED, Q_SLOTS, Q_STYLE, Q_TYPE, Q_VALUE, Q_VALUE_END, quickCell } from './sheet-quick-cell';
import { APOS, COLON, decodeEntities, decodeOoxmlEscapes, GT, isNameEnd, isSpace, LT, normaliseLineEnds, QUOTE, skipMarkupAt, SLASH, tagEndAt, XmlScanner } from './xml-scan';

/**
 * The worksheet part in one forward pass with `indexOf` and character codes: tags are recognised by
 * their local name in place, a plain start tag's attributes in one pass (`plainTag`: a cell's `r`,
 * `s` and `t`, a row's `r`, without a substring, value text jumped over by `indexOf`), and the common
 * cell contents taken whole (`contentAt`: nothing, `<v>…</v>`, a one-run inline string, after an
 * optional formula, whitespace between the tags); only the text of a value that is kept is cut out (a
 * shared-string index or a plain integer is not even that). Any other tag shape goes to the general
 * attribute reader, any other stretch (rich text, comments or CDATA inside a cell, prefixed element
 * names, entities) to `XmlScanner` positioned at the same place, so all read every input alike and
 * the pass stays linear, unclosed tags included.
 */

/** `xml[start, end)` holds no entity and no character that attribute or text normalisation would change. */
export function isPlain(xml: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = xml.charCodeAt(i);
    if (code === 0x26 || code === 0x0d || code === 0x0a || code === 0x09) return false;
  }
  return true;
}

/** An attribute value as `XmlScanner.attr` gives it: entities decoded, tabs and line ends read as spaces. */
export function attrValue(xml: string, start: number, end: number): string {
  const raw = xml.slice(start, end);
  // Stryker disable next-line StringLiteral: with '' it decodes every value, and decoding a value without `&` gives it back unchanged
  const value = raw.indexOf('&') < 0 ? raw : decodeEntities(raw);
  return /[\t\n\r]/.test(value) ? value.replace(/[\t\n\r]/g, ' ') : value;
}

/** Character data as `XmlScanner.text` gives it for a stretch without markup. */
export function textValue(xml: string, start: number, end: number): string {
  const raw = xml.slice(start, end);
  // Stryker disable next-line StringLiteral: with '' it decodes every text, and decoding and normalising a text without `&` or CR gives it back unchanged
  return raw.indexOf('&') < 0 && raw.indexOf('\r') < 0 ? raw : normaliseLineEnds(decodeEntities(raw));
}

/** A cell type (`t`) by what the fast path does with it. */
export type CellType = 0 | 1 | 2 | 3;
export const NUMBER = 0;
export const SHARED = 1;
export const BOOL = 2;
export const OTHER = 3;

/** The plain integer Excel's General shows as written (`-12`, `305`; no leading zero, under 1e11), or NaN. */
export function plainInteger(xml: string, start: number, end: number): number {
  let i = start;
  const negative = xml.charCodeAt(i) === 0x2d;
  if (negative) i++;
  const digits = end - i;
  if (digits < 1 || digits > 11) return NaN;
  const first = xml.charCodeAt(i);
  if (first === 0x30 && (digits > 1 || negative)) return NaN;
  let n = 0;
  for (; i < end; i++) {
    const code = xml.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return NaN;
    n = n * 10 + code - 0x30;
  }
  return negative ? -n : n;
}

/** Up to 9 plain digits read in place (none reads as 0, as `Number('')` does); NaN for anything else. */
export function digitsAt(xml: string, start: number, end: number): number {
  if (end - start > 9) return NaN;
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = xml.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return NaN;
    n = n * 10 + code - 0x30;
  }
  return n;
}

/** A shared-string index read in place, as `stringIndex` reads its text. */
export function stringIndexAt(xml: string, start: number, end: number): number {
  let n = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const code = xml.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      n = n * 10 + code - 0x30;
      digits++;
    } else if (!isSpace(code)) return NaN;
  }
  return digits > 0 && digits < 10 ? n : NaN;
}

/**
 * Positions `plainTag` finds: whether the tag closes itself, and the value spans of the first `r` and
 * of the last `r`, `s` and `t` (start, end; -1 when absent).
 */
export const SELF_CLOSING = 0;
export const FIRST_R = 1;
export const LAST_R = 3;
export const LAST_S = 5;
export const LAST_T = 7;
export const TAG_SLOTS = 9;

function clearTag(out: Int32Array): void {
  out[SELF_CLOSING] = 0;
  out[FIRST_R] = -1;
  out[FIRST_R + 1] = -1;
  out[LAST_R] = -1;
  out[LAST_R + 1] = -1;
  out[LAST_S] = -1;
  out[LAST_S + 1] = -1;
  out[LAST_T] = -1;
  out[LAST_T + 1] = -1;
}

/**
 * A start tag whose name ends at `at`, read in one pass when it has the plain shape every writer
 * produces: ` name="value"` pairs (either quote), then `>` or `/>`. Value text is jumped over with
 * `indexOf`. Returns the index of its `>` with `out` filled, or -1 for any other shape (a space around
 * `=`, a stray character, an unclosed tag), which the caller reads the general way; for a plain tag
 * both ways find the same end and the same values.
 */
export function plainTag(xml: string, at: number, out: Int32Array): number {
  clearTag(out);
  let i = at;
  for (;;) {
    let code = xml.charCodeAt(i);
    if (code === GT) return i;
    if (code === SLASH) {
      if (xml.charCodeAt(i + 1) !== GT) return -1;
      out[SELF_CLOSING] = 1;
      return i + 1;
    }
    if (!isSpace(code)) return -1;
    do code = xml.charCodeAt(++i);
    while (isSpace(code));
    if (code === GT || code === SLASH) continue;
    let localStart = i;
    // a name runs to `=`; a space, quote, `/`, `<`, `>`, any other character below `0` (and NaN past
    // the end) in it is no plain shape
    while (code !== 0x3d) {
      if (code === COLON) localStart = i + 1;
      else if (!(code > SLASH) || code === LT || code === GT) return -1;
      code = xml.charCodeAt(++i);
    }
    const quote = xml.charCodeAt(i + 1);
    if (quote !== QUOTE && quote !== APOS) return -1;
    const close = xml.indexOf(quote === QUOTE ? '"' : "'", i + 2);
    if (close < 0) return -1;
    if (i - localStart === 1) {
      const which = xml.charCodeAt(localStart);
      const slot = which === 0x72 ? LAST_R : which === 0x73 ? LAST_S : which === 0x74 ? LAST_T : -1;
      if (slot >= 0) {
        out[slot] = i + 2;
        out[slot + 1] = close;
        if (slot === LAST_R && (out[FIRST_R] as number) < 0) {
          out[FIRST_R] = i + 2;
          out[FIRST_R + 1] = close;
        }
      }
    }
    i = close + 1;
  }
}

/**
 * `plainTag` for the cell tag nearly every writer produces: ` r="…"`, then ` s="…"` and ` t="…"` if
 * present, in that order, then `>` or `/>`. Each name appearing once, the spans are the ones plainTag
 * finds; any other shape gives -1 and plainTag reads it.
 */
export function canonicalCellTag(xml: string, at: number, out: Int32Array): number {
  if (!xml.startsWith(' r="', at)) return -1;
  let close = xml.indexOf('"', at + 4);
  if (close < 0) return -1;
  out[LAST_R] = at + 4;
  out[LAST_R + 1] = close;
  out[LAST_S] = -1;
  out[LAST_T] = -1;
  let i = close + 1;
  if (xml.startsWith(' s="', i)) {
    close = xml.indexOf('"', i + 4);
    if (close < 0) return -1;
    out[LAST_S] = i + 4;
    out[LAST_S + 1] = close;
    i = close + 1;
  }
  if (xml.startsWith(' t="', i)) {
    close = xml.indexOf('"', i + 4);
    if (close < 0) return -1;
    out[LAST_T] = i + 4;
    out[LAST_T + 1] = close;
    i = close + 1;
  }
  const code = xml.charCodeAt(i);
  if (code === GT) {
    out[SELF_CLOSING] = 0;
    return i;
  }
  if (code === SLASH && xml.charCodeAt(i + 1) === GT) {
    out[SELF_CLOSING] = 1;
    return i + 1;
  }
  return -1;
}

export const VALUE = 0;
export const INLINE = 2;
const PRESERVE_T = '<t xml:space="preserve">';

/** `</x>` for the one-letter name whose code is `name`, at `at`. */
export function isEndTag(xml: string, at: number, name: number): boolean {
  return xml.charCodeAt(at) === LT && xml.charCodeAt(at + 1) === SLASH && xml.charCodeAt(at + 2) === name && xml.charCodeAt(at + 3) === GT;
}

export function skipSpaces(xml: string, from: number): number {
  let i = from;
  while (isSpace(xml.charCodeAt(i))) i++;
  return i;
}

/**
 * A cell's content from `p` (just past its start tag) when it has one of the shapes writers produce,
 * whitespace allowed between the tags: an optional formula (`<f …/>` or `<f …>text</f>`, skipped),
 * then an optional `<v>text</v>` or an inline string of one run (`<is><t>text</t></is>`, `<t>` with
 * `xml:space="preserve"` or none), then `</c>`. Returns where the scan goes on, with the value's and
 * the inline text's spans in `content` (at VALUE and INLINE, start and end each; -1 when absent);
 * -1 for any other shape (CDATA, comments, rich text, prefixed names, ...), which the scanner reads.
 * Text here holds no `<`, so both read it alike.
 */
export function contentAt(xml: string, p: number, content: Int32Array): number {
  content[VALUE] = -1;
  content[VALUE + 1] = -1;
  content[INLINE] = -1;
  content[INLINE + 1] = -1;
  let q = skipSpaces(xml, p);
  if (xml.charCodeAt(q) !== LT) return -1;
  if (xml.charCodeAt(q + 1) === 0x66 && isNameEnd(xml.charCodeAt(q + 2))) {
    const gt = tagEndAt(xml, q + 2);
    if (gt < 0) return -1;
    if (xml.charCodeAt(gt - 1) === SLASH) q = gt + 1;
    else {
      // Stryker disable next-line ArithmeticOperator: xml[gt - 1] and xml[gt] are no `<` (tagEndAt stops at one), so from gt - 1 the search finds the same `<`
      const end = xml.indexOf('<', gt + 1);
      if (end < 0 || !isEndTag(xml, end, 0x66)) return -1;
      q = end + 4;
    }
    q = skipSpaces(xml, q);
  }
  if (xml.charCodeAt(q) === LT && xml.charCodeAt(q + 1) === 0x76 && xml.charCodeAt(q + 2) === GT) {
    const end = xml.indexOf('<', q + 3);
    if (end < 0 || !isEndTag(xml, end, 0x76)) return -1;
    content[VALUE] = q + 3;
    content[VALUE + 1] = end;
    q = skipSpaces(xml, end + 4);
  } else if (xml.startsWith('<is>', q)) {
    q = skipSpaces(xml, q + 4);
    const start = xml.startsWith('<t>', q) ? q + 3 : xml.startsWith(PRESERVE_T, q) ? q + PRESERVE_T.length : -1;
    if (start < 0) return -1;
    const end = xml.indexOf('<', start);
    if (end < 0 || !xml.startsWith('</t>', end)) return -1;
    q = skipSpaces(xml, end + 4);
    if (!xml.startsWith('</is>', q)) return -1;
    content[INLINE] = start;
    content[INLINE + 1] = end;
    q = skipSpaces(xml, q + 5);
  }
  return isEndTag(xml, q, 0x63) ? q + 4 : -1;
}

export class SheetPass {
  readonly rows: string[][] = [];
  readonly values: (RawValue | undefined)[][] = [];
  anyValue = false;
  private readonly ranges: string[] = [];
  private readonly scan: XmlScanner;
  private readonly limits: ReadLimits;
  private row = -1;
  private nextCol = 0;
  private usedBottom = -1;
  private usedRight = -1;
  private textChars = 0;
  /** The texts of the row `scratchRow` (-1: none), its first `scratchLength` entries: one array reused, not one grown per row. */
  // Stryker disable next-line ArrayDeclaration: an entry of scratch is read only after this row wrote it (flushTexts cuts at scratchLength, gaps are written '')
  private readonly scratch: string[] = [];
  private scratchRow = -1;
  private scratchLength = 0;
  private formats: NumberFormat[] | undefined;
  private strings: string[] | undefined;
  private readonly tag = new Int32Array(TAG_SLOTS);
  /** Spans `contentAt` finds: the value (VALUE) and the inline text (INLINE), start and end each. */
  private readonly content = new Int32Array(4);
  /** What `quickCell` reads. */
  private readonly quick = new Int32Array(Q_SLOTS);

  constructor(
    private readonly xml: string,
    private readonly part: string,
    private readonly ctx: SheetContext,
  ) {
    this.scan = new XmlScanner(xml);
    this.limits = ctx.limits;
  }

  /** Reads the whole part; the merged ranges, clamped to the used range. */
  run(): MergedRange[] {
    const xml = this.xml;
    const length = xml.length;
    let pos = 0;
    for (;;) {
      // cells follow each other with nothing between them: the next tag is most often right here
      const lt = xml.charCodeAt(pos) === LT ? pos : xml.indexOf('<', pos);
      if (lt < 0) break;
      const first = xml.charCodeAt(lt + 1);
      // Stryker disable next-line BlockStatement: without it `<c` reaches the name loop, which reads it as the same cell
      if (first === 0x63 && isNameEnd(xml.charCodeAt(lt + 2))) {
        pos = this.readCell(lt, lt + 2);
        continue;
      }
      // Stryker disable next-line BlockStatement: without it an end tag reaches the name loop, whose empty name goes to tagEndAt, which ends it at the same `>` (or fails the same way)
      if (first === SLASH) {
        const gt = xml.indexOf('>', lt + 2);
        if (gt < 0) this.failAt(lt);
        // Stryker disable next-line ArithmeticOperator: xml[gt - 1] is no `<` that starts a tag the pass reads, so the scan goes on at the same next tag
        pos = gt + 1;
        continue;
      }
      if (first === 0x3f || first === 0x21) {
        pos = skipMarkupAt(xml, lt);
        continue;
      }
      let i = lt + 1;
      let nameStart = i;
      for (; i < length; i++) {
        const code = xml.charCodeAt(i);
        if (isNameEnd(code)) break;
        if (code === COLON) nameStart = i + 1;
      }
      if (i >= length) this.failAt(lt);
      const nameLength = i - nameStart;
      if (nameLength === 1 && xml.charCodeAt(nameStart) === 0x63) pos = this.readCell(lt, i);
      else if (nameLength === 3 && xml.startsWith('row', nameStart)) pos = this.readRow(lt, i);
      else if (nameLength === 9 && xml.startsWith('mergeCell', nameStart)) {
        const scan = this.scan;
        scan.seek(lt);
        scan.next();
        const ref = scan.attr('ref');
        if (ref) this.ranges.push(ref);
        pos = scan.position;
      } else {
        const gt = tagEndAt(xml, i);
        if (gt < 0) this.failAt(lt);
        // Stryker disable next-line ArithmeticOperator: xml[gt - 1] is no `<` (tagEndAt stops at one), so the scan goes on at the same next tag
        pos = gt + 1;
      }
    }
    this.flushTexts();
    // Stryker disable next-line ConditionalExpression,EqualityOperator: compactRow only cuts the last row's arrays to their length, which no reader of the grid can see
    if (this.row >= 0) this.compactRow(this.row);
    return clampMerges(this.ranges, this.usedBottom, this.usedRight, this.limits);
  }

  /**
   * A finished row's arrays cut to their length: an array grown cell by cell keeps room for about 17
   * cells, twice what a five-column row needs (about 100 bytes a row of a million-row sheet). The
   * texts are written into `scratch` while their row is the one being written (`flushTexts`).
   */
  // Stryker disable next-line BlockStatement: cutting a finished row's arrays to their length is memory only; takeRow and run flush the scratch row themselves
  private compactRow(row: number): void {
    this.flushTexts();
    const values = this.values[row];
    // Stryker disable next-line MethodExpression: the copy has the same entries; only its spare capacity differs
    if (values !== undefined && values.length > 0) this.values[row] = values.slice();
  }

  /** The scanner reads the tag at `lt` and throws what it finds wrong with it. */
  private failAt(lt: number): never {
    this.scan.seek(lt);
    this.scan.next();
    // Stryker disable next-line StringLiteral: never reached: the scanner throws for every tag the pass cannot end, before this line
    throw corrupt('corrupt.xml-unclosed-tag', '');
  }

  private store(cellRow: number, col: number, text: string, raw: RawValue | undefined): void {
    if (text === '') return;
    this.textChars += text.length;
    if (this.textChars > this.limits.maxSheetTextChars) throw new ReportError('file-too-large', { part: this.part, limitMb: mb(this.limits.maxSheetTextChars) });
    // the row's texts are dense: a gap before a cell reads as ''
    if (cellRow === this.scratchRow || this.takeRow(cellRow)) {
      const scratch = this.scratch;
      for (let k = this.scratchLength; k < col; k++) scratch[k] = '';
      scratch[col] = text;
      if (col >= this.scratchLength) this.scratchLength = col + 1;
    } else {
      const target = this.rows[cellRow] as string[];
      while (target.length < col) target.push('');
      target[col] = text;
    }
    if (raw !== undefined) {
      const values = this.values;
      while (values.length <= cellRow) values.push([]);
      (values[cellRow] as (RawValue | undefined)[])[col] = raw;
      this.anyValue = true;
    }
  }

  /**
   * Whether the texts of `row` go to `scratch` from now on: only while it has none yet. A row that has
   * texts already (written again after another) takes more in its own array, so no row is copied twice
   * however the cells jump between rows.
   */
  private takeRow(row: number): boolean {
    const rows = this.rows;
    while (rows.length <= row) rows.push([]);
    if ((rows[row] as string[]).length > 0) return false;
    this.flushTexts();
    this.scratchLength = 0;
    this.scratchRow = row;
    return true;
  }

  /** The row in `scratch` into `rows`, as an array of its own length; stale entries past the length are never read. */
  private flushTexts(): void {
    if (this.scratchRow < 0) return;
    this.rows[this.scratchRow] = this.scratch.slice(0, this.scratchLength);
    this.scratchRow = -1;
  }

  /** The `<row>` start tag whose name ends at `at`; returns where the scan goes on. */
  private readRow(lt: number, at: number): number {
    const xml = this.xml;
    const tag = this.tag;
    let given: number | undefined;
    // the shape every writer produces: ` r="7"` first (the first r, whatever follows it in the tag)
    // Stryker disable next-line ArithmeticOperator,BlockStatement: a row tag the shortcut does not take is read by plainTag or the general reader, which find the same first r
    if (xml.charCodeAt(at) === 0x20 && xml.charCodeAt(at + 1) === 0x72 && xml.charCodeAt(at + 2) === 0x3d && xml.charCodeAt(at + 3) === QUOTE) {
      const close = xml.indexOf('"', at + 4);
      const gt = close < 0 ? -1 : tagEndAt(xml, close + 1);
      if (gt < 0) this.failAt(lt);
      // Stryker disable next-line ArithmeticOperator: a stretch that is no plain number gives NaN, and the string form below reads the same r
      const n = rowNumberAt(xml, at + 4, close, this.limits);
      given = Number.isNaN(n) ? rowNumber(attrValue(xml, at + 4, close), this.limits) : n;
      return this.startRow(given, gt);
    }
    let gt = plainTag(xml, at, tag);
    if (gt >= 0) {
      const start = tag[FIRST_R] as number;
      if (start >= 0) {
        const close = tag[FIRST_R + 1] as number;
        const n = rowNumberAt(xml, start, close, this.limits);
        given = Number.isNaN(n) ? rowNumber(attrValue(xml, start, close), this.limits) : n;
      }
    } else {
      gt = tagEndAt(xml, at);
      if (gt < 0) this.failAt(lt);
      // Stryker disable next-line ArithmeticOperator,ConditionalExpression,EqualityOperator: eachAttr stops at the `/` of `/>` as at the `>` (no quote follows either)
      given = this.firstRowNumber(at, xml.charCodeAt(gt - 1) === SLASH ? gt - 1 : gt);
    }
    return this.startRow(given, gt);
  }

  /** A row starts (`given`: its 1-based number, undefined when absent) at a tag ending at `gt`; returns where the scan goes on. */
  private startRow(given: number | undefined, gt: number): number {
    const row = given === undefined ? this.row + 1 : given - 1;
    if (row >= this.limits.maxRows) throw corrupt('corrupt.row-beyond-sheet', row + 1);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: compactRow only cuts a finished row's arrays to their length; takeRow flushes the scratch row before another row takes it
    if (this.row >= 0 && this.row !== row) this.compactRow(this.row);
    this.row = row;
    this.nextCol = 0;
    // Stryker disable next-line ArithmeticOperator: xml[gt - 1] is no `<` (tagEndAt stops at one), so the scan goes on at the same next tag
    return gt + 1;
  }

  /** The first `r` of a row tag's attributes `xml[at, end)`, as XmlScanner.attr reads it. */
  private firstRowNumber(at: number, end: number): number | undefined {
    let given: number | undefined;
    this.eachAttr(at, end, (name, start, close) => {
      if (name !== 0x72) return true;
      const n = rowNumberAt(this.xml, start, close, this.limits);
      given = Number.isNaN(n) ? rowNumber(attrValue(this.xml, start, close), this.limits) : n;
      return false;
    });
    return given;
  }

  /**
   * The attributes of a tag `xml[at, end)` the general way (any spacing, prefixes dropped, either
   * quote), in order: `visit` gets the local name's code when it is one character (0 otherwise) and
   * the value's span, and returns false to stop. Stops, as XmlScanner does, at an unquoted value.
   * Only the fallback for tags `plainTag` does not take, so a closure per tag costs nothing that matters.
   */
  private eachAttr(at: number, end: number, visit: (name: number, start: number, close: number) => boolean): void {
    const xml = this.xml;
    let i = at;
    while (i < end) {
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      if (i >= end) break;
      let localStart = i;
      for (; i < end; i++) {
        const code = xml.charCodeAt(i);
        if (code === 0x3d || isSpace(code)) break;
        if (code === COLON) localStart = i + 1;
      }
      const name = i - localStart === 1 ? xml.charCodeAt(localStart) : 0;
      while (i < end && xml.charCodeAt(i) !== QUOTE && xml.charCodeAt(i) !== APOS) i++;
      if (i >= end) break;
      const close = xml.indexOf(xml.charCodeAt(i) === QUOTE ? '"' : "'", i + 1);
      // Stryker disable next-line LogicalOperator: tagEndAt ended the tag past balanced quotes, so every value's closing quote is found before `end`
      if (close < 0 || close > end) break;
      if (!visit(name, i + 1, close)) return;
      i = close + 1;
    }
  }

  /**
   * A cell tag's `r`, `s` and `t` the general way (any shape `tagEndAt` accepts, ending at `gt`) into
   * `this.tag`; a later one of the same name wins, as XmlScanner.attrs reads them.
   */
  private cellAttrs(at: number, gt: number): void {
    const tag = this.tag;
    clearTag(tag);
    const selfClosing = this.xml.charCodeAt(gt - 1) === SLASH;
    tag[SELF_CLOSING] = selfClosing ? 1 : 0;
    // Stryker disable next-line ArithmeticOperator: eachAttr stops at the `/` of `/>` as at the `>` (no quote follows either)
    this.eachAttr(at, selfClosing ? gt - 1 : gt, (name, start, close) => {
      // Stryker disable next-line UnaryOperator: slot 1 is the first r, which no cell reads
      const slot = name === 0x72 ? LAST_R : name === 0x73 ? LAST_S : name === 0x74 ? LAST_T : -1;
      if (slot >= 0) {
        tag[slot] = start;
        tag[slot + 1] = close;
      }
      return true;
    });
  }

  /** `contentAt` on this part, into `this.content`. */
  private contentAt(p: number): number {
    return contentAt(this.xml, p, this.content);
  }

  /**
   * The cell at `at` when `quickCell` takes its shape and nothing about its content needs the general
   * way (a shared-string index in the table, a number); -1 before any effect otherwise. What it stores
   * is what `readCell` stores for the same cell.
   */
  // Stryker disable next-line BlockStatement: a quickCell that takes nothing leaves every cell to the general reading below, which stores the same
  private quickCell(at: number): number {
    const xml = this.xml;
    const q = this.quick;
    const next = quickCell(xml, at, this.limits, q);
    if (next < 0) return -1;
    const type = q[Q_TYPE];
    const style = q[Q_STYLE] as number;
    const fmt = type === Q_EMPTY || style < 0 ? GENERAL : ((this.formats ??= this.ctx.formats())[style] ?? GENERAL);
    let text: string | undefined;
    if (type === Q_SHARED) {
      const index = q[Q_INDEX] as number;
      const strings = (this.strings ??= this.ctx.strings());
      if (!(index < strings.length)) return -1;
      const item = strings[index] as string;
      text = fmt.formatsText ? lf(displayText(item, fmt)) : item;
    }
    const cellRow = q[Q_ROW] as number;
    const col = q[Q_COL] as number;
    if (this.row < 0) this.row = cellRow;
    this.nextCol = col + 1;
    if (cellRow > this.usedBottom) this.usedBottom = cellRow;
    if (col > this.usedRight) this.usedRight = col;
    if (text !== undefined) this.store(cellRow, col, text, undefined);
    else if (type === Q_NUMBER) {
      const start = q[Q_VALUE] as number;
      const end = q[Q_VALUE_END] as number;
      const n = fmt.isGeneral ? plainInteger(xml, start, end) : NaN;
      if (!Number.isNaN(n)) this.store(cellRow, col, xml.slice(start, end), n);
      else {
        // Stryker disable next-line StringLiteral: cellOf reads any type it does not name ('' too) as a number, as it reads 'n'
        const cell = cellOf('n', xml.slice(start, end), undefined, fmt, this.ctx);
        if (cell) this.store(cellRow, col, lf(cell.text), cell.raw);
      }
    }
    return next;
  }

  /** The cell whose start tag begins at `lt` and whose name ends at `at`; returns where the scan goes on. */
  private readCell(lt: number, at: number): number {
    const quick = this.quickCell(at);
    if (quick >= 0) return quick;
    const xml = this.xml;
    const limits = this.limits;
    const tag = this.tag;
    let gt = canonicalCellTag(xml, at, tag);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: plainTag reads a canonical tag to the same spans, and a tag neither takes goes to the general reader, which reads the same
    if (gt < 0) gt = plainTag(xml, at, tag);
    if (gt < 0) {
      gt = tagEndAt(xml, at);
      if (gt < 0) this.failAt(lt);
      this.cellAttrs(at, gt);
    }
    const selfClosing = tag[SELF_CLOSING] === 1;
    const refStart = tag[LAST_R] as number;
    const refEnd = tag[LAST_R + 1] as number;
    const styleStart = tag[LAST_S] as number;
    const styleEnd = tag[LAST_S + 1] as number;
    const typeStart = tag[LAST_T] as number;
    const typeEnd = tag[LAST_T + 1] as number;

    let col = this.nextCol;
    let cellRow = this.row < 0 ? 0 : this.row;
    let packed = -1;
    // Stryker disable next-line LogicalOperator: the start and end of r are set together, so one is -1 exactly when the other is
    if (refStart >= 0 && refEnd > refStart) {
      // an entity or a line end in it is no plain reference either: cellRefAt gives -1 for both
      packed = cellRefAt(xml, refStart, refEnd, limits);
      if (packed < 0) {
        const found = cellRef(attrValue(xml, refStart, refEnd), limits);
        if (found) packed = found.row * CELL_REF_COLUMNS + found.col;
      }
    }
    if (packed >= 0) {
      cellRow = Math.floor(packed / CELL_REF_COLUMNS);
      col = packed - cellRow * CELL_REF_COLUMNS;
    } else if (col >= limits.maxColumns) throw corrupt('corrupt.column-beyond-sheet', cellRow + 1);
    if (this.row < 0) this.row = cellRow;
    this.nextCol = col + 1;
    if (cellRow > this.usedBottom) this.usedBottom = cellRow;
    if (col > this.usedRight) this.usedRight = col;
    // Stryker disable next-line ArithmeticOperator: xml[gt - 1] is the `/` of `/>`, so the scan goes on at the same next tag
    if (selfClosing) return gt + 1;

    // the content in its common shapes taken whole (`contentAt`), anything else read by the scanner
    const p = gt + 1;
    let valueStart = -1;
    // Stryker disable next-line UnaryOperator: valueEnd is read only once valueStart is set, which sets it too
    let valueEnd = -1;
    let value = '';
    let inline: string | undefined;
    let next = this.contentAt(p);
    if (next >= 0) {
      const content = this.content;
      valueStart = content[VALUE] as number;
      valueEnd = content[VALUE + 1] as number;
      const inlineStart = content[INLINE] as number;
      if (inlineStart >= 0) inline = decodeOoxmlEscapes(textValue(xml, inlineStart, content[INLINE + 1] as number));
    } else {
      const scan = this.scan;
      scan.seek(p);
      while (scan.next()) {
        if (scan.closing) {
          if (scan.name === 'c') break;
          continue;
        }
        if (scan.name === 'v') {
          if (!scan.selfClosing) value = scan.text();
        } else if (scan.name === 'is') {
          if (!scan.selfClosing) inline = richTextUntil(scan, 'is');
        } else if (scan.name === 'f' || scan.name === 'extLst') scan.skipElement();
      }
      next = scan.position;
    }

    // the style's number format, looked up only for a cell with content
    let fmt = GENERAL;
    if (styleStart >= 0 && !(styleEnd - styleStart === 1 && xml.charCodeAt(styleStart) === 0x30)) {
      const digits = digitsAt(xml, styleStart, styleEnd);
      const index = Number.isNaN(digits) ? Number(attrValue(xml, styleStart, styleEnd)) : digits;
      const formats = (this.formats ??= this.ctx.formats());
      fmt = formats[index] ?? GENERAL;
    }

    // Stryker disable next-line StringLiteral: cellOf reads the type '' as a number, as it reads 'n', and both read a plain integer to the same text and value
    const typeText = typeStart < 0 ? 'n' : isPlain(xml, typeStart, typeEnd) ? undefined : attrValue(xml, typeStart, typeEnd);
    const kind = cellType(xml, typeStart, typeEnd, typeText);
    // a value the in-place readers do not take (an entity in it, say) is decoded below and read by cellOf
    if (valueStart >= 0 && (kind === SHARED || kind === NUMBER)) {
      const index = kind === SHARED ? stringIndexAt(xml, valueStart, valueEnd) : NaN;
      if (kind === SHARED && valueEnd === valueStart) return next;
      if (!Number.isNaN(index)) {
        const strings = (this.strings ??= this.ctx.strings());
        if (!(index < strings.length)) throw corrupt('corrupt.shared-string-missing', xml.slice(valueStart, Math.min(valueEnd, valueStart + 20)));
        // the table holds LF line ends already; a text format may add its own
        const item = strings[index] as string;
        const shown = fmt.formatsText ? lf(displayText(item, fmt)) : item;
        this.store(cellRow, col, shown, undefined);
        return next;
      }
      // Stryker disable next-line BlockStatement: under General cellOf gives a plain integer the same text (generalNumber writes it as is below 1e11) and value
      if (kind === NUMBER && fmt.isGeneral) {
        const n = plainInteger(xml, valueStart, valueEnd);
        // Stryker disable next-line BlockStatement: under General cellOf gives a plain integer the same text (generalNumber writes it as is below 1e11) and value
        if (!Number.isNaN(n)) {
          this.store(cellRow, col, xml.slice(valueStart, valueEnd), n);
          return next;
        }
      }
    }
    if (valueStart >= 0) value = textValue(xml, valueStart, valueEnd);
    const type = typeText ?? xml.slice(typeStart, typeEnd);
    const cell = cellOf(type, type === 's' || type === 'n' || type === 'b' ? value : decodeOoxmlEscapes(value), inline, fmt, this.ctx);
    if (cell) this.store(cellRow, col, lf(cell.text), cell.raw);
    return next;
  }
}

export const lf = (text: string): string => (text.indexOf('\r\n') < 0 ? text : text.replace(/\r\n/g, '\n'));

/** What `t` says, read in place when plain (`typeText` undefined) or from its decoded text. */
export function cellType(xml: string, start: number, end: number, typeText: string | undefined): CellType {
  if (typeText !== undefined) return typeText === 'n' ? NUMBER : typeText === 's' ? SHARED : typeText === 'b' ? BOOL : OTHER;
  if (end - start !== 1) return OTHER;
  const code = xml.charCodeAt(start);
  return code === 0x6e ? NUMBER : code === 0x73 ? SHARED : code === 0x62 ? BOOL : OTHER;
}
