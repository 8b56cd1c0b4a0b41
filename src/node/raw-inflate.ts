import { inflateRawSync } from 'zlib';
import type { RawInflate } from '../io/zip';

/**
 * Node's zlib as the reader's raw DEFLATE (RawInflate, src/io/zip.ts), for every Node front end
 * (the CLI, the inbox server): native code, where fflate builds its Huffman tables in JavaScript for
 * every block, which dominates the few-KB parts of a submission. The output buffer is the bound plus
 * one byte, and zlib stops with ERR_BUFFER_TOO_LARGE as soon as its output passes the bound, so a
 * part that lies about its size costs at most its declared size in time and memory, as with fflate.
 * The buffer is allocated without zeroing and handed over as the part's bytes (one chunk, no copy).
 */
export const nodeRawInflate: RawInflate = (data, maxBytes) => {
  const bound = Math.max(1, maxBytes);
  try {
    // zlib's smallest chunk is 64 bytes
    return inflateRawSync(data, { maxOutputLength: bound, chunkSize: Math.max(64, bound + 1) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'past-limit';
    throw error;
  }
};
