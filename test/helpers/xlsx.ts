import { strToU8, zipSync } from 'fflate';

/**
 * Builds a minimal .xlsx from raw SpreadsheetML parts, for reader tests that need exact control
 * (inline strings, rich text, formulas, date styles, hidden sheets).
 */
export interface RawSheet {
  name: string;
  /** The inside of `<sheetData>`. */
  sheetData: string;
  mergeCells?: string[];
  state?: 'hidden' | 'veryHidden';
}

export function buildXlsx(sheets: RawSheet[], options: { sharedStrings?: string[]; stylesXml?: string; date1904?: boolean } = {}): Uint8Array {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>'),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook ${ns}>${options.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ''}/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join(
          '',
        )}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0"?><sst ${ns}>${(options.sharedStrings ?? []).map((s) => (s.startsWith('<') ? `<si>${s}</si>` : `<si><t xml:space="preserve">${s}</t></si>`)).join('')}</sst>`,
    ),
    'xl/styles.xml': strToU8(options.stylesXml ?? `<?xml version="1.0"?><styleSheet ${ns}><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`),
  };
  sheets.forEach((s, i) => {
    const merges = s.mergeCells?.length ? `<mergeCells count="${s.mergeCells.length}">${s.mergeCells.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0"?><worksheet ${ns}><sheetData>${s.sheetData}</sheetData>${merges}</worksheet>`);
  });
  return zipSync(files);
}
