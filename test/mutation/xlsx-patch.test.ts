import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Fix } from '../../src/core/fix/plan';
import { patchXlsx } from '../../src/io/xlsx-patch';

/**
 * Mutants of the corrected copy of an .xlsx (src/io/xlsx-patch.ts), on packages built here part by
 * part: cells rewritten in place as inline strings keeping their style and prefix, formulas left,
 * cells not found, sheets not found, a UTF-16 part. Expected XML by hand.
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function pkg(sheets: Record<string, string | Uint8Array>): Uint8Array {
  const names = Object.keys(sheets);
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
    ...Object.fromEntries(names.map((n, i) => [`xl/worksheets/sheet${i + 1}.xml`, typeof sheets[n] === 'string' ? strToU8(sheets[n] as string) : (sheets[n] as Uint8Array)])),
  });
}
const fix = (sheet: string, cell: string, newValue: string): Fix => ({ sheet, cell, row: 0, column: '', oldValue: '', newValue, kinds: [], codes: [] });
const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name] ?? new Uint8Array());
const ws = (data: string) => `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${data}</sheetData></worksheet>`;

describe('the corrected copy of an .xlsx', () => {
  it('a fixed cell becomes an inline string with its style; formulas and cells not found are skipped; the last fix of a cell wins', () => {
    const bytes = pkg({
      S: ws('<row r="1"><c r="A1" s="3" t="s"><v>0</v></c><c r="B1"><f>1+1</f><v>2</v></c><c r="C1"/><c r="D1" t="n"><v>5</v></c></row>'),
      T: ws('<row r="1"><c r="A1"><v>1</v></c></row>'),
    });
    const result = patchXlsx(bytes, [fix('S', 'A1', 'x'), fix('S', 'B1', 'y'), fix('S', 'c1', 'first'), fix('S', 'C1', 'a<b&c'), fix('S', 'Z9', 'q')]);
    expect(part(result.bytes, 'xl/worksheets/sheet1.xml')).toBe(
      ws(
        '<row r="1"><c r="A1" s="3" t="inlineStr"><is><t xml:space="preserve">x</t></is></c><c r="B1"><f>1+1</f><v>2</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve">a&lt;b&amp;c</t></is></c><c r="D1" t="n"><v>5</v></c></row>',
      ),
    );
    expect(part(result.bytes, 'xl/worksheets/sheet2.xml')).toBe(ws('<row r="1"><c r="A1"><v>1</v></c></row>'));
    expect([result.applied.map((f) => [f.cell, f.newValue]), result.skipped.map((s) => [s.fix.cell, s.reason])]).toEqual([
      [
        ['A1', 'x'],
        ['C1', 'a<b&c'],
      ],
      [
        ['B1', 'formula'],
        ['Z9', 'not-found'],
      ],
    ]);
  });

  it('a prefixed sheet keeps its prefix; fixes on two sheets are applied to each', () => {
    const prefixed = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="2"><x:c r="B2" s="1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const result = patchXlsx(pkg({ P: prefixed, Q: ws('<row r="1"><c r="A1"/></row>') }), [fix('P', 'B2', '新'), fix('Q', 'A1', 'z')]);
    expect(part(result.bytes, 'xl/worksheets/sheet1.xml')).toBe(
      prefixed.replace('<x:c r="B2" s="1"><x:v>1</x:v></x:c>', '<x:c r="B2" s="1" t="inlineStr"><x:is><x:t xml:space="preserve">新</x:t></x:is></x:c>'),
    );
    expect(part(result.bytes, 'xl/worksheets/sheet2.xml')).toBe(ws('<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">z</t></is></c></row>'));
    expect(result.applied.map((f) => f.sheet)).toEqual(['P', 'Q']);
  });

  it('a sheet part named in another case than its relationship says is still found', () => {
    const bytes = zipSync({
      ...unzipSync(pkg({ S: ws('<row r="1"><c r="A1"/></row>') })),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/SHEET1.xml"/></Relationships>`,
      ),
    });
    const result = patchXlsx(bytes, [fix('S', 'A1', 'v')]);
    expect(part(result.bytes, 'xl/worksheets/sheet1.xml')).toBe(ws('<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">v</t></is></c></row>'));
    expect(Object.keys(unzipSync(result.bytes))).not.toContain('xl/worksheets/SHEET1.xml');
  });

  it('a cell without a reference is copied as it is', () => {
    const result = patchXlsx(pkg({ S: ws('<row r="1"><c><v>1</v></c><c r="B1"/></row>') }), [fix('S', 'B1', 'b')]);
    expect(part(result.bytes, 'xl/worksheets/sheet1.xml')).toBe(ws('<row r="1"><c><v>1</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">b</t></is></c></row>'));
  });

  it('a UTF-16 part is written back as UTF-8 and its prolog says so', () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"/></row></sheetData></worksheet>`;
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) utf16[2 + i * 2] = xml.charCodeAt(i);
    const result = patchXlsx(pkg({ S: utf16 }), [fix('S', 'A1', 'v')]);
    expect(part(result.bytes, 'xl/worksheets/sheet1.xml')).toBe(xml.replace('"UTF-16"', '"UTF-8"').replace('<c r="A1"/>', '<c r="A1" t="inlineStr"><is><t xml:space="preserve">v</t></is></c>'));
  });

  it('a fix on a sheet the file does not have is file-corrupt; no fixes copy every part', () => {
    const bytes = pkg({ S: ws('') });
    expect(() => patchXlsx(bytes, [fix('X', 'A1', 'v')])).toThrow(expect.objectContaining({ code: 'file-corrupt' }));
    const copy = patchXlsx(bytes, []);
    expect(Object.keys(unzipSync(copy.bytes)).sort()).toEqual(Object.keys(unzipSync(bytes)).sort());
    expect([copy.applied, copy.skipped]).toEqual([[], []]);
  });
});
