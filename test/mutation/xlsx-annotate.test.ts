import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { annotateXlsx, CellMark } from '../../src/io/xlsx-annotate';

/**
 * Mutants of patching an original package with marks (src/io/xlsx-annotate.ts), on packages built
 * here part by part: the shapes of sheetData and rows the patcher meets, the style it derives, the
 * relationship ids and part numbers it picks, and the packages it leaves alone. Expected XML by hand.
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STYLES = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="1" fillId="0" borderId="2" xfId="0" applyFill="0"><alignment wrapText="1"/></xf></cellXfs></styleSheet>`;
const TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

function pkg(sheetBody: string, parts: Record<string, string | undefined> = {}): Uint8Array {
  const all: Record<string, string | undefined> = {
    '[Content_Types].xml': TYPES,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><worksheet xmlns="${MAIN}">${sheetBody}</worksheet>`,
    ...parts,
  };
  return zipSync(Object.fromEntries(Object.entries(all).flatMap(([k, v]) => (v === undefined ? [] : [[k, strToU8(v)]]))));
}

const RED = { fill: '#ffc7ce', note: 'n1' };
const YELLOW = { fill: '#FFEB9C', note: 'n2' };
const marksOf = (cells: Record<string, CellMark>, sheet = 'S') => new Map([[sheet, new Map(Object.entries(cells))]]);
const THREE = marksOf({ b2: RED, A3: YELLOW, C2: { fill: '#ffc7ce', note: 'n3 <&>' } });

function patched(bytes: Uint8Array | undefined): Record<string, string> {
  if (!bytes) throw new Error('not patched');
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
}
const sheetData = (xml = '') => /<worksheet[^>]*>([\s\S]*)<\/worksheet>/.exec(xml)?.[1];
const LEGACY = `<legacyDrawing xmlns:r="${REL}" r:id="rIdPra2"/>`;

describe('marking cells in the sheet XML', () => {
  it('an empty sheetData gets the rows and cells, in order, and the legacyDrawing goes last', () => {
    const out = patched(annotateXlsx(pkg('<sheetData/>'), THREE));
    expect(sheetData(out['xl/worksheets/sheet1.xml'])).toBe(`<sheetData><row r="2"><c r="B2" s="2"/><c r="C2" s="2"/></row><row r="3"><c r="A3" s="3"/></row></sheetData>${LEGACY}`);
  });

  it('an empty row gets its cells; rows the sheet lacks go at the end of sheetData; legacyDrawing before extLst', () => {
    const out = patched(annotateXlsx(pkg('<sheetData><row r="2" ht="20" /></sheetData><extLst/>'), THREE));
    expect(sheetData(out['xl/worksheets/sheet1.xml'])).toBe(`<sheetData><row r="2" ht="20"><c r="B2" s="2"/><c r="C2" s="2"/></row><row r="3"><c r="A3" s="3"/></row></sheetData>${LEGACY}<extLst/>`);
  });

  it('a cell the row lacks goes before the next one; a cell it has is restyled from its own format; a missing row before the next', () => {
    const out = patched(annotateXlsx(pkg('<sheetData><row r="2"><c r="C2" s="1"><v>1</v></c></row><row r="5"><c r="A5"/></row></sheetData>'), THREE));
    expect(sheetData(out['xl/worksheets/sheet1.xml'])).toBe(
      `<sheetData><row r="2"><c r="B2" s="2"/><c r="C2" s="3"><v>1</v></c></row><row r="3"><c r="A3" s="4"/></row><row r="5"><c r="A5"/></row></sheetData>${LEGACY}`,
    );
    // one fill per colour, one format per (format, colour): the fill and applyFill replaced, the rest kept
    expect(out['xl/styles.xml']).toBe(
      `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
        '<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/><bgColor indexed="64"/></patternFill></fill></fills>' +
        '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="1" fillId="0" borderId="2" xfId="0" applyFill="0"><alignment wrapText="1"/></xf>' +
        '<xf numFmtId="0" fontId="0" borderId="0" xfId="0" fillId="2" applyFill="1"/><xf numFmtId="3" fontId="1" borderId="2" xfId="0" fillId="2" applyFill="1"><alignment wrapText="1"/></xf><xf numFmtId="0" fontId="0" borderId="0" xfId="0" fillId="3" applyFill="1"/></cellXfs></styleSheet>',
    );
  });

  it('a cell without a style attribute gets one; a cell right of the marks is left as it is', () => {
    const out = patched(annotateXlsx(pkg('<sheetData><row r="2"><c r="A2"/><c r="B2" t="s"><v>0</v></c><c r="D2"/></row></sheetData>'), marksOf({ B2: RED })));
    expect(sheetData(out['xl/worksheets/sheet1.xml'])).toBe(`<sheetData><row r="2"><c r="A2"/><c s="2" r="B2" t="s"><v>0</v></c><c r="D2"/></row></sheetData>${LEGACY}`);
  });

  it('a cell right of every cell the row has goes before </row>; a worksheet that names the r namespace is not given it twice', () => {
    const right = patched(annotateXlsx(pkg('<sheetData><row r="1"><c r="A1"/></row></sheetData>'), marksOf({ C1: RED })));
    expect(sheetData(right['xl/worksheets/sheet1.xml'])).toBe(`<sheetData><row r="1"><c r="A1"/><c r="C1" s="2"/></row></sheetData>${LEGACY}`);
    const withNs = patched(annotateXlsx(pkg('', { 'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData/></worksheet>` }), marksOf({ A1: RED })));
    expect(withNs['xl/worksheets/sheet1.xml']).toBe(`<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData><row r="1"><c r="A1" s="2"/></row></sheetData><legacyDrawing r:id="rIdPra2"/></worksheet>`);
  });
});

describe('the parts added', () => {
  it('comments with the notes escaped, a VML drawing, their relationships, their content types', () => {
    const out = patched(annotateXlsx(pkg('<sheetData/>'), THREE));
    expect(out['xl/comments1.xml']).toBe(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors><author>进展报表助手</author></authors><commentList>` +
        '<comment ref="B2" authorId="0"><text><r><t xml:space="preserve">n1</t></r></text></comment><comment ref="A3" authorId="0"><text><r><t xml:space="preserve">n2</t></r></text></comment>' +
        '<comment ref="C2" authorId="0"><text><r><t xml:space="preserve">n3 &lt;&amp;&gt;</t></r></text></comment></commentList></comments>',
    );
    expect(out['xl/worksheets/_rels/sheet1.xml.rels']).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rIdPra1" Type="${REL}/comments" Target="../comments1.xml"/><Relationship Id="rIdPra2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`,
    );
    expect(out['[Content_Types].xml']).toBe(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>',
    );
    const vml = out['xl/drawings/vmlDrawing1.vml'] ?? '';
    expect([...vml.matchAll(/<v:shape id="([^"]+)"[^>]*z-index:(\d+)[\s\S]*?<x:Anchor>([^<]*)<\/x:Anchor>[\s\S]*?<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g)].map((m) => m.slice(1))).toEqual([
      ['_x0000_s1025', '1', '2, 15, 1, 10, 5, 15, 6, 4', '1', '1'],
      ['_x0000_s1026', '2', '1, 15, 2, 10, 4, 15, 7, 4', '2', '0'],
      ['_x0000_s1027', '3', '3, 15, 1, 10, 6, 15, 6, 4', '1', '2'],
    ]);
    expect(vml).toMatch(/<o:idmap v:ext="edit" data="1"\/>/);
  });

  it('numbers and ids already taken are skipped; existing rels and a vml default are kept', () => {
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdPra1" Type="${REL}/hyperlink" Target="x" TargetMode="External"/></Relationships>`;
    const types = TYPES.replace('</Types>', '<Default Extension="VML" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>');
    const out = patched(annotateXlsx(pkg('<sheetData/>', { 'xl/worksheets/_rels/sheet1.xml.rels': rels, 'xl/comments1.xml': '<x/>', '[Content_Types].xml': types }), marksOf({ A1: RED })));
    expect(Object.keys(out).sort()).toEqual(
      [
        '[Content_Types].xml',
        'xl/_rels/workbook.xml.rels',
        'xl/comments1.xml',
        'xl/comments2.xml',
        'xl/drawings/vmlDrawing2.vml',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/_rels/sheet1.xml.rels',
        'xl/worksheets/sheet1.xml',
      ].sort(),
    );
    expect(out['xl/comments1.xml']).toBe('<x/>');
    expect(out['xl/worksheets/_rels/sheet1.xml.rels']).toBe(
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rIdPra2" Type="${REL}/comments" Target="../comments2.xml"/><Relationship Id="rIdPra3" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing2.vml"/></Relationships>`,
      ),
    );
    expect(sheetData(out['xl/worksheets/sheet1.xml'])).toBe(`<sheetData><row r="1"><c r="A1" s="2"/></row></sheetData><legacyDrawing xmlns:r="${REL}" r:id="rIdPra3"/>`);
    expect(out['[Content_Types].xml']).toBe(
      types.replace('</Types>', '<Override PartName="/xl/comments2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>'),
    );
    expect(out['xl/drawings/vmlDrawing2.vml']).toMatch(/<o:idmap v:ext="edit" data="2"\/>[\s\S]*<v:shape id="_x0000_s2049"/);
  });

  it('fills and cellXfs without a count are given one', () => {
    const styles = `<styleSheet xmlns="${MAIN}"><fills><fill/></fills><cellXfs><xf numFmtId="0"/></cellXfs></styleSheet>`;
    const out = patched(annotateXlsx(pkg('<sheetData/>', { 'xl/styles.xml': styles }), marksOf({ A1: RED })));
    expect(out['xl/styles.xml']).toBe(
      `<styleSheet xmlns="${MAIN}"><fills count="2"><fill/><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill></fills><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="0" fillId="1" applyFill="1"/></cellXfs></styleSheet>`,
    );
  });

  it('a relationship id is taken only when both it and the next are free', () => {
    const rels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdPra2" Type="${REL}/hyperlink" Target="x" TargetMode="External"/></Relationships>`;
    const out = patched(annotateXlsx(pkg('<sheetData/>', { 'xl/worksheets/_rels/sheet1.xml.rels': rels }), marksOf({ A1: RED })));
    expect([...(out['xl/worksheets/_rels/sheet1.xml.rels'] ?? '').matchAll(/Id="([^"]+)"/g)].map((m) => m[1])).toEqual(['rIdPra2', 'rIdPra3', 'rIdPra4']);
  });

  it('a sheet with no marks, or marks on no sheet, changes no sheet', () => {
    const out = patched(annotateXlsx(pkg('<sheetData/>'), new Map([['S', new Map()]])));
    expect([out['xl/worksheets/sheet1.xml'], out['xl/comments1.xml'], out['xl/styles.xml']]).toEqual([`<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData/></worksheet>`, undefined, STYLES]);
  });
});

describe('packages left to the plain copy', () => {
  const left = (body: string, parts: Record<string, string | undefined> = {}, marks = marksOf({ A1: RED })) => annotateXlsx(pkg(body, parts), marks);

  it('each shape the patcher does not change safely', () => {
    expect([
      left('<sheetData/>', { 'xl/styles.xml': undefined }),
      left('<sheetData/>', { '[Content_Types].xml': undefined }),
      left('<sheetData/>', { 'xl/styles.xml': `<x:styleSheet xmlns:x="${MAIN}"><fills count="1"><fill/></fills><cellXfs count="1"><xf/></cellXfs></x:styleSheet>` }),
      left('<sheetData/>', { 'xl/styles.xml': `<styleSheet xmlns="${MAIN}"><cellXfs count="1"><xf/></cellXfs></styleSheet>` }),
      left('<sheetData/>', { 'xl/styles.xml': `<styleSheet xmlns="${MAIN}"><fills count="1"><fill/></fills></styleSheet>` }),
      left('<sheetData/>', { 'xl/styles.xml': `<styleSheet xmlns="${MAIN}"><fills count="1"><fill/></fills><cellXfs count="0"></cellXfs></styleSheet>` }),
      left('<sheetData/>', { '[Content_Types].xml': '<t:Types xmlns:t="http://schemas.openxmlformats.org/package/2006/content-types"></t:Types>' }),
      left('<sheetData/>', {}, marksOf({ A1: RED }, 'T')),
      left('<sheetData/><legacyDrawing r:id="x"/>'),
      left('<sheetData><row><c r="A1"/></row></sheetData>'),
      left('<sheetData><row r="0"><c r="A1"/></row></sheetData>'),
      left('<sheetData><row r="1"><c/></row></sheetData>'),
      left('<sheetData/>', { 'xl/worksheets/_rels/sheet1.xml.rels': `<Relationships><Relationship Id="a" Type="${REL}/comments" Target="c.xml"/></Relationships>` }),
      left('<sheetData/>', { 'xl/worksheets/_rels/sheet1.xml.rels': `<Relationships><Relationship Id="a" Type="${REL}/vmlDrawing" Target="c.vml"/></Relationships>` }),
      left('<sheetData/>', { 'xl/worksheets/_rels/sheet1.xml.rels': '<p:Relationships xmlns:p="http://schemas.openxmlformats.org/package/2006/relationships"></p:Relationships>' }),
      left('<sheetData/>', {
        'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet9.xml"/></Relationships>`,
      }),
    ]).toEqual(new Array(16).fill(undefined));
  });

  it('a prefixed worksheet is left too, and a broken zip is not an unsupported package', () => {
    const prefixed = zipSync({ ...unzipSync(pkg('')), 'xl/worksheets/sheet1.xml': strToU8(`<x:worksheet xmlns:x="${MAIN}"><x:sheetData/></x:worksheet>`) });
    expect(annotateXlsx(prefixed, marksOf({ A1: RED }))).toBeUndefined();
    expect(() => annotateXlsx(new Uint8Array([1, 2, 3]), marksOf({ A1: RED }))).toThrow();
  });
});
