import { xmlSafeText as safeText } from './xml-text';

/**
 * Text that XML 1.0 can carry, for the workbooks written through ExcelJS (consolidated, comparison):
 * a C0 control (other than tab, LF, CR), a lone surrogate or U+FFFE/U+FFFF makes Excel refuse the
 * whole workbook, so such characters are dropped. The one rule lives in xml-text.ts.
 */
export function xmlSafeText(s: string): string {
  return safeText(s, 'drop');
}
