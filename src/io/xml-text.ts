/**
 * The one rule every writer in src/io (and the consolidated workbook through ExcelJS) applies to text
 * it puts into an XML part, so every workbook written parses with a strict XML parser (XML 1.0 §2.2):
 * C0 controls other than TAB, LF and CR, and the non-characters U+FFFE and U+FFFF, are written as
 * OOXML's `_xHHHH_` escapes (ECMA-376 §22.9.2.19, how Excel itself writes them, so the text reads back
 * the same); a text that already looks like an escape has its underscore escaped (`_x005F_`); a lone
 * surrogate (half of a broken pair) becomes U+FFFD. In `drop` mode (sheet names, attributes) those
 * characters are left out instead.
 */
export type XmlTextMode = 'escape' | 'drop';

// C0 controls but \t \n \r, U+FFFE, U+FFFF, lone surrogates, and `_xHHHH_` look-alikes
// eslint-disable-next-line no-control-regex -- matching the controls XML forbids is the point
const UNSAFE = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9A-Fa-f]{4}_)/g;

// a character UNSAFE can match at all: a plain class scan, several times faster on long CJK texts
// than UNSAFE's lookarounds, so a text without any (nearly every text) is returned after one scan
// eslint-disable-next-line no-control-regex -- as UNSAFE
const MAYBE_UNSAFE = /[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]|_x/;

export function xmlSafeText(text: string, mode: XmlTextMode = 'escape'): string {
  if (!MAYBE_UNSAFE.test(text)) return text;
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return mode === 'drop' ? '' : '\ufffd';
    if (ch === '_') return mode === 'drop' ? '_' : '_x005F_';
    return mode === 'drop' ? '' : `_x${code.toString(16).toUpperCase().padStart(4, '0')}_`;
  });
}

/** Text for element content in hand-written XML: made safe, then `&`, `<` and `>` escaped. */
export function escapeXmlText(text: string): string {
  return xmlSafeText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a double-quoted attribute value in hand-written XML. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/[\t\n\r]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
