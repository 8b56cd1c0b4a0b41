import { xmlText } from '../../src/io/xml-bytes';
import { readXlsx } from '../../src/io/xlsx-reader';
import { oneSheet, stylesXml } from './opc-package';

/**
 * The reader's fast paths read exactly what the general way reads: the common cell shape (`r`, `s`,
 * `t` in order, a formula, spaces before the tag's end), a row written again after another, shared
 * strings with and without anything to decode, and small mostly-Chinese parts decoded without the
 * UTF-8 decoder. Expectations written by hand; for decoding, TextDecoder (the platform's decoder) is
 * the reference.
 */
const read = (sheetData: string, options: Parameters<typeof oneSheet>[1] = {}): string[][] => readXlsx(oneSheet(sheetData, options), 'x.xlsx')[0]?.rows ?? [];
const bytes = (...parts: (string | number[])[]): Uint8Array => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('the common cell shape', () => {
  it('r, s and t in order, spaces before the end, a formula, a self-closing cell', () => {
    const rows = read('<row r="1"><c r="A1" s="1" t="s" ><v>0</v></c><c r="B1" s="2"><f>A1</f><v>12</v></c><c r="C1" s="1"/><c r="D1" t="n"><f t="shared" si="0"/><v>-3</v></c></row>', {
      strings: ['<t>序号</t>'],
      styles: stylesXml([0, 10]),
    });
    expect(rows).toEqual([['序号', '1200.00%', '', '-3']]);
  });

  it('s="0" is General without reading the styles, s="00" is the first cell style', () => {
    const rows = read('<row r="1"><c r="A1" s="0"><v>0.5</v></c><c r="B1" s="00"><v>0.5</v></c></row>', { styles: stylesXml([]).replace('<xf numFmtId="0"/>', '<xf numFmtId="10"/>') });
    expect(rows).toEqual([['0.5', '50.00%']]);
  });

  it('a text format applies to a shared string under a style', () => {
    const rows = read('<row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2" t="s"><v>0</v></c></row>', { strings: ['<t>100</t>'], styles: stylesXml(['@"元"', ';;;@']) });
    expect(rows).toEqual([['100元', '100']]);
  });

  it('a shared-string index past the table is refused as on the general way', () => {
    expect(() => read('<row r="1"><c r="A1" t="s"><v>1</v></c></row>', { strings: ['<t>a</t>'] })).toThrow(expect.objectContaining({ code: 'file-corrupt' }));
  });

  it('a lower-case or $ reference, a row 0 reference and an unknown type read the general way', () => {
    const rows = read('<row r="2"><c r="b2" t="s"><v>0</v></c><c r="$C$2"><v>7</v></c><c r="A0"><v>8</v></c><c r="E2" t="b"><v>1</v></c></row>', { strings: ['<t>x</t>'] });
    expect(rows).toEqual([[], ['', 'x', '7', '8', 'TRUE']]);
  });
});

describe('rows', () => {
  it('a row written again after another keeps what it had, gaps read as empty texts', () => {
    const rows = read('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="C2"><v>2</v></c></row><row r="1"><c r="C1"><v>3</v></c></row>');
    expect(rows).toEqual([
      ['1', '', '3'],
      ['', '', '2'],
    ]);
  });

  it('a cell whose reference names another row than its row tag lands in its own row', () => {
    const rows = read('<row r="1"><c r="A1"><v>1</v></c><c r="B3"><v>2</v></c><c r="C1"><v>3</v></c></row>');
    expect(rows).toEqual([['1', '', '3'], [], ['', '2']]);
  });
});

describe('shared strings', () => {
  it('plain items, and items with an entity, a CR LF, an _xHHHH_ escape or an underscore', () => {
    const rows = read('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>', {
      strings: ['<t>进展</t>', '<t>a&amp;b</t>', '<t>甲\r\n乙</t>', '<t>x_x000D_y</t>', '<t>a_b</t>'],
    });
    expect(rows).toEqual([['进展', 'a&b', '甲\n乙', 'x\ry', 'a_b']]);
  });
});

describe('decoding small parts', () => {
  const reference = (b: Uint8Array): string => new TextDecoder().decode(b);

  it('Chinese text, two-byte letters and ASCII decode as the UTF-8 decoder decodes them', () => {
    const b = bytes('<?xml version="1.0" encoding="UTF-8"?><sst>', '主要工作任务：推进「示范区」建设，完成投资 110.95 亿元；Ü é ß');
    expect(xmlText(b)).toBe('<?xml version="1.0" encoding="UTF-8"?><sst>主要工作任务：推进「示范区」建设，完成投资 110.95 亿元；Ü é ß');
  });

  it('sequences outside the fast path (four bytes, Hangul, U+0800.., invalid, cut off, a second BOM) decode as the UTF-8 decoder decodes them', () => {
    const cjk = '进展情况'.repeat(20);
    const cases = [
      bytes(cjk, '😀', cjk),
      bytes(cjk, '한국어', cjk),
      bytes(cjk, 'ࠀक', cjk),
      bytes(cjk, [0xc0, 0x80], cjk),
      bytes(cjk, [0xe4, 0xb8], 'x', cjk),
      bytes(cjk, [0xff]),
      bytes(cjk, [0xe4, 0xb8]),
      bytes([0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf], cjk),
      bytes([0xef, 0xbb, 0xbf], cjk),
    ];
    for (const b of cases) expect(xmlText(b)).toBe(reference(b.subarray(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0)));
  });

  it('a BOM read in the text (U+FEFF after the first character) is kept', () => {
    const b = bytes('进', [0xef, 0xbb, 0xbf], '展'.repeat(40));
    expect(xmlText(b)).toBe(`进\ufeff${'展'.repeat(40)}`);
  });
});
