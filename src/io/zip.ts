import { Inflate } from 'fflate';
import { ReportError } from '../core/errors';

/**
 * Opening a workbook's zip with bounds. The central directory is read first; only the parts asked
 * for are inflated, as a stream whose output is counted: a part that declares, or actually
 * inflates to, more than `maxPartBytes` (a zip bomb) is refused without ever being held in memory,
 * and a part that inflates to more than it declares is a corrupt file.
 */
export const DEFAULT_MAX_PART_BYTES = 256 * 1024 * 1024;
const CHUNK = 64 * 1024;

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

function inflateEntry(bytes: Uint8Array, entry: Entry, maxPartBytes: number): Uint8Array {
  const p = entry.localOffset;
  if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50) throw corrupt(`bad entry ${entry.name}`);
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`${entry.name} is cut off (truncated file?)`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data.slice();
  if (entry.size === 0) return new Uint8Array(0); // folders and empty parts
  if (entry.method !== 8) throw corrupt(`${entry.name} uses compression method ${entry.method}`);
  const out = new Uint8Array(entry.size);
  let written = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > entry.size) {
      throw written + chunk.length > maxPartBytes ? new ReportError('file-too-large', { part: entry.name, limitMb: Math.round(maxPartBytes / 1048576) }) : corrupt(`${entry.name} inflates past its declared size`);
    }
    out.set(chunk, written);
    written += chunk.length;
    done = final;
  });
  try {
    for (let i = 0; i < data.length; i += CHUNK) inflater.push(data.subarray(i, Math.min(i + CHUNK, data.length)), i + CHUNK >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw corrupt(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!done || written !== entry.size) throw corrupt(`${entry.name} is incomplete`);
  return out;
}

export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean, maxPartBytes = DEFAULT_MAX_PART_BYTES): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  for (const entry of centralDirectory(bytes)) {
    if (!wanted(entry.name)) continue;
    if (entry.size > maxPartBytes) throw new ReportError('file-too-large', { part: entry.name, limitMb: Math.round(maxPartBytes / 1048576) });
    parts.set(entry.name, inflateEntry(bytes, entry, maxPartBytes));
  }
  return parts;
}

export function partText(parts: Map<string, Uint8Array>, name: string): string | undefined {
  const bytes = parts.get(name);
  return bytes ? decoder.decode(bytes) : undefined;
}
