import { strFromU8, unzipSync } from 'fflate';
import { readWorkbookBytes } from '../../src/io/read-workbook';
import { writeReportTemplate, zipFiles, type ReportTemplateSpec } from '../../src/io/report-template';
import { attr, find, first, parseXml, type XmlElement } from '../print/xlsx-parts';

/**
 * The report template's sheet name and the zip of several templates (src/io/report-template.ts),
 * beyond test/mutation/report-template.test.ts: written inside each test.
 */
describe('the report template’s sheet name', () => {
  it('drops characters a sheet name cannot hold rather than spelling them out', async () => {
    const bytes = await writeReportTemplate({
      sheetName: '进展\u0001情况\u0008表',
      title: '标题',
      unitLine: '填报单位：',
      periodLine: '报告期：',
      columns: [{ label: '序号', width: 8, editable: true }],
      rows: [],
      blankRows: 1,
      protect: false,
    });
    expect(readWorkbookBytes(bytes, 't.xlsx').map((s) => s.sheet)).toEqual(['进展情况表']);
    expect(find(parseXml(strFromU8(unzipSync(bytes)['xl/workbook.xml']!)), 'sheet').map((s) => s.attrs.name)).toEqual(['进展情况表']);
  });
});

const SPEC: ReportTemplateSpec = {
  sheetName: '进展',
  title: '2026年重点工作进展情况表',
  unitLine: '填报单位：',
  periodLine: '报告期：',
  columns: [
    { label: '序号', width: 6, editable: false },
    { label: '主要工作任务', width: 30, editable: true },
    { label: '进展状态', width: 10, editable: true },
  ],
  rows: [],
  blankRows: 3,
  protect: false,
};

function partsOf(bytes: Uint8Array): { sheet: XmlElement; styles: XmlElement } {
  const files = unzipSync(bytes);
  return { sheet: parseXml(strFromU8(files['xl/worksheets/sheet1.xml']!)), styles: parseXml(strFromU8(files['xl/styles.xml']!)) };
}

describe('the blank report’s table', () => {
  it('offers empty task rows, bordered over the table’s columns and no further', async () => {
    const bytes = await writeReportTemplate(SPEC);
    expect(readWorkbookBytes(bytes, 't.xlsx')[0]?.rows.slice(4)).toEqual([]);
    const { sheet } = partsOf(bytes);
    const rows = find(sheet, 'row').map((r) => [attr(r, 'r'), r.children.map((c) => attr(c, 'r')).join(' ')]);
    expect(rows.slice(3)).toEqual([
      ['4', 'A4 B4 C4'],
      ['5', 'A5 B5 C5'],
      ['6', 'A6 B6 C6'],
      ['7', 'A7 B7 C7'],
    ]);
    expect(find(sheet, 'v')).toHaveLength(3 + 3);
  });

  it('fills the header cells solid light blue', async () => {
    const { sheet, styles } = partsOf(await writeReportTemplate(SPEC));
    const header = find(sheet, 'c').find((c) => c.attrs.r === 'A4')!;
    const xf = find(first(styles, 'cellXfs'), 'xf')[Number(attr(header, 's'))]!;
    const fill = find(first(styles, 'fills'), 'fill')[Number(attr(xf, 'fillId'))]!;
    const pattern = first(fill, 'patternFill');
    expect([attr(pattern, 'patternType'), attr(first(pattern, 'fgColor'), 'rgb')]).toEqual(['solid', 'FFD9E1F2']);
  });
});

describe('the status dropdown', () => {
  it('offers the allowed values without characters a formula cannot hold', async () => {
    const { sheet } = partsOf(await writeReportTemplate({ ...SPEC, dropdown: { col: 2, values: ['已\u0001完成', '按时推进'] } }));
    const validations = find(sheet, 'dataValidation');
    expect(validations.map((v) => [attr(v, 'sqref'), first(v, 'formula1').text])).toEqual([['C5:C7', '"已完成,按时推进"']]);
  });
});

describe('several templates as one zip', () => {
  it('dates every entry 2021-01-01 00:00 (UTC, as the local clock shows it), so the same files give the same bytes', () => {
    const zip = zipFiles([{ name: '市统计局.xlsx', bytes: new Uint8Array([1, 2, 3]) }]);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    const fixed = new Date(Date.UTC(2021, 0, 1));
    // DOS time and date (APPNOTE.txt 4.4.6) of the local clock's reading of that instant
    const dosTime = (fixed.getHours() << 11) | (fixed.getMinutes() << 5) | (fixed.getSeconds() >> 1);
    const dosDate = ((fixed.getFullYear() - 1980) << 9) | ((fixed.getMonth() + 1) << 5) | fixed.getDate();
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([dosTime, dosDate]);
    expect(Object.keys(unzipSync(zip))).toEqual(['市统计局.xlsx']);
  });
});
