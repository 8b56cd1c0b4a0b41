import { strFromU8, unzipSync } from 'fflate';
import { TextIds } from '../../src/io/consolidated-text-ids';
import { LeanWorkbook } from '../../src/io/consolidated-xlsx';

/**
 * The lean writer's shared strings: a short text (up to 40 characters) has one entry however often
 * and wherever it occurs, in the order texts first come; a longer text and an `own` text get an
 * entry each time. The ids come from TextIds (a hash table over typed arrays), which must answer as
 * a Map would: equal strings made apart are one text, texts that collide or differ by one unit are not.
 */
const PRINT = { orientation: 'portrait', footer: '', margins: { left: 0.5, right: 0.5, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } } as const;

describe('TextIds', () => {
  it('gives a text the id it was first added with, and a new text the id offered', () => {
    const texts: string[] = [];
    const ids = new TextIds(texts);
    const add = (text: string): number => {
      const id = ids.idOf(text, texts.length);
      if (id === texts.length) texts.push(text);
      return id;
    };
    const made = '市教育局长'.slice(0, 4);
    expect([add('市教育局'), add('市民政局'), add(made), add(''), add('市教育'), add('市教育局 '), add('')]).toEqual([0, 1, 0, 2, 3, 4, 2]);
  });

  it('keeps every id through growing to hold 50,000 texts', () => {
    const texts: string[] = [];
    const ids = new TextIds(texts);
    const wrong: number[] = [];
    for (let i = 0; i < 50_000; i++) {
      if (ids.idOf(`第${i}项`, texts.length) !== i) wrong.push(i);
      texts.push(`第${i}项`);
    }
    expect(wrong).toEqual([]);
    // asked again, made afresh: the same ids; none added
    const again = [0, 1, 999, 1_024, 4_095, 49_999].map((i) => ids.idOf(`第${String(i)}项`, -1));
    expect(again).toEqual([0, 1, 999, 1_024, 4_095, 49_999]);
    expect(ids.idOf('第50000项', 50_000)).toBe(50_000);
  });
});

describe('lean writer shared strings', () => {
  it('writes each short text once, long and own texts each time, and cells pointing at them', () => {
    const book = new LeanWorkbook('test');
    const style = book.style({ font: { name: '宋体', size: 11 } });
    const sheet = book.addSheet('汇总');
    const long = '进'.repeat(41);
    sheet.row(['甲', '乙', 3], [style]);
    sheet.row(['甲', long, '乙'], [style]);
    sheet.startRow();
    sheet.cell('甲乙'.slice(0, 1), style);
    sheet.cell(long, style);
    sheet.cell('甲', style, 'own');
    sheet.endRow();
    sheet.end(PRINT);
    const parts = unzipSync(book.finish());
    const sst = strFromU8(parts['xl/sharedStrings.xml'] ?? new Uint8Array());
    const entries = [...sst.matchAll(/<si><t xml:space="preserve">([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
    expect(entries).toEqual(['甲', '乙', long, long, '甲']);
    expect(sst).toContain('count="5" uniqueCount="5"');
    const sheetXml = strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    const cells = [...sheetXml.matchAll(/<c r="([A-Z]+\d+)" s="\d+"(?: t="s")?><v>(\d+)<\/v><\/c>/g)].map((m) => `${m[1]}=${m[2]}`);
    expect(cells).toEqual(['A1=0', 'B1=1', 'C1=3', 'A2=0', 'B2=2', 'C2=1', 'A3=0', 'B3=3', 'C3=4']);
  });

  it("writes a text given later (cellLater) at its place in the table, made by finish's textOf from its key", () => {
    const book = new LeanWorkbook('test');
    const style = book.style({ font: { name: '宋体', size: 11 } });
    const sheet = book.addSheet('汇总');
    sheet.startRow();
    sheet.cell('甲', style);
    sheet.cellLater(7, style);
    sheet.endRow();
    sheet.startRow();
    sheet.cell('甲', style);
    sheet.cellLater(2, style);
    sheet.cell('乙<丙>', style);
    sheet.endRow();
    sheet.end(PRINT);
    const asked: number[] = [];
    const parts = unzipSync(
      book.finish((key) => {
        asked.push(key);
        return `来源${key}&`;
      }),
    );
    expect(asked).toEqual([7, 2]);
    const sst = strFromU8(parts['xl/sharedStrings.xml'] ?? new Uint8Array());
    const entries = [...sst.matchAll(/<si><t xml:space="preserve">([^<]*)<\/t><\/si>/g)].map((m) => m[1]);
    expect(entries).toEqual(['甲', '来源7&amp;', '来源2&amp;', '乙&lt;丙&gt;']);
    expect(sst).toContain('count="4" uniqueCount="4"');
    const sheetXml = strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    const cells = [...sheetXml.matchAll(/<c r="([A-Z]+\d+)" s="\d+"(?: t="s")?><v>(\d+)<\/v><\/c>/g)].map((m) => `${m[1]}=${m[2]}`);
    expect(cells).toEqual(['A1=0', 'B1=1', 'A2=0', 'B2=2', 'C2=3']);
  });

  it('refuses to end a workbook with a text given later and nothing to make it', () => {
    const book = new LeanWorkbook('test');
    const sheet = book.addSheet('汇总');
    sheet.startRow();
    sheet.cellLater(0, 0);
    sheet.endRow();
    sheet.end(PRINT);
    expect(() => book.finish()).toThrow(/ownTextLater/);
  });
});
