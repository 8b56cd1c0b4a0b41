import { strToU8, Zip, ZipDeflate, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';
import { columnLetter } from '../core/address';
import { TextIds } from './consolidated-text-ids';
import { xmlSafeText } from './xml-safe-text';

/**
 * A lean .xlsx writer for the consolidated workbook, on fflate: each sheet's rows are turned into
 * XML as they are added and deflated in 1 MB pieces, so a 1,048,576-row 汇总 never exists as one
 * string or as a model of cells. Styles are registered once per kind of cell (`style()` returns
 * the same id for the same style) and texts go to one shared-strings table. It writes what the
 * consolidated workbook needs and nothing more: fonts with their charset, thin borders, solid
 * fills, alignment, column widths, row heights, frozen rows, merged cells, A4 page setup fitted to
 * the width, print titles and print areas, and a footer, in the order ECMA-376 §18.3.1.99 gives
 * the worksheet's children.
 */
export interface LeanStyle {
  font: { name: string; size: number; bold?: boolean; charset?: number };
  alignment?: { horizontal?: 'left' | 'center'; vertical?: 'top' | 'middle'; wrapText?: boolean };
  border?: 'thin';
  /** A solid fill, `FFRRGGBB`. */
  fill?: string;
}

export interface LeanPrint {
  orientation: 'portrait' | 'landscape';
  /** The rows repeated on every page, 1-based inclusive. */
  titleRows?: [number, number];
  /** The printed range, `A1:E120` (written absolute). */
  printArea?: string;
  footer: string;
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const FLUSH_AT = 1 << 20;
/** Texts up to this length are looked up in the shared-strings table; longer ones are appended. */
const SHARED_UP_TO = 40;

const MARKUP = /[&<>"']/;

/** Whether a text is looked up in the shared-strings table (one id however often it occurs). */
function isSharedText(text: string): boolean {
  return text.length <= SHARED_UP_TO;
}

/**
 * Any character `xmlSafeText` or the markup escapes would change (the class xml-text.ts scans for
 * first, `_x`, and the five markup characters): a text without one (nearly every text) is written
 * as it is after this one scan instead of two.
 */
// eslint-disable-next-line no-control-regex -- matching the controls XML forbids is the point
const MAYBE_CHANGED = /[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff&<>"']|_x/;

/** Text as XML element content or attribute value: XML-safe characters, markup escaped. */
export function xmlEscape(text: string): string {
  if (!MAYBE_CHANGED.test(text)) return text;
  const safe = xmlSafeText(text);
  // most texts hold no markup character: one scan instead of five replacements
  if (!MARKUP.test(safe)) return safe;
  return safe.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function styleKey(s: LeanStyle): string {
  return JSON.stringify([
    s.font.name,
    s.font.size,
    s.font.bold ?? false,
    s.font.charset ?? 0,
    s.alignment?.horizontal ?? '',
    s.alignment?.vertical ?? '',
    s.alignment?.wrapText ?? false,
    s.border ?? '',
    s.fill ?? '',
  ]);
}

/**
 * Raw DEFLATE (RFC 1951) a platform offers, for a part written in pieces: `piece` compresses one
 * piece so that the pieces joined make one stream (each piece but the last ends on a byte boundary
 * without ending the stream, as zlib's sync flush does; `final` ends it), `crc32` continues a
 * CRC-32 over the uncompressed bytes. Neither may keep `data` once it returns: the writer fills the
 * same buffer again. The CLI passes Node's zlib (native, several times faster than
 * deflating in JavaScript); without one the parts are deflated by fflate (the page, the task pane).
 */
export interface PieceDeflater {
  piece(data: Uint8Array, final: boolean): Uint8Array;
  crc32(data: Uint8Array, crc: number): number;
}

/** A zip entry deflated piece by piece by a PieceDeflater (fflate's Zip takes any ZipInputFile). */
class PieceDeflatedFile implements ZipInputFile {
  size = 0;
  crc = 0;
  readonly compression = 8;
  ondata?: AsyncFlateStreamHandler;

  constructor(
    readonly filename: string,
    private readonly deflater: PieceDeflater,
  ) {}

  push(data: Uint8Array, final: boolean): void {
    if (!this.ondata) throw new Error(`${this.filename} written before it was added to the zip`);
    // size and CRC must be known before the last piece is handed on (the zip writes them after it)
    this.crc = this.deflater.crc32(data, this.crc);
    this.size += data.length;
    this.ondata(null, this.deflater.piece(data, final) as Uint8Array<ArrayBuffer>, final);
  }
}

const encoder = new TextEncoder();
/** Texts waiting to be encoded together, up to this many UTF-16 units (one encode call per batch). */
const BATCH_CHARS = 1 << 14;
/** A text this long is encoded on its own, not batched. */
const OWN_ENCODE_CHARS = 1 << 11;

/**
 * One part deflated as it is written, in pieces of about FLUSH_AT bytes. The markup of rows (tags,
 * cell references, numbers: ASCII) goes into the part's buffer byte by byte, with no string made;
 * other texts are batched and encoded as UTF-8 into the same buffer; each full piece is copied out
 * to the deflater. Nothing of a row outlives it but its bytes.
 */
class PartWriter {
  private readonly buffer: Uint8Array;
  /** The piece size: FLUSH_AT, or less for a part known to be smaller. */
  private readonly capacity: number;
  private used = 0;
  private pending: string[] = [];
  private pendingChars = 0;
  private readonly file: ZipDeflate | PieceDeflatedFile;

  /** `capacity`: the piece size, FLUSH_AT unless the whole part is known to take less (a part written at once). */
  constructor(zip: Zip, name: string, deflater: PieceDeflater | undefined, capacity = FLUSH_AT) {
    this.capacity = Math.min(FLUSH_AT, capacity);
    this.buffer = new Uint8Array(this.capacity);
    this.file = deflater ? new PieceDeflatedFile(name, deflater) : new ZipDeflate(name, { level: 1 });
    zip.add(this.file);
  }

  /** Any text, encoded as UTF-8. */
  write(text: string): void {
    if (text.length >= OWN_ENCODE_CHARS) {
      this.encodePending();
      this.encode(text);
      return;
    }
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= BATCH_CHARS) this.encodePending();
  }

  /** Text made only of ASCII characters (markup, a cell reference, a number written by String()). */
  ascii(text: string): void {
    if (this.pendingChars) this.encodePending();
    if (this.used + text.length > this.capacity) this.flush(false);
    const buffer = this.buffer;
    let at = this.used;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.used = at;
  }

  /** A number as String() writes it: a non-negative integer digit by digit, with no string made. */
  uint(n: number): void {
    if (n >= 1e15 || n < 0 || !Number.isInteger(n)) {
      this.ascii(String(n));
      return;
    }
    if (this.pendingChars) this.encodePending();
    if (this.used + 16 > this.capacity) this.flush(false);
    this.used = putUint(this.buffer, this.used, n);
  }

  /**
   * `<c r="{letter}{row}" s="{style}" t="s"><v>{id}</v></c>`, the cell of a shared text, with one
   * check of room for the whole cell: what `ascii` and `uint` write for it, call by call.
   */
  sharedTextCell(letter: string, row: number, style: number, id: number): void {
    if (letter.length > 8 || !isWritableUint(row) || !isWritableUint(style) || !isWritableUint(id)) {
      this.ascii('<c r="');
      this.ascii(letter);
      this.uint(row);
      this.ascii('" s="');
      this.uint(style);
      this.ascii('" t="s"><v>');
      this.uint(id);
      this.ascii('</v></c>');
      return;
    }
    if (this.pendingChars) this.encodePending();
    // the markup (29 bytes), the letters (up to 8) and three numbers (up to 15 digits each)
    if (this.used + 96 > this.capacity) this.flush(false);
    const buffer = this.buffer;
    let at = putAscii(buffer, this.used, '<c r="');
    at = putAscii(buffer, at, letter);
    at = putUint(buffer, at, row);
    at = putAscii(buffer, at, '" s="');
    at = putUint(buffer, at, style);
    at = putAscii(buffer, at, '" t="s"><v>');
    at = putUint(buffer, at, id);
    this.used = putAscii(buffer, at, '</v></c>');
  }

  end(): void {
    this.encodePending();
    this.flush(true);
  }

  private encodePending(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.length === 1 ? (this.pending[0] ?? '') : this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    this.encode(text);
  }

  private encode(text: string): void {
    // a UTF-16 unit takes at most 3 bytes of UTF-8 (a surrogate pair, two units, takes 4)
    const most = text.length * 3;
    if (most > this.capacity) {
      this.flush(false);
      this.file.push(strToU8(text), false);
      return;
    }
    if (this.used + most > this.capacity) this.flush(false);
    this.used += encoder.encodeInto(text, this.used ? this.buffer.subarray(this.used) : this.buffer).written;
  }

  private flush(final: boolean): void {
    if (this.used === 0 && !final) return;
    // a PieceDeflater is done with the piece when push returns: the buffer is handed over as it is
    // (no 1 MB copy per piece, 50 MB for a 100,000-row 汇总); fflate's deflate may keep what it is given
    const piece = this.file instanceof PieceDeflatedFile ? this.buffer.subarray(0, this.used) : this.buffer.slice(0, this.used);
    this.file.push(piece, final);
    this.used = 0;
  }
}

/** A number `uint` writes digit by digit (a non-negative integer below 10^15). */
function isWritableUint(n: number): boolean {
  return n >= 0 && n < 1e15 && Number.isInteger(n);
}

/** Writes ASCII text at `at`; returns the index after it. The caller has checked the room. */
function putAscii(buffer: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
  return at;
}

/** Writes a number `isWritableUint` accepts in decimal at `at`; returns the index after it. */
function putUint(buffer: Uint8Array, at: number, n: number): number {
  if (n <= MAX_INT32) return putSmallUint(buffer, at, n);
  let digits = 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  let end = at + digits;
  const after = end;
  let rest = n;
  do {
    buffer[--end] = 48 + (rest % 10);
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  return after;
}

const MAX_INT32 = 0x7fffffff;

/** `putUint` of a number up to 2^31 − 1 (row numbers, style and string ids): integer arithmetic only. */
function putSmallUint(buffer: Uint8Array, at: number, n: number): number {
  let end = at + decimalDigits(n);
  const after = end;
  let rest = n;
  do {
    const next = (rest / 10) | 0;
    buffer[--end] = 48 + rest - next * 10;
    rest = next;
  } while (rest > 0);
  return after;
}

/** The decimal digits of a number from 0 to 2^31 − 1. */
function decimalDigits(n: number): number {
  if (n < 100_000) return n < 10 ? 1 : n < 100 ? 2 : n < 1_000 ? 3 : n < 10_000 ? 4 : 5;
  return n < 1_000_000 ? 6 : n < 10_000_000 ? 7 : n < 100_000_000 ? 8 : n < 1_000_000_000 ? 9 : 10;
}

/** Column letters A…Z and on, made once. */
const LETTERS: string[] = [];
function letterOf(c: number): string {
  return (LETTERS[c] ??= columnLetter(c));
}

/**
 * The shared-strings part's items, in id order (see `LeanWorkbook.finish`): a function of its own,
 * so its loop (300,000 items at 100,000 rows) is optimised alone, not with the rest of `finish`.
 */
function writeSharedStrings(sst: PartWriter, strings: readonly (string | number)[], textOf: ((key: number) => string) | undefined): void {
  for (const entry of strings) {
    if (typeof entry !== 'string' && !textOf) throw new Error(`shared string ${entry} given by ownTextLater and no textOf`);
    const text = typeof entry === 'string' ? entry : (textOf?.(entry) ?? '');
    // three writes, not one text made of them: the batch they go into is joined once anyway
    sst.write('<si><t xml:space="preserve">');
    sst.write(xmlEscape(text));
    sst.write('</t></si>');
  }
}

export class LeanSheet {
  private readonly part: PartWriter;
  private readonly merges: string[] = [];
  private lastRow = 0;
  /** The 0-based column of the next cell of the row being written. */
  private column = 0;
  /**
   * Per column, the last shared text written there and its shared-string id: a column of a handful
   * of texts (牵头部门, 进展状态, 单位) mostly repeats the cell above, the same string, and a repeat
   * costs one comparison instead of hashing the text again. The id is the one `text` gives.
   */
  private readonly lastShared: (string | undefined)[] = [];
  private readonly lastSharedId: (number | undefined)[] = [];
  private started = false;

  constructor(
    private readonly book: LeanWorkbook,
    readonly name: string,
    readonly index: number,
    private readonly frozenRows: number,
    part: PartWriter,
  ) {
    this.part = part;
  }

  /** Column widths in Excel's units; given before the first row. */
  widths: readonly number[] = [];

  get rowCount(): number {
    return this.lastRow;
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    const pane =
      this.frozenRows > 0
        ? `<pane ySplit="${this.frozenRows}" topLeftCell="A${this.frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${this.frozenRows + 1}" sqref="A${this.frozenRows + 1}"/>`
        : '';
    const cols = this.widths.length ? `<cols>${this.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` : '';
    this.part.write(
      `${XML_DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`,
    );
  }

  /**
   * Adds a row after the last one (or at the 1-based row `at`, which must lie below it). A cell
   * takes its column's style id, or the last one given; an empty text is a styled cell with no value.
   */
  row(values: readonly (string | number)[], styles: readonly number[], options: { height?: number; at?: number } = {}): void {
    this.startRow(options.height, options.at);
    for (let c = 0; c < values.length; c++) this.cell(values[c] ?? '', styles[c] ?? styles[styles.length - 1] ?? 0);
    this.endRow();
  }

  /** Starts a row (see `row`); its cells follow with `cell`, left to right, and `endRow` ends it. */
  startRow(height?: number, at?: number): void {
    this.start();
    const r = at ?? this.lastRow + 1;
    if (r <= this.lastRow) throw new Error(`row ${r} written after row ${this.lastRow}`);
    this.lastRow = r;
    this.column = 0;
    const part = this.part;
    part.ascii('<row r="');
    part.uint(r);
    if (height === undefined) part.ascii('">');
    else {
      part.ascii('" ht="');
      part.ascii(String(height));
      part.ascii('" customHeight="1">');
    }
  }

  /**
   * The next cell of the row: a number, a text, or '' for a styled cell with no value. A text is
   * looked up in the shared strings (see `text`), or given its own entry unlooked-up when the caller
   * knows it is one of a kind (`own`: a task's sources, file and row).
   */
  cell(value: string | number, style: number, sharing: 'shared' | 'own' = 'shared'): void {
    const part = this.part;
    if (typeof value === 'string' && value !== '') {
      const column = this.column++;
      let id: number;
      if (sharing === 'own') id = this.book.ownText(value);
      else if (value === this.lastShared[column]) id = this.lastSharedId[column] ?? this.book.text(value);
      else {
        id = this.book.text(value);
        // a text the table shares has one id for good: the column's next cell often holds it again
        if (isSharedText(value)) {
          this.lastShared[column] = value;
          this.lastSharedId[column] = id;
        }
      }
      part.sharedTextCell(letterOf(column), this.lastRow, style, id);
      return;
    }
    part.ascii('<c r="');
    part.ascii(letterOf(this.column++));
    part.uint(this.lastRow);
    part.ascii('" s="');
    part.uint(style);
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) part.ascii('"/>');
      else {
        part.ascii('"><v>');
        part.uint(value);
        part.ascii('</v></c>');
      }
    } else part.ascii('"/>');
  }

  /**
   * The next cell of the row: a text of its own kind (as `cell` with `own`) that the workbook's
   * `finish` makes from `key` (see `LeanWorkbook.ownTextLater`; it must not be empty).
   */
  cellLater(key: number, style: number): void {
    this.part.sharedTextCell(letterOf(this.column++), this.lastRow, style, this.book.ownTextLater(key));
  }

  endRow(): void {
    this.part.ascii('</row>');
  }

  /** Merges a range, `A1:E1`. */
  merge(ref: string): void {
    this.merges.push(ref);
  }

  end(print: LeanPrint): void {
    this.start();
    const m = print.margins;
    const merges = this.merges.length ? `<mergeCells count="${this.merges.length}">${this.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>` : '';
    this.part.write(
      `</sheetData>${merges}<printOptions horizontalCentered="1"/>` +
        `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
        `<pageSetup paperSize="9" orientation="${print.orientation}" fitToWidth="1" fitToHeight="0"/>` +
        `<headerFooter><oddFooter>${xmlEscape(print.footer)}</oddFooter></headerFooter></worksheet>`,
    );
    this.part.end();
    this.book.sheetEnded(this, print);
  }
}

export class LeanWorkbook {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private readonly sheets: { name: string; print?: LeanPrint }[] = [];
  /** The shared strings in id order: a text, or the key of one made when the table is written (`ownTextLater`). */
  private readonly strings: (string | number)[] = [];
  private readonly shortIds = new TextIds(this.strings);
  private readonly styles: LeanStyle[] = [{ font: { name: '宋体', size: 11, charset: 134 } }];
  private readonly styleIds = new Map<string, number>([[styleKey({ font: { name: '宋体', size: 11, charset: 134 } }), 0]]);
  private readonly byObject = new WeakMap<LeanStyle, number>();
  private open: LeanSheet | undefined;

  constructor(
    private readonly creator: string,
    private readonly deflater?: PieceDeflater,
  ) {
    this.zip = new Zip((error, data) => {
      if (error) throw error;
      this.chunks.push(data);
    });
  }

  /** The style's id, registered the first time this style (or an equal one) is asked for. */
  style(style: LeanStyle): number {
    const known = this.byObject.get(style);
    if (known !== undefined) return known;
    const key = styleKey(style);
    let id = this.styleIds.get(key);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(style);
      this.styleIds.set(key, id);
    }
    this.byObject.set(style, id);
    return id;
  }

  /**
   * The shared-string index of a text (XML-safety is applied when the table is written). Short
   * texts (units, statuses, codes) are written once however often they occur; a longer text gets
   * an entry of its own without being hashed: tasks, progress and sources are rarely repeated, and
   * hashing each of 100,000 long texts costs more than the bytes it would save.
   */
  text(value: string): number {
    if (!isSharedText(value)) return this.strings.push(value) - 1;
    const id = this.shortIds.idOf(value, this.strings.length);
    if (id === this.strings.length) this.strings.push(value);
    return id;
  }

  /** A new shared-string entry for a text, not looked up or remembered (a text of its own kind). */
  ownText(value: string): number {
    return this.strings.push(value) - 1;
  }

  /**
   * A new shared-string entry, as `ownText` gives, whose text `finish` makes from `key` when the table
   * is written (its `textOf`, which must give a text that is not empty): a text of its own kind that is
   * then made, written and dropped at once instead of kept through the whole sheet (a task's sources:
   * 100,000 strings a 100,000-row 汇总 would otherwise keep until the end).
   */
  ownTextLater(key: number): number {
    return this.strings.push(key) - 1;
  }

  /** Starts the next sheet; the one before must have ended. */
  addSheet(name: string, frozenRows = 0): LeanSheet {
    if (this.open) throw new Error(`sheet ${this.open.name} not ended`);
    const index = this.sheets.length;
    this.sheets.push({ name });
    this.open = new LeanSheet(this, name, index, frozenRows, new PartWriter(this.zip, `xl/worksheets/sheet${index + 1}.xml`, this.deflater));
    return this.open;
  }

  sheetEnded(sheet: LeanSheet, print: LeanPrint): void {
    const entry = this.sheets[sheet.index];
    if (entry) entry.print = print;
    this.open = undefined;
  }

  private part(name: string, xml: string): void {
    // a buffer the part's UTF-8 fits in (at most 3 bytes a UTF-16 unit), not a 1 MB piece for a few hundred bytes
    const writer = new PartWriter(this.zip, name, this.deflater, Math.max(64, xml.length * 3));
    writer.write(xml);
    writer.end();
  }

  private stylesXml(): string {
    const fonts: string[] = [];
    const fontIds = new Map<string, number>();
    const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
    const fillIds = new Map<string, number>();
    const borders = [
      '<border><left/><right/><top/><bottom/><diagonal/></border>',
      '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>',
    ];
    const xfs = this.styles.map((s) => {
      const fontXml = `<font>${s.font.bold ? '<b/>' : ''}<sz val="${s.font.size}"/><name val="${xmlEscape(s.font.name)}"/>${s.font.charset ? `<charset val="${s.font.charset}"/>` : ''}</font>`;
      let fontId = fontIds.get(fontXml);
      if (fontId === undefined) fontIds.set(fontXml, (fontId = fonts.push(fontXml) - 1));
      let fillId = 0;
      if (s.fill) {
        const fillXml = `<fill><patternFill patternType="solid"><fgColor rgb="${s.fill}"/><bgColor indexed="64"/></patternFill></fill>`;
        fillId = fillIds.get(fillXml) ?? fills.push(fillXml) - 1;
        fillIds.set(fillXml, fillId);
      }
      const borderId = s.border ? 1 : 0;
      const a = s.alignment;
      const alignment = a
        ? `<alignment${a.horizontal ? ` horizontal="${a.horizontal}"` : ''}${a.vertical ? ` vertical="${a.vertical === 'middle' ? 'center' : a.vertical}"` : ''}${a.wrapText ? ' wrapText="1"' : ''}/>`
        : '';
      const applied = `${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${alignment ? ' applyAlignment="1"' : ''}`;
      return `<xf numFmtId="0" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}>${alignment}</xf>`;
    });
    return (
      `${XML_DECL}<styleSheet xmlns="${NS_MAIN}">` +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts><fills count="${fills.length}">${fills.join('')}</fills><borders count="${borders.length}">${borders.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }

  private workbookXml(): string {
    const quoted = (name: string): string => `'${name.replace(/'/g, "''")}'`;
    const names: string[] = [];
    this.sheets.forEach((s, i) => {
      if (s.print?.titleRows)
        names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlEscape(`${quoted(s.name)}!$${s.print.titleRows[0]}:$${s.print.titleRows[1]}`)}</definedName>`);
      if (s.print?.printArea)
        names.push(`<definedName name="_xlnm.Print_Area" localSheetId="${i}">${xmlEscape(`${quoted(s.name)}!${s.print.printArea.replace(/([A-Z]+)\$?(\d+)/g, '$$$1$$$2')}`)}</definedName>`);
    });
    const sheets = this.sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
    return `${XML_DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr/><sheets>${sheets}</sheets>${names.length ? `<definedNames>${names.join('')}</definedNames>` : ''}<calcPr calcId="0"/></workbook>`;
  }

  /**
   * Ends the workbook: the shared strings, styles, workbook and package parts, and the zip's bytes.
   * `textOf` makes the texts of the entries given by `ownTextLater`, in the table's order.
   */
  finish(textOf?: (key: number) => string): Uint8Array {
    if (this.open) throw new Error(`sheet ${this.open.name} not ended`);
    const sst = new PartWriter(this.zip, 'xl/sharedStrings.xml', this.deflater);
    sst.write(`${XML_DECL}<sst xmlns="${NS_MAIN}" count="${this.strings.length}" uniqueCount="${this.strings.length}">`);
    writeSharedStrings(sst, this.strings, textOf);
    sst.write('</sst>');
    sst.end();
    this.part('xl/styles.xml', this.stylesXml());
    this.part('xl/workbook.xml', this.workbookXml());
    const sheetRels = this.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
    const n = this.sheets.length;
    this.part(
      'xl/_rels/workbook.xml.rels',
      `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    );
    this.part(
      '_rels/.rels',
      `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    );
    this.part(
      'docProps/core.xml',
      `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${xmlEscape(this.creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2021-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2021-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>`,
    );
    const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
    const overrides = this.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join('');
    this.part(
      '[Content_Types].xml',
      `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    );
    this.zip.end();
    const size = this.chunks.reduce((sum, c) => sum + c.length, 0);
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    this.chunks.length = 0;
    return out;
  }
}
