import { zipSync } from 'fflate';
import { parseCellAddress } from '../core/address';
import { sheetEntriesOf } from './xlsx-reader';
import { xmlEncodingOf, xmlText } from './xml-bytes';
import { XmlScanner } from './xml-scan';
import { escapeXmlAttribute, escapeXmlText, xmlSafeText } from './xml-text';
import { openZip } from './zip';

/**
 * An annotated copy made from the original package: each marked cell gets a fill (a copy of its
 * own cell format with the fill changed, so its number format, font, borders and alignment stay)
 * and a note; every other part (column widths, row heights, print setup, other sheets, charts) is
 * copied byte for byte. Returns undefined for a package this patcher does not change safely (no
 * styles part, prefixed XML, a sheet that already has notes, rows or cells without references):
 * the caller then writes a plain copy from the texts instead, and says so.
 */
export interface CellMark {
  /** `#RRGGBB`. */
  fill: string;
  note: string;
}

/** Marks by sheet name, then by A1 address. */
export type SheetMarks = ReadonlyMap<string, ReadonlyMap<string, CellMark>>;

const encoder = new TextEncoder();
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_COMMENTS = `${REL_NS}/comments`;
const REL_VML = `${REL_NS}/vmlDrawing`;
/** Elements of a worksheet that come after legacyDrawing (ECMA-376 CT_Worksheet order). */
const AFTER_LEGACY_DRAWING = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

class Unsupported extends Error {}

function utf8(bytes: Uint8Array): string {
  const xml = xmlText(bytes);
  return xmlEncodingOf(bytes).encoding === 'utf-8' ? xml : xml.replace(/^(<\?xml[^>]*?encoding\s*=\s*)["'][^"']*["']/, '$1"UTF-8"');
}

/** The styles part with one solid fill per colour and one cell format per (format, colour) asked for. */
class StylePatch {
  private readonly fills: string[] = [];
  private readonly fillIds = new Map<string, number>();
  private readonly xfs: string[];
  private readonly added: string[] = [];
  private readonly made = new Map<string, number>();
  private readonly fillCount: number;

  constructor(private readonly xml: string) {
    if (/<\w+:styleSheet\b/.test(xml)) throw new Unsupported();
    const fills = /<fills\b[^>]*>([\s\S]*?)<\/fills>/.exec(xml);
    const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
    if (!fills || !cellXfs) throw new Unsupported();
    this.fillCount = ((fills[1] ?? '').match(/<fill[\s>/]/g) ?? []).length;
    this.xfs = (cellXfs[1] ?? '').match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
    if (this.xfs.length === 0) throw new Unsupported();
  }

  /** The index of a cell format like `style` with the fill `colour`. */
  styleWith(style: number, colour: string): number {
    const key = `${style}|${colour}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    let fillId = this.fillIds.get(colour);
    if (fillId === undefined) {
      fillId = this.fillCount + this.fills.length;
      const rgb = `FF${colour.replace('#', '').toUpperCase()}`;
      this.fills.push(`<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`);
      this.fillIds.set(colour, fillId);
    }
    const base = this.xfs[style] ?? this.xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const open = /^<xf\b[^>]*?(?=\/?>)/.exec(base)?.[0] ?? '<xf';
    const attrs = open.replace(/\s(fillId|applyFill)="[^"]*"/g, '');
    const xf = `${attrs} fillId="${fillId}" applyFill="1"${base.slice(open.length)}`;
    const index = this.xfs.length + this.added.length;
    this.added.push(xf);
    this.made.set(key, index);
    return index;
  }

  toXml(): string {
    const fillTotal = this.fillCount + this.fills.length;
    const xfTotal = this.xfs.length + this.added.length;
    return this.xml
      .replace(/<fills\b([^>]*)>([\s\S]*?)<\/fills>/, (_, attrs: string, body: string) => `<fills${setCount(attrs, fillTotal)}>${body}${this.fills.join('')}</fills>`)
      .replace(/<cellXfs\b([^>]*)>([\s\S]*?)<\/cellXfs>/, (_, attrs: string, body: string) => `<cellXfs${setCount(attrs, xfTotal)}>${body}${this.added.join('')}</cellXfs>`);
  }
}

function setCount(attrs: string, n: number): string {
  return /\scount="/.test(attrs) ? attrs.replace(/\scount="[^"]*"/, ` count="${n}"`) : `${attrs} count="${n}"`;
}

interface Edit {
  at: number;
  end: number;
  text: string;
}

/** The sheet with each marked cell's style replaced (cells and rows the sheet lacks are added) and a legacyDrawing. */
function patchSheet(xml: string, marks: ReadonlyMap<string, CellMark>, styles: StylePatch, drawingRelId: string): string {
  if (/<\w+:worksheet\b/.test(xml)) throw new Unsupported();
  const wanted = new Map<number, Map<number, { ref: string; mark: CellMark }>>();
  for (const [ref, mark] of marks) {
    const at = parseCellAddress(ref);
    if (!at) continue;
    const row = wanted.get(at.row) ?? new Map<number, { ref: string; mark: CellMark }>();
    row.set(at.col, { ref: ref.toUpperCase(), mark });
    wanted.set(at.row, row);
  }
  const edits: Edit[] = [];
  const newCell = (ref: string, mark: CellMark): string => `<c r="${ref}" s="${styles.styleWith(0, mark.fill)}"/>`;
  const rowsBefore = (limit: number): string => {
    const rows = [...wanted.keys()].filter((r) => r < limit).sort((a, b) => a - b);
    const text = rows
      .map(
        (r) =>
          `<row r="${r + 1}">${[...(wanted.get(r) ?? new Map<number, { ref: string; mark: CellMark }>())]
            .sort(([a], [b]) => a - b)
            .map(([, c]) => newCell(c.ref, c.mark))
            .join('')}</row>`,
      )
      .join('');
    for (const r of rows) wanted.delete(r);
    return text;
  };
  const scan = new XmlScanner(xml);
  let inData = false;
  let row: Map<number, { ref: string; mark: CellMark }> | undefined;
  let legacyAt: number | undefined;
  while (scan.next()) {
    const name = scan.name;
    if (name === 'legacyDrawing') throw new Unsupported(); // the sheet has notes of its own
    if (name === 'sheetData') {
      if (scan.selfClosing) {
        edits.push({ at: scan.start, end: scan.end, text: `<sheetData>${rowsBefore(Infinity)}</sheetData>` });
        continue;
      }
      if (scan.closing) {
        edits.push({ at: scan.start, end: scan.start, text: rowsBefore(Infinity) });
        inData = false;
      } else inData = true;
      continue;
    }
    if (legacyAt === undefined && !scan.closing && AFTER_LEGACY_DRAWING.includes(name)) legacyAt = scan.start;
    if (name === 'worksheet' && scan.closing && legacyAt === undefined) legacyAt = scan.start;
    if (!inData) continue;
    if (name === 'row') {
      if (scan.closing) {
        for (const [, c] of [...(row ?? [])].sort(([a], [b]) => a - b)) edits.push({ at: scan.start, end: scan.start, text: newCell(c.ref, c.mark) });
        row = undefined;
        continue;
      }
      const r = Number(scan.attr('r'));
      if (!Number.isInteger(r) || r < 1) throw new Unsupported();
      edits.push({ at: scan.start, end: scan.start, text: rowsBefore(r - 1) });
      row = wanted.get(r - 1);
      wanted.delete(r - 1);
      if (scan.selfClosing && row?.size) {
        const open = xml.slice(scan.start, scan.end).replace(/\s*\/>$/, '>');
        edits.push({
          at: scan.start,
          end: scan.end,
          text: `${open}${[...row]
            .sort(([a], [b]) => a - b)
            .map(([, c]) => newCell(c.ref, c.mark))
            .join('')}</row>`,
        });
        row = undefined;
      }
      continue;
    }
    if (name === 'c' && !scan.closing) {
      const ref = scan.attr('r');
      const at = ref ? parseCellAddress(ref) : undefined;
      if (!at) throw new Unsupported();
      // cells the sheet lacks, left of this one, go before it
      for (const [col, c] of [...(row ?? [])].sort(([a], [b]) => a - b)) {
        if (col >= at.col) break;
        edits.push({ at: scan.start, end: scan.start, text: newCell(c.ref, c.mark) });
        row?.delete(col);
      }
      const own = row?.get(at.col);
      if (own) {
        row?.delete(at.col);
        const tag = xml.slice(scan.start, scan.end);
        const style = styles.styleWith(Number(scan.attr('s') ?? '0') || 0, own.mark.fill);
        const restyled = /\ss="[^"]*"/.test(tag) ? tag.replace(/\ss="[^"]*"/, ` s="${style}"`) : tag.replace(/^<c\b/, `<c s="${style}"`);
        edits.push({ at: scan.start, end: scan.end, text: restyled });
      }
      if (!scan.selfClosing) scan.skipElement();
    }
  }
  if (legacyAt === undefined) throw new Unsupported();
  const rootTag = /<worksheet\b[^>]*>/.exec(xml)?.[0] ?? '';
  const rNs = rootTag.includes(`xmlns:r="${REL_NS}"`) ? '' : ` xmlns:r="${REL_NS}"`;
  edits.push({ at: legacyAt, end: legacyAt, text: `<legacyDrawing${rNs} r:id="${drawingRelId}"/>` });
  edits.sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let copied = 0;
  for (const edit of edits) {
    pieces.push(xml.slice(copied, edit.at), edit.text);
    copied = edit.end;
  }
  pieces.push(xml.slice(copied));
  return pieces.join('');
}

function commentsXml(marks: ReadonlyMap<string, CellMark>): string {
  const list = [...marks]
    .map(([ref, m]) => `<comment ref="${ref.toUpperCase()}" authorId="0"><text><r><t xml:space="preserve">${escapeXmlText(xmlSafeText(m.note, 'drop'))}</t></r></text></comment>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>进展报表助手</author></authors><commentList>${list}</commentList></comments>`;
}

function vmlXml(marks: ReadonlyMap<string, CellMark>, sheetNumber: number): string {
  const shapes = [...marks.keys()].map((ref, i) => {
    const at = parseCellAddress(ref) ?? { row: 0, col: 0 };
    const anchor = `${at.col + 1}, 15, ${at.row}, 10, ${at.col + 4}, 15, ${at.row + 5}, 4`;
    return `<v:shape id="_x0000_s${sheetNumber * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:180pt;height:80pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${at.row}</x:Row><x:Column>${at.col}</x:Column></x:ClientData></v:shape>`;
  });
  return `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${sheetNumber}"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${shapes.join('')}</xml>`;
}

/** `to` relative to the folder `fromDir` (both part names without a leading slash). */
function relative(fromDir: string, to: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const target = to.split('/');
  let same = 0;
  while (same < from.length && same < target.length - 1 && from[same] === target[same]) same++;
  return [...from.slice(same).map(() => '..'), ...target.slice(same)].join('/');
}

export function annotateXlsx(bytes: Uint8Array, marks: SheetMarks): Uint8Array | undefined {
  try {
    const zip = openZip(bytes);
    const entries = sheetEntriesOf(zip);
    const parts = new Map(zip.names.map((name) => [name, zip.read(name) as Uint8Array]));
    const find = (path: string): string | undefined => zip.names.find((n) => n.toLowerCase() === path.toLowerCase());
    const stylesName = find('xl/styles.xml');
    const typesName = find('[Content_Types].xml');
    if (!stylesName || !typesName) return undefined;
    const styles = new StylePatch(utf8(parts.get(stylesName) as Uint8Array));
    let types = utf8(parts.get(typesName) as Uint8Array);
    if (/<\w+:Types\b/.test(types)) return undefined;
    let n = 0;
    for (const [sheet, sheetMarks] of marks) {
      if (sheetMarks.size === 0) continue;
      const entry = entries.find((e) => e.name === sheet);
      const sheetName = entry ? find(entry.path) : undefined;
      if (!entry || !sheetName) return undefined;
      do n++;
      while (find(`xl/comments${n}.xml`) || find(`xl/drawings/vmlDrawing${n}.vml`));
      const dir = sheetName.slice(0, sheetName.lastIndexOf('/'));
      const relsName = `${dir}/_rels/${sheetName.slice(dir.length + 1)}.rels`;
      const existingRels = find(relsName);
      let rels = existingRels
        ? utf8(parts.get(existingRels) as Uint8Array)
        : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
      if (rels.includes(REL_COMMENTS) || rels.includes(REL_VML) || /<\w+:Relationships\b/.test(rels)) return undefined;
      const ids = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
      let k = 1;
      while (ids.has(`rIdPra${k}`) || ids.has(`rIdPra${k + 1}`)) k++;
      const commentsId = `rIdPra${k}`;
      const vmlId = `rIdPra${k + 1}`;
      const commentsPart = `xl/comments${n}.xml`;
      const vmlPart = `xl/drawings/vmlDrawing${n}.vml`;
      parts.set(sheetName, encoder.encode(patchSheet(utf8(parts.get(sheetName) as Uint8Array), sheetMarks, styles, vmlId)));
      rels = rels.replace(
        /<\/Relationships>\s*$/,
        `<Relationship Id="${commentsId}" Type="${REL_COMMENTS}" Target="${escapeXmlAttribute(relative(dir, commentsPart))}"/><Relationship Id="${vmlId}" Type="${REL_VML}" Target="${escapeXmlAttribute(relative(dir, vmlPart))}"/></Relationships>`,
      );
      parts.set(existingRels ?? relsName, encoder.encode(rels));
      parts.set(commentsPart, encoder.encode(commentsXml(sheetMarks)));
      parts.set(vmlPart, encoder.encode(vmlXml(sheetMarks, n)));
      types = types.replace(/<\/Types>\s*$/, `<Override PartName="/${commentsPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>`);
    }
    if (!/<Default\b[^>]*Extension="vml"/i.test(types))
      types = types.replace(/<\/Types>\s*$/, '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>');
    parts.set(stylesName, encoder.encode(styles.toXml()));
    parts.set(typesName, encoder.encode(types));
    return zipSync(Object.fromEntries(parts));
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
