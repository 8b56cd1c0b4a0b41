import { strToU8, zipSync } from 'fflate';
import { at } from '../../src/core/checked';
import { readXlsx } from '../../src/io/xlsx-reader';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { ReportError } from '../../src/core/errors';
import { buildXlsx } from '../helpers/xlsx';

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof ReportError ? error.code : `not a ReportError: ${String(error)}`;
  }
  return undefined;
}

describe('reading .xlsx', () => {
  it('reads shared, inline and rich-text strings, numbers, booleans, errors and cached formula values', () => {
    const bytes = buildXlsx(
      [
        {
          name: '报表',
          sheetData:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>内联&amp;文本</t></is></c></row>' +
            '<row r="3"><c r="A3"><v>1</v></c><c r="B3"><v>3.0000000000000004</v></c><c r="C3" t="b"><v>1</v></c><c r="D3" t="e"><v>#N/A</v></c>' +
            '<c r="E3"><f>ROW()-2</f><v>1</v></c><c r="F3" t="str"><f>A1&amp;"x"</f><v>序号x</v></c></row>',
        },
      ],
      { sharedStrings: ['序号', '<r><rPr><b/></rPr><t>牵头</t></r><r><t xml:space="preserve">部门</t></r><rPh sb="0" eb="1"><t>qiantou</t></rPh>'] },
    );
    const sheet = at(readXlsx(bytes, 'test.xlsx'), 0);
    expect(sheet.sheet).toBe('报表');
    expect(sheet.rows[0]).toEqual(['序号', '牵头部门', '内联&文本']);
    expect(sheet.rows[1]).toEqual([]);
    expect(sheet.rows[2]).toEqual(['1', '3', 'TRUE', '#N/A', '1', '序号x']);
  });

  it('reads dates by their number format, built-in or custom, in both date systems', () => {
    const styles =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
      '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/></cellXfs></styleSheet>';
    const sheetData = '<row r="1"><c r="A1" s="1"><v>44377</v></c><c r="B1" s="2"><v>44377</v></c><c r="C1"><v>44377</v></c></row>';
    expect(readXlsx(buildXlsx([{ name: 'a', sheetData }], { stylesXml: styles }), 'x')[0]?.rows[0]).toEqual(['2021/6/30', '2021年6月30日', '44377']);
    expect(readXlsx(buildXlsx([{ name: 'a', sheetData }], { stylesXml: styles, date1904: true }), 'x')[0]?.rows[0]?.[0]).toBe('2025/7/1');
  });

  it('reads merged ranges and sheet visibility, and keeps control characters escaped by OOXML', () => {
    const bytes = buildXlsx([
      { name: '说明', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>填表说明_x000D_第二行</t></is></c></row>', state: 'hidden' },
      // the merged areas' other cells are written empty, as Excel writes them
      {
        name: '数据',
        sheetData: '<row r="1"><c r="B1"/><c r="E1"/></row><row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is></c></row><row r="3"><c r="A3" s="0"/></row>',
        mergeCells: ['A2:A3', 'B1:E1'],
      },
    ]);
    const sheets = readXlsx(bytes, 'x');
    const hidden = at(sheets, 0);
    const data = at(sheets, 1);
    expect(hidden.visibility).toBe('hidden');
    expect(hidden.rows[0]?.[0]).toBe('填表说明\r第二行');
    expect(data.merges).toEqual([
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 0, left: 1, bottom: 0, right: 4 },
    ]);
    expect(data.rows.length).toBe(3);
  });

  it('reads back what ExcelJS writes, Chinese punctuation and line breaks included', async () => {
    const texts = ['序号', '嘉善县政府、\n长三角发展办', '1．推进（试行）“六稳”工作；\t完成', '各县(市、区)政府'];
    const bytes = await writeXlsx([{ name: '2021年上半年', rows: [texts, [1, 2.5, '', '按时推进']], merges: [{ top: 1, left: 2, bottom: 2, right: 2 }] }]);
    const sheet = at(readXlsx(bytes, 'x'), 0);
    expect(sheet.rows[0]).toEqual(texts);
    expect(sheet.rows[1]).toEqual(['1', '2.5', '', '按时推进']);
    expect(sheet.merges).toEqual([{ top: 1, left: 2, bottom: 2, right: 2 }]);
  });

  describe('files that are not readable workbooks', () => {
    it.each([
      ['an empty file', new Uint8Array(0), 'file-empty'],
      ['random bytes', Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 251), 'file-not-spreadsheet'],
      ['text named .xlsx', strToU8('序号,主要工作任务\n1,任务'), 'file-not-spreadsheet'],
      ['a legacy .xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), 'file-legacy-xls'],
      [
        'a password-protected workbook',
        Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(100).fill(0), ...[...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0])]),
        'file-encrypted',
      ],
      ['a zip without a workbook', zipSync({ 'hello.txt': strToU8('hi') }), 'file-corrupt'],
    ])('%s', (_, bytes, code) => {
      expect(errorCode(() => readXlsx(bytes, 'x.xlsx'))).toBe(code);
    });

    it('a truncated workbook', async () => {
      const bytes = await writeXlsx([{ name: 'a', rows: [['序号']] }]);
      expect(errorCode(() => readXlsx(bytes.subarray(0, Math.floor(bytes.length / 2)), 'x.xlsx'))).toBe('file-corrupt');
    });

    it('a part that would inflate past the limit is refused before inflating', () => {
      const bomb = buildXlsx([{ name: 'a', sheetData: `<row r="1"><c r="A1" t="inlineStr"><is><t>${'0'.repeat(200_000)}</t></is></c></row>` }]);
      expect(errorCode(() => readXlsx(bomb, 'x.xlsx', { maxPartBytes: 100_000 }))).toBe('file-too-large');
    });
  });
});
