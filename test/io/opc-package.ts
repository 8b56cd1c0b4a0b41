import { strToU8, zipSync } from 'fflate';

/**
 * Raw packages for reader tests: every part name and byte under the test's control (backslashes,
 * case, encodings, missing relationships), so each defect of issue 12 has its own small fixture.
 */
export const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const rootRels = (target = 'xl/workbook.xml'): string =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${target}"/></Relationships>`;

export const workbookXml = (sheets: string[], extra = ''): string =>
  `<?xml version="1.0"?><workbook ${NS}>${extra}<sheets>${sheets.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;

export const workbookRels = (targets: string[], more: { type: string; target: string }[] = []): string =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets
    .map((t, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${t}"/>`)
    .join('')}${more.map((m, i) => `<Relationship Id="rIdX${i}" Type="${REL}/${m.type}" Target="${m.target}"/>`).join('')}</Relationships>`;

/** An inline-string cell (`t="inlineStr"`). */
export const inline = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

export const sheetXml = (sheetData: string, after = ''): string => `<?xml version="1.0"?><worksheet ${NS}><sheetData>${sheetData}</sheetData>${after}</worksheet>`;

export const stylesXml = (formats: (number | string)[]): string => {
  const custom = formats.flatMap((f, i) => (typeof f === 'string' ? [`<numFmt numFmtId="${200 + i}" formatCode="${f.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/>`] : []));
  const xfs = formats.map((f, i) => `<xf numFmtId="${typeof f === 'string' ? 200 + i : f}"/>`).join('');
  return `<?xml version="1.0"?><styleSheet ${NS}><numFmts>${custom.join('')}</numFmts><cellXfs><xf numFmtId="0"/>${xfs}</cellXfs><dxfs><dxf><numFmt numFmtId="14" formatCode="0.00%"/></dxf></dxfs></styleSheet>`;
};

/** A package from parts given as text (UTF-8) or bytes, names exactly as given. */
export function pack(parts: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, body]) => [name, typeof body === 'string' ? strToU8(body) : body])));
}

/** The usual package around one sheet's data, with optional styles and shared strings. */
export function oneSheet(sheetData: string, options: { after?: string; styles?: string; strings?: string[]; workbookExtra?: string } = {}): Uint8Array {
  return pack({
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': rootRels(),
    'xl/workbook.xml': workbookXml(['表'], options.workbookExtra),
    'xl/_rels/workbook.xml.rels': workbookRels(
      ['worksheets/sheet1.xml'],
      [
        { type: 'styles', target: 'styles.xml' },
        { type: 'sharedStrings', target: 'sharedStrings.xml' },
      ],
    ),
    'xl/worksheets/sheet1.xml': sheetXml(sheetData, options.after),
    'xl/styles.xml': options.styles ?? stylesXml([]),
    'xl/sharedStrings.xml': `<?xml version="1.0"?><sst ${NS}>${(options.strings ?? []).map((s) => `<si>${s}</si>`).join('')}</sst>`,
  });
}

/** UTF-16 bytes of a text, little- or big-endian, with or without a byte-order mark. */
export function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\ufeff' : '') + text;
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[i * 2 + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[i * 2 + (order === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}
