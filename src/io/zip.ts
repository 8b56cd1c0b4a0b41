import { inflateSync } from 'fflate';
import { ReportError } from '../core/errors';

/**
 * Opening a workbook's zip with bounds. The central directory is read first; only the parts asked
 * for are inflated, each into a buffer of its declared size: a part that declares more than
 * `maxPartBytes` is refused before inflating, and one that inflates past what it declares (a zip
 * bomb that lies) is refused as corrupt, so memory stays bounded either way.
 */
export const DEFAULT_MAX_PART_BYTES = 256 * 1024 * 1024;

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
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const corrupt = (detail: string): ReportError => new ReportError('file-corrupt', { detail });
const decoder = new TextDecoder('utf-8');

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

function centralDirectory(bytes: Uint8Array): Entry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('zip directory missing (truncated file?)');
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  if (p + 46 > bytes.length) throw corrupt('zip directory out of range');
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw corrupt('zip directory damaged');
    const nameLength = u16(bytes, p + 28);
    const extra = u16(bytes, p + 30);
    const comment = u16(bytes, p + 32);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
    });
    p += 46 + nameLength + extra + comment;
  }
  return entries;
}

function inflateEntry(bytes: Uint8Array, entry: Entry): Uint8Array {
  const p = entry.localOffset;
  if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50) throw corrupt(`bad entry ${entry.name}`);
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`${entry.name} is cut off (truncated file?)`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data.slice();
  if (entry.size === 0) return new Uint8Array(0); // folders and empty parts
  if (entry.method !== 8) throw corrupt(`${entry.name} uses compression method ${entry.method}`);
  // One byte more than declared: a stream that fills it inflates past its declared size (a lying
  // zip bomb) and is refused; memory never exceeds the declared size, which the limit bounds.
  let out: Uint8Array;
  try {
    out = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
  } catch (error) {
    throw corrupt(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (out.length > entry.size) throw corrupt(`${entry.name} inflates past its declared size`);
  if (out.length < entry.size) throw corrupt(`${entry.name} is incomplete`);
  return out;
}

/** A zip opened for reading parts on demand: a part is inflated the first time it is asked for. */
export interface ZipReader {
  names: string[];
  read(name: string): Uint8Array | undefined;
  text(name: string): string | undefined;
}

export function openZip(bytes: Uint8Array, maxPartBytes = DEFAULT_MAX_PART_BYTES): ZipReader {
  const entries = new Map(centralDirectory(bytes).map((e) => [e.name, e]));
  const cache = new Map<string, Uint8Array>();
  const read = (name: string): Uint8Array | undefined => {
    const cached = cache.get(name);
    if (cached) return cached;
    const entry = entries.get(name);
    if (!entry) return undefined;
    if (entry.size > maxPartBytes) throw new ReportError('file-too-large', { part: entry.name, limitMb: Math.round(maxPartBytes / 1048576) });
    const data = inflateEntry(bytes, entry);
    cache.set(name, data);
    return data;
  };
  return {
    names: [...entries.keys()],
    read,
    text: (name) => {
      const data = read(name);
      return data ? decoder.decode(data) : undefined;
    },
  };
}

/** Every wanted part, inflated now (for copying a whole workbook). */
export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean, maxPartBytes = DEFAULT_MAX_PART_BYTES): Map<string, Uint8Array> {
  const zip = openZip(bytes, maxPartBytes);
  return new Map(zip.names.filter(wanted).map((name) => [name, zip.read(name) as Uint8Array]));
}

export function partText(parts: Map<string, Uint8Array>, name: string): string | undefined {
  const bytes = parts.get(name);
  return bytes ? decoder.decode(bytes) : undefined;
}
