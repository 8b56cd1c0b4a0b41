import { strFromU8, strToU8, unzipSync } from 'fflate';
import { ReportError } from '../core/errors';
import { xmlSafeText } from './xml-safe-text';
import { spliceZip } from './zip-splice';

/**
 * A native column chart added to a written .xlsx (ExcelJS writes none): the chart part, a drawing
 * anchoring it on its sheet, the relationships sheet → drawing → chart and the content types, as
 * ECMA-376 Part 1 (§21.2 DrawingML charts, §20.5 SpreadsheetML drawing) lays them out. The chart
 * keeps a cache of its values so viewers that do not recalculate still draw the bars.
 */
export interface BarChartSpec {
  /** The sheet the chart sits on and reads from. */
  sheet: string;
  title: string;
  /** The series name's cell (A1, e.g. `B1`) and its text. */
  seriesName: { cell: string; text: string };
  /** The category labels: column letter, first and last 1-based row, and the texts. */
  categories: { col: string; from: number; to: number; labels: string[] };
  /** The values, in the same rows. */
  values: { col: string; values: number[] };
  /** A fill per bar (`#RRGGBB`), or undefined for the default. */
  colours?: (string | undefined)[];
  /** The chart's frame: 0-based cells, from top-left to bottom-right. */
  anchor: { fromCol: number; fromRow: number; toCol: number; toRow: number };
}

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function escapeXml(text: string): string {
  return xmlSafeText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A sheet name as a formula writes it: always quoted, a quote doubled. */
function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

export function chartXml(spec: BarChartSpec): string {
  // the formulas are element text: a sheet name with & or < is escaped as any text is
  const s = escapeXml(sheetRef(spec.sheet));
  const { col: catCol, from, to, labels } = spec.categories;
  const points = labels.length;
  const strPts = labels.map((l, i) => `<c:pt idx="${i}"><c:v>${escapeXml(l)}</c:v></c:pt>`).join('');
  const numPts = spec.values.values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  const dPts = (spec.colours ?? [])
    .map((colour, i) =>
      colour
        ? `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${colour.replace('#', '').toUpperCase()}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="595959"/></a:solidFill></a:ln></c:spPr></c:dPt>`
        : '',
    )
    .join('');
  const seriesCell = spec.seriesName.cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  return (
    XML_DECL +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    '<c:roundedCorners val="0"/>' +
    '<c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1400" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/>' +
    '<c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:strRef><c:f>${s}!${seriesCell}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${escapeXml(spec.seriesName.text)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    '<c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>' +
    dPts +
    '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    `<c:cat><c:strRef><c:f>${s}!$${catCol}$${from}:$${catCol}$${to}</c:f><c:strCache><c:ptCount val="${points}"/>${strPts}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${s}!$${spec.values.col}$${from}:$${spec.values.col}$${to}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${points}"/>${numPts}</c:numCache></c:numRef></c:val>` +
    '</c:ser>' +
    '<c:gapWidth val="80"/><c:axId val="50010001"/><c:axId val="50010002"/>' +
    '</c:barChart>' +
    '<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings>' +
    '</c:chartSpace>'
  );
}

export function drawingXml(anchor: BarChartSpec['anchor'], chartRelId: string, name: string): string {
  const cell = (tag: string, col: number, row: number): string => `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    XML_DECL +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">` +
    '<xdr:twoCellAnchor editAs="oneCell">' +
    cell('from', anchor.fromCol, anchor.fromRow) +
    cell('to', anchor.toCol, anchor.toRow) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

function relationshipsXml(rels: { id: string; type: string; target: string }[]): string {
  return XML_DECL + `<Relationships xmlns="${NS_PKG_RELS}">` + rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('') + '</Relationships>';
}

function broken(part: string): ReportError {
  return new ReportError('argument-invalid', { detail: `写出的工作簿缺少 ${part}，无法加入图表。` });
}

/** The worksheet part of the named sheet, resolved through workbook.xml and its relationships. */
function sheetPart(files: Record<string, Uint8Array>, sheet: string): string {
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) throw broken('xl/workbook.xml');
  const sheetTag = [...strFromU8(workbook).matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`name="${escapeXml(sheet)}"`));
  const relId = sheetTag && /\br:id="([^"]+)"/.exec(sheetTag)?.[1];
  const relTag = relId && [...strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`Id="${relId}"`));
  const target = relTag && /\bTarget="([^"]+)"/.exec(relTag)?.[1];
  if (!target) throw broken(`工作表“${sheet}”`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function freeNumber(names: ReadonlySet<string>, prefix: string): number {
  let n = 1;
  while (names.has(`${prefix}${n}.xml`)) n++;
  return n;
}

/** Elements that follow `<drawing>` in CT_Worksheet; the drawing goes before the first present. */
const AFTER_DRAWING = ['<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

export function addBarChart(xlsx: Uint8Array, spec: BarChartSpec): Uint8Array {
  // only the small parts are inflated: names of every part, contents of the ones read or changed
  const names = new Set<string>();
  const small = (name: string): boolean => name === '[Content_Types].xml' || name.startsWith('xl/_rels/') || name === 'xl/workbook.xml';
  const files: Record<string, Uint8Array> = unzipSync(xlsx, { filter: (f) => (names.add(f.name), small(f.name)) });
  const sheetPath = sheetPart(files, spec.sheet);
  Object.assign(files, unzipSync(xlsx, { filter: (f) => f.name === sheetPath || f.name.startsWith(`${sheetPath.slice(0, sheetPath.lastIndexOf('/'))}/_rels/`) }));
  const changed: Record<string, Uint8Array> = {};
  const sheetXml = files[sheetPath] && strFromU8(files[sheetPath]);
  if (!sheetXml) throw broken(sheetPath);
  if (sheetXml.includes('<drawing ')) throw new ReportError('argument-invalid', { detail: `工作表“${spec.sheet}”已有绘图，无法再加入图表。` });

  const chartNo = freeNumber(names, 'xl/charts/chart');
  const drawingNo = freeNumber(names, 'xl/drawings/drawing');
  const sheetDir = sheetPath.slice(0, sheetPath.lastIndexOf('/'));
  const sheetFile = sheetPath.slice(sheetPath.lastIndexOf('/') + 1);
  const sheetRelsPath = `${sheetDir}/_rels/${sheetFile}.rels`;

  const sheetRels: { id: string; type: string; target: string }[] = [];
  let existing = files[sheetRelsPath] ? strFromU8(files[sheetRelsPath]) : '';
  const ids = new Set([...existing.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let relNo = 1;
  while (ids.has(`rId${relNo}`)) relNo++;
  const drawingRelId = `rId${relNo}`;
  sheetRels.push({ id: drawingRelId, type: REL_DRAWING, target: `../drawings/drawing${drawingNo}.xml` });
  if (existing) {
    existing = existing.replace('</Relationships>', sheetRels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('') + '</Relationships>');
  } else {
    existing = relationshipsXml(sheetRels);
  }
  changed[sheetRelsPath] = strToU8(existing);

  const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  const rootTag = /<worksheet\b[^>]*>/.exec(sheetXml)?.[0] ?? '';
  let patched = `${sheetXml.slice(0, at)}<drawing r:id="${drawingRelId}"/>${sheetXml.slice(at)}`;
  if (!rootTag.includes(`xmlns:r="${NS_R}"`)) patched = patched.replace(rootTag, `${rootTag.slice(0, -1)} xmlns:r="${NS_R}">`);
  changed[sheetPath] = strToU8(patched);

  changed[`xl/drawings/drawing${drawingNo}.xml`] = strToU8(drawingXml(spec.anchor, 'rId1', `图表 ${chartNo}`));
  changed[`xl/drawings/_rels/drawing${drawingNo}.xml.rels`] = strToU8(relationshipsXml([{ id: 'rId1', type: REL_CHART, target: `../charts/chart${chartNo}.xml` }]));
  changed[`xl/charts/chart${chartNo}.xml`] = strToU8(chartXml(spec));

  const types = files['[Content_Types].xml'];
  if (!types) throw broken('[Content_Types].xml');
  const overrides = `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/><Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${CT_DRAWING}"/>`;
  changed['[Content_Types].xml'] = strToU8(strFromU8(types).replace('</Types>', `${overrides}</Types>`));

  return spliceZip(xlsx, changed);
}
