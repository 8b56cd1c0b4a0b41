import { strToU8, unzipSync, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { at, group } from '../../src/core/checked';
import type { Fix } from '../../src/core/fix/plan';
import { patchCsv } from '../../src/io/csv-patch';
import { readCsvFile } from '../../src/io/csv-reader';
import { READ_LIMITS } from '../../src/io/limits';
import { readWorkbookFile } from '../../src/io/read-workbook';
import { patchXlsx } from '../../src/io/xlsx-patch';
import { readXlsx } from '../../src/io/xlsx-reader';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { escapeXmlText, xmlSafeText } from '../../src/io/xml-text';
import { inline, oneSheet, pack, rootRels, sheetXml, workbookRels, workbookXml } from '../io/opc-package';
import { codeOf } from '../helpers/error-code';

/**
 * Issue 13, the reader's and writers' part: each hostile input is built here, small, and must get a
 * result or one ReportError with a code. Time and memory bounds are measured by `npm run bench`
 * and `npm run fuzz`, not asserted here.
 */
/** Throws on anything a strict XML 1.0 parser refuses. */
function assertWellFormed(xml: string, name: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw new Error(`${name}: ${error.message}`);
  });
  parser.write(xml).close();
}

function assertEveryPartWellFormed(bytes: Uint8Array): void {
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (/\.(xml|rels)$/.test(name)) assertWellFormed(new TextDecoder().decode(data), name);
}

function fix(sheet: string, cell: string, newValue: string): Fix {
  const m = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
  return { sheet, cell, row: Number(group(m, 2)), column: group(m, 1), oldValue: '', newValue, kinds: [], codes: [] };
}

describe('tiny files that claim huge costs', () => {
  it('<row r="99999999"> is refused as corrupt at once', () => {
    expect(codeOf(() => readXlsx(oneSheet(`<row r="99999999">${inline('A99999999', 'x')}</row>`), 'x.xlsx'))).toBe('file-corrupt');
  });

  it('a merge over the whole sheet is clamped to the cells the sheet holds; one past the last row is corrupt', () => {
    const grid = at(
      readXlsx(oneSheet(`<row r="1">${inline('A1', '标题')}<c r="C1"/></row><row r="3">${inline('B3', 'x')}</row>`, { after: '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>' }), 'x.xlsx'),
      0,
    );
    expect([grid.merges, grid.rows.length]).toEqual([[{ top: 0, left: 0, bottom: 2, right: 2 }], 3]);
    expect(codeOf(() => readXlsx(oneSheet(`<row r="1">${inline('F1', 'x')}</row>`, { after: '<mergeCells><mergeCell ref="F1:F99999999"/></mergeCells>' }), 'x.xlsx'))).toBe('file-corrupt');
  });

  it.each(['<c', '<row', '<t>', '<rPh>', '<si>', '<c r="A1" t="', '<![CDATA[', '<!--'])('thousands of unclosed %s read in one pass to a result or file-corrupt', (tag) => {
    const body = tag.repeat(20_000);
    const inSheet = codeOf(() => readXlsx(oneSheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c>${body}`), 'x.xlsx'));
    const inStrings = codeOf(() => readXlsx(oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { strings: [`<t>x</t>${body}`] }), 'x.xlsx'));
    expect([inSheet, inStrings].every((code) => code === 'file-corrupt' || code === 'no error')).toBe(true);
  });

  it('a part that lies about its size is stopped as corrupt; an honest one past the limit is too large', () => {
    const zip = Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(16 * 1024 * 1024) }, { level: 9 }));
    zip.writeUInt32LE(1024, 22); // local header: uncompressed size
    zip.writeUInt32LE(1024, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
    const lying = pack({
      '_rels/.rels': rootRels(),
      'xl/workbook.xml': workbookXml(['一']),
      'xl/_rels/workbook.xml.rels': workbookRels(['worksheets/sheet1.xml']),
    });
    // the lying part joins an otherwise fine workbook
    const parts = { ...unzipSync(lying), ...unzipSync(new Uint8Array(zip)) };
    expect(Object.keys(parts)).toHaveLength(4);
    expect(codeOf(() => readXlsx(new Uint8Array(zip), 'x.xlsx'))).toBe('file-corrupt');
    const honest = oneSheet(`<row r="1">${inline('A1', 'x'.repeat(600_000))}</row>`);
    expect(codeOf(() => readXlsx(honest, 'x.xlsx', { limits: { maxPartBytes: 512 * 1024 } }))).toBe('file-too-large');
  });

  it('parts that are each within the limit but together past the workbook budget are too large', () => {
    const sheets = ['一', '二', '三', '四'];
    const big = `<row r="1">${inline('A1', '进'.repeat(100_000))}</row>`;
    const bytes = pack({
      '_rels/.rels': rootRels(),
      'xl/workbook.xml': workbookXml(sheets),
      'xl/_rels/workbook.xml.rels': workbookRels(sheets.map((_, i) => `worksheets/sheet${i + 1}.xml`)),
      ...Object.fromEntries(sheets.map((_, i) => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(big)])),
    });
    expect(codeOf(() => readXlsx(bytes, 'x.xlsx', { limits: { maxPartBytes: 400_000, maxWorkbookBytes: 1_000_000 } }))).toBe('file-too-large');
    expect(readXlsx(bytes, 'x.xlsx', { limits: { maxPartBytes: 400_000, maxWorkbookBytes: 2_000_000 } })).toHaveLength(4);
  });

  it('a stored (uncompressed) part declaring two sizes is corrupt', () => {
    const zip = Buffer.from(zipSync({ 'a.xml': strToU8('<a/>') }, { level: 0 }));
    zip.writeUInt32LE(99, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
    expect(codeOf(() => readXlsx(new Uint8Array(zip), 'x.xlsx'))).toBe('file-corrupt');
  });

  it('&#x110000; in a cell or a sheet name is corrupt, not a crash', () => {
    expect(codeOf(() => readXlsx(oneSheet(`<row r="1">${inline('A1', '&#x110000;')}</row>`), 'x.xlsx'))).toBe('file-corrupt');
    const bytes = pack({ '_rels/.rels': rootRels(), 'xl/workbook.xml': workbookXml(['&#x110000;']), 'xl/_rels/workbook.xml.rels': workbookRels(['s.xml']), 'xl/s.xml': sheetXml('') });
    expect(codeOf(() => readXlsx(bytes, 'x.xlsx'))).toBe('file-corrupt');
  });
});

describe('CSV bounds and encodings', () => {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

  it('a single line past the line limit is too large (the real limit, 5 M characters)', () => {
    expect(codeOf(() => readCsvFile(utf8('a'.repeat(READ_LIMITS.maxCsvLineChars + 1000)), 'x.csv', 'x'))).toBe('csv-too-large');
    expect(codeOf(() => readCsvFile(utf8(`"${'a,'.repeat(50)}`), 'x.csv', 'x', { maxCsvLineChars: 60 }))).toBe('csv-too-large');
  });

  it('more empty lines than Excel has rows are too large, and a file past the size limit is refused before decoding', () => {
    expect(codeOf(() => readCsvFile(utf8('\n'.repeat(READ_LIMITS.maxRows + 10)), 'x.csv', 'x'))).toBe('csv-too-large');
    expect(codeOf(() => readCsvFile(utf8('a,b\n'.repeat(1000)), 'x.csv', 'x', { maxCsvBytes: 1000 }))).toBe('csv-too-large');
  });

  it('one invalid byte in a UTF-8 file is one replacement character, and the guess comes back as data', () => {
    const good = utf8('序号,主要工作任务,牵头部门\n1,推进工作,市发改委\n');
    const bytes = new Uint8Array([...good.subarray(0, 10), 0xff, ...good.subarray(10)]);
    const { grid, decoding } = readCsvFile(bytes, 'x.csv', 'x');
    expect(decoding).toEqual({ encoding: 'utf-8', basis: 'guessed', replaced: 1, bom: 0 });
    expect(grid.rows[1]).toEqual(['1', '推进工作', '市发改委']);
    expect(readWorkbookFile(bytes, 'x.csv').notes).toEqual([{ kind: 'encoding-guessed', encoding: 'utf-8', replaced: 1 }]);
  });

  it('a GB18030 file reads as GB18030, named as a guess', () => {
    // 序号,进展 in GB18030
    const bytes = new Uint8Array([0xd0, 0xf2, 0xba, 0xc5, 0x2c, 0xbd, 0xf8, 0xd5, 0xb9, 0x0a]);
    const { grid, decoding } = readCsvFile(bytes, 'x.csv', 'x');
    expect([grid.rows, decoding.encoding, decoding.basis]).toEqual([[['序号', '进展']], 'gb18030', 'guessed']);
  });

  it.each([
    ['UTF-16LE', [0xff, 0xfe], 'le'],
    ['UTF-16BE', [0xfe, 0xff], 'be'],
  ] as const)('reads %s with a BOM', (_, bom, order) => {
    const text = '序号,进展情况\r\n1,"已完成,待验收"\r\n';
    const body = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const u = text.charCodeAt(i);
      body[i * 2 + (order === 'le' ? 0 : 1)] = u & 0xff;
      body[i * 2 + (order === 'le' ? 1 : 0)] = u >> 8;
    }
    const { grid, decoding } = readCsvFile(new Uint8Array([...bom, ...body]), 'x.csv', 'x');
    expect([grid.rows, decoding.basis]).toEqual([
      [
        ['序号', '进展情况'],
        ['1', '已完成,待验收'],
      ],
      'bom',
    ]);
  });
});

describe('writers: XML-safe texts and copies that change only what was fixed', () => {
  const hostile = ['\ufffe非字符\uffff', '孤\ud800代理', '尾\udc00', '控制\u0001\u001f字符', '_x0041_ 字面', '正常 & <文本>'];

  it('xmlSafeText keeps texts valid XML and reversible, and the drop mode leaves characters out', () => {
    expect(hostile.map((t) => xmlSafeText(t))).toEqual(['_xFFFE_非字符_xFFFF_', '孤\ufffd代理', '尾\ufffd', '控制_x0001__x001F_字符', '_x005F_x0041_ 字面', '正常 & <文本>']);
    expect(xmlSafeText('表\u0001\uffff名', 'drop')).toBe('表名');
    expect(xmlSafeText('😀 pairs stay')).toBe('😀 pairs stay');
    expect(() => assertWellFormed(`<t>${hostile.map(escapeXmlText).join('')}</t>`, 'text')).not.toThrow();
  });

  it('a written workbook parses strictly whatever its texts held, and reads back the same', async () => {
    const bytes = await writeXlsx([{ name: '表\uffff', rows: [hostile], notes: new Map([['0,0', '注\ufffe']]) }]);
    assertEveryPartWellFormed(bytes);
    const grid = at(readXlsx(bytes, 'x.xlsx'), 0);
    expect([grid.sheet, grid.rows[0]]).toEqual(['表', ['\ufffe非字符\uffff', '孤\ufffd代理', '尾\ufffd', '控制\u0001\u001f字符', '_x0041_ 字面', '正常 & <文本>']]);
  });

  it('a fixed copy parses strictly, and 10,000 fixes are applied in one scan of the sheet', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `<row r="${i + 1}">${inline(`A${i + 1}`, '推进中')}<c r="B${i + 1}"><v>-5</v></c></row>`).join('');
    const bytes = oneSheet(rows);
    const fixes = Array.from({ length: 10_000 }, (_, i) => fix('表', `A${i + 1}`, i === 0 ? '按时\uffff推进' : '按时推进'));
    const patched = patchXlsx(bytes, fixes);
    expect([patched.applied.length, patched.skipped.length]).toEqual([10_000, 0]);
    assertEveryPartWellFormed(patched.bytes);
    const grid = at(readXlsx(patched.bytes, 'x.xlsx'), 0);
    expect([grid.rows[0], grid.rows[9_999]]).toEqual([
      ['按时\uffff推进', '-5'],
      ['按时推进', '-5'],
    ]);
  });

  it('a fixed CSV changes only the fixed cells: -5 stays -5 and every other byte is kept', () => {
    const original = '\ufeff序号,进展状态,数值\r\n1,推进中,-5\r\n2,"推进中,有延误",=1+1\r\n';
    const bytes = new TextEncoder().encode(original);
    const patched = patchCsv(bytes, [fix('x', 'B2', '按时推进'), fix('x', 'B3', '滞后,原因'), fix('x', 'D9', '无此格')]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(patched.bytes)).toBe('\ufeff序号,进展状态,数值\r\n1,按时推进,-5\r\n2,"滞后,原因",=1+1\r\n');
    expect([patched.applied.length, patched.skipped.map((s) => s.fix.cell)]).toEqual([2, ['D9']]);
  });

  it('a truncated workbook is corrupt', () => {
    const bytes = oneSheet(`<row r="1">${inline('A1', 'x')}</row>`);
    expect([40, bytes.length - 30, bytes.length - 100].map((n) => codeOf(() => readXlsx(bytes.subarray(0, n), 'x.xlsx')))).toEqual(['file-corrupt', 'file-corrupt', 'file-corrupt']);
  });
});
