import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { ReportError } from '../../src/core/errors';
import { spliceZip } from '../../src/io/zip-splice';

/**
 * Splicing parts into a written zip (src/io/zip-splice.ts), read back field by field with a reader
 * of this test's own (APPNOTE.txt §4.3): the kept entries' compressed bytes, CRC, sizes, method,
 * flags and times copied as they were, the headers and the end record as a reader expects them,
 * and the damaged or unsupported archives refused with a ReportError.
 */
interface Entry {
  name: string;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
  /** The local header's own fields, as far as they repeat the central directory's. */
  local: { versionNeeded: number; flags: number; method: number; time: number; date: number; crc: number; compressed: number; size: number; name: string; extra: number };
  data: Uint8Array;
}

function readZip(zip: Uint8Array): { entries: Entry[]; end: { disk: number; total: number; size: number; offset: number; at: number } } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let at = zip.length - 22;
  while (view.getUint32(at, true) !== 0x06054b50) at--;
  const end = { disk: view.getUint16(at + 8, true), total: view.getUint16(at + 10, true), size: view.getUint32(at + 12, true), offset: view.getUint32(at + 16, true), at };
  const entries: Entry[] = [];
  let p = end.offset;
  for (let i = 0; i < end.total; i++) {
    expect(view.getUint32(p, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(p + 28, true);
    const offset = view.getUint32(p + 42, true);
    expect(view.getUint32(offset, true)).toBe(0x04034b50);
    const localName = view.getUint16(offset + 26, true);
    const localExtra = view.getUint16(offset + 28, true);
    const compressed = view.getUint32(p + 20, true);
    const dataAt = offset + 30 + localName + localExtra;
    entries.push({
      name: strFromU8(zip.subarray(p + 46, p + 46 + nameLength)),
      versionMadeBy: view.getUint16(p + 4, true),
      versionNeeded: view.getUint16(p + 6, true),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
      crc: view.getUint32(p + 16, true),
      compressed,
      size: view.getUint32(p + 24, true),
      offset,
      local: {
        versionNeeded: view.getUint16(offset + 4, true),
        flags: view.getUint16(offset + 6, true),
        method: view.getUint16(offset + 8, true),
        time: view.getUint16(offset + 10, true),
        date: view.getUint16(offset + 12, true),
        crc: view.getUint32(offset + 14, true),
        compressed: view.getUint32(offset + 18, true),
        size: view.getUint32(offset + 22, true),
        name: strFromU8(zip.subarray(offset + 30, offset + 30 + localName)),
        extra: localExtra,
      },
      data: zip.slice(dataAt, dataAt + compressed),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  expect(p).toBe(end.offset + end.size);
  return { entries, end };
}

/** 2021-01-02 12:30:10 local time, as DOS writes it: (12 << 11) | (30 << 5) | (10 / 2), ((2021 − 1980) << 9) | (1 << 5) | 2. */
const MTIME = new Date(2021, 0, 2, 12, 30, 10);
const DOS_TIME = 25541;
const DOS_DATE = 21026;
/** CRC-32 of the five bytes `hello` (the check value every zip tool agrees on). */
const CRC_HELLO = 0x3610a686;

/** A package as our writers' zips look, with the fields a plain copy could get wrong made distinct. */
function original(): Uint8Array {
  const files: Zippable = {
    'hello.txt': [strToU8('hello'), { level: 0, mtime: MTIME }],
    // a name beyond ASCII: flag bit 11 (UTF-8) set; an extra field and a comment of their own
    '统计/说明.xml': [strToU8(`<说明>${'进展情况'.repeat(200)}</说明>`), { level: 9, mtime: MTIME, extra: { 0x7075: new Uint8Array([1, 2, 3, 4, 5]) }, comment: 'kept as it is' }],
    'xl/worksheets/sheet1.xml': [strToU8(`<worksheet>${'<row/>'.repeat(3000)}</worksheet>`), { level: 6, mtime: MTIME }],
  };
  return zipSync(files);
}

function withArchiveComment(zip: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(zip.length + length);
  out.set(zip);
  out.fill(0x20, zip.length);
  new DataView(out.buffer).setUint16(zip.length - 2, length, true);
  return out;
}

function refusal(zip: Uint8Array): ReportError {
  try {
    spliceZip(zip, { 'a.xml': strToU8('<a/>') });
  } catch (e) {
    if (e instanceof ReportError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('the entries a splice keeps', () => {
  it('copies each kept entry’s compressed bytes, CRC, sizes, method, flags and time as they were', () => {
    const before = readZip(original()).entries;
    const after = readZip(spliceZip(original(), { 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>') })).entries;
    expect(after.map((e) => e.name)).toEqual(['hello.txt', '统计/说明.xml', 'xl/worksheets/sheet1.xml']);
    const hello = after[0]!;
    expect([hello.method, hello.flags, hello.crc, hello.compressed, hello.size, hello.time, hello.date]).toEqual([0, 0, CRC_HELLO, 5, 5, DOS_TIME, DOS_DATE]);
    expect(strFromU8(hello.data)).toBe('hello');
    const note = after[1]!;
    expect([note.method, note.flags, note.time, note.date]).toEqual([8, 0x0800, DOS_TIME, DOS_DATE]);
    const kept = before[1]!;
    expect([note.crc, note.compressed, note.size]).toEqual([kept.crc, kept.compressed, kept.size]);
    expect(note.compressed).toBeLessThan(note.size);
    expect([...note.data]).toEqual([...kept.data]);
    expect(strFromU8(unzipSync(spliceZip(original(), {}))['统计/说明.xml']!)).toBe(`<说明>${'进展情况'.repeat(200)}</说明>`);
  });

  it('writes each local header to agree with its central record, version 2.0, without an extra field', () => {
    const { entries } = readZip(spliceZip(original(), { 'new.xml': strToU8('<n/>') }));
    for (const e of entries) {
      expect([e.name, e.local]).toEqual([
        e.name,
        { versionNeeded: 20, flags: e.flags, method: e.method, time: e.time, date: e.date, crc: e.crc, compressed: e.compressed, size: e.size, name: e.name, extra: 0 },
      ]);
      expect([e.name, e.versionMadeBy, e.versionNeeded]).toEqual([e.name, 20, 20]);
    }
    let offset = 0;
    for (const e of entries) {
      expect([e.name, e.offset]).toEqual([e.name, offset]);
      offset += 30 + new TextEncoder().encode(e.name).length + e.compressed;
    }
  });

  it('ends with a record naming every entry on this one disk, the directory’s size and where it starts', () => {
    const out = spliceZip(original(), { 'new.xml': strToU8('<n/>'), 'more.xml': strToU8('<m/>') });
    const { entries, end } = readZip(out);
    expect(entries.map((e) => e.name)).toEqual(['hello.txt', '统计/说明.xml', 'xl/worksheets/sheet1.xml', 'new.xml', 'more.xml']);
    expect([end.disk, end.total]).toEqual([5, 5]);
    expect(end.at).toBe(out.length - 22);
    expect(end.offset + end.size).toBe(end.at);
    const local = entries.reduce((n, e) => n + 30 + new TextEncoder().encode(e.name).length + e.compressed, 0);
    expect(end.offset).toBe(local);
  });

  it('clears the data-descriptor flag of an entry whose sizes it writes in the local header', () => {
    const zip = original();
    const view = new DataView(zip.buffer);
    // set bit 3 on the first central record (hello.txt): the splice writes the sizes up front
    const at = readZip(zip).end.offset;
    view.setUint16(at + 8, view.getUint16(at + 8, true) | 0x0008, true);
    const hello = readZip(spliceZip(zip, {})).entries[0]!;
    expect([hello.flags, hello.local.flags]).toEqual([0, 0]);
  });
});

describe('archives the splice reads', () => {
  it('reads an archive with a comment after its directory, up to the longest comment a zip can have', () => {
    for (const length of [7, 65535]) {
      const out = unzipSync(spliceZip(withArchiveComment(original(), length), { 'new.xml': strToU8('<n/>') }));
      expect([length, Object.keys(out)]).toEqual([length, ['hello.txt', '统计/说明.xml', 'xl/worksheets/sheet1.xml', 'new.xml']]);
      expect(strFromU8(out['hello.txt']!)).toBe('hello');
    }
  });

  it('reads an empty archive (its end record at byte 0)', () => {
    const empty = zipSync({});
    expect(empty.length).toBe(22);
    const out = spliceZip(empty, { 'a.xml': strToU8('<a/>') });
    expect(Object.keys(unzipSync(out))).toEqual(['a.xml']);
  });

  it('reads central records with extra fields and comments, of any length', () => {
    const files: Zippable = {};
    for (let i = 0; i < 4; i++) files[`p${i}.xml`] = [strToU8(`<p${i}/>`), { extra: { 0x6375: new Uint8Array(3 + i * 40) }, comment: 'c'.repeat(i * 90 + 1) }];
    const out = unzipSync(spliceZip(zipSync(files), { 'p1.xml': strToU8('<q/>') }));
    expect(Object.entries(out).map(([n, d]) => [n, strFromU8(d)])).toEqual([
      ['p0.xml', '<p0/>'],
      ['p1.xml', '<q/>'],
      ['p2.xml', '<p2/>'],
      ['p3.xml', '<p3/>'],
    ]);
  });
});

describe('archives the splice refuses', () => {
  const isRefusal = (e: ReportError): [string, boolean] => [e.code, typeof (e.params as { detail?: unknown }).detail === 'string' && ((e.params as { detail: string }).detail ?? '').length > 0];

  it('refuses bytes that are no zip, with a detail for the clerk', () => {
    expect(isRefusal(refusal(strToU8('x'.repeat(100))))).toEqual(['argument-invalid', true]);
    expect(isRefusal(refusal(new Uint8Array(30)))).toEqual(['argument-invalid', true]);
  });

  it('refuses a damaged central directory or local header', () => {
    const central = original();
    new DataView(central.buffer).setUint32(readZip(central).end.offset, 0x12345678, true);
    expect(isRefusal(refusal(central))).toEqual(['argument-invalid', true]);
    const local = original();
    const second = readZip(local).entries[1]!.offset;
    new DataView(local.buffer).setUint32(second, 0x12345678, true);
    expect(isRefusal(refusal(local))).toEqual(['argument-invalid', true]);
  });

  it('refuses ZIP64 entries: a compressed size, a size or an offset of 0xFFFFFFFF', () => {
    for (const field of [20, 24, 42]) {
      const zip = original();
      const view = new DataView(zip.buffer);
      const { end } = readZip(zip);
      // the second central record
      const first = end.offset;
      const second = first + 46 + view.getUint16(first + 28, true) + view.getUint16(first + 30, true) + view.getUint16(first + 32, true);
      view.setUint32(second + field, 0xffffffff, true);
      expect([field, ...isRefusal(refusal(zip))]).toEqual([field, 'argument-invalid', true]);
    }
  });
});
