import { ReportError } from '../core/errors';
import type { Grid } from '../core/grid';
import { corrupt } from './corrupt';
import { limitsWith, ReadLimits } from './limits';
import type { NumberFormat } from './number-format';
import { sharedStrings } from './shared-strings';
import { readSheet, SheetContext, SheetEntry } from './sheet-reader';
import { cellFormats } from './workbook-styles';
import { xmlText } from './xml-bytes';
import { XmlScanner } from './xml-scan';
import { isEncryptedOle, normalisePartName, openZip, partKey, RawInflate, sniff, ZipReader } from './zip';

export type { SheetEntry } from './sheet-reader';

/**
 * Reads an .xlsx workbook into grids, following OPC (ECMA-376 Part 2): the main part is found from
 * the package relationships (else from `[Content_Types].xml`), each part from its source's
 * relationships, targets relative or absolute; names compare case-insensitively. Parts decode by
 * their BOM or prolog (UTF-8 or UTF-16). Shared strings and styles are read only when a cell needs
 * them. Anything it cannot read is one ReportError with a code; a workbook without a worksheet is
 * refused, never read as nothing.
 */
export interface ReadOptions {
  /** Tighter bounds (tests, the browser page); READ_LIMITS otherwise. */
  limits?: Partial<ReadLimits>;
  /** Shorthand for limits.maxPartBytes. */
  maxPartBytes?: number;
  /** The host's raw DEFLATE (Node's zlib in the CLI and the inbox); fflate without one (the page, the task pane). */
  inflate?: RawInflate;
}

interface Relationship {
  target: string;
  type: string;
}

/** A target whose resolution is its source's folder plus itself (or itself without its one leading `/`). */
function isPlainTarget(target: string): boolean {
  const body = target.charCodeAt(0) === 0x2f ? 1 : 0;
  if (target.length <= body || target.charCodeAt(body) === 0x2e || target.charCodeAt(body) === 0x2f || target.charCodeAt(target.length - 1) === 0x2f) return false;
  return target.indexOf('\\') < 0 && target.indexOf('#') < 0 && target.indexOf('//') < 0 && target.indexOf('/.') < 0;
}

/** A target resolved against its source part's folder (absolute when it starts with `/`). */
export function resolveTarget(source: string, target: string): string {
  // the common target (`worksheets/sheet1.xml`, `/xl/styles.xml`): no `\`, `#`, empty or dot segment
  if (isPlainTarget(target) && normalisePartName(source) === source) return target.charCodeAt(0) === 0x2f ? target.slice(1) : source.slice(0, source.lastIndexOf('/') + 1) + target;
  const clean = normalisePartName(target.replace(/\\/g, '/').split('#')[0] ?? '');
  const base = target.replace(/\\/g, '/').startsWith('/') ? [] : normalisePartName(source).split('/').slice(0, -1);
  for (const segment of clean.split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

type PartText = (name: string) => string | undefined;

/** A relationship's attributes, read in one pass (`XmlScanner.attrs`, the first of a name winning as `attr` reads it). */
const REL_ATTRS = ['Id', 'Target', 'TargetMode', 'Type'] as const;

function relationships(text: PartText, source: string): Relationship[] {
  const xml = text(source === '' ? '_rels/.rels' : relsPathOf(source));
  if (!xml) return [];
  const rels: Relationship[] = [];
  const scan = new XmlScanner(xml);
  const values: (string | undefined)[] = [];
  while (scan.next()) {
    if (scan.closing || scan.name !== 'Relationship') continue;
    scan.attrs(REL_ATTRS, values, 'first');
    const [, target, mode, type] = values;
    if (target === undefined || mode === 'External') continue;
    rels.push({ target: resolveTarget(source, target), type: type ?? '' });
  }
  return rels;
}

function relsById(text: PartText, source: string): Map<string, Relationship> {
  const xml = text(relsPathOf(source));
  const byId = new Map<string, Relationship>();
  if (!xml) return byId;
  const scan = new XmlScanner(xml);
  const values: (string | undefined)[] = [];
  while (scan.next()) {
    if (scan.closing || scan.name !== 'Relationship') continue;
    scan.attrs(REL_ATTRS, values, 'first');
    const [id, target, mode, type] = values;
    if (id && target !== undefined && mode !== 'External') byId.set(id, { target: resolveTarget(source, target), type: type ?? '' });
  }
  return byId;
}

/** Content types by part (Override) and by extension (Default), as `[Content_Types].xml` gives them. */
function contentTypes(text: PartText): (part: string) => string {
  const xml = text('[Content_Types].xml');
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  if (xml) {
    const scan = new XmlScanner(xml);
    while (scan.next()) {
      if (scan.closing) continue;
      const type = scan.attr('ContentType') ?? '';
      if (scan.name === 'Override') overrides.set(partKey(scan.attr('PartName') ?? ''), type);
      else if (scan.name === 'Default') defaults.set((scan.attr('Extension') ?? '').toLowerCase(), type);
    }
  }
  return (part) => overrides.get(partKey(part)) ?? defaults.get(part.slice(part.lastIndexOf('.') + 1).toLowerCase()) ?? '';
}

const isWorkbookType = (type: string): boolean => /spreadsheetml\.(sheet|template)\.main\+xml$|ms-excel\.(sheet|template|addin)\.macroEnabled\.main\+xml$/i.test(type);
const relType = (rel: Relationship, suffix: string): boolean => rel.type.endsWith(`/${suffix}`);

export function assertSpreadsheetBytes(bytes: Uint8Array): void {
  const kind = sniff(bytes);
  if (kind === 'empty') throw new ReportError('file-empty');
  if (kind === 'ole') throw new ReportError(isEncryptedOle(bytes) ? 'file-encrypted' : 'file-legacy-xls');
  if (kind !== 'zip') throw new ReportError('file-not-spreadsheet');
}

interface Book {
  path: string;
  rels: Map<string, Relationship>;
  entries: SheetEntry[];
  /** The workbook counts dates from 1904 (`workbookPr date1904`). */
  date1904: boolean;
}

function textReader(zip: ZipReader): PartText {
  return (name) => zip.use(name, xmlText);
}

function openBook(zip: ZipReader): Book {
  const text = textReader(zip);
  const main = relationships(text, '').find((r) => relType(r, 'officeDocument') && zip.has(r.target));
  // without package relationships, the content types name the workbook part
  const typeOf = main ? undefined : contentTypes(text);
  const path = main?.target ?? zip.names.find((name) => typeOf !== undefined && isWorkbookType(typeOf(name))) ?? 'xl/workbook.xml';
  const xml = text(path);
  if (xml === undefined) {
    const other = zip.has('word/document.xml') || zip.has('ppt/presentation.xml');
    throw other ? new ReportError('file-not-spreadsheet') : corrupt('corrupt.workbook-part-missing');
  }
  const rels = relsById(text, path);
  const entries: SheetEntry[] = [];
  const scan = new XmlScanner(xml);
  // the main part of a presentation or a document is not a workbook
  const root = scan.next() ? scan.name : '';
  if (root !== 'workbook') throw new ReportError('file-not-spreadsheet');
  // the date system (`workbookPr`, which comes before `sheets`) read in the same pass
  let date1904: boolean | undefined;
  while (scan.next()) {
    if (date1904 === undefined) {
      if (scan.name === 'sheets') date1904 = false;
      else if (scan.name === 'workbookPr' && !scan.closing) {
        const flag = scan.attr('date1904');
        date1904 = flag === '1' || flag === 'true';
      }
    }
    if (scan.closing || scan.name !== 'sheet') continue;
    const rel = rels.get(scan.attr('id') ?? '');
    // chart sheets, dialog and macro sheets (other relationship types) hold no cells
    if (!rel || !relType(rel, 'worksheet')) continue;
    const state = scan.attr('state');
    entries.push({ name: scan.attr('name') ?? rel.target, path: rel.target, visibility: state === 'hidden' || state === 'veryHidden' ? state : 'visible' });
  }
  if (entries.length === 0) throw corrupt(rels.size === 0 ? 'corrupt.workbook-rels-missing' : 'corrupt.workbook-without-sheets');
  return { path, rels, entries, date1904: date1904 ?? false };
}

/** The worksheets of a workbook, in workbook order, with the part each lives in. */
export function sheetEntriesOf(zip: ZipReader): SheetEntry[] {
  return openBook(zip).entries;
}

/**
 * The parts a read of the usual layout (Excel's, WPS's, most writers') needs, for a host inflater that
 * inflates several at once (`ZipReader.prefetch`): the package and workbook relationships, the
 * workbook, the shared strings, the styles (a guess: read only for a styled cell) and the worksheets.
 */
function usualParts(zip: ZipReader): string[] {
  const sheets = zip.names.filter((name) => name.startsWith('xl/worksheets/') && name.endsWith('.xml') && name.indexOf('/', 14) < 0);
  return ['_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', ...sheets];
}

export function readXlsx(bytes: Uint8Array, origin: string, options: ReadOptions = {}): Grid[] {
  assertSpreadsheetBytes(bytes);
  const limits = limitsWith({ ...(options.maxPartBytes ? { maxPartBytes: options.maxPartBytes } : {}), ...options.limits });
  const zip = openZip(bytes, limits, options.inflate);
  if (options.inflate?.many) zip.prefetch(usualParts(zip));
  const text = textReader(zip);
  const book = openBook(zip);
  const rels = [...book.rels.values()];
  const partOf = (suffix: string, fallback: string): string => rels.find((r) => relType(r, suffix))?.target ?? resolveTarget(book.path, fallback);
  let strings: string[] | undefined;
  let formats: NumberFormat[] | undefined;
  const ctx: SheetContext = {
    strings: () => (strings ??= sharedStrings(text(partOf('sharedStrings', 'sharedStrings.xml')))),
    formats: () => (formats ??= cellFormats(text(partOf('styles', 'styles.xml')))),
    date1904: book.date1904,
    limits,
  };
  return book.entries.map((entry) => {
    const xml = text(entry.path);
    if (xml === undefined) throw corrupt('corrupt.sheet-part-missing', undefined, entry.path);
    return readSheet(xml, entry, origin, ctx);
  });
}
