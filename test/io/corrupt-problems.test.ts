import { strToU8, zipSync } from 'fflate';
import { asReportError } from '../../src/app/sources';
import { isReportError } from '../../src/core/errors';
import { readXlsx } from '../../src/io/xlsx-reader';
import { nodeRawInflate } from '../../src/node/raw-inflate';
import { renderReportError } from '../../src/locales';
import { inline, oneSheet, pack, rootRels, sheetXml, workbookRels, workbookXml } from './opc-package';

/**
 * Each way the reader refuses a damaged file says what is damaged as a problem code with the part and
 * the offending text, and the clerk's line in either language is whole: no `{placeholder}`, no code,
 * no program text. Expectations are the inputs' own defects, written by hand.
 */
/** [problem, part, value] of what reading throws, and its rendered lines. */
function refusal(read: () => unknown): { said: [string, string | undefined, string | undefined]; lines: string[] } {
  try {
    read();
  } catch (error) {
    if (!isReportError(error) || error.code !== 'file-corrupt') throw error;
    const named = error.withFileName('甲局.xlsx');
    return { said: [error.params.problem, error.params.part, error.params.value], lines: [renderReportError(named, 'zh'), renderReportError(named, 'en')] };
  }
  throw new Error('no refusal');
}

/** A zip whose one part claims a compression method the reader does not know (12: bzip2). */
function withMethod(bytes: Uint8Array, method: number): Uint8Array {
  const zip = Buffer.from(bytes);
  for (let at = zip.indexOf('PK\x01\x02'); at >= 0; at = zip.indexOf('PK\x01\x02', at + 4)) zip.writeUInt16LE(method, at + 10);
  for (let at = zip.indexOf('PK\x03\x04'); at >= 0; at = zip.indexOf('PK\x03\x04', at + 4)) zip.writeUInt16LE(method, at + 8);
  return new Uint8Array(zip);
}

const good = oneSheet(`<row r="1">${inline('A1', '进展情况')}</row>`);

const CASES: [string, () => unknown, [string, string | undefined, string | undefined]][] = [
  ['a download cut short', () => readXlsx(good.subarray(0, Math.floor(good.length * 0.6)), 'a.xlsx'), ['corrupt.zip-directory-missing', undefined, undefined]],
  ['an unknown compression method', () => readXlsx(withMethod(good, 12), 'a.xlsx'), ['corrupt.part-compression-unknown', '_rels/.rels', '12']],
  ['a cell tag never closed', () => readXlsx(oneSheet('<row r="1"><c r="A1" t="s'), 'a.xlsx'), ['corrupt.xml-unclosed-tag', undefined, 'c']],
  ['a comment never closed', () => readXlsx(oneSheet(`<row r="1">${inline('A1', 'x')}</row><!-- 备注`), 'a.xlsx'), ['corrupt.xml-unterminated', undefined, '-->']],
  [
    'a shared string the table does not have',
    () => readXlsx(oneSheet('<row r="1"><c r="A1" t="s"><v>5</v></c></row>', { strings: ['<t>一</t>'] }), 'a.xlsx'),
    ['corrupt.shared-string-missing', undefined, '5'],
  ],
  ['a row past Excel’s last', () => readXlsx(oneSheet(`<row r="1048577">${inline('A1048577', 'x')}</row>`), 'a.xlsx'), ['corrupt.row-beyond-sheet', undefined, '1048577']],
  ['a character reference past Unicode', () => readXlsx(oneSheet(`<row r="1">${inline('A1', '&#x110000;')}</row>`), 'a.xlsx'), ['corrupt.xml-character-reference', undefined, '&#x110000;']],
  [
    'an encoding no decoder knows',
    () =>
      readXlsx(
        pack({
          '_rels/.rels': rootRels(),
          'xl/workbook.xml': workbookXml(['一']).replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="x-none"?>'),
          'xl/_rels/workbook.xml.rels': workbookRels(['worksheets/sheet1.xml']),
          'xl/worksheets/sheet1.xml': sheetXml(''),
        }),
        'a.xlsx',
      ),
    ['corrupt.xml-encoding-unknown', undefined, 'x-none'],
  ],
  [
    'no workbook relationships',
    () => readXlsx(pack({ '_rels/.rels': rootRels(), 'xl/workbook.xml': workbookXml(['一']), 'xl/worksheets/sheet1.xml': sheetXml('') }), 'a.xlsx'),
    ['corrupt.workbook-rels-missing', undefined, undefined],
  ],
  [
    'a workbook of no sheets',
    () => readXlsx(pack({ '_rels/.rels': rootRels(), 'xl/workbook.xml': workbookXml([]), 'xl/_rels/workbook.xml.rels': workbookRels([], [{ type: 'styles', target: 'styles.xml' }]) }), 'a.xlsx'),
    ['corrupt.workbook-without-sheets', undefined, undefined],
  ],
  [
    'a sheet whose part is missing',
    () => readXlsx(pack({ '_rels/.rels': rootRels(), 'xl/workbook.xml': workbookXml(['一']), 'xl/_rels/workbook.xml.rels': workbookRels(['worksheets/sheet7.xml']) }), 'a.xlsx'),
    ['corrupt.sheet-part-missing', 'xl/worksheets/sheet7.xml', undefined],
  ],
  [
    'a part that inflates past its declared size',
    () => {
      const zip = Buffer.from(zipSync({ '_rels/.rels': strToU8(rootRels()) }, { level: 9 }));
      zip.writeUInt32LE(10, 22);
      zip.writeUInt32LE(10, zip.indexOf('PK\x01\x02') + 24);
      return readXlsx(new Uint8Array(zip), 'a.xlsx');
    },
    ['corrupt.part-longer-than-declared', '_rels/.rels', undefined],
  ],
  [
    'a sheet part that claims to be empty but holds a table (read with fflate and with Node’s zlib)',
    () => {
      const zip = Buffer.from(oneSheet(`<row r="1">${inline('A1', '进展情况')}</row>`));
      const central = zip.indexOf(Buffer.from('xl/worksheets/sheet1.xml'), zip.indexOf('PK\x01\x02')) - 46;
      zip.writeUInt32LE(0, central + 24); // the directory's uncompressed size
      const bytes = new Uint8Array(zip);
      const codes = [() => readXlsx(bytes, 'a.xlsx'), () => readXlsx(bytes, 'a.xlsx', { inflate: nodeRawInflate })].map((read) => refusal(read).said);
      expect(codes[1]).toEqual(codes[0]);
      return readXlsx(bytes, 'a.xlsx');
    },
    ['corrupt.part-longer-than-declared', 'xl/worksheets/sheet1.xml', undefined],
  ],
];

describe('what a damaged file says', () => {
  it.each(CASES)('%s', (_, read, expected) => {
    const { said, lines } = refusal(read);
    expect(said).toEqual(expected);
    for (const line of lines) expect([line.startsWith('甲局.xlsx'), /\{\w+\}|corrupt\./.test(line)]).toEqual([true, false]);
    // the offending text and the part reach the clerk
    for (const named of [expected[1], expected[2]]) if (named !== undefined) expect(lines.every((line) => line.includes(named))).toBe(true);
  });

  it('a program error met on a crafted file reaches the clerk as unreadable content, not as the program’s words', () => {
    const error: unknown = asReportError(new TypeError("Cannot read properties of undefined (reading 'length')"));
    if (!isReportError(error) || error.code !== 'file-corrupt') throw new Error('not file-corrupt');
    expect([error.params.problem, error.message]).toEqual(['corrupt.unexpected-content', "Cannot read properties of undefined (reading 'length')"]);
    for (const lang of ['zh', 'en'] as const) expect(renderReportError(error, lang)).not.toMatch(/Cannot|undefined|length/);
  });
});
