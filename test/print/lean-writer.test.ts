import { unzipSync } from 'fflate';
import * as zlib from 'zlib';
import { nodeDeflater } from '../../src/node/deflater';
import { cellText } from '../../src/core/grid';
import { LeanWorkbook, type PieceDeflater } from '../../src/io/consolidated-xlsx';
import { readWorkbookBytes } from '../../src/io/read-workbook';

/**
 * The lean writer's parts as bytes: rows written cell by cell into the part's buffer, texts batched
 * into UTF-8, pieces of 1 MB deflated by fflate or by a platform deflater (the CLI's zlib). Either
 * way the zip's sizes and CRCs are those of the parts, and the cells read back as written.
 */
const PRINT = { orientation: 'portrait', footer: '', margins: { left: 0.5, right: 0.5, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } } as const;
/** Enough rows for about 2.7 MB of markup: the part is deflated in three pieces. */
const ROWS = 30_000;
const LONG = `${'进展'.repeat(2500)}&<>"'`;

function workbook(deflater?: PieceDeflater): Uint8Array {
  const book = new LeanWorkbook('test', deflater);
  const id = book.style({ font: { name: '宋体', size: 11 } });
  const sheet = book.addSheet('汇总', 1);
  sheet.row(['序号', '任务', '单位'], [id]);
  for (let i = 1; i <= ROWS; i++) {
    sheet.startRow(i % 2 ? 20 : undefined);
    sheet.cell(i, id);
    sheet.cell(`第${i}项任务`, id, 'own');
    sheet.cell(i % 3 ? '市教育局' : '', id);
    sheet.endRow();
  }
  sheet.row([1.5, LONG, -7], [id]);
  sheet.end(PRINT);
  return book.finish();
}

/** Each entry's CRC-32 and uncompressed size as the central directory records them. */
function centralDirectory(zip: Uint8Array): Map<string, { crc: number; size: number }> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const entries = new Map<string, { crc: number; size: number }>();
  let at = view.getUint32(eocd + 16, true);
  for (let n = view.getUint16(eocd + 10, true); n > 0; n--) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, { crc: view.getUint32(at + 16, true), size: view.getUint32(at + 24, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

describe('lean writer', () => {
  const deflater = nodeDeflater();
  const withZlib = deflater ? it : it.skip;

  const readsBack = (engine: PieceDeflater | undefined): void => {
    const [grid] = readWorkbookBytes(workbook(engine), 'out.xlsx');
    if (!grid) throw new Error('no sheet read');
    expect([cellText(grid, 0, 0), cellText(grid, 0, 2)]).toEqual(['序号', '单位']);
    expect([cellText(grid, 1, 0), cellText(grid, 1, 1), cellText(grid, 1, 2)]).toEqual(['1', '第1项任务', '市教育局']);
    expect([cellText(grid, 3, 1), cellText(grid, 3, 2)]).toEqual(['第3项任务', '']);
    expect([cellText(grid, ROWS, 0), cellText(grid, ROWS, 1)]).toEqual([String(ROWS), `第${ROWS}项任务`]);
    expect([cellText(grid, ROWS + 1, 0), cellText(grid, ROWS + 1, 1), cellText(grid, ROWS + 1, 2)]).toEqual(['1.5', LONG, '-7']);
  };

  it('deflated by fflate, the cells read back as written', () => readsBack(undefined));
  withZlib('deflated by zlib, the cells read back as written', () => readsBack(deflater));

  withZlib('zlib pieces joined are one stream, with the sizes and CRCs of the parts', () => {
    const zip = workbook(deflater);
    const parts = unzipSync(zip);
    const directory = centralDirectory(zip);
    const sheet = parts['xl/worksheets/sheet1.xml'];
    expect(sheet && sheet.length > 2 * 2 ** 20).toBe(true);
    for (const [name, data] of Object.entries(parts)) {
      expect({ name, crc: directory.get(name)?.crc, size: directory.get(name)?.size }).toEqual({ name, crc: zlib.crc32(data), size: data.length });
    }
  });

  withZlib('the parts are the same bytes whichever deflates them', () => {
    const a = unzipSync(workbook(undefined));
    const b = unzipSync(workbook(deflater));
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a)) expect(Buffer.from(b[name] ?? []).equals(Buffer.from(a[name] ?? []))).toBe(true);
  });

  it('writes row markup and numbers as String() does', () => {
    const parts = unzipSync(workbook(undefined));
    const xml = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml']);
    expect(xml).toContain('<row r="2" ht="20" customHeight="1"><c r="A2" s="1"><v>1</v></c><c r="B2" s="1" t="s"><v>3</v></c><c r="C2" s="1" t="s"><v>4</v></c></row>');
    expect(xml).toContain('<row r="4" ht="20" customHeight="1"><c r="A4" s="1"><v>3</v></c>');
    expect(xml).toContain('<c r="C4" s="1"/></row>');
    expect(xml).toContain(`<c r="A${ROWS + 2}" s="1"><v>1.5</v></c>`);
    expect(xml).toContain(`<c r="C${ROWS + 2}" s="1"><v>-7</v></c></row>`);
  });
});
