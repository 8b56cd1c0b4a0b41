import { at } from '../../src/core/checked';
import { readXlsx } from '../../src/io/xlsx-reader';
import { inline, NS, oneSheet, pack, rootRels, sheetXml, stylesXml, utf16, workbookRels, workbookXml } from './opc-package';
import { codeOf } from '../helpers/error-code';

/** Each defect of issue 12, as a small package built here; expectations by hand from ECMA-376. */
describe('the package, as OPC names and finds its parts', () => {
  it('reads zip entry names written with backslashes', () => {
    const bytes = pack({
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      '_rels\\.rels': rootRels(),
      'xl\\workbook.xml': workbookXml(['一']),
      'xl\\_rels\\workbook.xml.rels': workbookRels(['worksheets/sheet1.xml']),
      'xl\\worksheets\\sheet1.xml': sheetXml(`<row r="1">${inline('A1', '序号')}</row>`),
    });
    expect(readXlsx(bytes, 'x.xlsx')[0]?.rows).toEqual([['序号']]);
  });

  it('finds parts whose names differ in case from their targets, and absolute and relative targets', () => {
    const bytes = pack({
      '_rels/.rels': rootRels('/XL/Workbook.xml'),
      'xl/workbook.xml': workbookXml(['一', '二']),
      'xl/_rels/workbook.xml.rels': workbookRels(['/xl/worksheets/Sheet1.xml', './sub/../worksheets/sheet2.xml'], [{ type: 'sharedStrings', target: 'sharedStrings.xml' }]),
      'xl/worksheets/sheet1.xml': sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
      'xl/worksheets/sheet2.xml': sheetXml('<row r="1"><c r="A1" t="s"><v>1</v></c></row>'),
      'xl/SharedStrings.xml': `<sst ${NS}><si><t>牵头部门</t></si><si><t>进展</t></si></sst>`,
    });
    expect(readXlsx(bytes, 'x.xlsx').map((g) => g.rows)).toEqual([[['牵头部门']], [['进展']]]);
  });

  it('finds the workbook from the content types when the package relationships are missing', () => {
    const bytes = pack({
      '[Content_Types].xml':
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/book/main.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      'book/main.xml': workbookXml(['一']),
      'book/_rels/main.xml.rels': workbookRels(['s1.xml']),
      'book/s1.xml': sheetXml(`<row r="2">${inline('B2', '任务')}</row>`),
    });
    expect(readXlsx(bytes, 'x.xlsx')[0]?.rows).toEqual([[], ['', '任务']]);
  });

  it.each([
    ['UTF-16LE with a BOM', 'le', true],
    ['UTF-16BE with a BOM', 'be', true],
    ['UTF-16LE without a BOM', 'le', false],
    ['UTF-16BE without a BOM', 'be', false],
  ] as const)('reads XML parts in %s', (_, order, bom) => {
    const decl = '<?xml version="1.0" encoding="UTF-16"?>';
    const bytes = pack({
      '_rels/.rels': utf16(decl + rootRels().replace(/^<\?xml[^>]*>/, ''), order, bom),
      'xl/workbook.xml': utf16(decl + workbookXml(['中文表']).replace(/^<\?xml[^>]*>/, ''), order, bom),
      'xl/_rels/workbook.xml.rels': utf16(decl + workbookRels(['worksheets/sheet1.xml']).replace(/^<\?xml[^>]*>/, ''), order, bom),
      'xl/worksheets/sheet1.xml': utf16(decl + sheetXml(`<row r="1">${inline('A1', '进展情况')}</row>`).replace(/^<\?xml[^>]*>/, ''), order, bom),
    });
    const grid = at(readXlsx(bytes, 'x.xlsx'), 0);
    expect([grid.sheet, grid.rows]).toEqual(['中文表', [['进展情况']]]);
  });

  it('refuses a package with no worksheet with one error, never zero sheets', () => {
    const noRels = pack({ '_rels/.rels': rootRels(), 'xl/workbook.xml': workbookXml(['一']), 'xl/worksheets/sheet1.xml': sheetXml('') });
    const presentation = pack({ '_rels/.rels': rootRels('ppt/presentation.xml'), 'ppt/presentation.xml': '<p:presentation xmlns:p="x"/>' });
    const noSheets = pack({ '_rels/.rels': rootRels(), 'xl/workbook.xml': workbookXml([]), 'xl/_rels/workbook.xml.rels': workbookRels([]) });
    expect([codeOf(() => readXlsx(noRels, 'a.xlsx')), codeOf(() => readXlsx(presentation, 'b.xlsx')), codeOf(() => readXlsx(noSheets, 'c.xlsx'))]).toEqual([
      'file-corrupt',
      'file-not-spreadsheet',
      'file-corrupt',
    ]);
  });
});

describe('texts, as XML encodes them', () => {
  it('reads CDATA, character and predefined entities, OOXML escapes, and CR LF as one line break', () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[<b>一</b> & 二]]></t></is></c><c r="B1" t="s"><v>0</v></c>' +
        '<c r="C1" t="inlineStr"><is><t>&#x4E09;&#22235;&lt;&amp;&gt;&quot;&apos;</t></is></c><c r="D1" t="s"><v>1</v></c><c r="E1" t="s"><v>2</v></c></row>',
      { strings: ['<t>原料中成分含\r\n量</t>', '<t>a_x000D_&#10;b_x005F_x0041_</t>', '<r><t>牵头</t></r><rPh sb="0" eb="2"><t>qiantou</t></rPh><r><t><![CDATA[部门]]></t></r>'] },
    );
    expect(readXlsx(bytes, 'x.xlsx')[0]?.rows[0]).toEqual(['<b>一</b> & 二', '原料中成分含\n量', '三四<&>"\'', 'a\nb_x0041_', '牵头部门']);
  });

  it('refuses a character reference outside Unicode as corrupt', () => {
    expect(codeOf(() => readXlsx(oneSheet(`<row r="1">${inline('A1', '&#x110000;')}</row>`), 'x.xlsx'))).toBe('file-corrupt');
  });
});

describe('row, cell and merge references', () => {
  it.each(['99999999', '1048577', '12345678901'])('refuses <row r="%s">, past Excel\'s last row, as corrupt', (r) => {
    expect(codeOf(() => readXlsx(oneSheet(`<row r="${r}"><c t="inlineStr"><is><t>x</t></is></c></row>`), 'x.xlsx'))).toBe('file-corrupt');
  });

  it.each(['XFE1', 'A1048577', 'A123456789'])('refuses a cell reference r="%s", past Excel\'s sheet, as corrupt', (ref) => {
    expect(codeOf(() => readXlsx(oneSheet(`<row r="1">${inline(ref, 'x')}</row>`), 'x.xlsx'))).toBe('file-corrupt');
  });

  it.each(['0', '-5', 'abc', '6.5'])('reads <row r="%s"> as a row without a reference: after the previous row', (r) => {
    const bytes = oneSheet(`<row r="1">${inline('A1', '一')}</row><row r="${r}"><c t="inlineStr"><is><t>二</t></is></c></row><row>${inline('B3', '三')}</row>`);
    expect(readXlsx(bytes, 'x.xlsx')[0]?.rows).toEqual([['一'], ['二'], ['', '三']]);
  });

  it.each(['A0', '0', '3', '1A'])('reads a cell reference r="%s" as absent: after the previous cell of its row', (ref) => {
    const bytes = oneSheet(`<row r="2">${inline('A2', '一')}${inline(ref, '二')}${inline('D2', '四')}</row>`);
    expect(readXlsx(bytes, 'x.xlsx')[0]?.rows).toEqual([[], ['一', '二', '', '四']]);
  });

  it('reads a sheet whose rows count from r="0" and whose cells say A0 (as LibreOffice-made test files do)', () => {
    const bytes = oneSheet(`<row r="0">${inline('A0', '序号')}${inline('B0', '任务')}</row><row r="2">${inline('A2', '1')}${inline('B2', '建设')}</row>`);
    expect(readXlsx(bytes, 'x.xlsx')[0]?.rows).toEqual([
      ['序号', '任务'],
      ['1', '建设'],
    ]);
  });

  it('reads lower-case references and cells and rows without references', () => {
    const bytes = oneSheet(`<row>${inline('b1', '一')}<c t="inlineStr"><is><t>二</t></is></c></row><row><c t="inlineStr"><is><t>三</t></is></c></row>`);
    expect(readXlsx(bytes, 'x.xlsx')[0]?.rows).toEqual([['', '一', '二'], ['三']]);
  });

  it('keeps whole-row and whole-column merges, clamped to the used range, and never pads to a million rows', () => {
    const data = `<row r="1">${inline('A1', '标题')}<c r="D1"/></row><row r="2">${inline('A2', '1')}</row><row r="5">${inline('B5', '末行')}</row>`;
    const merges = '<mergeCells><mergeCell ref="1:1"/><mergeCell ref="A:A"/><mergeCell ref="C2:C1048576"/><mergeCell ref="F1:G9"/></mergeCells>';
    const grid = at(readXlsx(oneSheet(data, { after: merges }), 'x.xlsx'), 0);
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 0, left: 0, bottom: 4, right: 0 },
      { top: 1, left: 2, bottom: 4, right: 2 },
    ]);
    expect(grid.rows.length).toBe(5);
  });

  it.each(['A0:B2', 'A1:XFE2', 'A:1', 'B'])('refuses a merge %s as corrupt', (ref) => {
    expect(codeOf(() => readXlsx(oneSheet(`<row r="1">${inline('A1', 'x')}</row>`, { after: `<mergeCells><mergeCell ref="${ref}"/></mergeCells>` }), 'x.xlsx'))).toBe('file-corrupt');
  });
});

describe('numbers as Excel (zh-CN) shows them, raw values beside', () => {
  const formats: (number | string)[] = [10, 20, 46, 14, 22, 'yyyy-mm-dd hh:mm', 27, 28, 31, 32, 33, 34, 35, 36, 50, 51, 55, 56, 57, 58, 9, '0.0', 'yyyy"年"m"月"d"日"'];
  const style = (f: number | string): number => formats.indexOf(f) + 1;
  const cell = (ref: string, f: number | string, v: string, t = ''): string => `<c r="${ref}" s="${style(f)}"${t ? ` t="${t}"` : ''}><v>${v}</v></c>`;
  const read = (cells: string, workbookExtra = ''): { rows: string[][]; values: unknown[][] | undefined } => {
    const grid = at(readXlsx(oneSheet(`<row r="1">${cells}</row>`, { styles: stylesXml(formats), workbookExtra }), 'x.xlsx'), 0);
    return { rows: grid.rows, values: grid.values };
  };

  it('percentages, times, durations and dates by their format', () => {
    const { rows, values } = read(cell('A1', 10, '0.401') + cell('B1', 20, '0.5555555555') + cell('C1', 46, '1.5') + cell('D1', 14, '44377') + cell('E1', 9, '1') + cell('F1', '0.0', '2.25'));
    expect(rows[0]).toEqual(['40.10%', '13:20', '36:00:00', '2021/6/30', '100%', '2.3']);
    expect(values?.[0]).toEqual([0.401, '1899-12-30T13:20:00', '1900-01-01T12:00:00', '2021-06-30', 1, 2.25]);
  });

  it('rounds date-times to the second, so 20:59:59.99 shows 21:00 and a time just before midnight the next day', () => {
    const { rows } = read(cell('A1', 22, '44377.874999999') + cell('B1', 14, '44377.99999999') + cell('C1', 'yyyy-mm-dd hh:mm', '44377.99999999'));
    expect(rows[0]).toEqual(['2021/6/30 21:00', '2021/7/1', '2021-07-01 00:00']);
  });

  it("keeps Excel's 1900 leap-year rule and the 1904 date system", () => {
    expect(read(cell('A1', 14, '59') + cell('B1', 14, '60') + cell('C1', 14, '61') + cell('D1', 14, '1')).rows[0]).toEqual(['1900/2/28', '1900/2/29', '1900/3/1', '1900/1/1']);
    expect(read(cell('A1', 14, '0') + cell('B1', 14, '44377'), '<workbookPr date1904="1"/>').rows[0]).toEqual(['1904/1/1', '2025/7/1']);
  });

  it('shows out-of-range dates as Excel does, a row of #', () => {
    expect(read(cell('A1', 14, '-1') + cell('B1', 14, '2958466')).rows[0]).toEqual(['########', '########']);
  });

  it('applies the zh-CN built-in formats 27–36 and 50–58', () => {
    const serial = '44377.6'; // 2021-06-30 14:24
    const ids = [27, 28, 31, 32, 33, 34, 35, 36, 50, 51, 55, 56, 57, 58];
    expect(read(ids.map((id, i) => cell(`${String.fromCharCode(65 + i)}1`, id, serial)).join('')).rows[0]).toEqual([
      '2021年6月',
      '6月30日',
      '2021年6月30日',
      '14时24分',
      '14时24分00秒',
      '下午2时24分',
      '下午2时24分00秒',
      '2021年6月',
      '2021年6月',
      '6月30日',
      '下午2时24分',
      '下午2时24分00秒',
      '2021年6月',
      '6月30日',
    ]);
  });

  it('reads t="d" cells (Strict Open XML dates) through the cell format', () => {
    const { rows, values } = read(cell('A1', 14, '2021-06-30T00:00:00Z', 'd') + cell('B1', 'yyyy"年"m"月"d"日"', '2021-06-30T13:20:00.000', 'd') + cell('C1', 20, '13:20:00', 'd'));
    expect(rows[0]).toEqual(['2021/6/30', '2021年6月30日', '13:20']);
    expect(values?.[0]).toEqual(['2021-06-30', '2021-06-30T13:20:00', '1899-12-30T13:20:00']);
  });

  it('General shows at most 11 significant characters, as Excel does', () => {
    const { rows } = read('<c r="A1"><v>3.0000000000000004</v></c><c r="B1"><v>0.1234567890123</v></c><c r="C1"><v>123456789012</v></c><c r="D1"><v>-5</v></c>');
    expect(rows[0]).toEqual(['3', '0.123456789', '1.23457E+11', '-5']);
  });
});

describe('text that shared strings multiply', () => {
  // one shared string of 1,000 characters in 300 cells is 300,000 characters of text from a tiny file
  const cells = Array.from({ length: 300 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>0</v></c></row>`).join('');
  const bytes = oneSheet(cells, { strings: [`<t>${'长'.repeat(1000)}</t>`] });

  it('is refused as file-too-large past the sheet text budget', () => {
    expect(codeOf(() => readXlsx(bytes, 'x.xlsx', { limits: { maxSheetTextChars: 200_000 } }))).toBe('file-too-large');
  });

  it('is read within the budget', () => {
    const grid = at(readXlsx(bytes, 'x.xlsx', { limits: { maxSheetTextChars: 300_000 } }), 0);
    expect([grid.rows.length, grid.rows[299]?.[0]?.length]).toEqual([300, 1000]);
  });
});
