import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { applyPrintLayout, displayWidth, leanPrint, rowLines, wrappedLines, type PrintOptions } from '../../src/io/print-layout';
import { attr, find, first, parseXml, type XmlElement } from '../print/xlsx-parts';

/**
 * The print layout the written sheets share (src/io/print-layout.ts), read back from the XML Excel
 * prints from: page setup, margins, centring, fit to width, the footer, print titles and area; and
 * the width estimate behind the row heights, character class by character class (East Asian Width:
 * W and F count two cells). Each test writes its own sheet.
 */
async function laidOut(options: PrintOptions): Promise<{ sheet: XmlElement; workbook: XmlElement }> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('汇总');
  sheet.getCell('A1').value = '序号';
  sheet.getCell('E5').value = '进展';
  applyPrintLayout(sheet, options);
  const files = unzipSync(new Uint8Array(await book.xlsx.writeBuffer()));
  const part = (name: string): XmlElement => parseXml(strFromU8(files[name] ?? new Uint8Array()), name);
  return { sheet: part('xl/worksheets/sheet1.xml'), workbook: part('xl/workbook.xml') };
}

const definedNames = (workbook: XmlElement): [string, string][] => find(workbook, 'definedName').map((d) => [attr(d, 'name'), d.text]);

describe('the print layout of a written sheet', () => {
  it('prints A4 landscape, one page wide and as many down as needed, centred, with room for the footer', async () => {
    const { sheet } = await laidOut({ orientation: 'landscape' });
    expect(attr(first(first(sheet, 'sheetPr'), 'pageSetUpPr'), 'fitToPage')).toBe('1');
    const setup = first(sheet, 'pageSetup');
    expect([attr(setup, 'paperSize'), attr(setup, 'orientation'), attr(setup, 'fitToWidth'), attr(setup, 'fitToHeight')]).toEqual(['9', 'landscape', '1', '0']);
    expect(first(sheet, 'printOptions').attrs).toEqual({ horizontalCentered: '1' });
    expect(first(sheet, 'pageMargins').attrs).toEqual({ left: '0.5', right: '0.5', top: '0.6', bottom: '0.7', header: '0.3', footer: '0.3' });
  });

  it('numbers the pages in the footer of every page, the first one too', async () => {
    const { sheet } = await laidOut({ orientation: 'portrait' });
    expect(attr(first(sheet, 'pageSetup'), 'orientation')).toBe('portrait');
    const footer = first(sheet, 'headerFooter');
    // differentFirst / differentOddEven absent or 0: the odd footer is the footer of every page
    expect([footer.attrs.differentFirst ?? '0', footer.attrs.differentOddEven ?? '0']).toEqual(['0', '0']);
    expect(footer.children.map((c) => [c.name, c.text])).toEqual([['oddFooter', '&C第 &P 页 共 &N 页']]);
  });

  it('repeats the title rows and limits the print area when asked, and names neither otherwise', async () => {
    const { workbook } = await laidOut({ orientation: 'landscape', titleRows: [2, 3], printArea: 'A$1:E$120' });
    expect(definedNames(workbook).sort()).toEqual([
      ['_xlnm.Print_Area', "'汇总'!$A$1:$E$120"],
      ['_xlnm.Print_Titles', "'汇总'!$2:$3"],
    ]);
    const plain = await laidOut({ orientation: 'landscape' });
    expect(definedNames(plain.workbook)).toEqual([]);
  });
});

describe('the same layout for the lean writer', () => {
  it('carries orientation, title rows, the print area without $, the footer and the margins', () => {
    expect(leanPrint({ orientation: 'portrait', titleRows: [2, 2], printArea: 'A$1:E$120' })).toEqual({
      orientation: 'portrait',
      titleRows: [2, 2],
      printArea: 'A1:E120',
      footer: '&C第 &P 页 共 &N 页',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    });
    expect(leanPrint({ orientation: 'landscape' })).toEqual({
      orientation: 'landscape',
      footer: '&C第 &P 页 共 &N 页',
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    });
  });
});

/** One character by its code point. */
const ch = (code: number): string => String.fromCodePoint(code);

describe('the display width of a text', () => {
  it('counts the first and the last character of each wide block as two cells', () => {
    const blocks: [string, number, number][] = [
      ['Hangul Jamo', 0x1100, 0x115f],
      ['CJK radicals to Yi', 0x2e80, 0xa4cf],
      ['Hangul syllables', 0xac00, 0xd7a3],
      ['CJK compatibility ideographs', 0xf900, 0xfaff],
      ['CJK compatibility forms', 0xfe30, 0xfe4f],
      ['full-width forms', 0xff00, 0xff60],
      ['full-width signs', 0xffe0, 0xffe6],
    ];
    for (const [block, from, to] of blocks) {
      const middle = Math.floor((from + to) / 2);
      expect([block, displayWidth(ch(from)), displayWidth(ch(middle)), displayWidth(ch(to))]).toEqual([block, 2, 2, 2]);
    }
  });

  it('counts the characters around the wide blocks as one cell', () => {
    // U+10FF Georgian, U+1160 Hangul filler, U+20AC euro, U+2E7F, U+A4D0 Lisu, U+ABFF, U+D7A4, U+FB00 ligature,
    // U+FE2F, U+FF61 half-width 。, U+FFE8 half-width │, U+FFFD replacement, U+FFFF (not a character)
    const narrow = [0x10ff, 0x1160, 0x20ac, 0x2e7f, 0xa4d0, 0xabff, 0xd7a4, 0xfb00, 0xfe2f, 0xff61, 0xffe8, 0xfffd, 0xffff];
    expect(narrow.map((code) => [code.toString(16), displayWidth(ch(code))])).toEqual(narrow.map((code) => [code.toString(16), 1]));
  });

  it('counts a character beyond the BMP once, as two cells, whatever its second surrogate', () => {
    // U+20000 and U+203FF (CJK extension B): low surrogates DC00 and DFFF
    expect([displayWidth(ch(0x20000)), displayWidth(ch(0x203ff)), displayWidth(`a${ch(0x20000)}${ch(0x203ff)}b`)]).toEqual([2, 2, 6]);
  });
});

describe('the printed lines of a wrapped cell', () => {
  // a column 3 wide at 11 pt holds two half-width cells a line
  it('counts a character beyond the BMP as two cells, its second surrogate not at all', () => {
    expect([wrappedLines(ch(0x20000), 3, 11), wrappedLines(ch(0x203ff), 3, 11), wrappedLines(`${ch(0x20000)}${ch(0x203ff)}`, 3, 11)]).toEqual([1, 1, 2]);
  });

  it('counts full-width characters past the surrogates as two cells', () => {
    expect([wrappedLines('，', 3, 11), wrappedLines('，，', 3, 11), wrappedLines('ｱｱｱ', 3, 11)]).toEqual([1, 2, 2]);
  });

  it('gives each line between breaks at least one printed line, a long one as many as it needs', () => {
    expect(wrappedLines('aaaa\nb', 3, 11)).toBe(3);
    expect(wrappedLines('\n\nb', 3, 11)).toBe(3);
  });
});

describe('the printed lines of a row', () => {
  it('leaves out the cells right of the known column widths', () => {
    expect(rowLines(['a', '一二三四五六'], [3], 11)).toBe(1);
    expect(rowLines(['一二三', 'x'], [3], 11)).toBe(3);
  });
});
