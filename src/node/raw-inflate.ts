import { gunzipSync, inflateRawSync } from 'zlib';
import type { DeflatedPart, RawInflate } from '../io/zip';

/**
 * Node's zlib as the reader's raw DEFLATE (RawInflate, src/io/zip.ts), for every Node front end
 * (the CLI, the inbox server): native code, where fflate builds its Huffman tables in JavaScript for
 * every block, which dominates the few-KB parts of a submission. The output buffer is the bound plus
 * one byte, and zlib stops with ERR_BUFFER_TOO_LARGE as soon as its output passes the bound, so a
 * part that lies about its size costs at most its declared size in time and memory, as with fflate.
 * The buffer is allocated without zeroing and handed over as the part's bytes (one chunk, no copy).
 */
function inflateOne(data: Uint8Array, maxBytes: number): Uint8Array | 'past-limit' {
  const bound = Math.max(1, maxBytes);
  try {
    // zlib's smallest chunk is 64 bytes
    return inflateRawSync(data, { maxOutputLength: bound, chunkSize: Math.max(64, bound + 1) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'past-limit';
    throw error;
  }
}

/** A gzip member header (RFC 1952): deflate, no flags, no time, unknown OS. */
const GZIP_HEADER = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/**
 * Several parts in one native call: setting up a zlib stream costs more than inflating a few KB, and a
 * read needs five or six such parts. Each part becomes a gzip member (its deflated bytes between a
 * header and a trailer of the CRC-32 and size the zip directory states) and zlib inflates the members
 * one after another, checking every member's CRC-32 and size; the output is bounded by the sizes'
 * sum. Any mismatch or error is undefined: the reader then inflates each part on its own.
 */
function inflateMany(parts: readonly DeflatedPart[]): Uint8Array[] | undefined {
  let total = 0;
  let length = 0;
  for (const part of parts) {
    total += part.size;
    length += GZIP_HEADER.length + part.data.length + 8;
  }
  const members = new Uint8Array(length);
  const view = new DataView(members.buffer);
  let at = 0;
  for (const part of parts) {
    members.set(GZIP_HEADER, at);
    members.set(part.data, at + GZIP_HEADER.length);
    at += GZIP_HEADER.length + part.data.length;
    view.setUint32(at, part.crc32, true);
    view.setUint32(at + 4, part.size, true);
    at += 8;
  }
  let out: Uint8Array;
  try {
    out = gunzipSync(members, { maxOutputLength: Math.max(1, total), chunkSize: Math.max(64, total + 1) });
  } catch {
    return undefined;
  }
  if (out.length !== total) return undefined;
  const results: Uint8Array[] = [];
  let from = 0;
  for (const part of parts) {
    results.push(out.subarray(from, from + part.size));
    from += part.size;
  }
  return results;
}

export const nodeRawInflate: RawInflate = Object.assign(inflateOne, { many: inflateMany });
