import { unzipSync } from 'fflate';
import { readWorkbookBytes } from '../../src/io/read-workbook';
import { ReportTemplateSpec, TEMPLATE_HEADER_ROW, writeReportTemplate, zipFiles } from '../../src/io/report-template';

/**
 * Mutants of the report template writer (src/io/report-template.ts): read back with our reader for
 * the texts, and the XML Excel reads for the merge, styles, print setup, dropdown and protection.
 * Two small workbooks are written once (ExcelJS loads once per file); expectations by hand.
 */
function part(bytes: Uint8Array, name: string): string {
  const entry = unzipSync(bytes)[name];
  if (!entry) throw new Error(`no ${name}`);
  return new TextDecoder().decode(entry);
}

const attrs = (tag: string): Record<string, string> => Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
const children = (xml: string, list: string, item: string): string[] =>
  (new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1] ?? '').match(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, 'g')) ?? [];

/** A cell's style as one readable line: font, fill, border, alignment, locked. */
function styleOf(bytes: Uint8Array, ref: string): string {
  const sheet = part(bytes, 'xl/worksheets/sheet1.xml');
  const index = new RegExp(`<c r="${ref}"[^>]*? s="(\\d+)"`).exec(sheet)?.[1];
  if (index === undefined) return 'none';
  const styles = part(bytes, 'xl/styles.xml');
  const xf = children(styles, 'cellXfs', 'xf')[Number(index)] ?? '';
  const x = attrs(/<xf [^>]*>/.exec(xf)?.[0] ?? '');
  const font = children(styles, 'fonts', 'font')[Number(x.fontId)] ?? '';
  const fontText = `${/<b\/>/.test(font) ? 'bold ' : ''}${/<sz val="([^"]+)"/.exec(font)?.[1]} ${/<name val="([^"]+)"/.exec(font)?.[1]}`;
  const fill = /fgColor rgb="([^"]+)"/.exec(children(styles, 'fills', 'fill')[Number(x.fillId)] ?? '')?.[1] ?? 'no fill';
  const border = /<left style="thin"\/><right style="thin"\/><top style="thin"\/><bottom style="thin"\/>/.test(children(styles, 'borders', 'border')[Number(x.borderId)] ?? '') ? 'thin' : 'no border';
  const a = attrs(/<alignment [^>]*>/.exec(xf)?.[0] ?? '');
  const align = `${a.horizontal ?? '-'}/${a.vertical ?? '-'}${a.wrapText === '1' ? ' wrap' : ''}`;
  return `${fontText}, ${fill}, ${border}, ${align}${/locked="0"/.test(xf) ? ', unlocked' : ''}`;
}

const PREFILLED: ReportTemplateSpec = {
  sheetName: '进展/表',
  title: '2026年重点工作进展情况表',
  unitLine: '填报单位：市统计局',
  periodLine: '报告期：截至6月30日',
  columns: [
    { label: '序号', width: 6, editable: false },
    { label: '主要工作任务', width: 30, editable: false },
    { label: '进展状态', width: 10, editable: true },
  ],
  rows: [
    ['1', '任务一', ''],
    ['x2', '任务二', '按时推进'],
  ],
  blankRows: 5,
  dropdown: { col: 2, values: ['已完成', '按时推进'] },
  protect: true,
};

const BLANK: ReportTemplateSpec = {
  sheetName: '进展',
  title: '标题',
  unitLine: '填报单位：',
  periodLine: '报告期：',
  columns: [
    { label: '序号', width: 8, editable: true },
    { label: '任务', width: 20, editable: true },
  ],
  rows: [],
  blankRows: 3,
  dropdown: { col: 1, values: [] },
  protect: false,
};

describe('the report template workbook', () => {
  let prefilled: Uint8Array;
  let blank: Uint8Array;
  beforeEach(async () => {
    prefilled = await writeReportTemplate(PREFILLED);
    blank = await writeReportTemplate(BLANK);
  });

  it('reads back as title, the two lines, the header at row 4 and the task rows', () => {
    expect(TEMPLATE_HEADER_ROW).toBe(4);
    const [sheet] = readWorkbookBytes(prefilled, 't.xlsx');
    expect([sheet?.sheet, sheet?.rows, sheet?.merges]).toEqual([
      '进展_表',
      [['2026年重点工作进展情况表'], ['填报单位：市统计局'], ['报告期：截至6月30日'], ['序号', '主要工作任务', '进展状态'], ['1', '任务一'], ['x2', '任务二', '按时推进']],
      [{ top: 0, left: 0, bottom: 0, right: 2 }],
    ]);
    const sheetXml = part(prefilled, 'xl/worksheets/sheet1.xml');
    // a 序号 of digits is a number, any other text a string
    expect(/<c r="A5"[^>]*?>(?:(?!<\/c>).)*<\/c>/.exec(sheetXml)?.[0]).not.toMatch(/t="s"/);
    expect(/<c r="A6"[^>]*?>/.exec(sheetXml)?.[0]).toMatch(/t="s"/);
  });

  it('styles: title, lines, header, body; only the editable columns of a protected sheet unlocked', () => {
    expect(['A1', 'A2', 'A3', 'A4', 'C4', 'A5', 'B5', 'C5', 'C6'].map((ref) => [ref, styleOf(prefilled, ref)])).toEqual([
      ['A1', 'bold 16 黑体, no fill, no border, center/center'],
      ['A2', '12 宋体, no fill, no border, left/center'],
      ['A3', '12 宋体, no fill, no border, left/center'],
      ['A4', '12 黑体, FFD9E1F2, thin, center/center wrap'],
      ['C4', '12 黑体, FFD9E1F2, thin, center/center wrap'],
      ['A5', '12 仿宋_GB2312, no fill, thin, center/top wrap'],
      ['B5', '12 仿宋_GB2312, no fill, thin, left/top wrap'],
      ['C5', '12 仿宋_GB2312, no fill, thin, left/top wrap, unlocked'],
      ['C6', '12 仿宋_GB2312, no fill, thin, left/top wrap, unlocked'],
    ]);
    // a sheet not protected unlocks nothing, whatever the columns say; blank rows are styled too
    expect(['A5', 'B7', 'A8'].map((ref) => styleOf(blank, ref))).toEqual(['12 仿宋_GB2312, no fill, thin, center/top wrap', '12 仿宋_GB2312, no fill, thin, left/top wrap', 'none']);
  });

  it('rows, columns and the frozen header', () => {
    const sheetXml = part(prefilled, 'xl/worksheets/sheet1.xml');
    expect([...sheetXml.matchAll(/<col [^>]*\/>/g)].map((m) => [attrs(m[0]).min, attrs(m[0]).width])).toEqual([
      ['1', '6'],
      ['2', '30'],
      ['3', '10'],
    ]);
    expect([...sheetXml.matchAll(/<row [^>]*>/g)].map((m) => [attrs(m[0]).r, attrs(m[0]).ht ?? ''])).toEqual([
      ['1', '32'],
      ['2', ''],
      ['3', ''],
      ['4', '28'],
      ['5', ''],
      ['6', ''],
    ]);
    expect(attrs(/<pane [^>]*\/>/.exec(sheetXml)?.[0] ?? '')).toMatchObject({ ySplit: '4', state: 'frozen' });
    expect([...part(blank, 'xl/worksheets/sheet1.xml').matchAll(/<row [^>]*>/g)].map((m) => attrs(m[0]).r)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('print setup: A4 landscape, one page wide, centred, margins, the header row on every page, page numbers', () => {
    const sheetXml = part(prefilled, 'xl/worksheets/sheet1.xml');
    expect(sheetXml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(attrs(/<pageSetup [^>]*\/>/.exec(sheetXml)?.[0] ?? '')).toMatchObject({ paperSize: '9', orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
    expect(sheetXml).toMatch(/<printOptions horizontalCentered="1"\/>/);
    expect(attrs(/<pageMargins [^>]*\/>/.exec(sheetXml)?.[0] ?? '')).toEqual({ left: '0.5', right: '0.5', top: '0.6', bottom: '0.6', header: '0.3', footer: '0.3' });
    expect(/<oddFooter>([^<]*)<\/oddFooter>/.exec(sheetXml)?.[1]).toBe('&amp;C第 &amp;P 页，共 &amp;N 页');
    expect(/<definedName name="_xlnm.Print_Titles"[^>]*>([^<]*)</.exec(part(prefilled, 'xl/workbook.xml'))?.[1]).toBe('&apos;进展_表&apos;!$4:$4');
  });

  it('the dropdown covers the task rows of the status column; none without values', () => {
    const sheetXml = part(prefilled, 'xl/worksheets/sheet1.xml');
    const validations = [...sheetXml.matchAll(/<dataValidation ([^>]*)>\s*<formula1>([^<]*)<\/formula1>/g)].map((m) => ({ ...attrs(m[1] ?? ''), formula: m[2] }));
    expect(validations).toEqual([
      { type: 'list', allowBlank: '1', showErrorMessage: '1', errorTitle: '进展状态', error: '请从下拉列表中选择：已完成、按时推进', sqref: 'C5:C6', formula: '&quot;已完成,按时推进&quot;' },
    ]);
    expect(part(blank, 'xl/worksheets/sheet1.xml')).not.toMatch(/dataValidation/);
  });

  it('a protected sheet has no password and lets columns and rows be formatted; a blank one is not protected', () => {
    expect(attrs(/<sheetProtection [^>]*\/>/.exec(part(prefilled, 'xl/worksheets/sheet1.xml'))?.[0] ?? '')).toEqual({ sheet: '1', formatColumns: '0', formatRows: '0' });
    expect(part(blank, 'xl/worksheets/sheet1.xml')).not.toMatch(/sheetProtection/);
  });

  it('fixed dates, and the creator', () => {
    const core = part(prefilled, 'docProps/core.xml');
    expect(/<dc:creator>([^<]*)</.exec(core)?.[1]).toBe('进展报表助手');
    expect(/<dcterms:created[^>]*>([^<]*)</.exec(core)?.[1]).toBe('2021-01-01T00:00:00Z');
    expect(/<dcterms:modified[^>]*>([^<]*)</.exec(core)?.[1]).toBe('2021-01-01T00:00:00Z');
  });
});

describe('several files as one zip', () => {
  it('keeps the names and the bytes', () => {
    const zip = zipFiles([
      { name: '市统计局.xlsx', bytes: new Uint8Array([1, 2, 3]) },
      { name: 'b/市科技局.xlsx', bytes: new Uint8Array([4]) },
    ]);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual(['市统计局.xlsx', 'b/市科技局.xlsx']);
    expect([...(entries['市统计局.xlsx'] ?? [])]).toEqual([1, 2, 3]);
    expect(zipFiles([])).toEqual(zipFiles([]));
  });
});
