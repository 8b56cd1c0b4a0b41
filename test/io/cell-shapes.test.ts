import { readXlsx } from '../../src/io/xlsx-reader';
import { oneSheet, stylesXml } from './opc-package';
import { parseCsv } from '../../src/io/csv-reader';

/**
 * The cell shapes the sheet pass takes whole (a formula before the value, a one-run inline string,
 * whitespace between the tags, attributes in either quote) and the ones it hands to the scanner
 * (a prefixed or hyphenated attribute name, a space around `=`, CDATA, rich text): every one reads
 * as Excel shows it. Expectations written by hand.
 */
const read = (sheetData: string, options: Parameters<typeof oneSheet>[1] = {}): string[][] => readXlsx(oneSheet(sheetData, options), 'x.xlsx')[0]?.rows ?? [];

describe('cell shapes the sheet pass reads', () => {
  it('a formula before the cached value, self-closing or with text, is skipped', () => {
    const rows = read(
      '<row r="1"><c r="A1"><f>ROW()</f><v>1</v></c><c r="B1" t="str"><f t="shared" ref="B1:B2" si="0"/><v>甲</v></c>' +
        '<c r="C1"><f aca="false">A1&amp;"x"</f><v>2.5</v></c><c r="D1"><f></f><v>-7</v></c></row>',
    );
    expect(rows).toEqual([['1', '甲', '2.5', '-7']]);
  });

  it('whitespace and line breaks between a cell’s tags, and inline strings with or without xml:space', () => {
    const rows = read(
      '<row r="1">\n<c r="A1" t="inlineStr">\n  <is>\n    <t xml:space="preserve"> 进展 </t>\n  </is>\n</c>\n' +
        '<c r="B1" t="inlineStr"><is><t>a&amp;b_x000D_</t></is></c>\n<c r="C1">\n  <v>3</v>\n</c>\n</row>',
    );
    expect(rows).toEqual([[' 进展 ', 'a&b\r', '3']]);
  });

  it('attributes in single quotes, in any order, and a value with `>` in it', () => {
    const rows = read("<row r='2' spans='1:3'><c t='s' s='0' r='B2'><v>0</v></c><c r=\"C2\" x:y=\"a>b\"><v>4</v></c></row>", { strings: ['<t>序号</t>'] });
    expect(rows).toEqual([[], ['', '序号', '4']]);
  });

  it('shapes handed to the scanner read alike: hyphenated and prefixed names, spaces around =, CDATA, rich text, a comment', () => {
    const rows = read(
      '<row r="1"><c data-x="1" r="A1"><v>5</v></c><c r = "B1"><v>6</v></c><c r="C1" t="inlineStr"><is><r><t>主</t></r><r><t>要</t></r></is></c>' +
        '<c r="D1" t="str"><f>x</f><v><![CDATA[<7>]]></v></c><c r="E1"><!-- note --><v>8</v></c></row>',
    );
    expect(rows).toEqual([['5', '6', '主要', '<7>', '8']]);
  });

  it('a value under a number format, and a shared-string index written with an entity', () => {
    const rows = read('<row r="1"><c r="A1" s="1"><f>TODAY()</f><v>44377</v></c><c r="B1" t="s"><v>&#49;</v></c></row>', {
      styles: stylesXml([14]),
      strings: ['<t>零</t>', '<t>一</t>'],
    });
    expect(rows).toEqual([['2021/6/30', '一']]);
  });
});

describe('CSV rows', () => {
  it('empty lines read as empty rows, a row’s later fields after its first', () => {
    expect(parseCsv('\n\na,b\n\n,c\n')).toEqual([[''], [''], ['a', 'b'], [''], ['', 'c']]);
  });
});
