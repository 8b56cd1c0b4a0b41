import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { at } from '../../src/core/checked';
import { builtinTemplate } from '../../src/core/template/builtin';
import { writeConsolidatedWorkbook } from '../../src/io/consolidated-workbook';
import { readXlsx } from '../../src/io/xlsx-reader';
import { spliceZip } from '../../src/io/zip-splice';
import { smallDocument } from './consolidated-doc';
import { attr, find, first, openXlsx } from './xlsx-parts';
import { beforeTests } from '../helpers/before-tests';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** CT_Worksheet's child order (ECMA-376 Part 1, §18.3.1.99), as far as ExcelJS writes it. */
const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

describe('the chart on 统计', () => {
  let bytes: Uint8Array;
  beforeTests(async () => {
    bytes = await writeConsolidatedWorkbook(smallDocument(), builtinTemplate('progress')!);
  });

  it('leaves a package whose every XML part is well-formed, every relationship resolves and every part has a content type', () => {
    const parts = openXlsx(bytes);
    const xmlParts = parts.names.filter((n) => /\.(xml|rels)$/.test(n));
    for (const name of xmlParts) parts.xml(name);
    const types = parts.xml('[Content_Types].xml');
    const overrides = new Set(find(types, 'Override').map((o) => attr(o, 'PartName').slice(1)));
    const defaults = new Set(find(types, 'Default').map((d) => d.attrs.Extension));
    // (ExcelJS also writes folder entries such as `_rels/`: they are not parts)
    for (const name of parts.names.filter((n) => !n.endsWith('/'))) {
      expect([name, overrides.has(name) || defaults.has(name.split('.').pop() as string)]).toEqual([name, true]);
    }
    for (const name of parts.names.filter((n) => !n.endsWith('.rels'))) {
      for (const [id, rel] of parts.rels(name)) {
        if (rel.type.endsWith('/hyperlink')) continue;
        expect([name, id, parts.names.includes(rel.target)]).toEqual([name, id, true]);
      }
    }
  });

  it('links 统计 → drawing → chart with the right relationship types and content types', () => {
    const parts = openXlsx(bytes);
    const sheetPath = parts.sheetPath('统计');
    const sheet = parts.xml(sheetPath);
    const drawingRef = attr(first(sheet, 'drawing'), 'r:id');
    const drawingRel = parts.rels(sheetPath).get(drawingRef)!;
    expect(drawingRel.type).toBe(`${REL}/drawing`);
    const drawing = parts.xml(drawingRel.target);
    const chartRef = first(drawing, 'c:chart');
    expect(chartRef.uri).toBe(NS_C);
    const chartRel = parts.rels(drawingRel.target).get(attr(chartRef, 'r:id'))!;
    expect(chartRel.type).toBe(`${REL}/chart`);
    const overrides = new Map(find(parts.xml('[Content_Types].xml'), 'Override').map((o) => [attr(o, 'PartName').slice(1), o.attrs.ContentType]));
    expect(overrides.get(drawingRel.target)).toBe('application/vnd.openxmlformats-officedocument.drawing+xml');
    expect(overrides.get(chartRel.target)).toBe('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    // the other sheets carry no drawing
    for (const name of ['汇总', '问题', '未报送', '催报']) expect(find(parts.xml(parts.sheetPath(name)), 'drawing')).toEqual([]);
  });

  it('keeps the worksheet children in the schema’s order with the drawing in its place', () => {
    const parts = openXlsx(bytes);
    const names = parts.xml(parts.sheetPath('统计')).children.map((c) => c.local);
    expect(names).toContain('drawing');
    const positions = names.map((n) => WORKSHEET_ORDER.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('charts tasks per status from 统计, with cached labels and values', () => {
    const parts = openXlsx(bytes);
    const chartPath = parts.names.find((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))!;
    const chart = parts.xml(chartPath);
    expect(chart.uri).toBe(NS_C);
    const bar = first(chart, 'c:barChart');
    expect(first(bar, 'c:barDir').attrs.val).toBe('col');
    const series = find(bar, 'c:ser');
    expect(series).toHaveLength(1);
    const cat = first(at(series, 0, 'series'), 'c:cat');
    const val = first(at(series, 0, 'series'), 'c:val');
    expect(first(cat, 'c:f').text).toBe("'统计'!$A$2:$A$7");
    expect(first(val, 'c:f').text).toBe("'统计'!$B$2:$B$7");
    expect(find(cat, 'c:v').map((v) => v.text)).toEqual(['已完成', '进度较快', '按时推进', '部分滞后', '进度滞后', '未填状态']);
    expect(find(val, 'c:v').map((v) => Number(v.text))).toEqual([1, 0, 1, 0, 0, 1]);
    // the two axes the bar chart names exist and cross each other
    const axIds = find(bar, 'c:axId').map((a) => a.attrs.val);
    const catAx = first(chart, 'c:catAx');
    const valAx = first(chart, 'c:valAx');
    expect([first(catAx, 'c:axId').attrs.val, first(valAx, 'c:axId').attrs.val]).toEqual(axIds);
    expect([first(catAx, 'c:crossAx').attrs.val, first(valAx, 'c:crossAx').attrs.val]).toEqual([axIds[1], axIds[0]]);
    // and the cells the chart reads hold the same values
    const stats = at(readXlsx(bytes, 'x.xlsx'), 1, 'sheet');
    expect(stats.rows.slice(1, 7).map((r) => [r[0], Number(r[1])])).toEqual([
      ['已完成', 1],
      ['进度较快', 0],
      ['按时推进', 1],
      ['部分滞后', 0],
      ['进度滞后', 0],
      ['未填状态', 1],
    ]);
  });

  it('anchors the chart beside the status table, above the table per unit', () => {
    const parts = openXlsx(bytes);
    const drawing = parts.xml(parts.names.find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))!);
    const from = first(drawing, 'xdr:from');
    const to = first(drawing, 'xdr:to');
    expect(Number(first(from, 'xdr:col').text)).toBeGreaterThanOrEqual(2);
    const stats = at(readXlsx(bytes, 'x.xlsx'), 1, 'sheet');
    const unitHeader = stats.rows.findIndex((r) => r[0] === '单位');
    expect(Number(first(to, 'xdr:row').text)).toBeLessThan(unitHeader);
  });

  it('still opens in ExcelJS', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.slice().buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['汇总', '统计', '问题', '未报送', '催报']);
  });
});

describe('splicing parts into a zip', () => {
  it('replaces and adds parts and copies the others unchanged', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a/>'), 'big.xml': strToU8('<b>' + 'x'.repeat(50000) + '</b>'), 'c.xml': strToU8('<c/>') });
    const out = unzipSync(spliceZip(zip, { 'a.xml': strToU8('<a2/>'), 'new.xml': strToU8('<n/>') }));
    expect(Object.keys(out)).toEqual(['a.xml', 'big.xml', 'c.xml', 'new.xml']);
    expect(new TextDecoder().decode(out['a.xml'])).toBe('<a2/>');
    expect(new TextDecoder().decode(out['new.xml'])).toBe('<n/>');
    expect(out['big.xml']?.length).toBe(50007);
    expect(new TextDecoder().decode(out['c.xml'])).toBe('<c/>');
  });
});
