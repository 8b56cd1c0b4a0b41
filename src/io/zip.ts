import { unzipSync } from 'fflate';
import { ReportError } from '../core/errors';

/**
 * Opening a workbook's zip with bounds: only the parts asked for are inflated, and a part that
 * declares more than `maxPartBytes` (a zip bomb, or a sheet no report needs) is refused before
 * any inflation.
 */
export const DEFAULT_MAX_PART_BYTES = 256 * 1024 * 1024;
const MAX_RATIO = 1000;

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

export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean, maxPartBytes = DEFAULT_MAX_PART_BYTES): Map<string, Uint8Array> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        if (!wanted(file.name)) return false;
        const tooBig = file.originalSize > maxPartBytes || (file.size > 0 && file.originalSize / file.size > MAX_RATIO && file.originalSize > 16 * 1024 * 1024);
        if (tooBig) throw new ReportError('file-too-large', { part: file.name, limitMb: Math.round(maxPartBytes / 1048576) });
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw new ReportError('file-corrupt', { detail: error instanceof Error ? error.message : String(error) });
  }
  return new Map(Object.entries(files));
}

const decoder = new TextDecoder('utf-8');

export function partText(parts: Map<string, Uint8Array>, name: string): string | undefined {
  const bytes = parts.get(name);
  return bytes ? decoder.decode(bytes) : undefined;
}
