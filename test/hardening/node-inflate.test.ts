import { crc32, deflateRawSync } from 'zlib';
import { fileSource } from '../../src/cli/files';
import { at } from '../../src/core/checked';
import { readWorkbookFile } from '../../src/io/read-workbook';
import { readXlsx } from '../../src/io/xlsx-reader';
import { nodeRawInflate } from '../../src/node/raw-inflate';
import { inline, oneSheet, pack, rootRels, sheetXml, workbookRels, workbookXml } from '../io/opc-package';
import { codeOf } from '../helpers/error-code';

/**
 * The hostile zip cases of issue 13 read through Node's zlib (the inflater the CLI and the inbox
 * pass, src/node/raw-inflate.ts) as through fflate: a part lying about its size is corrupt, an honest
 * part past a limit is too large, a damaged or short stream is corrupt; and both read a good
 * workbook to the same grids.
 */
const SHEET = 'xl/worksheets/sheet1.xml';

/** A workbook of one sheet whose part is the given bytes (deflated at level 9 by fflate's zipSync). */
function workbookWithSheet(sheet: Uint8Array): Uint8Array {
  return pack({ '_rels/.rels': rootRels(), 'xl/workbook.xml': workbookXml(['一']), 'xl/_rels/workbook.xml.rels': workbookRels(['worksheets/sheet1.xml']), [SHEET]: sheet });
}

/** The same zip with `name` declaring `size` bytes, in its local header and in the central directory. */
function declaring(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = Buffer.from(zip);
  const key = Buffer.from(name);
  for (let at = out.indexOf(key); at >= 0; at = out.indexOf(key, at + 1)) {
    if (out.readUInt32LE(at - 30) === 0x04034b50) out.writeUInt32LE(size, at - 30 + 22);
    else if (out.readUInt32LE(at - 46) === 0x02014b50) out.writeUInt32LE(size, at - 46 + 24);
  }
  return new Uint8Array(out);
}

/** The sheet part's declared size as the central directory states it. */
function declaredSize(zip: Uint8Array, name: string): number {
  const buffer = Buffer.from(zip);
  const central = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let p = buffer.indexOf(central); p >= 0; p = buffer.indexOf(central, p + 1)) {
    const length = buffer.readUInt16LE(p + 28);
    if (buffer.toString('utf8', p + 46, p + 46 + length) === name) return buffer.readUInt32LE(p + 24);
  }
  throw new Error(`${name} not in the directory`);
}

const both = [
  ['fflate', {}],
  ['zlib', { inflate: nodeRawInflate }],
] as const;

describe('nodeRawInflate', () => {
  const data = new Uint8Array(100_000).fill(0x41);
  const deflated = new Uint8Array(deflateRawSync(data));

  it('gives the bytes when they fit the bound, and past-limit (not the bytes) when they do not', () => {
    const exact = nodeRawInflate(deflated, 100_000);
    expect(exact === 'past-limit' ? 'past-limit' : [exact.length, exact[0], exact[99_999]]).toEqual([100_000, 0x41, 0x41]);
    expect(nodeRawInflate(deflated, 99_999)).toBe('past-limit');
    expect(nodeRawInflate(deflated, 10)).toBe('past-limit');
    const roomy = nodeRawInflate(deflated, 200_000);
    expect(roomy === 'past-limit' ? 'past-limit' : roomy.length).toBe(100_000);
  });

  it('throws on a damaged or cut stream', () => {
    expect(() => nodeRawInflate(new Uint8Array([0xff, 0xff, 0xff]), 100)).toThrow();
    expect(() => nodeRawInflate(deflated.subarray(0, 40), 100_000)).toThrow();
  });

  it('inflates several parts in one call, and refuses the batch when a size or a CRC-32 is not what the directory says', () => {
    const texts = ['<a/>', '进展情况'.repeat(500), 'x'.repeat(70_000)].map((t) => new Uint8Array(Buffer.from(t)));
    const parts = texts.map((t) => ({ data: new Uint8Array(deflateRawSync(t)), size: t.length, crc32: crc32(t) }));
    const many = nodeRawInflate.many?.(parts);
    expect(many?.map((b) => Buffer.from(b).toString())).toEqual(['<a/>', '进展情况'.repeat(500), 'x'.repeat(70_000)]);
    const [first, second, third] = parts as [(typeof parts)[0], (typeof parts)[0], (typeof parts)[0]];
    expect(nodeRawInflate.many?.([first, { ...second, crc32: second.crc32 ^ 1 }, third])).toBeUndefined();
    expect(nodeRawInflate.many?.([first, { ...second, size: second.size - 1 }, third])).toBeUndefined();
    expect(nodeRawInflate.many?.([first, { ...second, size: second.size + 1 }, third])).toBeUndefined();
    // 16 MB behind a 1 KB claim: stopped at the sizes' sum
    const bomb = new Uint8Array(16 * 1024 * 1024);
    expect(nodeRawInflate.many?.([first, { data: new Uint8Array(deflateRawSync(bomb)), size: 1024, crc32: crc32(bomb) }])).toBeUndefined();
  });

  it('a read of the usual layout inflates its parts in one batch; a batch refused leaves each part to one call', () => {
    const calls = { one: 0, many: 0 };
    const counting = Object.assign(
      (data: Uint8Array, maxBytes: number) => {
        calls.one++;
        return nodeRawInflate(data, maxBytes);
      },
      {
        many: (parts: Parameters<NonNullable<typeof nodeRawInflate.many>>[0]) => {
          calls.many++;
          return nodeRawInflate.many?.(parts);
        },
      },
    );
    const bytes = oneSheet('<row r="1"><c r="A1" t="s" s="1"><v>0</v></c></row>', { strings: ['<t>推进中</t>'] });
    expect(at(at(readXlsx(bytes, 'x.xlsx', { inflate: counting }), 0).rows, 0)).toEqual(['推进中']);
    expect(calls).toEqual({ one: 0, many: 1 });
    const refusing = Object.assign((data: Uint8Array, maxBytes: number) => counting(data, maxBytes), { many: () => undefined });
    calls.one = 0;
    expect(at(at(readXlsx(bytes, 'x.xlsx', { inflate: refusing }), 0).rows, 0)).toEqual(['推进中']);
    // the package and workbook relationships, the workbook, the sheet, the shared strings, the styles
    expect(calls.one).toBe(6);
  });

  it('is what the CLI reads its files with', () => {
    expect(fileSource('a.xlsx').inflate).toBe(nodeRawInflate);
  });
});

describe.each(both)('hostile zips through %s', (_name, options) => {
  it('a good workbook reads; the same part lying about its size (16 MB behind 1 KB) is corrupt', () => {
    const good = workbookWithSheet(new TextEncoder().encode(sheetXml(`<row r="1">${inline('A1', '标题')}</row>${' '.repeat(17 * 1024 * 1024)}`)));
    expect(declaredSize(good, SHEET)).toBeGreaterThan(16 * 1024 * 1024);
    expect(at(at(readXlsx(good, 'x.xlsx', options), 0).rows, 0)).toEqual(['标题']);
    expect(codeOf(() => readXlsx(declaring(good, SHEET, 1024), 'x.xlsx', options))).toBe('file-corrupt');
  });

  it('a small part lying by a few bytes is corrupt, and one declaring more than it holds is corrupt', () => {
    const good = workbookWithSheet(new TextEncoder().encode(sheetXml(`<row r="1">${inline('A1', 'x')}</row>`)));
    const size = declaredSize(good, SHEET);
    expect(codeOf(() => readXlsx(good, 'x.xlsx', options))).toBe('no error');
    expect(codeOf(() => readXlsx(declaring(good, SHEET, size - 1), 'x.xlsx', options))).toBe('file-corrupt');
    expect(codeOf(() => readXlsx(declaring(good, SHEET, size + 1), 'x.xlsx', options))).toBe('file-corrupt');
  });

  it('an honest part past the part limit, or parts past the workbook budget, are too large', () => {
    const honest = oneSheet(`<row r="1">${inline('A1', 'x'.repeat(600_000))}</row>`);
    expect(codeOf(() => readXlsx(honest, 'x.xlsx', { ...options, limits: { maxPartBytes: 512 * 1024 } }))).toBe('file-too-large');
    const sheets = ['一', '二', '三'];
    const bytes = pack({
      '_rels/.rels': rootRels(),
      'xl/workbook.xml': workbookXml(sheets),
      'xl/_rels/workbook.xml.rels': workbookRels(sheets.map((_, i) => `worksheets/sheet${i + 1}.xml`)),
      ...Object.fromEntries(sheets.map((_, i) => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(`<row r="1">${inline('A1', '进'.repeat(100_000))}</row>`)])),
    });
    expect(codeOf(() => readXlsx(bytes, 'x.xlsx', { ...options, limits: { maxPartBytes: 400_000, maxWorkbookBytes: 700_000 } }))).toBe('file-too-large');
    expect(readXlsx(bytes, 'x.xlsx', { ...options, limits: { maxPartBytes: 400_000, maxWorkbookBytes: 1_000_000 } })).toHaveLength(3);
  });

  it('a damaged stream and a truncated file are corrupt', () => {
    const good = oneSheet(`<row r="1">${inline('A1', 'x'.repeat(5_000))}</row>`);
    const damaged = Buffer.from(good);
    const local = damaged.indexOf(Buffer.from(SHEET));
    for (let i = 0; i < 8; i++) damaged[local + SHEET.length + 2 + i] = 0xff;
    expect(codeOf(() => readXlsx(new Uint8Array(damaged), 'x.xlsx', options))).toBe('file-corrupt');
    expect([40, good.length - 30, good.length - 100].map((n) => codeOf(() => readXlsx(good.subarray(0, n), 'x.xlsx', options)))).toEqual(['file-corrupt', 'file-corrupt', 'file-corrupt']);
  });

  it('a part whose CRC-32 the directory misstates reads as before (inflated on its own); a part read ahead still meets the limits', () => {
    const good = oneSheet(`<row r="1">${inline('A1', '进展'.repeat(2_000))}</row>`);
    const wrongCrc = Buffer.from(good);
    const central = wrongCrc.indexOf(Buffer.from(SHEET), wrongCrc.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))) - 46;
    wrongCrc.writeUInt32LE((wrongCrc.readUInt32LE(central + 16) ^ 0xffff) >>> 0, central + 16);
    expect(at(at(readXlsx(new Uint8Array(wrongCrc), 'x.xlsx', options), 0).rows, 0)).toEqual(['进展'.repeat(2_000)]);
    expect(codeOf(() => readXlsx(good, 'x.xlsx', { ...options, limits: { maxPartBytes: 4 * 1024 } }))).toBe('file-too-large');
    expect(codeOf(() => readXlsx(good, 'x.xlsx', { ...options, limits: { maxWorkbookBytes: 8 * 1024 } }))).toBe('file-too-large');
  });

  it('reads shared strings and styles to the texts Excel shows', () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>0.5</v></c></row>', {
      strings: ['<t>推进中</t>'],
      styles: `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="9"/></cellXfs></styleSheet>`,
    });
    expect(at(at(readWorkbookFile(bytes, 'x.xlsx', options).grids, 0).rows, 0)).toEqual(['推进中', '50%']);
  });
});
