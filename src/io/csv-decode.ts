/**
 * Which encoding a CSV file is in, decided once per file: a byte-order mark (UTF-8, UTF-16LE,
 * UTF-16BE) settles it; without one, UTF-16 shows as zero bytes in every other position, valid
 * UTF-8 is UTF-8, and GB18030 (what 另存为 CSV writes on a Chinese Windows) is chosen only when the
 * file is not mostly UTF-8: one broken byte in a UTF-8 file stays one U+FFFD, it does not turn the
 * whole file into mojibake. How sure the choice is comes back as data (`basis`, `replaced`), so the
 * caller can name a guess in a finding.
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface CsvDecoding {
  encoding: CsvEncoding;
  /** `bom`: marked; `valid`: decodes without error; `guessed`: chosen by counting, may be wrong in places. */
  basis: 'bom' | 'valid' | 'guessed';
  /** Characters that could not be decoded and read as U+FFFD. */
  replaced: number;
  /** Bytes of byte-order mark before the text. */
  bom: number;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

function nonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

/** Zero bytes at odd (LE) or even (BE) offsets of the first 4 KB, as ASCII text in UTF-16 has. */
function utf16WithoutBom(bytes: Uint8Array): CsvEncoding | undefined {
  const sample = Math.min(bytes.length & ~1, 4096);
  if (sample < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = sample / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

export function detectCsvEncoding(bytes: Uint8Array): CsvDecoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', basis: 'bom', replaced: 0, bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', basis: 'bom', replaced: 0, bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', basis: 'bom', replaced: 0, bom: 2 };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, basis: 'guessed', replaced: 0, bom: 0 };
  return { encoding: 'utf-8', basis: 'valid', replaced: 0, bom: 0 };
}

export function decodeCsvBytes(bytes: Uint8Array): { text: string; decoding: CsvDecoding } {
  const detected = detectCsvEncoding(bytes);
  const body = bytes.subarray(detected.bom);
  if (detected.encoding !== 'utf-8' || detected.basis === 'bom') {
    const text = new TextDecoder(detected.encoding, { ignoreBOM: true }).decode(body);
    return { text, decoding: { ...detected, replaced: detected.basis === 'bom' ? countReplacements(text) : 0 } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), decoding: detected };
  } catch {
    // not valid UTF-8: which reading breaks less?
    const asUtf8 = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    const utf8Broken = countReplacements(asUtf8);
    const utf8Good = nonAscii(asUtf8) - utf8Broken;
    if (utf8Good > utf8Broken * 4) return { text: asUtf8, decoding: { encoding: 'utf-8', basis: 'guessed', replaced: utf8Broken, bom: 0 } };
    const asGb = new TextDecoder('gb18030').decode(body);
    return { text: asGb, decoding: { encoding: 'gb18030', basis: 'guessed', replaced: countReplacements(asGb), bom: 0 } };
  }
}
