import { nodeRawInflate } from '../src/node/raw-inflate';

/**
 * The floor's unzipping with Node's zlib in place of fflate (information beside the floor, bench/read.ts):
 * the same parts, picked by the same name test from the central directory as fflate's `unzipSync`
 * picks them, each inflated by the inflater the CLI reads with (src/node/raw-inflate.ts) into its
 * declared size. A part that will not inflate is left out (its time still counts).
 */
const u16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number): number => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

export function zlibUnzip(bytes: Uint8Array, wanted: (name: string) => boolean): Uint8Array[] {
  let eocd = bytes.length - 22;
  while (eocd >= 0 && u32(bytes, eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) return [];
  const parts: Uint8Array[] = [];
  for (let p = u32(bytes, eocd + 16); p + 46 <= bytes.length && u32(bytes, p) === 0x02014b50;) {
    const nameLength = u16(bytes, p + 28);
    // bit 11: the name is UTF-8 (as fflate reads it)
    const name = (u16(bytes, p + 8) & 0x800 ? utf8 : latin1).decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (wanted(name)) {
      const method = u16(bytes, p + 10);
      const size = u32(bytes, p + 24);
      const local = u32(bytes, p + 42);
      const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
      const data = bytes.subarray(start, start + u32(bytes, p + 20));
      try {
        const part = method === 0 ? data.slice() : size === 0 ? new Uint8Array(0) : nodeRawInflate(data, size);
        if (part !== 'past-limit') parts.push(part);
      } catch {
        // a part zlib refuses: its time still counts
      }
    }
    p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return parts;
}
