import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { annotateXlsx, type CellMark } from '../../src/io/xlsx-annotate';
import { attr, find, parseXml, type XmlElement } from '../print/xlsx-parts';

/**
 * The annotated copy patched into the original package (src/io/xlsx-annotate.ts), read back as Excel
 * reads it: rows and cells in the order the schema requires, the style each marked cell gets and
 * the counts of fills and formats, the notes and their drawing, the relationships and content types
 * added, parts in another encoding, and the packages left to the plain copy. Expectations by hand.
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

/** Twelve cell formats (so a style index may take two digits), two fills. */
const XFS = Array.from({ length: 12 }, (_, i) => `<xf numFmtId="0" fontId="0" fillId="0" borderId="${i}" xfId="0"/>`).join('');
const STYLES = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><cellXfs count="12">${XFS}</cellXfs></styleSheet>`;
const TYPES = `<?xml version="1.0"?><Types xmlns="${CT}"><Default Extension="xml" ContentType="application/xml"/></Types>`;

function pkg(sheetBody: string, parts: Record<string, string | Uint8Array | undefined> = {}): Uint8Array {
  const all: Record<string, string | Uint8Array | undefined> = {
    '[Content_Types].xml': TYPES,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheetBody}</worksheet>`,
    ...parts,
  };
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(all)) if (content !== undefined) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files);
}

const RED: CellMark = { fill: '#ffc7ce', note: '状态为空' };
const marksOf = (refs: string[], mark: CellMark = RED): Map<string, Map<string, CellMark>> => new Map([['S', new Map(refs.map((r) => [r, mark]))]]);

function parts(bytes: Uint8Array | undefined): Record<string, string> {
  if (!bytes) throw new Error('left to the plain copy');
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
}

function sheetOf(bytes: Uint8Array | undefined): XmlElement {
  return parseXml(parts(bytes)['xl/worksheets/sheet1.xml'] ?? '', 'sheet1');
}

/** Each row of sheetData as `r: cell refs`, in document order. */
function layout(sheet: XmlElement): string[] {
  const data = sheet.children.find((c) => c.name === 'sheetData');
  return (data?.children ?? []).map((row) => `${attr(row, 'r')}: ${row.children.map((c) => attr(c, 'r')).join(' ')}`);
}

const styleOf = (sheet: XmlElement, ref: string): string | undefined => find(sheet, 'c').find((c) => c.attrs.r === ref)?.attrs.s;

describe('rows and cells in the order Excel requires', () => {
  it('adds the rows a sheet lacks in row order, whatever the order of the marks', () => {
    expect(layout(sheetOf(annotateXlsx(pkg('<sheetData/>'), marksOf(['A7', 'A3', 'A5']))))).toEqual(['3: A3', '5: A5', '7: A7']);
    const before = annotateXlsx(pkg('<sheetData><row r="9"><c r="A9"/></row></sheetData>'), marksOf(['B8', 'B2', 'B4']));
    expect(layout(sheetOf(before))).toEqual(['2: B2', '4: B4', '8: B8', '9: A9']);
  });

  it('adds the cells of a new row in column order', () => {
    expect(layout(sheetOf(annotateXlsx(pkg('<sheetData/>'), marksOf(['C9', 'A9', 'B9']))))).toEqual(['9: A9 B9 C9']);
  });

  it('adds cells left of a cell the row has, and right of every cell it has, in column order', () => {
    const out = annotateXlsx(pkg('<sheetData><row r="5"><c r="D5"><v>1</v></c></row></sheetData>'), marksOf(['F5', 'C5', 'E5', 'A5']));
    expect(layout(sheetOf(out))).toEqual(['5: A5 C5 D5 E5 F5']);
  });

  it('fills a self-closing row, written with or without a space, in column order; leaves one without marks', () => {
    const out = annotateXlsx(pkg('<sheetData><row r="2"/><row r="4"/><row r="6" ht="20" /></sheetData>'), marksOf(['C4', 'A4', 'B6']));
    const sheet = sheetOf(out);
    expect(layout(sheet)).toEqual(['2: ', '4: A4 C4', '6: B6']);
    expect(find(sheet, 'row').map((r) => r.attrs)).toEqual([{ r: '2' }, { r: '4' }, { r: '6', ht: '20' }]);
  });

  it('restyles a marked cell after a self-closing one, and leaves a cell’s content to itself', () => {
    const body = '<sheetData><row r="2"><c r="A2"/><c r="B2" s="1"><v>7</v></c><c r="C2" t="inlineStr"><is><t>x</t></is></c></row></sheetData>';
    const sheet = sheetOf(annotateXlsx(pkg(body), marksOf(['B2'])));
    expect(layout(sheet)).toEqual(['2: A2 B2 C2']);
    expect([styleOf(sheet, 'A2'), styleOf(sheet, 'B2'), styleOf(sheet, 'C2')]).toEqual([undefined, '12', undefined]);
    expect(find(sheet, 'v').map((v) => v.text)).toEqual(['7']);
  });

  it('gives a cell with a two-digit style its new style in place of the old one', () => {
    const sheet = sheetOf(annotateXlsx(pkg('<sheetData><row r="1"><c r="A1" s="11"/></row></sheetData>'), marksOf(['A1'])));
    expect(find(sheet, 'c').map((c) => c.attrs)).toEqual([{ r: 'A1', s: '12' }]);
  });
});

describe('where the notes’ drawing goes', () => {
  it('puts legacyDrawing before the first element the schema orders after it, closing tags aside', () => {
    const out = annotateXlsx(pkg('<sheetData/><tableParts count="0"/><extLst><ext uri="{x}"><y/></ext></extLst>'), marksOf(['A1']));
    expect(sheetOf(out).children.map((c) => c.name)).toEqual(['sheetData', 'legacyDrawing', 'tableParts', 'extLst']);
  });

  it('leaves a worksheet with nothing to put it before to the plain copy', () => {
    expect(annotateXlsx(pkg('', { 'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}"/>` }), marksOf(['A1']))).toBeUndefined();
  });
});

describe('the fills and cell formats added', () => {
  it('updates a count of two digits', () => {
    const out = parts(
      annotateXlsx(
        pkg('<sheetData/>'),
        new Map([
          [
            'S',
            new Map([
              ['A1', RED],
              ['B1', { fill: '#FFEB9C', note: 'x' }],
            ]),
          ],
        ]),
      ),
    );
    const styles = parseXml(out['xl/styles.xml'] ?? '');
    const xfs = find(styles, 'cellXfs')[0]!;
    expect([attr(xfs, 'count'), xfs.children.length]).toEqual(['14', 14]);
    const fills = find(styles, 'fills')[0]!;
    expect([attr(fills, 'count'), fills.children.length]).toEqual(['4', 4]);
  });

  it('counts fills written with a space before >, and an empty fill list', () => {
    const spaced = STYLES.replace('<fill><patternFill patternType="gray125"/>', '<fill ><patternFill patternType="gray125"/>');
    const one = parseXml(parts(annotateXlsx(pkg('<sheetData/>', { 'xl/styles.xml': spaced }), marksOf(['A1'])))['xl/styles.xml'] ?? '');
    expect(find(one, 'xf').slice(-1)[0]?.attrs.fillId).toBe('2');
    const none = STYLES.replace(/<fills count="2">.*<\/fills>/, '<fills count="0"></fills>');
    const two = parseXml(parts(annotateXlsx(pkg('<sheetData/>', { 'xl/styles.xml': none }), marksOf(['A1'])))['xl/styles.xml'] ?? '');
    expect([find(two, 'fills')[0]?.attrs.count, find(two, 'xf').slice(-1)[0]?.attrs.fillId]).toEqual(['1', '0']);
  });

  it('replaces a fill and an applyFill of any length in the copied format', () => {
    const styles = STYLES.replace('<xf numFmtId="0" fontId="0" fillId="0" borderId="3" xfId="0"/>', '<xf numFmtId="0" fontId="0" fillId="10" borderId="3" xfId="0" applyFill="true"/>');
    const sheet = '<sheetData><row r="1"><c r="A1" s="3"/></row></sheetData>';
    const out = parseXml(parts(annotateXlsx(pkg(sheet, { 'xl/styles.xml': styles }), marksOf(['A1'])))['xl/styles.xml'] ?? '');
    expect(find(out, 'xf').slice(-1)[0]?.attrs).toEqual({ numFmtId: '0', fontId: '0', borderId: '3', xfId: '0', fillId: '2', applyFill: '1' });
  });
});

describe('the notes and their drawing', () => {
  it('drops characters XML cannot hold from a note', () => {
    const out = parts(annotateXlsx(pkg('<sheetData/>'), marksOf(['A1'], { fill: '#ffc7ce', note: '进展\u0001为空\u0008' })));
    expect(find(parseXml(out['xl/comments1.xml'] ?? ''), 't').map((t) => t.text)).toEqual(['进展为空']);
  });

  it('writes one shape per note and nothing between them', () => {
    const out = parts(annotateXlsx(pkg('<sheetData/>'), marksOf(['A1', 'B2', 'C3'])));
    const vml = parseXml(out['xl/drawings/vmlDrawing1.vml'] ?? '');
    expect(vml.children.map((c) => c.name)).toEqual(['o:shapelayout', 'v:shapetype', 'v:shape', 'v:shape', 'v:shape']);
    expect(vml.text).toBe('');
  });

  it('numbers its parts after a VML drawing already there', () => {
    const out = parts(annotateXlsx(pkg('<sheetData/>', { 'xl/drawings/vmlDrawing1.vml': '<xml/>' }), marksOf(['A1'])));
    expect(out['xl/drawings/vmlDrawing1.vml']).toBe('<xml/>');
    expect(
      Object.keys(out)
        .filter((n) => /comments|vmlDrawing/.test(n) && !n.includes('_rels'))
        .sort(),
    ).toEqual(['xl/comments2.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/drawings/vmlDrawing2.vml']);
  });
});

describe('relationships and content types ending with a line break', () => {
  it('adds the notes’ relationships and content type before a closing tag followed by a newline', () => {
    const rels = `<?xml version="1.0"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/hyperlink" Target="https://example.org" TargetMode="External"/></Relationships>\r\n`;
    const out = parts(annotateXlsx(pkg('<sheetData/>', { 'xl/worksheets/_rels/sheet1.xml.rels': rels, '[Content_Types].xml': `${TYPES}\n` }), marksOf(['A1'])));
    const relTypes = find(parseXml(out['xl/worksheets/_rels/sheet1.xml.rels'] ?? ''), 'Relationship').map((r) => attr(r, 'Type'));
    expect(relTypes).toEqual([`${REL}/hyperlink`, `${REL}/comments`, `${REL}/vmlDrawing`]);
    const types = parseXml(out['[Content_Types].xml'] ?? '');
    expect(find(types, 'Override').map((o) => attr(o, 'PartName'))).toEqual(['/xl/comments1.xml']);
    expect(find(types, 'Default').map((d) => attr(d, 'Extension'))).toEqual(['xml', 'vml']);
  });

  it('keeps a vml default already there, its attributes in any order', () => {
    const types = TYPES.replace('</Types>', `<Default ContentType="${VML_TYPE}" Extension="vml"/></Types>`);
    const out = parts(annotateXlsx(pkg('<sheetData/>', { '[Content_Types].xml': types }), marksOf(['A1'])));
    expect(find(parseXml(out['[Content_Types].xml'] ?? ''), 'Default').map((d) => attr(d, 'Extension'))).toEqual(['xml', 'vml']);
  });
});

describe('parts in another encoding', () => {
  it('rewrites a UTF-16 part as UTF-8 and says so in its declaration', () => {
    const text = `<?xml version="1.0" encoding  =  'UTF-16' standalone="yes"?>${STYLES.replace('<?xml version="1.0"?>', '')}`;
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(utf16.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    const bytes = annotateXlsx(pkg('<sheetData/>', { 'xl/styles.xml': utf16 }), marksOf(['A1']));
    const styles = unzipSync(bytes!)['xl/styles.xml']!;
    expect([...styles.subarray(0, 5)]).toEqual([...strToU8('<?xml')]);
    const xml = strFromU8(styles);
    expect(/^<\?xml[^>]*\?>/.exec(xml)?.[0]).toBe(`<?xml version="1.0" encoding  =  "UTF-8" standalone="yes"?>`);
    expect(find(parseXml(xml), 'xf')).toHaveLength(13);
  });
});

describe('prefixed parts left to the plain copy', () => {
  it('leaves a styles part, a worksheet, content types or relationships whose root has a prefix of any length', () => {
    const rels = (root: string): string => `<${root} xmlns:${root.split(':')[0]}="${PKG_REL}"></${root}>`;
    expect([
      annotateXlsx(pkg('<sheetData/>', { 'xl/styles.xml': `<ss:styleSheet xmlns:ss="${MAIN}"><fills count="1"><fill/></fills><cellXfs count="1"><xf/></cellXfs></ss:styleSheet>` }), marksOf(['A1'])),
      annotateXlsx(pkg('', { 'xl/worksheets/sheet1.xml': `<ws:worksheet xmlns:ws="${MAIN}"><sheetData/><extLst/></ws:worksheet>` }), marksOf(['A1'])),
      annotateXlsx(pkg('<sheetData/>', { '[Content_Types].xml': `<ct:Types xmlns:ct="${CT}"><ct:Default Extension="xml" ContentType="application/xml"/></ct:Types>` }), marksOf(['A1'])),
      annotateXlsx(pkg('<sheetData/>', { 'xl/worksheets/_rels/sheet1.xml.rels': rels('pr:Relationships') }), marksOf(['A1'])),
    ]).toEqual([undefined, undefined, undefined, undefined]);
  });
});
