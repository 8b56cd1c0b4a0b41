import { corrupt } from './corrupt';

/**
 * The text of an XML part, in the encoding its bytes declare (XML 1.0 Appendix F): a byte-order
 * mark first, else the pattern of `<?xml` in UTF-16 without a mark, else the prolog's `encoding`,
 * else UTF-8. An encoding this runtime cannot decode is `file-corrupt`, not a silent empty part.
 */
export type XmlEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | string;

export function xmlEncodingOf(bytes: Uint8Array): { encoding: XmlEncoding; skip: number } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (a === 0x3c && b === 0x00 && c === 0x3f) return { encoding: 'utf-16le', skip: 0 };
  if (a === 0x00 && b === 0x3c && c === 0x00) return { encoding: 'utf-16be', skip: 0 };
  if (a === 0x3c && b === 0x3f) {
    if (startsWithAscii(bytes, COMMON_PROLOG) || startsWithAscii(bytes, COMMON_PROLOG_LOWER)) return { encoding: 'utf-8', skip: 0 };
    // the prolog is ASCII in every ASCII-compatible encoding; only its encoding declaration is read
    let end = 2;
    while (end < bytes.length && end < 200 && bytes[end] !== 0x3e) end++;
    const at = indexOfAscii(bytes, 'encoding', end);
    const declared = at >= 0 ? declaredEncoding(bytes, at + 8, end) : undefined;
    if (declared && declared !== 'utf-8' && declared !== 'utf8' && !declared.startsWith('utf-16')) return { encoding: declared, skip: 0 };
  }
  return { encoding: 'utf-8', skip: 0 };
}

/** The prolog nearly every writer starts a part with: UTF-8, as the general reading below finds too. */
const COMMON_PROLOG = '<?xml version="1.0" encoding="UTF-8"';
const COMMON_PROLOG_LOWER = '<?xml version="1.0" encoding="utf-8"';

function startsWithAscii(bytes: Uint8Array, text: string): boolean {
  if (bytes.length < text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

/** `\s` of a regular expression, for one byte read as a character. */
const isSpaceByte = (b: number): boolean => b === 0x20 || (b >= 0x09 && b <= 0x0d) || b === 0xa0;
const isNameByte = (b: number): boolean => (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) || b === 0x2e || b === 0x5f || b === 0x2d;

/**
 * The encoding name after `encoding` (which ends at `from`), lower-cased, as the prolog pattern
 * `encoding\s*=\s*["']([A-Za-z0-9._-]+)["']` reads it within `bytes[from, end)`; undefined when it does not match.
 */
function declaredEncoding(bytes: Uint8Array, from: number, end: number): string | undefined {
  let i = from;
  while (i < end && isSpaceByte(bytes[i] as number)) i++;
  if (bytes[i] !== 0x3d) return undefined;
  i++;
  while (i < end && isSpaceByte(bytes[i] as number)) i++;
  if (bytes[i] !== 0x22 && bytes[i] !== 0x27) return undefined;
  const start = ++i;
  while (i < end && isNameByte(bytes[i] as number)) i++;
  if (i === start || i >= end || (bytes[i] !== 0x22 && bytes[i] !== 0x27)) return undefined;
  let name = '';
  for (let k = start; k < i; k++) name += String.fromCharCode(bytes[k] as number);
  return name.toLowerCase();
}

/** Where the ASCII `word` starts in `bytes[0, end)`, or -1. */
function indexOfAscii(bytes: Uint8Array, word: string, end: number): number {
  outer: for (let i = 0; i + word.length <= end; i++) {
    for (let k = 0; k < word.length; k++) if (bytes[i + k] !== word.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

const decoders = new Map<string, TextDecoder>();

function decoderFor(encoding: string): TextDecoder {
  let decoder = decoders.get(encoding);
  if (!decoder) {
    try {
      decoder = new TextDecoder(encoding);
    } catch {
      throw corrupt('corrupt.xml-encoding-unknown', encoding);
    }
    decoders.set(encoding, decoder);
  }
  return decoder;
}

export function xmlText(bytes: Uint8Array): string {
  const { encoding, skip } = xmlEncodingOf(bytes);
  const body = skip ? bytes.subarray(skip) : bytes;
  if (encoding === 'utf-8' && body.length <= SMALL_TEXT_BYTES && mostlyNonAscii(body)) {
    const text = smallUtf8(body);
    if (text !== undefined) return text;
  }
  return decoderFor(encoding).decode(body);
}

/**
 * A small part of mostly Chinese text (the shared strings of a submission) decodes faster as UTF-16
 * code units written here and read back by a UTF-16 decoder (a plain copy) than by the UTF-8
 * decoder, whose fixed cost per call and per character dominates a few kilobytes. Only where the
 * platform stores a Uint16Array little-endian (every platform this runs on), only for parts up to
 * SMALL_TEXT_BYTES whose sampled bytes are mostly beyond ASCII (a part mostly ASCII decodes fastest as it is).
 */
const SMALL_TEXT_BYTES = 64 * 1024;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = LITTLE_ENDIAN ? new TextDecoder('utf-16le') : undefined;
let units = new Uint16Array(0);

/**
 * Every 16th byte looked at: at least a third of them beyond ASCII (Chinese text is three bytes a
 * character). Below that the UTF-8 decoder's ASCII fast path wins (markup with a few accented names).
 */
function mostlyNonAscii(bytes: Uint8Array): boolean {
  if (!utf16) return false;
  let high = 0;
  let seen = 0;
  for (let i = 0; i < bytes.length; i += 16, seen++) if ((bytes[i] as number) >= 0x80) high++;
  return high * 3 >= seen && high > 0;
}

/**
 * UTF-8 bytes as the UTF-8 decoder gives them, for the sequences Chinese text is made of (ASCII, two
 * bytes, three bytes from U+1000 up, surrogates excluded); undefined for anything else (a four-byte
 * sequence, an invalid or overlong one, a leading BOM the decoder would drop), which the decoder reads.
 */
function smallUtf8(bytes: Uint8Array): string | undefined {
  const n = bytes.length;
  if (n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return undefined;
  if (units.length < n) units = new Uint16Array(Math.max(n, 4096));
  const out = units;
  let j = 0;
  for (let i = 0; i < n;) {
    const c = bytes[i] as number;
    if (c < 0x80) {
      out[j++] = c;
      i++;
    } else if (c >= 0xe1 && c <= 0xef && c !== 0xed) {
      // past the end reads as undefined, which is no continuation byte
      const c1 = bytes[i + 1] as number;
      const c2 = bytes[i + 2] as number;
      if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80) return undefined;
      out[j++] = ((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
      i += 3;
    } else if (c >= 0xc2 && c <= 0xdf) {
      const c1 = bytes[i + 1] as number;
      if ((c1 & 0xc0) !== 0x80) return undefined;
      out[j++] = ((c & 0x1f) << 6) | (c1 & 0x3f);
      i += 2;
    } else return undefined;
  }
  return (utf16 as TextDecoder).decode(out.subarray(0, j));
}
