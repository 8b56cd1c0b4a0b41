import { parseCellAddress } from '../core/address';
import { ReportError } from '../core/errors';
import type { Grid, MergedRange, SheetVisibility } from '../core/grid';
import { formatNumber, formatSerialDate, isDateFormat } from './number-format';
import { attr, decodeXmlText, elements, richText } from './xml';
import { isEncryptedOle, openZip, partText, sniff } from './zip';

/**
 * Reads an .xlsx workbook into grids: shared and inline strings, rich text, numbers, booleans,
 * dates, formulas by their cached value, merged ranges, sheet visibility. A lean scan of the
 * sheet XML, with no workbook object model; it runs in Node and in the browser alike.
 */
export interface ReadOptions {
  maxPartBytes?: number;
}

export interface SheetEntry {
  name: string;
  path: string;
  visibility: SheetVisibility;
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

function relationships(xml: string | undefined, base: string): Map<string, { target: string; type: string }> {
  const rels = new Map<string, { target: string; type: string }>();
  if (!xml) return rels;
  for (const rel of elements(xml, 'Relationship')) {
    const id = attr(rel.attributes, 'Id');
    const target = attr(rel.attributes, 'Target');
    if (id && target && attr(rel.attributes, 'TargetMode') !== 'External') rels.set(id, { target: resolvePath(base, target), type: attr(rel.attributes, 'Type') ?? '' });
  }
  return rels;
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...elements(xml, 'si')].map((si) => richText(si.inner));
}

/** For each style index, whether it formats numbers as dates. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const fmt of elements(xml, 'numFmt')) custom.set(Number(attr(fmt.attributes, 'numFmtId')), attr(fmt.attributes, 'formatCode') ?? '');
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  if (!cellXfs) return [];
  return [...elements(cellXfs[1], 'xf')].map((xf) => {
    const id = Number(attr(xf.attributes, 'numFmtId') ?? 0);
    return isDateFormat(id, custom.get(id));
  });
}

interface SheetContext {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

function cellValue(attributes: string, inner: string, ctx: SheetContext): string {
  const type = attr(attributes, 't') ?? 'n';
  if (type === 'inlineStr') {
    const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner);
    return is ? richText(is[1]) : '';
  }
  const v = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner);
  const raw = v ? decodeXmlText(v[1]) : '';
  if (raw === '') return '';
  switch (type) {
    case 's':
      return ctx.strings[Number(raw)] ?? '';
    case 'b':
      return raw === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
      return raw;
    case 'd':
      return raw.replace(/T00:00:00(\.0+)?Z?$/, '');
    default: {
      const style = Number(attr(attributes, 's') ?? 0);
      return ctx.dates[style] ? formatSerialDate(raw, ctx.date1904) : formatNumber(raw);
    }
  }
}

function readSheet(xml: string, entry: SheetEntry, origin: string, ctx: SheetContext): Grid {
  const rows: string[][] = [];
  let nextRow = 0;
  for (const row of elements(xml, 'row')) {
    const r = Number(attr(row.attributes, 'r') ?? nextRow + 1) - 1;
    nextRow = r + 1;
    let nextCol = 0;
    for (const cell of elements(row.inner, 'c')) {
      const ref = attr(cell.attributes, 'r');
      const col = ref ? (parseCellAddress(ref)?.col ?? nextCol) : nextCol;
      nextCol = col + 1;
      const text = cellValue(cell.attributes, cell.inner, ctx);
      if (text === '') continue;
      while (rows.length <= r) rows.push([]);
      const target = rows[r];
      while (target.length < col) target.push('');
      target[col] = text;
    }
  }
  const merges: MergedRange[] = [];
  for (const merge of elements(xml, 'mergeCell')) {
    const [from, to] = (attr(merge.attributes, 'ref') ?? '').split(':');
    const a = parseCellAddress(from ?? '');
    const b = parseCellAddress(to ?? from ?? '');
    if (a && b) merges.push({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
  }
  const lastMergeRow = merges.reduce((max, m) => Math.max(max, m.bottom + 1), 0);
  while (rows.length < lastMergeRow) rows.push([]);
  return { sheet: entry.name, origin, rows, merges, visibility: entry.visibility };
}

export function assertSpreadsheetBytes(bytes: Uint8Array): void {
  const kind = sniff(bytes);
  if (kind === 'empty') throw new ReportError('file-empty');
  if (kind === 'ole') throw new ReportError(isEncryptedOle(bytes) ? 'file-encrypted' : 'file-legacy-xls');
  if (kind !== 'zip') throw new ReportError('file-not-spreadsheet');
}

/** The worksheets of a workbook's parts, in workbook order, with the part each lives in. */
type PartText = (name: string) => string | undefined;

interface WorkbookParts {
  workbookXml: string;
  rels: Map<string, { target: string; type: string }>;
}

function workbookParts(text: PartText, has: (name: string) => boolean): WorkbookParts {
  const rootRels = relationships(text('_rels/.rels'), '');
  const workbookPath = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookXml = text(workbookPath);
  if (!workbookXml) throw new ReportError(has('word/document.xml') || has('ppt/presentation.xml') ? 'file-not-spreadsheet' : 'file-corrupt', { detail: 'no workbook part' });
  return { workbookXml, rels: relationships(text(relsPathOf(workbookPath)), workbookPath) };
}

export function sheetEntries(parts: Map<string, Uint8Array>): SheetEntry[] {
  return entriesOf(workbookParts((name) => partText(parts, name), (name) => parts.has(name)));
}

function entriesOf({ workbookXml, rels }: WorkbookParts): SheetEntry[] {
  return [...elements(workbookXml, 'sheet')].flatMap((sheet): SheetEntry[] => {
    const id = attr(sheet.attributes, 'id');
    const rel = id ? rels.get(id) : undefined;
    if (!rel || !rel.type.endsWith('/worksheet')) return []; // chart sheets and dialog sheets hold no cells
    const state = attr(sheet.attributes, 'state');
    return [{ name: attr(sheet.attributes, 'name') ?? rel.target, path: rel.target, visibility: state === 'hidden' || state === 'veryHidden' ? state : 'visible' }];
  });
}

export function readXlsx(bytes: Uint8Array, origin: string, options: ReadOptions = {}): Grid[] {
  assertSpreadsheetBytes(bytes);
  const zip = openZip(bytes, options.maxPartBytes);
  const book = workbookParts(zip.text, (name) => zip.names.includes(name));
  const relOfType = (suffix: string): string | undefined => [...book.rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  let strings: string[] | undefined;
  let dates: boolean[] | undefined;
  // shared strings and styles are read only when a cell needs them
  const ctx: SheetContext = {
    get strings() {
      return (strings ??= sharedStrings(zip.text(relOfType('/sharedStrings') ?? 'xl/sharedStrings.xml')));
    },
    get dates() {
      return (dates ??= dateStyles(zip.text(relOfType('/styles') ?? 'xl/styles.xml')));
    },
    date1904: /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*"(1|true)"/.test(book.workbookXml),
  };
  return entriesOf(book).map((entry) => {
    const xml = zip.text(entry.path);
    if (xml === undefined) throw new ReportError('file-corrupt', { detail: `missing ${entry.path}` });
    return readSheet(xml, entry, origin, ctx);
  });
}
