/**
 * Text that XML 1.0 can carry: a cell value with a C0 control (other than tab, LF, CR), a lone
 * surrogate or U+FFFE/U+FFFF makes Excel refuse the whole workbook, so such characters are dropped.
 * Every string the consolidated and comparison workbooks write goes through here.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafeText(s: string): string {
  return s.replace(NOT_XML, '');
}
