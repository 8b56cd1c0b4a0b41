import { closeSync, openSync, writeSync } from 'fs';
import { strToU8, zipSync } from 'fflate';
import { PROGRESS_HEADER } from '../src/samples/seed-workbooks';

/**
 * Big report workbooks for the browser benchmark and the browser tests, written directly as the
 * minimal SpreadsheetML parts (inline strings, no styles) so that 100,000 rows take a second, not
 * the minute ExcelJS takes. The table is the standard one (序号 / 主要工作任务 / 进展情况 / 牵头部门 /
 * 进展状态) with a defect every so often: every 50th row has no 牵头部门 (unit-missing), every 97th
 * a traditional-script status (status-unknown, with a fix).
 */
const UNITS = ['市发展改革委', '市经信局', '市科技局', '市财政局', '市住建局', '市交通运输局', '市农业农村局', '市商务局'];
const STATUSES = ['按时推进', '进度较快', '部分滞后', '已完成'];

function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function column(i: number): string {
  return String.fromCharCode(65 + i);
}

/** One task row (1-based task number) as the generator writes it. */
export function bigSheetRow(n: number): string[] {
  return [
    String(n),
    `推进第${n}项重点工作任务，确保按期完成`,
    `1.已完成前期工作第${n}阶段。\n2.正在推进实施。`,
    n % 50 === 0 ? '' : UNITS[n % UNITS.length]!,
    n % 97 === 0 ? '進度滯後' : STATUSES[n % STATUSES.length]!,
  ];
}

export function bigSheetXlsx(taskRows: number, sheet = '报表'): Uint8Array {
  const rows: string[] = [];
  const cells = (r: number, values: readonly string[]): string =>
    `<row r="${r}">${values.map((v, c) => (v === '' ? '' : `<c r="${column(c)}${r}" t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`)).join('')}</row>`;
  rows.push(cells(1, PROGRESS_HEADER));
  for (let n = 1; n <= taskRows; n++) rows.push(cells(n + 1, bigSheetRow(n)));
  const sheetXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xmlText(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(sheetXml),
    },
    { level: 6 },
  );
}

/** A CSV of the same table, at least `bytes` long (written in pieces: it may be larger than memory should hold at once). */
export function writeBigCsv(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  try {
    let written = writeSync(fd, `\ufeff${PROGRESS_HEADER.join(',')}\r\n`);
    const block: string[] = [];
    for (let n = 1; n <= 2000; n++)
      block.push(
        bigSheetRow(n)
          .map((v) => `"${v.replace(/"/g, '""')}"`)
          .join(','),
      );
    const chunk = Buffer.from(`${block.join('\r\n')}\r\n`);
    while (written < bytes) written += writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}
