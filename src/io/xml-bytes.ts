import { ReportError } from '../core/errors';

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
    // the prolog is ASCII in every ASCII-compatible encoding; only its encoding declaration is read
    let end = 2;
    while (end < bytes.length && end < 200 && bytes[end] !== 0x3e) end++;
    const at = indexOfAscii(bytes, 'encoding', end);
    const declared = at >= 0 ? declaredEncoding(bytes, at + 8, end) : undefined;
    if (declared && declared !== 'utf-8' && declared !== 'utf8' && !declared.startsWith('utf-16')) return { encoding: declared, skip: 0 };
  }
  return { encoding: 'utf-8', skip: 0 };
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
      throw new ReportError('file-corrupt', { detail: `未知编码 ${encoding}` }, `XML part in an unknown encoding ${encoding}`);
    }
    decoders.set(encoding, decoder);
  }
  return decoder;
}

export function xmlText(bytes: Uint8Array): string {
  const { encoding, skip } = xmlEncodingOf(bytes);
  return decoderFor(encoding).decode(skip ? bytes.subarray(skip) : bytes);
}
