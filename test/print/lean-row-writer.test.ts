import { strFromU8, unzipSync } from 'fflate';
import type { Style } from 'exceljs';
import { LeanWorkbook } from '../../src/io/consolidated-xlsx';
import { leanRowWriter } from '../../src/io/styled-rows';

/**
 * leanRowWriter writes the rows of a sheet's body as leanRow does, with the styles' ids found once:
 * registered when the first row comes (in the columns' order, after the styles registered before),
 * never when no row comes; each text goes through cellText (a control character is dropped), a
 * number is written as a number, and the last style serves the columns past the styles given.
 */
const PRINT = { orientation: 'portrait', footer: '', margins: { left: 0.5, right: 0.5, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } } as const;
const centre: Partial<Style> = { font: { name: '宋体', size: 11 }, alignment: { horizontal: 'center', vertical: 'middle' } };
const text: Partial<Style> = { font: { name: '宋体', size: 11 }, alignment: { vertical: 'top', wrapText: true } };

function parts(write: (book: LeanWorkbook) => void): Record<string, string> {
  const book = new LeanWorkbook('test');
  write(book);
  return Object.fromEntries(Object.entries(unzipSync(book.finish())).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('leanRowWriter', () => {
  it('registers no style when no row comes', () => {
    const written = parts((book) => {
      const sheet = book.addSheet('未报送');
      leanRowWriter(book, sheet, [centre, text]);
      sheet.end(PRINT);
    });
    expect(written['xl/styles.xml']).toContain('<cellXfs count="1">');
    expect(written['xl/worksheets/sheet1.xml']).toContain('<sheetData></sheetData>');
  });

  it('writes each row with the columns’ style ids, registered at the first row after those before', () => {
    const written = parts((book) => {
      const sheet = book.addSheet('未报送');
      const row = leanRowWriter(book, sheet, [centre, text]);
      expect(book.style({ font: { name: '宋体', size: 11, bold: true } })).toBe(1);
      row([3, '任务\u0001甲', '市教育局'], { height: 30 });
      row(['', '任务乙', '市民政局']);
      sheet.end(PRINT);
    });
    expect(written['xl/styles.xml']).toContain('<cellXfs count="4">');
    const sheet = written['xl/worksheets/sheet1.xml'] ?? '';
    const rows = [...sheet.matchAll(/<row r="(\d+)"([^>]*)>(.*?)<\/row>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual([
      ['1', ' ht="30" customHeight="1"', '<c r="A1" s="2"><v>3</v></c><c r="B1" s="3" t="s"><v>0</v></c><c r="C1" s="3" t="s"><v>1</v></c>'],
      ['2', '', '<c r="A2" s="2"/><c r="B2" s="3" t="s"><v>2</v></c><c r="C2" s="3" t="s"><v>3</v></c>'],
    ]);
    const sst = written['xl/sharedStrings.xml'] ?? '';
    expect([...sst.matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((m) => m[1])).toEqual(['任务甲', '市教育局', '任务乙', '市民政局']);
  });

  it('takes the same ids for every row, whatever was registered between them', () => {
    const written = parts((book) => {
      const sheet = book.addSheet('问题');
      const row = leanRowWriter(book, sheet, [text]);
      row(['甲']);
      book.style({ font: { name: '宋体', size: 11, bold: true } });
      row(['乙', '丙']);
      sheet.end(PRINT);
    });
    expect(written['xl/styles.xml']).toContain('<cellXfs count="3">');
    const sheet = written['xl/worksheets/sheet1.xml'] ?? '';
    expect([...sheet.matchAll(/<c r="([A-Z]+\d+)" s="(\d+)"/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(['A1:1', 'A2:1', 'B2:1']);
  });
});
