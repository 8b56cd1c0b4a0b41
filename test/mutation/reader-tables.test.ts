import { sharedStrings } from '../../src/io/shared-strings';
import { cellFormats } from '../../src/io/workbook-styles';

/**
 * Mutants of the workbook's tables (src/io/shared-strings.ts, workbook-styles.ts): each shared
 * string as a cell shows it, on the in-place path and the scanner's, and each cell style's number
 * format. Expectations by hand.
 */
const sst = (...items: string[]): string => `<?xml version="1.0"?><sst xmlns="x" count="${items.length}">${items.join('')}</sst>`;

function problemOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return (e as { params?: { problem?: string } }).params?.problem;
  }
  return undefined;
}

describe('shared strings', () => {
  it('no table', () => {
    expect(sharedStrings(undefined)).toEqual([]);
    expect(sharedStrings('')).toEqual([]);
    expect(sharedStrings(sst())).toEqual([]);
  });

  it('one text each, with or without xml:space; empty items', () => {
    expect(sharedStrings(sst('<si><t>序号</t></si>', '<si><t xml:space="preserve"> 进展 </t></si>', '<si/>', '<si />', '<x:si/>', '<si><t></t></si>'))).toEqual(['序号', ' 进展 ', '', '', '', '']);
  });

  it('entities, line ends and escapes decoded on the in-place path', () => {
    expect(
      sharedStrings(
        sst(
          '<si><t>a&amp;b</t></si>',
          '<si><t>甲\r\n乙</t></si>',
          '<si><t>丙\r丁</t></si>',
          '<si><t>x_x000D_y</t></si>',
          '<si><t>a_x000D__x000A_b</t></si>',
          '<si><t>a_b</t></si>',
          '<si><t>&#13;&#10;</t></si>',
        ),
      ),
    ).toEqual(['a&b', '甲\n乙', '丙\n丁', 'x\ry', 'a\nb', 'a_b', '\n']);
    expect(sharedStrings(sst('<si><t>_x0041_</t></si>', '<si><t>&lt;_x0041_</t></si>'))).toEqual(['A', '<A']);
  });

  it('rich text, phonetic runs, whitespace between tags, CDATA and comments go to the scanner', () => {
    expect(
      sharedStrings(
        sst(
          '<si><r><rPr><b/></rPr><t>主</t></r><r><t>要</t></r></si>',
          '<si><t>进</t><rPh sb="0" eb="1"><t>jin</t></rPh><phoneticPr fontId="1"/></si>',
          '<si>\n  <t>展</t>\n</si>',
          '<si><t>a</t> </si>',
          '<si><t><![CDATA[<b>]]></t></si>',
          '<si><t>c<!-- x -->d</t></si>',
          '<si><t/></si>',
          '<si><r><t>x_x000D_</t></r><r><t>&#10;y</t></r></si>',
          '<x:si><x:t>前</x:t></x:si>',
        ),
      ),
    ).toEqual(['主要', '进', '展', 'a', '<b>', 'cd', '', 'x\ny', '前']);
  });

  it('only si elements are items', () => {
    expect(sharedStrings(sst('<sx><t>no</t></sx>', '<ai/>', '<s/>', '<sii/>', '<i/>', '<si><t>yes</t></si>', '<xsi/>', '<sst/>'))).toEqual(['yes']);
  });

  it('markup between items skipped, end tags passed', () => {
    expect(sharedStrings('<?xml version="1.0"?><!-- c --><sst><!DOCTYPE x><si><t>a</t></si></sst ><?pi?><si><t>b</t></si>')).toEqual(['a', 'b']);
  });

  it('an item without an end reads to the end of the part', () => {
    expect(sharedStrings('<sst><si>')).toEqual(['']);
    expect(sharedStrings('<sst><si><t>abc')).toEqual(['abc']);
  });

  it('an unclosed tag is corrupt', () => {
    for (const xml of ['<sst><si', '<sst><si a="1', '<sst></sst', '<sst><si><t>a</t></si><si x="1"', '<sst', '<!-- x'])
      expect([xml, problemOf(() => sharedStrings(xml))]).toEqual([xml, xml.startsWith('<!--') ? 'corrupt.xml-unterminated' : 'corrupt.xml-unclosed-tag']);
  });
});

describe('cell styles’ number formats', () => {
  const codes = (xml: string | undefined): string[] => cellFormats(xml).map((f) => f.code);

  it('no styles', () => {
    expect(codes(undefined)).toEqual([]);
    expect(codes('')).toEqual([]);
  });

  it('each cellXfs entry: built-in, custom, absent id; named styles and differential formats left out', () => {
    const xml =
      '<styleSheet><numFmts count="2"><numFmt numFmtId="200" formatCode="0.0%"/><numFmt numFmtId="14" formatCode="yyyy-mm-dd"></numFmt></numFmts>' +
      '<cellStyleXfs><xf numFmtId="10"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="200"><alignment/></xf><xf numFmtId="14"/><xf/><xf numFmtId="10" /></cellXfs>' +
      '<dxfs><dxf><numFmt numFmtId="10" formatCode="0.000"/></dxf></dxfs></styleSheet>';
    expect(codes(xml)).toEqual(['General', '0.0%', 'yyyy-mm-dd', 'General', '0.00%']);
  });

  it('an id that is no integer reads as General; a custom format without an integer id or a code is not one', () => {
    const xml =
      '<styleSheet><numFmts><numFmt numFmtId="1.5" formatCode="0.0"/><numFmt numFmtId="201"/><numFmt numFmtId="x" formatCode="0.0"/></numFmts>' +
      '<cellXfs><xf numFmtId="x"/><xf numFmtId="1.5"/><xf numFmtId="201"/><xf numFmtId="9"/></cellXfs></styleSheet>';
    expect(codes(xml)).toEqual(['General', 'General', 'General', '0%']);
  });

  it('self-closing sections hold nothing; xf outside cellXfs and numFmt outside numFmts are not read', () => {
    const xml = '<styleSheet><numFmts/><numFmt numFmtId="202" formatCode="0.0"/><cellXfs/><xf numFmtId="9"/><cellXfs><xf numFmtId="202"/></cellXfs><xf numFmtId="9"/></styleSheet>';
    expect(codes(xml)).toEqual(['General']);
  });

  it('prefixed names', () => {
    expect(codes('<x:styleSheet><x:numFmts><x:numFmt numFmtId="203" formatCode="@"/></x:numFmts><x:cellXfs><x:xf numFmtId="203"/></x:cellXfs></x:styleSheet>')).toEqual(['@']);
  });
});
