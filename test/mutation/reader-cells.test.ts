import { limitsWith } from '../../src/io/limits';
import { GENERAL, numberFormat } from '../../src/io/number-format';
import { cellOf, numericCell, richTextUntil, stringIndex } from '../../src/io/sheet-cells';
import type { SheetContext } from '../../src/io/sheet-reader';
import { XmlScanner } from '../../src/io/xml-scan';
import { errorOf } from '../helpers/error-code';

/**
 * Mutants of one cell's text and value by its type (src/io/sheet-cells.ts): cellOf for each `t`,
 * numbers and dates under their format, rich text without phonetic runs, shared-string indexes.
 * Expectations by hand.
 */
const ctx = (strings: string[] = ['零', '一', '二'], date1904 = false): SheetContext => ({ strings: () => strings, formats: () => [], date1904, limits: limitsWith() });
const DATE = numberFormat('yyyy/m/d');
const YUAN = numberFormat('@"元"');

describe('numericCell', () => {
  it('a number under General, a date under a date format in either date system', () => {
    expect(numericCell('1.5', GENERAL, false)).toEqual({ text: '1.5', raw: 1.5 });
    expect(numericCell('1e3', GENERAL, false)).toEqual({ text: '1000', raw: 1000 });
    expect(numericCell(' 0 ', GENERAL, false)).toEqual({ text: '0', raw: 0 });
    expect(numericCell('0', GENERAL, false)).toEqual({ text: '0', raw: 0 });
    expect(numericCell('44377', DATE, false)).toEqual({ text: '2021/6/30', raw: '2021-06-30' });
    expect(numericCell('44377', DATE, true)).toEqual({ text: '2025/7/1', raw: '2025-07-01' });
    expect(numericCell('0.5', numberFormat('0%'), false)).toEqual({ text: '50%', raw: 0.5 });
  });

  it('a date serial outside Excel’s years keeps the number as its value', () => {
    expect(numericCell('-1', DATE, false).raw).toBe(-1);
  });

  it('no number: the text trimmed, no value', () => {
    expect(numericCell(' ', GENERAL, false)).toEqual({ text: '' });
    expect(numericCell('', GENERAL, false)).toEqual({ text: '' });
    expect(numericCell(' abc ', GENERAL, false)).toEqual({ text: 'abc' });
    expect(numericCell('Infinity', GENERAL, false)).toEqual({ text: 'Infinity' });
    expect(numericCell(' 1x', DATE, false)).toEqual({ text: '1x' });
  });
});

describe('cellOf by type', () => {
  it('inline strings: the inline text, else the value; nothing when both are absent', () => {
    expect(cellOf('inlineStr', '', undefined, GENERAL, ctx())).toBeUndefined();
    expect(cellOf('inlineStr', '', 'a', GENERAL, ctx())).toEqual({ text: 'a' });
    expect(cellOf('inlineStr', '', '', GENERAL, ctx())).toEqual({ text: '' });
    expect(cellOf('inlineStr', 'v', undefined, GENERAL, ctx())).toEqual({ text: 'v' });
    expect(cellOf('inlineStr', 'v', 'i', GENERAL, ctx())).toEqual({ text: 'i' });
    expect(cellOf('inlineStr', '', '100', YUAN, ctx())).toEqual({ text: '100元' });
  });

  it('shared strings by index, under a text format', () => {
    expect(cellOf('s', '', undefined, GENERAL, ctx())).toBeUndefined();
    expect(cellOf('s', '1', undefined, GENERAL, ctx())).toEqual({ text: '一' });
    expect(cellOf('s', ' 2\n', undefined, GENERAL, ctx())).toEqual({ text: '二' });
    expect(cellOf('s', '0', undefined, YUAN, ctx(['100']))).toEqual({ text: '100元' });
  });

  it('a shared string past the table or no index is corrupt, naming the value cut to 20 characters', () => {
    expect(errorOf(() => cellOf('s', '3', undefined, GENERAL, ctx()))).toEqual(['file-corrupt', { problem: 'corrupt.shared-string-missing', value: '3' }]);
    expect(errorOf(() => cellOf('s', 'x', undefined, GENERAL, ctx()))).toEqual(['file-corrupt', { problem: 'corrupt.shared-string-missing', value: 'x' }]);
    const long = `1${' '.repeat(30)}x`;
    expect(errorOf(() => cellOf('s', long, undefined, GENERAL, ctx()))).toEqual(['file-corrupt', { problem: 'corrupt.shared-string-missing', value: long.slice(0, 20) }]);
  });

  it('booleans: 1 and true are TRUE, anything else FALSE, blank nothing', () => {
    expect(cellOf('b', '', undefined, GENERAL, ctx())).toBeUndefined();
    expect(cellOf('b', '1', undefined, GENERAL, ctx())).toEqual({ text: 'TRUE', raw: true });
    expect(cellOf('b', ' 1 ', undefined, GENERAL, ctx())).toEqual({ text: 'TRUE', raw: true });
    expect(cellOf('b', 'true', undefined, GENERAL, ctx())).toEqual({ text: 'TRUE', raw: true });
    expect(cellOf('b', ' true\n', undefined, GENERAL, ctx())).toEqual({ text: 'TRUE', raw: true });
    expect(cellOf('b', '0', undefined, GENERAL, ctx())).toEqual({ text: 'FALSE', raw: false });
    expect(cellOf('b', 'false', undefined, GENERAL, ctx())).toEqual({ text: 'FALSE', raw: false });
    expect(cellOf('b', 'TRUE', undefined, GENERAL, ctx())).toEqual({ text: 'FALSE', raw: false });
  });

  it('errors and formula strings as written; a text format on strings', () => {
    expect(cellOf('e', '', undefined, GENERAL, ctx())).toBeUndefined();
    expect(cellOf('e', '#DIV/0!', undefined, YUAN, ctx())).toEqual({ text: '#DIV/0!' });
    expect(cellOf('e', ' #N/A', undefined, GENERAL, ctx())).toEqual({ text: ' #N/A' });
    expect(cellOf('e', '1', undefined, GENERAL, ctx())).toEqual({ text: '1' });
    expect(cellOf('str', '', undefined, GENERAL, ctx())).toBeUndefined();
    expect(cellOf('str', ' a ', undefined, GENERAL, ctx())).toEqual({ text: ' a ' });
    expect(cellOf('str', '100', undefined, YUAN, ctx())).toEqual({ text: '100元' });
  });

  it('ISO dates (t="d") as serials under the format, in either date system', () => {
    expect(cellOf('d', '', undefined, DATE, ctx())).toBeUndefined();
    expect(cellOf('d', '  ', undefined, DATE, ctx())).toBeUndefined();
    expect(cellOf('d', '2021-06-30', undefined, DATE, ctx())).toEqual({ text: '2021/6/30', raw: '2021-06-30' });
    expect(cellOf('d', '2021-06-30', undefined, GENERAL, ctx())).toEqual({ text: '44377', raw: '2021-06-30' });
    expect(cellOf('d', '2021-06-30T12:00:00', undefined, GENERAL, ctx())).toEqual({ text: '44377.5', raw: '2021-06-30T12:00:00' });
    expect(cellOf('d', '2021-06-30', undefined, GENERAL, ctx([], true))).toEqual({ text: '42915', raw: '2021-06-30' });
    expect(cellOf('d', ' 30 June ', undefined, DATE, ctx())).toEqual({ text: '30 June' });
  });

  it('numbers and unknown types read as numbers; blank is nothing', () => {
    expect(cellOf('n', '', undefined, GENERAL, ctx())).toBeUndefined();
    expect(cellOf('n', '2.5', undefined, GENERAL, ctx())).toEqual({ text: '2.5', raw: 2.5 });
    expect(cellOf('x', '7', undefined, GENERAL, ctx())).toEqual({ text: '7', raw: 7 });
    expect(cellOf('', '5', undefined, GENERAL, ctx())).toEqual({ text: '5', raw: 5 });
    expect(cellOf('n', ' ', undefined, GENERAL, ctx())).toEqual({ text: '' });
  });
});

/** The scanner entered into the first element of `xml`. */
function entered(xml: string): XmlScanner {
  const scan = new XmlScanner(xml);
  scan.next();
  return scan;
}

describe('richTextUntil', () => {
  it('every run’s text, phonetic runs left out, stops at the end tag', () => {
    const scan = entered('<si><t>a</t><r><rPr><b/></rPr><t>b</t></r><rPh sb="0"><t>x</t></rPh><r><t xml:space="preserve"> c</t></r></si><after/>');
    expect(richTextUntil(scan, 'si')).toBe('ab c');
    expect(scan.next()).toBe(true);
    expect(scan.name).toBe('after');
  });

  it('a self-closing phonetic run or text is nothing; nested phonetic runs; end tags of other names pass', () => {
    expect(richTextUntil(entered('<is><rPh/><t>a</t><t/><t>b</t></is>'), 'is')).toBe('ab');
    expect(richTextUntil(entered('<is><rPh><rPh><t>x</t></rPh><t>y</t></rPh><t>z</t></is>'), 'is')).toBe('z');
    expect(richTextUntil(entered('<is><r><t>a</t></r></x><t>b</t></is><t>c</t>'), 'is')).toBe('ab');
  });

  it('text outside t elements is left out', () => {
    expect(richTextUntil(entered('<is>x<r>y<rPr>z</rPr><t>a</t></r> </is>'), 'is')).toBe('a');
  });

  it('escapes decoded, entities and CDATA read', () => {
    expect(richTextUntil(entered('<si><t>_x0041_&amp;<![CDATA[<b>]]></t></si>'), 'si')).toBe('A&<b>');
  });

  it('an element never closed reads to the end of the part', () => {
    expect(richTextUntil(entered('<si><t>a</t><t>b</t>'), 'si')).toBe('ab');
  });
});

describe('stringIndex', () => {
  it('decimal digits, whitespace anywhere', () => {
    expect(stringIndex('0')).toBe(0);
    expect(stringIndex('42')).toBe(42);
    expect(stringIndex(' 4 2 ')).toBe(42);
    expect(stringIndex('\r\n\t7')).toBe(7);
    expect(stringIndex('123456789')).toBe(123456789);
  });

  it('no digit, ten digits, or any other character is NaN', () => {
    for (const text of ['', ' ', '1234567890', 'a', '1a', '/', ':', '-1', '1.0', '\u00a01']) expect([text, stringIndex(text)]).toEqual([text, NaN]);
  });
});
