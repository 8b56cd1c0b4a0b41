import { cellText, MAX_CELL_CHARS } from '../../src/io/cell-text';
import { decodeCsvBytes, detectCsvEncoding } from '../../src/io/csv-decode';
import { csvBytes, neutralise, toCsv } from '../../src/io/csv-writer';
import { masterRows, MASTER_HEADER, writeMasterWorkbook } from '../../src/io/master-workbook';
import { xmlSafeText as droppedText } from '../../src/io/xml-safe-text';
import { escapeXmlAttribute, escapeXmlText, xmlSafeText } from '../../src/io/xml-text';
import { readXlsx } from '../../src/io/xlsx-reader';
import { strFromU8, unzipSync } from 'fflate';

/** Mutants of the small writers' text rules (src/io cell-text, xml-text, csv-writer, csv-decode, master-workbook). */
const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);

describe('XML-safe text', () => {
  it('escapes forbidden controls and non-characters as _xHHHH_, keeps tab, LF, CR', () => {
    expect(xmlSafeText('abc')).toBe('abc');
    expect(xmlSafeText('a\x01b\x1f')).toBe('a_x0001_b_x001F_');
    expect(xmlSafeText('\x00\x08\x0b\x0c\x0e')).toBe('_x0000__x0008__x000B__x000C__x000E_');
    expect(xmlSafeText('\t\n\r ')).toBe('\t\n\r ');
    expect(xmlSafeText('\ufffe\uffff\ufffd')).toBe('_xFFFE__xFFFF_\ufffd');
  });

  it('escapes the underscore of an escape look-alike only', () => {
    expect(xmlSafeText('_x0041_')).toBe('_x005F_x0041_');
    expect(xmlSafeText('_xabcd_')).toBe('_x005F_xabcd_');
    expect(xmlSafeText('_x00_ _xABCG_ _x0041')).toBe('_x00_ _xABCG_ _x0041');
  });

  it('a lone surrogate becomes U+FFFD, a pair stays', () => {
    expect(xmlSafeText('\ud800a')).toBe('\ufffda');
    expect(xmlSafeText('a\udc00')).toBe('a\ufffd');
    expect(xmlSafeText('\udbff')).toBe('\ufffd');
    expect(xmlSafeText('\udfff')).toBe('\ufffd');
    expect(xmlSafeText('😀')).toBe('😀');
    expect(xmlSafeText('\ud83d\ude00\ud83d')).toBe('😀\ufffd');
  });

  it('drop mode leaves the characters out and keeps an escape look-alike as written', () => {
    expect(xmlSafeText('a\x01b\ud800\uffff', 'drop')).toBe('ab');
    expect(xmlSafeText('_x0041_', 'drop')).toBe('_x0041_');
    expect(droppedText('表\x02格\udc00')).toBe('表格');
  });

  it('element and attribute escapes', () => {
    expect(escapeXmlText('a&<b>\x01"')).toBe('a&amp;&lt;b&gt;_x0001_"');
    expect(escapeXmlAttribute('"x"\t\n\r&<')).toBe('&quot;x&quot;&#9;&#10;&#13;&amp;&lt;');
  });
});

describe('cell text within Excel’s limit', () => {
  it('a text up to the limit is kept (XML-unsafe characters dropped)', () => {
    expect(cellText('a\x01b\ud800')).toBe('ab');
    const full = 'x'.repeat(MAX_CELL_CHARS);
    expect(cellText(full)).toBe(full);
    expect(MAX_CELL_CHARS).toBe(32767);
  });

  it('a longer text is cut with a marker counting what was left out, filling the cell exactly', () => {
    const cut = cellText('x'.repeat(32768));
    expect(cut).toBe(`${'x'.repeat(32753)}……（另有 15 字未写入）`);
    expect(cut).toHaveLength(32767);
    expect(cellText('x'.repeat(32768), '附件')).toBe(`${'x'.repeat(32749)}……（另有 19 字未写入，见附件）`);
    // 99 left out fits with two digits where 100 would need three
    expect(cellText('x'.repeat(32852))).toBe(`${'x'.repeat(32753)}……（另有 99 字未写入）`);
    expect(cellText('x'.repeat(40000))).toBe(`${'x'.repeat(32751)}……（另有 7249 字未写入）`);
  });

  it('never cuts a surrogate pair in two', () => {
    const text = `${'x'.repeat(32752)}😀${'x'.repeat(14)}`;
    expect(cellText(text)).toBe(`${'x'.repeat(32752)}……（另有 16 字未写入）`);
    const after = `${'x'.repeat(32751)}😀${'x'.repeat(15)}`;
    expect(cellText(after)).toBe(`${'x'.repeat(32751)}😀……（另有 15 字未写入）`);
  });
});

describe('CSV writing', () => {
  it('neutralises what Excel would run as a formula', () => {
    expect(['=1+1', '+1', '-1', '@a', '\tx', '\rx'].map(neutralise)).toEqual(["'=1+1", "'+1", "'-1", "'@a", "'\tx", "'\rx"]);
    expect(['a=1', '', '1-2', ' =1'].map(neutralise)).toEqual(['a=1', '', '1-2', ' =1']);
  });

  it('quotes fields holding a comma, quote or line break; CRLF after every row', () => {
    expect(
      toCsv([
        ['a', 'b,c', 'say "hi"'],
        ['line\nbreak', 'cr\r', '=x', '\rx'],
      ]),
    ).toBe('a,"b,c","say ""hi"""\r\n"line\nbreak","cr\r",\'=x,"\'\rx"\r\n');
    expect(toCsv([['a'], []])).toBe('a\r\n\r\n');
    expect(toCsv([])).toBe('\r\n');
  });

  it('UTF-8 with a BOM', () => {
    expect([...csvBytes([['中', 'a']])]).toEqual([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0xad, 0x2c, 0x61, 0x0d, 0x0a]);
  });
});

describe('CSV encodings', () => {
  it('byte-order marks settle it', () => {
    expect(detectCsvEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ encoding: 'utf-8', basis: 'bom', replaced: 0, bom: 3 });
    expect(detectCsvEncoding(bytes(0xff, 0xfe, 0x61, 0x00))).toEqual({ encoding: 'utf-16le', basis: 'bom', replaced: 0, bom: 2 });
    expect(detectCsvEncoding(bytes(0xfe, 0xff, 0x00, 0x61))).toEqual({ encoding: 'utf-16be', basis: 'bom', replaced: 0, bom: 2 });
    expect(detectCsvEncoding(bytes(0xef, 0xbb, 0x61, 0x62))).toEqual({ encoding: 'utf-8', basis: 'valid', replaced: 0, bom: 0 });
    expect(detectCsvEncoding(bytes(0xef, 0x61, 0xbf, 0x62)).basis).toBe('valid');
    expect(detectCsvEncoding(bytes(0xff, 0x61, 0x62, 0x63)).basis).toBe('valid');
    expect(detectCsvEncoding(bytes(0xfe, 0x61, 0x62, 0x63)).basis).toBe('valid');
    // every byte of a mark counts
    expect(detectCsvEncoding(bytes(0x61, 0xbb, 0xbf, 0x62)).basis).toBe('valid');
    expect(detectCsvEncoding(bytes(0x61, 0xfe, 0x62, 0x63)).basis).toBe('valid');
    expect(detectCsvEncoding(bytes(0x61, 0xff, 0x62, 0x63)).basis).toBe('valid');
    // a second mark after the first is text (U+FEFF), not dropped
    expect(decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61)).text).toBe('\ufeffa');
    expect(decodeCsvBytes(bytes(0xff, 0xfe, 0xff, 0xfe, 0x61, 0x00)).text).toBe('\ufeffa');
    expect(decodeCsvBytes(bytes(0xef, 0xbb, 0xbf, 0xff, 0x61))).toEqual({ text: '\ufffda', decoding: { encoding: 'utf-8', basis: 'bom', replaced: 1, bom: 3 } });
    expect(decodeCsvBytes(bytes(0xff, 0xfe, 0x61, 0x00, 0x2d, 0x4e))).toEqual({ text: 'a中', decoding: { encoding: 'utf-16le', basis: 'bom', replaced: 0, bom: 2 } });
    expect(decodeCsvBytes(bytes(0xfe, 0xff, 0x00, 0x61, 0xfe, 0xff)).text).toBe('a\ufeff');
  });

  it('UTF-16 without a mark: zero bytes in every other position', () => {
    expect(decodeCsvBytes(bytes(0x61, 0x00, 0x62, 0x00))).toEqual({ text: 'ab', decoding: { encoding: 'utf-16le', basis: 'guessed', replaced: 0, bom: 0 } });
    expect(decodeCsvBytes(bytes(0x00, 0x61, 0x00, 0x62))).toEqual({ text: 'ab', decoding: { encoding: 'utf-16be', basis: 'guessed', replaced: 0, bom: 0 } });
    // too short to tell
    expect(decodeCsvBytes(bytes(0x61, 0x00))).toEqual({ text: 'a\u0000', decoding: { encoding: 'utf-8', basis: 'valid', replaced: 0, bom: 0 } });
    expect(detectCsvEncoding(bytes(0x61, 0x00, 0x62)).basis).toBe('valid');
    expect(decodeCsvBytes(bytes(0x61, 0x00, 0x62, 0x00, 0x63))).toEqual({ text: 'ab\ufffd', decoding: { encoding: 'utf-16le', basis: 'guessed', replaced: 0, bom: 0 } });
  });

  it('UTF-16 needs more than 30% zeros on one side and under 5% on the other', () => {
    const pairs = (zeroPairs: number[][], other: number): Uint8Array => bytes(...zeroPairs.flat(), ...Array.from({ length: other }, () => [0x61, 0x62]).flat());
    // 10 pairs, 3 with a zero: exactly 30% is not enough
    expect(
      detectCsvEncoding(
        pairs(
          [
            [0x61, 0],
            [0x61, 0],
            [0x61, 0],
          ],
          7,
        ),
      ).encoding,
    ).toBe('utf-8');
    expect(
      detectCsvEncoding(
        pairs(
          [
            [0x61, 0],
            [0x61, 0],
            [0x61, 0],
            [0x61, 0],
          ],
          6,
        ),
      ).encoding,
    ).toBe('utf-16le');
    expect(
      detectCsvEncoding(
        pairs(
          [
            [0, 0x61],
            [0, 0x61],
            [0, 0x61],
            [0, 0x61],
          ],
          6,
        ),
      ).encoding,
    ).toBe('utf-16be');
    // 20 pairs: one zero on the other side is 5%, too many
    const le = Array.from({ length: 10 }, () => [0x61, 0]);
    expect(detectCsvEncoding(pairs([...le, [0, 0x61]], 9)).encoding).toBe('utf-8');
    expect(detectCsvEncoding(pairs(le, 10)).encoding).toBe('utf-16le');
    // zeros counted wherever they sit in the sample, the last pair too
    expect(detectCsvEncoding(bytes(...Array.from({ length: 6 }, () => [0x61, 0x62]).flat(), ...Array.from({ length: 4 }, () => [0x61, 0]).flat())).encoding).toBe('utf-16le');
    expect(
      detectCsvEncoding(
        pairs(
          [
            [0, 0x61],
            [0, 0x61],
            [0, 0x61],
          ],
          7,
        ),
      ).encoding,
    ).toBe('utf-8');
    // 614 of 2048 pairs is under 30%: a zero just past the first 4 KB does not count
    const big = new Uint8Array(4098).fill(0x61);
    for (let k = 0; k < 614; k++) big[2 * k + 1] = 0;
    big[4097] = 0;
    expect(detectCsvEncoding(big).encoding).toBe('utf-8');
    big[4095] = 0;
    expect(detectCsvEncoding(big).encoding).toBe('utf-16le');
    const be = Array.from({ length: 10 }, () => [0, 0x61]);
    expect(detectCsvEncoding(pairs([...be, [0x61, 0]], 9)).encoding).toBe('utf-8');
    // only the first 4 KB are counted
    expect(detectCsvEncoding(pairs([], 2048 + 10).map((b, i) => (i >= 4096 && i % 2 === 1 ? 0 : b))).encoding).toBe('utf-8');
  });

  it('not valid UTF-8: kept as UTF-8 when mostly UTF-8, else GB18030', () => {
    const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
    expect(decodeCsvBytes(bytes(...utf8('中文中文中'), 0xff))).toEqual({ text: '中文中文中\ufffd', decoding: { encoding: 'utf-8', basis: 'guessed', replaced: 1, bom: 0 } });
    // four good characters against one broken is not "more than four times"
    expect(decodeCsvBytes(bytes(...utf8('中文中文'), 0xff)).decoding).toMatchObject({ encoding: 'gb18030', basis: 'guessed', bom: 0 });
    // only characters past ASCII count as good UTF-8 (DEL is ASCII)
    expect(decodeCsvBytes(bytes(...utf8('中文中文abcd'), 0xff)).decoding.encoding).toBe('gb18030');
    expect(decodeCsvBytes(bytes(...utf8('中文中文\x7f'), 0xff)).decoding.encoding).toBe('gb18030');
    expect(decodeCsvBytes(bytes(0xd6, 0xd0, 0xce, 0xc4, 0x2c, 0x61))).toEqual({ text: '中文,a', decoding: { encoding: 'gb18030', basis: 'guessed', replaced: 0, bom: 0 } });
    expect(decodeCsvBytes(bytes(0xd6, 0xd0, 0xff))).toEqual({ text: '中\ufffd', decoding: { encoding: 'gb18030', basis: 'guessed', replaced: 1, bom: 0 } });
    expect(decodeCsvBytes(bytes(...utf8('中'), 0x61))).toEqual({ text: '中a', decoding: { encoding: 'utf-8', basis: 'valid', replaced: 0, bom: 0 } });
  });
});

describe('the master list workbook', () => {
  const result = {
    tasks: [
      { seq: 1, number: 3, task: '推进建设', leads: ['市发展改革委', '市科技局'], responsible: ['各县(市、区)政府', '市统计局'], deadline: '6月底前', source: '《方案》' },
      { seq: 2, number: 0, task: '开展调研', leads: ['市统计局'], responsible: [], deadline: '', source: '' },
    ],
    unplaced: [{ number: 4, text: '加强宣传', source: '《方案》', reason: 'no-lead-unit' as const }],
  };

  it('rows in the header’s order', () => {
    expect(MASTER_HEADER).toEqual(['序号', '主要工作任务', '牵头部门', '责任部门', '完成时限', '来源']);
    expect(masterRows(result)).toEqual([
      ['1', '推进建设', '市发展改革委、市科技局', '各县(市、区)政府、市统计局', '6月底前', '《方案》 第3项'],
      ['2', '开展调研', '市统计局', '', '', '第0项'],
    ]);
  });

  it('the workbook: the task list and the paragraphs not placed', async () => {
    const grids = readXlsx(await writeMasterWorkbook(result), 'master.xlsx');
    expect(grids.map((g) => g.sheet)).toEqual(['任务清单', '未识别段落']);
    expect(grids[0]!.rows[0]).toEqual(MASTER_HEADER);
    expect(grids[0]!.rows[1]).toEqual(['1', '推进建设', '市发展改革委、市科技局', '各县(市、区)政府、市统计局', '6月底前', '《方案》 第3项']);
    expect(grids[1]!.rows).toEqual([
      ['原序号', '段落', '来源'],
      ['4', '加强宣传', '《方案》'],
    ]);
    const parts = unzipSync(await writeMasterWorkbook(result));
    const cols = (part: string): string[] => [...strFromU8(parts[part]!).matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => m[1]!);
    expect(cols('xl/worksheets/sheet1.xml').map(Number).map(Math.round)).toEqual([6, 60, 24, 30, 14, 30]);
    expect(cols('xl/worksheets/sheet2.xml').map(Number).map(Math.round)).toEqual([8, 80, 30]);
    const own = readXlsx(await writeMasterWorkbook(result, ['a', 'b', 'c', 'd', 'e', 'f']), 'own.xlsx');
    expect(own[0]!.rows[0]).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
