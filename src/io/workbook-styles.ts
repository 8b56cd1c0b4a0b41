import { formatCode, GENERAL, NumberFormat, numberFormat } from './number-format';
import { XmlScanner } from './xml-scan';

/**
 * The number format of each cell style (`<cellXfs>` in styles.xml, ECMA-376 §18.8.10): the index a
 * cell's `s` attribute points at. Styles in `<cellStyleXfs>` are the named styles, not cell styles;
 * only `<numFmts>` defines the workbook's formats (`<dxfs>` holds conditional-format ones).
 */
export function cellFormats(xml: string | undefined): NumberFormat[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  const scan = new XmlScanner(xml);
  let inCellXfs = false;
  let inNumFmts = false; // differential formats (<dxfs>) hold numFmt elements too, not the workbook's formats
  while (scan.next()) {
    if (scan.name === 'numFmts') inNumFmts = !scan.closing && !scan.selfClosing;
    else if (inNumFmts && scan.name === 'numFmt' && !scan.closing) {
      const id = Number(scan.attr('numFmtId'));
      const code = scan.attr('formatCode');
      if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
    } else if (scan.name === 'cellXfs') inCellXfs = !scan.closing && !scan.selfClosing;
    else if (inCellXfs && scan.name === 'xf' && !scan.closing) {
      xfIds.push(Number(scan.attr('numFmtId') ?? 0));
      scan.skipElement();
    }
  }
  return xfIds.map((id) => (Number.isInteger(id) ? numberFormat(formatCode(id, custom)) : GENERAL));
}
