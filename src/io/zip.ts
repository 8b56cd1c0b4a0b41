import { Inflate, inflateSync } from 'fflate';
import { ReportError } from '../core/errors';
import { corrupt } from './corrupt';
import { mb, READ_LIMITS, ReadLimits } from './limits';

/**
 * Opening a workbook's zip with bounds. The central directory is read first; only the parts asked
 * for are inflated, each into a buffer of its declared size. A part declaring more than the part
 * limit, or parts adding up past the workbook budget, are refused before inflating (`file-too-large`);
 * a part that inflates past what it declares (a zip bomb that lies) is stopped as soon as its output
 * passes the declared size (`file-corrupt`), so time and memory stay bounded either way. A host may
 * pass its own inflater (RawInflate: Node's zlib in the CLI and the inbox), and with it inflate the
 * small parts a read needs in one call (`prefetch`), every part still admitted and checked when read.
 *
 * Names follow OPC (ECMA-376 Part 2): `\` written by some Windows writers reads as `/`, a leading `/`
 * is dropped, and lookup ignores case and percent-encoding.
 */
export const DEFAULT_MAX_PART_BYTES = READ_LIMITS.maxPartBytes;

export type Sniffed = 'empty' | 'zip' | 'ole' | 'other';

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  return 'other';
}

/** An OLE file holding `EncryptionInfo` is a password-protected .xlsx, otherwise a legacy .xls. */
export function isEncryptedOle(bytes: Uint8Array): boolean {
  const marker = 'EncryptionInfo';
  const limit = Math.min(bytes.length, 1 << 20);
  outer: for (let i = 0; i + marker.length * 2 <= limit; i++) {
    for (let j = 0; j < marker.length; j++) {
      if (bytes[i + j * 2] !== marker.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

interface Entry {
  /** The name as stored, `\` turned into `/`. */
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc32: number;
  localOffset: number;
}

/**
 * A raw DEFLATE inflater a host may offer in place of fflate (the CLI and the inbox server pass
 * Node's zlib: native, about twice as fast on the small parts of a submission). `inflate(data,
 * maxBytes)` returns the inflated bytes, or `'past-limit'` as soon as the output passes `maxBytes`
 * (inflating no further: the bound on a zip bomb that lies about its size); a damaged stream throws.
 * The reader still checks the length it gets against the part's declared size.
 */
export interface RawInflate {
  (data: Uint8Array, maxBytes: number): Uint8Array | 'past-limit';
  /**
   * Optional: several small parts in one call (a native call costs more to set up than to inflate a
   * few KB). Each result must be exactly its part's declared size with its CRC-32, else the answer is
   * undefined and the reader inflates each part on its own when it reads it (and reports what is wrong).
   */
  many?(parts: readonly DeflatedPart[]): Uint8Array[] | undefined;
}

/** A part as the central directory states it, for `RawInflate.many`. */
export interface DeflatedPart {
  data: Uint8Array;
  size: number;
  crc32: number;
}

const utf8 = new TextDecoder('utf-8');

// bytes past the end read as 0 (every caller checks its bounds first)
function u16(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}
function u32(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16) | ((b[i + 3] ?? 0) << 24)) >>> 0;
}
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 2 ** 32;
}

/** A stored name: UTF-8 (ASCII, the common case, read without a decoder call). */
function nameAt(bytes: Uint8Array, start: number, length: number): string {
  if (length > 256) return utf8.decode(bytes.subarray(start, start + length));
  let name = '';
  for (let i = start; i < start + length; i++) {
    const b = bytes[i] as number;
    if (b >= 0x80) return utf8.decode(bytes.subarray(start, start + length));
    name += String.fromCharCode(b);
  }
  return name;
}

/** The OPC name a zip item or a relationship target stands for: `/`, no leading slash. */
export function normalisePartName(name: string): string {
  if (name.indexOf('\\') < 0 && name.charCodeAt(0) !== 0x2f) return name;
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

/** The key OPC names compare by: case-insensitive, percent-decoded. */
export function partKey(name: string): string {
  let key = normalisePartName(name);
  if (key.includes('%')) {
    try {
      key = decodeURIComponent(key);
    } catch {
      // a stray % stays as written
    }
  }
  return key.toLowerCase();
}

/** Zip64 sizes and offsets live in extra field 0x0001, in this order, only for fields saturated in the record. */
function applyZip64(bytes: Uint8Array, entry: Entry, extraStart: number, extraLength: number): void {
  let p = extraStart;
  const end = extraStart + extraLength;
  while (p + 4 <= end) {
    const id = u16(bytes, p);
    const length = u16(bytes, p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      if (entry.size === 0xffffffff && q + 8 <= end) {
        entry.size = u64(bytes, q);
        q += 8;
      }
      if (entry.compressedSize === 0xffffffff && q + 8 <= end) {
        entry.compressedSize = u64(bytes, q);
        q += 8;
      }
      if (entry.localOffset === 0xffffffff && q + 8 <= end) entry.localOffset = u64(bytes, q);
      return;
    }
    p += 4 + length;
  }
}

function centralDirectory(bytes: Uint8Array, limits: ReadLimits): Entry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('corrupt.zip-directory-missing');
  let p = u32(bytes, eocd + 16);
  // a zip64 end record points at the real directory
  if (p === 0xffffffff && eocd >= 20 && u32(bytes, eocd - 20) === 0x07064b50) {
    const record = u64(bytes, eocd - 20 + 8);
    if (record + 56 <= bytes.length && u32(bytes, record) === 0x06064b50) p = u64(bytes, record + 48);
  }
  if (p + 46 > bytes.length) throw corrupt('corrupt.zip-directory-damaged');
  const entries: Entry[] = [];
  // the record count may be saturated or wrong: the directory is read while its signature holds
  while (p + 46 <= bytes.length && u32(bytes, p) === 0x02014b50) {
    if (entries.length >= limits.maxZipEntries) throw corrupt('corrupt.zip-too-many-entries', limits.maxZipEntries);
    const nameLength = u16(bytes, p + 28);
    const extra = u16(bytes, p + 30);
    const comment = u16(bytes, p + 32);
    if (p + 46 + nameLength > bytes.length) throw corrupt('corrupt.zip-directory-damaged');
    const entry: Entry = {
      name: normalisePartName(nameAt(bytes, p + 46, nameLength)),
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      crc32: u32(bytes, p + 16),
      localOffset: u32(bytes, p + 42),
    };
    applyZip64(bytes, entry, p + 46 + nameLength, extra);
    entries.push(entry);
    p += 46 + nameLength + extra + comment;
  }
  if (entries.length === 0 && u16(bytes, eocd + 10) > 0) throw corrupt('corrupt.zip-directory-damaged');
  return entries;
}

/**
 * Deflate's best ratio is about 1032:1. A part that cannot inflate far past its declared size, or so
 * small that even a lie costs at most 64 MB of inflating into a fixed buffer, inflates in one call;
 * any other streams, and stops at the first chunk past its declared size. A host's RawInflate takes
 * every part in one call: it stops at the bound itself (Node's zlib fills an output of the declared
 * size plus one byte and stops there).
 */
const MAX_DEFLATE_RATIO = 1032;
const ONE_CALL_COMPRESSED_BYTES = 64 * 1024;
const STREAM_CHUNK = 64 * 1024;

function inflateBounded(data: Uint8Array, entry: Entry): Uint8Array {
  const out = new Uint8Array(entry.size);
  let written = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > entry.size) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  for (let i = 0; i < data.length && !overflow; i += STREAM_CHUNK) inflater.push(data.subarray(i, Math.min(data.length, i + STREAM_CHUNK)), i + STREAM_CHUNK >= data.length);
  if (overflow) throw corrupt('corrupt.part-longer-than-declared', undefined, entry.name);
  if (written < entry.size) throw corrupt('corrupt.part-incomplete', undefined, entry.name);
  return out;
}

/**
 * Parts up to this size inflate into one reused buffer when the caller only reads them once
 * (`ZipReader.use`): a fresh zeroed buffer per part costs about as much as inflating a small one.
 */
const SCRATCH_MAX_BYTES = 1 << 20;
let scratch = new Uint8Array(0);

function scratchFor(size: number): Uint8Array {
  if (scratch.length < size) scratch = new Uint8Array(Math.min(SCRATCH_MAX_BYTES + 1, Math.max(size, 64 * 1024)));
  return scratch.subarray(0, size);
}

/** The part's bytes by the host's inflater: exactly its declared size, or the part is corrupt. */
function inflateWith(inflate: RawInflate, data: Uint8Array, entry: Entry): Uint8Array {
  const out = inflate(data, entry.size);
  if (out === 'past-limit' || out.length > entry.size) throw corrupt('corrupt.part-longer-than-declared', undefined, entry.name);
  if (out.length < entry.size) throw corrupt('corrupt.part-incomplete', undefined, entry.name);
  return out;
}

/** The entry's stored (compressed) bytes, after its local header. */
function storedData(bytes: Uint8Array, entry: Entry): Uint8Array {
  const p = entry.localOffset;
  if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50) throw corrupt('corrupt.part-header-damaged', undefined, entry.name);
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt('corrupt.part-cut-off', undefined, entry.name);
  return bytes.subarray(start, end);
}

function inflateEntry(bytes: Uint8Array, entry: Entry, into?: Uint8Array, inflate?: RawInflate): Uint8Array {
  const data = storedData(bytes, entry);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw corrupt('corrupt.part-sizes-differ', undefined, entry.name);
    return data.slice();
  }
  // folders and empty parts: an empty DEFLATE stream is 2 bytes; a part declaring 0 bytes over more is
  // inflated (bounded at 1 byte) so a part holding data behind that claim is corrupt, not read as empty
  if (entry.size === 0 && data.length <= 2) return new Uint8Array(0);
  if (entry.method !== 8) throw corrupt('corrupt.part-compression-unknown', entry.method, entry.name);
  try {
    if (inflate) return inflateWith(inflate, data, entry);
    if (data.length > ONE_CALL_COMPRESSED_BYTES && data.length * MAX_DEFLATE_RATIO > Math.max(entry.size, 1 << 20) * 4) return inflateBounded(data, entry);
    // One byte more than declared: a stream that fills it inflates past its declared size.
    const out = inflateSync(data, { out: into ?? new Uint8Array(entry.size + 1) });
    if (out.length > entry.size) throw corrupt('corrupt.part-longer-than-declared', undefined, entry.name);
    if (out.length < entry.size) throw corrupt('corrupt.part-incomplete', undefined, entry.name);
    return out;
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw corrupt('corrupt.part-inflate-failed', error instanceof Error ? error.message : String(error), entry.name);
  }
}

/** Parts up to this size stay inflated once read (relationships and the workbook part are read more than once). */
const CACHED_PART_BYTES = 1 << 20;

/**
 * A zip opened for reading parts on demand: a part is inflated the first time it is asked for. A part
 * over CACHED_PART_BYTES is inflated again if asked for again (and counted once against the bound).
 */
export interface ZipReader {
  /** Every item's name as stored (`\` read as `/`), in directory order. */
  names: string[];
  /** Whether a part exists, by OPC comparison. */
  has(name: string): boolean;
  read(name: string): Uint8Array | undefined;
  /**
   * `read` for a caller that reads the bytes once, right away (decoding a part to text): `use` gets
   * them for the length of the call only (a small part lives in a buffer the next call reuses, so the
   * bytes must not be kept) and its result is returned; undefined when the part is absent.
   */
  use<T>(name: string, use: (bytes: Uint8Array) => T): T | undefined;
  /**
   * Inflates the small deflated parts among `names` ahead, in one call of the host's `RawInflate.many`
   * (nothing without one). Only a hint: each part is still admitted against the limits when it is
   * read, and a batch the host refuses leaves every part to be inflated on its own.
   */
  prefetch(names: readonly string[]): void;
}

/** Parts prefetched together: each up to 64 KB, 256 KB in all (the small parts every read needs). */
const PREFETCH_PART_BYTES = 64 * 1024;
const PREFETCH_TOTAL_BYTES = 256 * 1024;

/** `inflate`: the host's raw DEFLATE (RawInflate); fflate without one. */
export function openZip(bytes: Uint8Array, limits: ReadLimits = { ...READ_LIMITS }, inflate?: RawInflate): ZipReader {
  const list = centralDirectory(bytes, limits);
  const entries = new Map<string, Entry>();
  for (const e of list) {
    const key = partKey(e.name);
    if (!entries.has(key)) entries.set(key, e);
  }
  const cache = new Map<string, Uint8Array>();
  // parts inflated ahead (`prefetch`), each taken out when it is first read
  const ahead = new Map<string, Uint8Array>();
  const inflateOnce = (key: string, entry: Entry, into?: Uint8Array): Uint8Array => {
    const early = ahead.get(key);
    if (early === undefined) return inflateEntry(bytes, entry, into, inflate);
    ahead.delete(key);
    return early;
  };
  // every part counts against the workbook budget once, however often it is inflated
  const counted = new Set<string>();
  let inflated = 0;
  const admit = (key: string, entry: Entry): void => {
    if (entry.size > limits.maxPartBytes) throw new ReportError('file-too-large', { part: entry.name, limitMb: mb(limits.maxPartBytes) });
    if (counted.has(key)) return;
    if (inflated + entry.size > limits.maxWorkbookBytes) throw new ReportError('file-too-large', { part: entry.name, limitMb: mb(limits.maxWorkbookBytes) });
    inflated += entry.size;
    counted.add(key);
  };
  const read = (name: string): Uint8Array | undefined => {
    const key = partKey(name);
    const cached = cache.get(key);
    if (cached) return cached;
    const entry = entries.get(key);
    if (!entry) return undefined;
    admit(key, entry);
    const data = inflateOnce(key, entry);
    // a big part (a sheet, the shared strings) is read once and not held: its bytes go as soon as its text is read
    if (data.length <= CACHED_PART_BYTES) cache.set(key, data);
    return data;
  };
  const use = <T>(name: string, use: (bytes: Uint8Array) => T): T | undefined => {
    const key = partKey(name);
    const cached = cache.get(key);
    if (cached) return use(cached);
    const entry = entries.get(key);
    if (!entry) return undefined;
    admit(key, entry);
    // the host's inflater allocates its own output (Node's without zeroing it): no scratch buffer
    if (inflate || entry.method !== 8 || entry.size > SCRATCH_MAX_BYTES) return use(inflateOnce(key, entry));
    return use(inflateEntry(bytes, entry, scratchFor(entry.size + 1)));
  };
  const prefetch = (names: readonly string[]): void => {
    if (!inflate?.many) return;
    const keys: string[] = [];
    const parts: DeflatedPart[] = [];
    let total = 0;
    for (const name of names) {
      const key = partKey(name);
      const entry = entries.get(key);
      if (!entry || entry.method !== 8 || entry.size === 0 || entry.size > PREFETCH_PART_BYTES || total + entry.size > PREFETCH_TOTAL_BYTES) continue;
      if (cache.has(key) || ahead.has(key) || keys.includes(key)) continue;
      let data: Uint8Array;
      try {
        data = storedData(bytes, entry);
      } catch {
        continue; // a damaged entry is reported when it is read
      }
      keys.push(key);
      parts.push({ data, size: entry.size, crc32: entry.crc32 });
      total += entry.size;
    }
    if (parts.length < 2) return;
    let out: Uint8Array[] | undefined;
    try {
      out = inflate.many(parts);
    } catch {
      out = undefined;
    }
    if (out === undefined || out.length !== parts.length) return;
    for (let i = 0; i < keys.length; i++) {
      const part = out[i];
      if (part === undefined || part.length !== parts[i]?.size) return;
    }
    keys.forEach((key, i) => ahead.set(key, out[i] as Uint8Array));
  };
  return { names: list.map((e) => e.name), has: (name) => entries.has(partKey(name)), read, use, prefetch };
}

/** Every wanted part, inflated now, under its stored name (for copying a whole workbook). */
export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean, limits?: ReadLimits): Map<string, Uint8Array> {
  const zip = openZip(bytes, limits);
  return new Map(zip.names.filter(wanted).map((name) => [name, zip.read(name) as Uint8Array]));
}
