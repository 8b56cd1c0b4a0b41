import { decodeCsv, parseCsv, readCsv, readCsvFile, scanCsv } from '../../src/io/csv-reader';
import { limitsWith, mb, READ_LIMITS } from '../../src/io/limits';
import { errorOf } from '../helpers/error-code';

/** Mutants of the CSV reader (src/io/csv-reader.ts, limits.ts), killed with hand-written values. */

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('CSV fields and records', () => {
  it('plain fields, CRLF, LF and CR line ends', () => {
    expect(parseCsv('a,b\r\nc,d\ne,f\rg')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g']]);
    expect(parseCsv('a,b\n')).toEqual([['a', 'b']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('a')).toEqual([['a']]);
  });

  it('quoted fields hold delimiters, doubled quotes and line breaks', () => {
    expect(parseCsv('"a,b","say ""hi""","x\r\ny"\n1')).toEqual([['a,b', 'say "hi"', 'x\r\ny'], ['1']]);
    expect(parseCsv('""')).toEqual([['']]);
    expect(parseCsv('""""')).toEqual([['"']]);
  });

  it('text after a closing quote belongs to the field; an unclosed quote runs to the end', () => {
    expect(parseCsv('"ab"cd,e')).toEqual([['abcd', 'e']]);
    expect(parseCsv('"ab"c\nd')).toEqual([['abc'], ['d']]);
    expect(parseCsv('"ab,c\nd')).toEqual([['ab,c\nd']]);
    expect(parseCsv('a"b,c')).toEqual([['a"b', 'c']]);
  });

  it('empty lines are empty rows; empty fields keep their columns', () => {
    expect(parseCsv('a\n\nb')).toEqual([['a'], [''], ['b']]);
    expect(parseCsv('a\r\n\r\nb\r\n')).toEqual([['a'], [''], ['b']]);
    expect(parseCsv(',b')).toEqual([['', 'b']]);
    expect(parseCsv(',,c')).toEqual([['', '', 'c']]);
    expect(parseCsv('a,,')).toEqual([['a', '', '']]);
    expect(parseCsv('\n')).toEqual([['']]);
  });

  it('the first line decides the delimiter, to its last character', () => {
    expect(parseCsv('ab\t')).toEqual([['ab', '']]);
    expect(parseCsv('\na\tb')).toEqual([[''], ['a\tb']]);
    expect(parseCsv('a\nb,c')).toEqual([['a'], ['b', 'c']]);
    const fields: [string, number, number][] = [];
    scanCsv('"ab"c', (_row, _col, f) => fields.push([f.text, f.start, f.end]));
    expect(fields).toEqual([['abc', 0, 5]]);
  });

  it('tab-delimited when the first line has tabs and no commas', () => {
    expect(parseCsv('a\tb\nc,d\te')).toEqual([
      ['a', 'b'],
      ['c,d', 'e'],
    ]);
    expect(parseCsv('a\tb,c\nd')).toEqual([['a\tb', 'c'], ['d']]);
    expect(parseCsv('a,b\nc\td')).toEqual([['a', 'b'], ['c\td']]);
    expect(parseCsv('a\tb')).toEqual([['a', 'b']]);
  });

  it('each field with where its raw text sits', () => {
    const fields: [number, number, string, number, number][] = [];
    const rows = scanCsv('ab,"c""d"\r\ne', (row, col, f) => fields.push([row, col, f.text, f.start, f.end]));
    expect(rows).toBe(2);
    expect(fields).toEqual([
      [0, 0, 'ab', 0, 2],
      [0, 1, 'c"d', 3, 9],
      [1, 0, 'e', 11, 12],
    ]);
    expect(scanCsv('a\r\n', () => undefined)).toBe(1);
    expect(scanCsv('', () => undefined)).toBe(0);
  });
});

describe('CSV limits', () => {
  it('the limits as data', () => {
    expect(READ_LIMITS.maxCsvBytes).toBe(128 * 1024 * 1024);
    expect(READ_LIMITS.maxCsvLineChars).toBe(4 * 1024 * 1024);
    expect(READ_LIMITS.maxRows).toBe(1048576);
    expect(READ_LIMITS.maxColumns).toBe(16384);
    expect(limitsWith({ maxRows: 3 })).toMatchObject({ maxRows: 3, maxColumns: 16384 });
    expect([mb(1048576), mb(1572864), mb(1572863), mb(0)]).toEqual([1, 2, 1, 0]);
  });

  it('rows: the limit itself is allowed, one more is too large', () => {
    const limits = limitsWith({ maxRows: 3 });
    expect(parseCsv('a\nb\nc', limits)).toEqual([['a'], ['b'], ['c']]);
    expect(parseCsv('a\nb\nc\n', limits)).toEqual([['a'], ['b'], ['c']]);
    expect(errorOf(() => parseCsv('a\nb\nc\nd', limits))).toEqual(['csv-too-large', { limit: 'csv.rows', max: 3 }]);
  });

  it('columns: the limit itself is allowed, one more is too large', () => {
    const limits = limitsWith({ maxColumns: 3 });
    expect(parseCsv('a,b,c\nd', limits)).toEqual([['a', 'b', 'c'], ['d']]);
    expect(errorOf(() => parseCsv('a,b,c,d', limits))).toEqual(['csv-too-large', { limit: 'csv.columns', max: 3, row: 1 }]);
    expect(errorOf(() => parseCsv('a\nb,c,d,e', limits))).toEqual(['csv-too-large', { limit: 'csv.columns', max: 3, row: 2 }]);
  });

  it('line length: counted per record, quoted line breaks included', () => {
    const limits = limitsWith({ maxCsvLineChars: 5 });
    expect(parseCsv('abcde\nabcde', limits)).toEqual([['abcde'], ['abcde']]);
    const line = ['csv-too-large', { limit: 'csv.line-characters', max: 5 }];
    expect([errorOf(() => parseCsv('abcdef', limits)), errorOf(() => parseCsv('ab,cd,e', limits)), errorOf(() => parseCsv('"a\nbcd"', limits))]).toEqual([line, line, line]);
  });

  it('files: empty, past the byte limit, binary', () => {
    expect(errorOf(() => readCsv(new Uint8Array(0), 'x.csv', 'x'))).toEqual(['file-empty', {}]);
    expect(errorOf(() => readCsv(utf8('abcd'), 'x.csv', 'x', { maxCsvBytes: 3 }))).toEqual(['csv-too-large', { limit: 'csv.megabytes', max: 0 }]);
    expect(readCsv(utf8('abc'), 'x.csv', 'x', { maxCsvBytes: 3 }).rows).toEqual([['abc']]);
    expect(errorOf(() => readCsv(utf8('abcdefghij\u0000klmnopqrst'), 'x.csv', 'x'))?.[0]).toBe('file-not-spreadsheet');
    expect(readCsv(utf8(`${'a'.repeat(4096)}\u0000`), 'x.csv', 'x').rows[0]![0]).toHaveLength(4097);
  });

  it('a file read into a grid with its decoding', () => {
    const read = readCsvFile(utf8('\ufeff序号,任务\n1,甲'), '报送/a.csv', 'a');
    expect(read.grid).toEqual({
      sheet: 'a',
      origin: '报送/a.csv',
      rows: [
        ['序号', '任务'],
        ['1', '甲'],
      ],
      merges: [],
      visibility: 'visible',
    });
    expect(read.decoding).toEqual({ encoding: 'utf-8', basis: 'bom', replaced: 0, bom: 3 });
    expect(decodeCsv(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toMatchObject({ text: '中文', encoding: 'gb18030' });
  });
});
