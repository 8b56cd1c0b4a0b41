/**
 * Text that XML 1.0 can carry: a cell value with a C0 control (other than tab, LF, CR), a lone
 * surrogate or U+FFFE/U+FFFF makes Excel refuse the whole workbook, so such characters are dropped.
 * Every string the consolidated and comparison workbooks write goes through here.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when the text may hold a character to drop: a scan by char code, cheaper than the regex. */
function suspicious(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfffe) return true;
  }
  return false;
}

export function xmlSafeText(s: string): string {
  return suspicious(s) ? s.replace(NOT_XML, '') : s;
}
