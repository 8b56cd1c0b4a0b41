import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { ReportError } from '../../src/core/errors';
import { addBarChart, type BarChartSpec } from '../../src/io/bar-chart-part';
import { attr, find, first, openXlsx, parseXml, type XmlElement } from '../print/xlsx-parts';

/**
 * The native column chart addBarChart adds to a written .xlsx, read back part by part as Excel reads
 * it: the chart's series ranges and caches, its axes, the drawing's anchor, the relationships
 * sheet → drawing → chart and the content types. Each test builds its own small package and calls
 * addBarChart inside the test (StrykerJS counts only what a test itself runs).
 */
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const REL_SHEET = `${NS_R}/worksheet`;
const REL_DRAWING = `${NS_R}/drawing`;
const REL_CHART = `${NS_R}/chart`;
const REL_LINK = `${NS_R}/hyperlink`;
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const TYPES =
  DECL +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '</Types>';

const sheetXml = (body = '', root = `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">`): string =>
  `${DECL}${root}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${body}</worksheet>`;

interface PackageOptions {
  /** The second sheet's name (the chart's sheet in most tests). */
  name?: string;
  /** Target of the second sheet's relationship, as workbook.xml.rels writes it. */
  target?: string;
  sheet2?: string;
  /** Extra parts, e.g. the sheet's own relationships or a chart already there. */
  extra?: Record<string, string>;
  /** Parts left out. */
  without?: string[];
  /** The workbook's <sheet> tags, when not the two default ones. */
  sheets?: string;
  workbookRels?: string;
}

/** A two-sheet package as our writers leave it: 汇总 (sheet1) and, by default, 统计 (sheet2). */
function workbook(options: PackageOptions = {}): Uint8Array {
  const name = options.name ?? '统计';
  const parts: Record<string, string> = {
    '[Content_Types].xml': TYPES,
    '_rels/.rels': `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheets>` +
      (options.sheets ?? `<sheet name="汇总" sheetId="1" r:id="rId1"/><sheet name="${name.replace(/&/g, '&amp;')}" sheetId="2" r:id="rId2"/>`) +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      options.workbookRels ??
      `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_SHEET}" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_SHEET}" Target="${options.target ?? 'worksheets/sheet2.xml'}"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheetXml(),
    'xl/worksheets/sheet2.xml': options.sheet2 ?? sheetXml(),
    ...options.extra,
  };
  const zippable: Zippable = {};
  for (const [part, text] of Object.entries(parts)) if (!options.without?.includes(part)) zippable[part] = strToU8(text);
  return zipSync(zippable);
}

function spec(overrides: Partial<BarChartSpec> = {}): BarChartSpec {
  return {
    sheet: '统计',
    title: '各状态任务数',
    seriesName: { cell: 'B1', text: '任务数' },
    categories: { col: 'A', from: 2, to: 4, labels: ['已完成', '按时推进', '进度滞后'] },
    values: { col: 'B', values: [3, 0, 12] },
    anchor: { fromCol: 3, fromRow: 0, toCol: 11, toRow: 16 },
    ...overrides,
  };
}

/** The element's own text, outside its children (a stray text in a cache or a list is not schema-valid). */
const ownText = (el: XmlElement): string => el.text;
const vals = (el: XmlElement, name: string): string[] => find(el, name).map((e) => attr(e, 'val'));
const childNames = (el: XmlElement): string[] => el.children.map((c) => c.name);

function chartOf(bytes: Uint8Array, part = 'xl/charts/chart1.xml'): XmlElement {
  return openXlsx(bytes).xml(part);
}

function reportError(run: () => unknown): ReportError {
  try {
    run();
  } catch (e) {
    if (e instanceof ReportError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

describe('the chart part: series, caches and axes', () => {
  it('reads the series name, the categories and the values from the sheet, as absolute ranges', () => {
    const chart = chartOf(addBarChart(workbook(), spec({ seriesName: { cell: 'AB12', text: '任务数' } })));
    const ser = first(chart, 'c:ser');
    expect(first(first(ser, 'c:tx'), 'c:f').text).toBe("'统计'!$AB$12");
    expect(first(first(ser, 'c:cat'), 'c:f').text).toBe("'统计'!$A$2:$A$4");
    expect(first(first(ser, 'c:val'), 'c:f').text).toBe("'统计'!$B$2:$B$4");
    expect(vals(ser, 'c:idx').slice(0, 1)).toEqual(['0']);
    expect(attr(first(ser, 'c:order'), 'val')).toBe('0');
  });

  it('quotes a sheet name with a quote in it, the quote doubled', () => {
    const bytes = addBarChart(workbook({ name: "O'Brien 统计" }), spec({ sheet: "O'Brien 统计" }));
    const ser = first(chartOf(bytes), 'c:ser');
    expect(find(ser, 'c:f').map((f) => f.text)).toEqual(["'O''Brien 统计'!$B$1", "'O''Brien 统计'!$A$2:$A$4", "'O''Brien 统计'!$B$2:$B$4"]);
  });

  it('caches the series name, each label and each value with its index, and nothing else', () => {
    const chart = chartOf(addBarChart(workbook(), spec()));
    const ser = first(chart, 'c:ser');
    const nameCache = first(first(ser, 'c:tx'), 'c:strCache');
    expect(attr(first(nameCache, 'c:ptCount'), 'val')).toBe('1');
    expect(find(nameCache, 'c:pt').map((p) => [attr(p, 'idx'), first(p, 'c:v').text])).toEqual([['0', '任务数']]);
    const strCache = first(first(ser, 'c:cat'), 'c:strCache');
    expect(childNames(strCache)).toEqual(['c:ptCount', 'c:pt', 'c:pt', 'c:pt']);
    expect(attr(first(strCache, 'c:ptCount'), 'val')).toBe('3');
    expect(find(strCache, 'c:pt').map((p) => [attr(p, 'idx'), first(p, 'c:v').text])).toEqual([
      ['0', '已完成'],
      ['1', '按时推进'],
      ['2', '进度滞后'],
    ]);
    expect(ownText(strCache)).toBe('');
    const numCache = first(first(ser, 'c:val'), 'c:numCache');
    expect(childNames(numCache)).toEqual(['c:formatCode', 'c:ptCount', 'c:pt', 'c:pt', 'c:pt']);
    expect(first(numCache, 'c:formatCode').text).toBe('General');
    expect(attr(first(numCache, 'c:ptCount'), 'val')).toBe('3');
    expect(find(numCache, 'c:pt').map((p) => [attr(p, 'idx'), first(p, 'c:v').text])).toEqual([
      ['0', '3'],
      ['1', '0'],
      ['2', '12'],
    ]);
    expect(ownText(numCache)).toBe('');
  });

  it('keeps markup characters of the title, the series name and the labels as text', () => {
    const tricky = 'A&B <x> "q"';
    const chart = chartOf(
      addBarChart(
        workbook(),
        spec({ title: tricky, seriesName: { cell: 'B1', text: `${tricky}!` }, categories: { col: 'A', from: 2, to: 3, labels: ['<已完成>', 'a&b'] }, values: { col: 'B', values: [1, 2] } }),
      ),
    );
    expect(first(first(chart, 'c:title'), 'a:t').text).toBe(tricky);
    expect(first(first(first(chart, 'c:ser'), 'c:tx'), 'c:v').text).toBe(`${tricky}!`);
    expect(find(first(first(chart, 'c:ser'), 'c:cat'), 'c:v').map((v) => v.text)).toEqual(['<已完成>', 'a&b']);
  });

  it('draws a clustered column chart titled by the spec, with value labels, square corners and only visible cells', () => {
    const chart = chartOf(addBarChart(workbook(), spec()));
    expect(chart.uri).toBe(NS_C);
    // c:roundedCorners defaults to true when absent (ECMA-376 §21.2.2.156): the chart says 0
    expect(childNames(chart)).toEqual(['c:roundedCorners', 'c:chart', 'c:printSettings']);
    expect(attr(first(chart, 'c:roundedCorners'), 'val')).toBe('0');
    const c = first(chart, 'c:chart');
    expect(childNames(c)).toEqual(['c:title', 'c:autoTitleDeleted', 'c:plotArea', 'c:plotVisOnly', 'c:dispBlanksAs']);
    expect(first(first(c, 'c:title'), 'a:t').text).toBe('各状态任务数');
    expect(attr(first(first(c, 'c:title'), 'a:rPr'), 'sz')).toBe('1400');
    expect(attr(first(first(c, 'c:title'), 'c:overlay'), 'val')).toBe('0');
    expect(attr(first(c, 'c:autoTitleDeleted'), 'val')).toBe('0');
    expect([attr(first(c, 'c:plotVisOnly'), 'val'), attr(first(c, 'c:dispBlanksAs'), 'val')]).toEqual(['1', 'gap']);
    const bar = first(c, 'c:barChart');
    expect([attr(first(bar, 'c:barDir'), 'val'), attr(first(bar, 'c:grouping'), 'val'), attr(first(bar, 'c:varyColors'), 'val')]).toEqual(['col', 'clustered', '0']);
    expect(attr(first(bar, 'c:gapWidth'), 'val')).toBe('80');
    const labels = first(first(bar, 'c:ser'), 'c:dLbls');
    expect(labels.children.map((l) => [l.name, attr(l, 'val')])).toEqual([
      ['c:showLegendKey', '0'],
      ['c:showVal', '1'],
      ['c:showCatName', '0'],
      ['c:showSerName', '0'],
      ['c:showPercent', '0'],
      ['c:showBubbleSize', '0'],
    ]);
    expect(childNames(first(bar, 'c:ser'))).toEqual(['c:idx', 'c:order', 'c:tx', 'c:spPr', 'c:invertIfNegative', 'c:dLbls', 'c:cat', 'c:val']);
    expect(attr(first(first(first(bar, 'c:ser'), 'c:spPr'), 'a:srgbClr'), 'val')).toBe('4472C4');
  });

  it('names two axes that exist and cross each other: categories at the bottom, values from 0 on the left', () => {
    const chart = chartOf(addBarChart(workbook(), spec()));
    const bar = first(chart, 'c:barChart');
    const ids = bar.children.filter((c) => c.name === 'c:axId').map((a) => attr(a, 'val'));
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    const plot = first(chart, 'c:plotArea');
    expect(childNames(plot)).toEqual(['c:layout', 'c:barChart', 'c:catAx', 'c:valAx']);
    const catAx = first(plot, 'c:catAx');
    const valAx = first(plot, 'c:valAx');
    expect([attr(first(catAx, 'c:axId'), 'val'), attr(first(catAx, 'c:crossAx'), 'val')]).toEqual([ids[0], ids[1]]);
    expect([attr(first(valAx, 'c:axId'), 'val'), attr(first(valAx, 'c:crossAx'), 'val')]).toEqual([ids[1], ids[0]]);
    expect([attr(first(catAx, 'c:axPos'), 'val'), attr(first(catAx, 'c:delete'), 'val'), attr(first(catAx, 'c:orientation'), 'val')]).toEqual(['b', '0', 'minMax']);
    expect([attr(first(valAx, 'c:axPos'), 'val'), attr(first(valAx, 'c:delete'), 'val'), attr(first(valAx, 'c:min'), 'val')]).toEqual(['l', '0', '0']);
    expect(attr(first(valAx, 'c:numFmt'), 'formatCode')).toBe('0');
    expect(find(valAx, 'c:majorGridlines')).toHaveLength(1);
    expect(attr(first(valAx, 'c:crossBetween'), 'val')).toBe('between');
  });

  it('prints the chart with the sheet’s default margins', () => {
    const settings = first(chartOf(addBarChart(workbook(), spec())), 'c:printSettings');
    expect(childNames(settings)).toEqual(['c:headerFooter', 'c:pageMargins', 'c:pageSetup']);
    expect(first(settings, 'c:pageMargins').attrs).toEqual({ b: '0.75', l: '0.7', r: '0.7', t: '0.75', header: '0.3', footer: '0.3' });
  });
});

describe('the bars’ own colours', () => {
  it('fills the coloured bars with their colour (upper-case hex, no #) and leaves the others to the series fill', () => {
    const ser = first(chartOf(addBarChart(workbook(), spec({ colours: ['#c00000', undefined, '#00b050'] }))), 'c:ser');
    const points = ser.children.filter((c) => c.name === 'c:dPt');
    expect(points.map((p) => [attr(first(p, 'c:idx'), 'val'), attr(first(first(p, 'a:solidFill'), 'a:srgbClr'), 'val')])).toEqual([
      ['0', 'C00000'],
      ['2', '00B050'],
    ]);
    for (const p of points) {
      expect(childNames(p)).toEqual(['c:idx', 'c:invertIfNegative', 'c:bubble3D', 'c:spPr']);
      expect(attr(first(first(p, 'a:ln'), 'a:srgbClr'), 'val')).toBe('595959');
    }
    expect(ownText(ser)).toBe('');
  });

  it('writes no data point without colours', () => {
    const ser = first(chartOf(addBarChart(workbook(), spec())), 'c:ser');
    expect(find(ser, 'c:dPt')).toEqual([]);
    expect(ownText(ser)).toBe('');
  });

  it('writes no data point and no text for bars without a colour', () => {
    const ser = first(chartOf(addBarChart(workbook(), spec({ colours: [undefined, undefined] }))), 'c:ser');
    expect(find(ser, 'c:dPt')).toEqual([]);
    expect(ownText(ser)).toBe('');
  });
});

describe('the drawing that anchors the chart', () => {
  it('anchors the chart from one cell to another, 0-based, with no offsets, and points at the chart by its relationship', () => {
    const parts = openXlsx(addBarChart(workbook(), spec({ anchor: { fromCol: 3, fromRow: 1, toCol: 11, toRow: 16 } })));
    const drawing = parts.xml('xl/drawings/drawing1.xml');
    const anchor = first(drawing, 'xdr:twoCellAnchor');
    expect(childNames(anchor)).toEqual(['xdr:from', 'xdr:to', 'xdr:graphicFrame', 'xdr:clientData']);
    const cell = (tag: string): string[][] => first(anchor, tag).children.map((c) => [c.name, c.text]);
    expect(cell('xdr:from')).toEqual([
      ['xdr:col', '3'],
      ['xdr:colOff', '0'],
      ['xdr:row', '1'],
      ['xdr:rowOff', '0'],
    ]);
    expect(cell('xdr:to')).toEqual([
      ['xdr:col', '11'],
      ['xdr:colOff', '0'],
      ['xdr:row', '16'],
      ['xdr:rowOff', '0'],
    ]);
    const frame = first(anchor, 'xdr:graphicFrame');
    expect(childNames(frame)).toEqual(['xdr:nvGraphicFramePr', 'xdr:xfrm', 'a:graphic']);
    expect(first(first(frame, 'xdr:xfrm'), 'a:off').attrs).toEqual({ x: '0', y: '0' });
    expect(first(first(frame, 'xdr:xfrm'), 'a:ext').attrs).toEqual({ cx: '0', cy: '0' });
    expect(attr(first(frame, 'xdr:cNvPr'), 'name')).toBe('图表 1');
    expect(attr(first(frame, 'a:graphicData'), 'uri')).toBe(NS_C);
    const ref = first(frame, 'c:chart');
    expect(ref.uri).toBe(NS_C);
    const rels = parts.rels('xl/drawings/drawing1.xml');
    expect([...rels]).toEqual([[attr(ref, 'r:id'), { type: REL_CHART, target: 'xl/charts/chart1.xml' }]]);
    const relsPart = parts.xml('xl/drawings/_rels/drawing1.xml.rels');
    expect(relsPart.children.map((r) => r.attrs)).toEqual([{ Id: 'rId1', Type: REL_CHART, Target: '../charts/chart1.xml' }]);
    expect(ownText(relsPart)).toBe('');
  });
});

describe('linking the chart into the package', () => {
  it('gives the sheet a drawing relationship of its own, names the new parts in the content types and leaves the other sheet alone', () => {
    const before = workbook();
    const bytes = addBarChart(before, spec());
    const parts = openXlsx(bytes);
    const sheet = parts.xml('xl/worksheets/sheet2.xml');
    const drawing = sheet.children.filter((c) => c.name === 'drawing');
    expect(drawing).toHaveLength(1);
    expect(drawing[0]?.uri).toBe(NS_MAIN);
    const rels = parts.xml('xl/worksheets/_rels/sheet2.xml.rels');
    expect(rels.children.map((r) => r.attrs)).toEqual([{ Id: 'rId1', Type: REL_DRAWING, Target: '../drawings/drawing1.xml' }]);
    expect(ownText(rels)).toBe('');
    expect(attr(drawing[0]!, 'r:id')).toBe('rId1');
    const overrides = find(parts.xml('[Content_Types].xml'), 'Override').map((o) => [attr(o, 'PartName'), attr(o, 'ContentType')]);
    expect(overrides.slice(3)).toEqual([
      ['/xl/charts/chart1.xml', CT_CHART],
      ['/xl/drawings/drawing1.xml', CT_DRAWING],
    ]);
    expect(overrides).toHaveLength(5);
    const after = unzipSync(bytes);
    expect(Object.keys(after)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/_rels/sheet2.xml.rels',
      'xl/drawings/drawing1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/charts/chart1.xml',
    ]);
    const original = unzipSync(before);
    expect(strFromU8(after['xl/worksheets/sheet1.xml']!)).toBe(strFromU8(original['xl/worksheets/sheet1.xml']!));
    expect(find(parts.xml('xl/worksheets/sheet1.xml'), 'drawing')).toEqual([]);
  });

  it('adds to the sheet’s relationships already there, with the next free id', () => {
    const sheetRels = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_LINK}" Target="https://example.org/a" TargetMode="External"/><Relationship Id="rId2" Type="${REL_LINK}" Target="https://example.org/b" TargetMode="External"/></Relationships>`;
    const sheet2 = sheetXml('', `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">`).replace(
      '</sheetData>',
      '</sheetData><hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="A2" r:id="rId2"/></hyperlinks>',
    );
    const bytes = addBarChart(workbook({ sheet2, extra: { 'xl/worksheets/_rels/sheet2.xml.rels': sheetRels } }), spec());
    const parts = openXlsx(bytes);
    const rels = parts.xml('xl/worksheets/_rels/sheet2.xml.rels');
    expect(rels.children.map((r) => r.attrs)).toEqual([
      { Id: 'rId1', Type: REL_LINK, Target: 'https://example.org/a', TargetMode: 'External' },
      { Id: 'rId2', Type: REL_LINK, Target: 'https://example.org/b', TargetMode: 'External' },
      { Id: 'rId3', Type: REL_DRAWING, Target: '../drawings/drawing1.xml' },
    ]);
    expect(ownText(rels)).toBe('');
    expect(attr(first(parts.xml('xl/worksheets/sheet2.xml'), 'drawing'), 'r:id')).toBe('rId3');
  });

  it('numbers the chart and the drawing after those already in the package', () => {
    const extra = { 'xl/charts/chart1.xml': '<x/>', 'xl/drawings/drawing1.xml': '<x/>', 'xl/drawings/drawing2.xml': '<x/>' };
    const bytes = addBarChart(workbook({ extra }), spec());
    const parts = openXlsx(bytes);
    expect(parts.names.slice(-4)).toEqual(['xl/worksheets/_rels/sheet2.xml.rels', 'xl/drawings/drawing3.xml', 'xl/drawings/_rels/drawing3.xml.rels', 'xl/charts/chart2.xml']);
    expect(parts.rels('xl/worksheets/sheet2.xml').get('rId1')).toEqual({ type: REL_DRAWING, target: 'xl/drawings/drawing3.xml' });
    expect(parts.rels('xl/drawings/drawing3.xml').get('rId1')).toEqual({ type: REL_CHART, target: 'xl/charts/chart2.xml' });
    expect(attr(first(parts.xml('xl/drawings/drawing3.xml'), 'xdr:cNvPr'), 'name')).toBe('图表 2');
    const overrides = find(parts.xml('[Content_Types].xml'), 'Override').map((o) => attr(o, 'PartName'));
    expect(overrides.slice(3)).toEqual(['/xl/charts/chart2.xml', '/xl/drawings/drawing3.xml']);
    // the parts already there are kept as they were
    expect(strFromU8(unzipSync(bytes)['xl/charts/chart1.xml']!)).toBe('<x/>');
  });

  it('finds the chart’s sheet by its name when it is not the first, and by an absolute target', () => {
    const sheets = `<sheet name="统计" sheetId="1" r:id="rId7"/><sheet name="汇总" sheetId="2" r:id="rId3"/>`;
    const workbookRels = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${REL_SHEET}" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="${REL_SHEET}" Target="/xl/worksheets/sheet2.xml"/></Relationships>`;
    const bytes = addBarChart(workbook({ sheets, workbookRels }), spec());
    const parts = openXlsx(bytes);
    expect(find(parts.xml('xl/worksheets/sheet1.xml'), 'drawing')).toEqual([]);
    expect(find(parts.xml('xl/worksheets/sheet2.xml'), 'drawing')).toHaveLength(1);
    expect(parts.names).not.toContain('xl/worksheets/_rels/sheet1.xml.rels');
    const second = addBarChart(workbook(), spec({ sheet: '汇总' }));
    expect(find(openXlsx(second).xml('xl/worksheets/sheet1.xml'), 'drawing')).toHaveLength(1);
    expect(find(openXlsx(second).xml('xl/worksheets/sheet2.xml'), 'drawing')).toEqual([]);
  });

  it('finds a sheet whose name has an ampersand, as workbook.xml escapes it, and reads its ranges in a well-formed chart', () => {
    const bytes = addBarChart(workbook({ name: '统计&分析' }), spec({ sheet: '统计&分析' }));
    const parts = openXlsx(bytes);
    expect(find(parts.xml('xl/worksheets/sheet2.xml'), 'drawing')).toHaveLength(1);
    expect(find(first(parts.xml('xl/charts/chart1.xml'), 'c:ser'), 'c:f').map((f) => f.text)).toEqual(["'统计&分析'!$B$1", "'统计&分析'!$A$2:$A$4", "'统计&分析'!$B$2:$B$4"]);
  });

  it('puts the drawing before the first element CT_Worksheet orders after it', () => {
    const tail = '<legacyDrawing r:id="rId1"/><tableParts count="0"/><extLst><ext uri="{x}"/></extLst>';
    const bytes = addBarChart(
      workbook({
        sheet2: sheetXml(tail),
        extra: {
          'xl/worksheets/_rels/sheet2.xml.rels': `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS_R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`,
        },
      }),
      spec(),
    );
    const sheet = openXlsx(bytes).xml('xl/worksheets/sheet2.xml');
    expect(childNames(sheet)).toEqual(['sheetData', 'pageMargins', 'drawing', 'legacyDrawing', 'tableParts', 'extLst']);
    expect(attr(first(sheet, 'drawing'), 'r:id')).toBe('rId2');
  });

  it('declares the relationships namespace on a sheet root that lacks it', () => {
    const bytes = addBarChart(workbook({ sheet2: sheetXml('', `<worksheet xmlns="${NS_MAIN}">`) }), spec());
    const text = strFromU8(unzipSync(bytes)['xl/worksheets/sheet2.xml']!);
    // a strict namespace-aware parse: an undeclared r: prefix throws
    const sheet = parseXml(text, 'sheet2');
    expect(sheet.attrs).toEqual({ xmlns: NS_MAIN, 'xmlns:r': NS_R });
    expect(childNames(sheet)).toEqual(['sheetData', 'pageMargins', 'drawing']);
    expect(first(sheet, 'drawing').attrs).toEqual({ 'r:id': 'rId1' });
  });
});

describe('a package the chart cannot go into', () => {
  const refused = (bytes: Uint8Array, s: BarChartSpec = spec()): ReportError => reportError(() => addBarChart(bytes, s));

  it('refuses a sheet that already has a drawing, naming the sheet', () => {
    const e = refused(workbook({ sheet2: sheetXml('<drawing r:id="rId1"/>') }));
    expect(e.code).toBe('argument-invalid');
    expect((e.params as { detail: string }).detail).toContain('统计');
  });

  it('refuses a package without workbook.xml or its relationships, naming the part', () => {
    for (const without of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']) {
      const e = refused(workbook({ without: [without] }));
      expect([without, e.code]).toEqual([without, 'argument-invalid']);
      expect((e.params as { detail: string }).detail).toContain('xl/workbook.xml');
    }
  });

  it('refuses a sheet the workbook does not name, or names without a resolvable part, naming the sheet', () => {
    const cases: [string, Uint8Array, BarChartSpec][] = [
      ['unknown sheet', workbook(), spec({ sheet: '进度' })],
      ['sheet tag without r:id', workbook({ sheets: '<sheet name="统计" sheetId="2"/>' }), spec()],
      [
        'relationship without target',
        workbook({ workbookRels: `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${REL_SHEET}"/></Relationships>` }),
        spec(),
      ],
    ];
    for (const [label, bytes, s] of cases) {
      const e = refused(bytes, s);
      expect([label, e.code]).toEqual([label, 'argument-invalid']);
      expect([label, (e.params as { detail: string }).detail.includes(s.sheet)]).toEqual([label, true]);
    }
  });

  it('refuses a sheet whose part is missing, and a package without content types, naming the part', () => {
    const noSheet = refused(workbook({ without: ['xl/worksheets/sheet2.xml'] }));
    expect(noSheet.code).toBe('argument-invalid');
    expect((noSheet.params as { detail: string }).detail).toContain('xl/worksheets/sheet2.xml');
    const noTypes = refused(workbook({ without: ['[Content_Types].xml'] }));
    expect(noTypes.code).toBe('argument-invalid');
    expect((noTypes.params as { detail: string }).detail).toContain('[Content_Types].xml');
  });
});
