import { limitsWith, ReadLimits } from '../../src/io/limits';
import { numberFormat } from '../../src/io/number-format';
import { SheetPass } from '../../src/io/sheet-pass';
import { readSheet, SheetContext } from '../../src/io/sheet-reader';
import { errorOf } from '../helpers/error-code';

/**
 * Mutants of the sheet pass (src/io/sheet-pass.ts) and readSheet (sheet-reader.ts), on raw worksheet
 * XML with a context that counts what it is asked for: the quick cell shape, the canonical and plain
 * tags, the general attribute reader and the scanner each read their own shapes, and each gives what
 * Excel shows. Expectations by hand.
 */
interface Options {
  strings?: string[];
  /** Format codes of cell styles 0, 1, ... */
  formats?: string[];
  limits?: Partial<ReadLimits>;
  date1904?: boolean;
}

function context(options: Options, calls: { strings: number; formats: number }): SheetContext {
  return {
    strings: () => {
      calls.strings++;
      return options.strings ?? [];
    },
    formats: () => {
      calls.formats++;
      return (options.formats ?? []).map(numberFormat);
    },
    date1904: options.date1904 ?? false,
    limits: limitsWith(options.limits),
  };
}

function pass(sheetData: string, options: Options = {}) {
  const calls = { strings: 0, formats: 0 };
  const p = new SheetPass(sheetData, 'xl/worksheets/sheet1.xml', context(options, calls));
  const merges = p.run();
  return { rows: p.rows, values: p.values, anyValue: p.anyValue, merges, calls };
}
const rows = (sheetData: string, options: Options = {}): string[][] => pass(sheetData, options).rows;

const problemOf = (fn: () => unknown): unknown => errorOf(fn)?.[1].problem;

describe('numbers', () => {
  it('plain integers as written, others through General, on every path', () => {
    const xml = '<row r="1"><c r="A1"><v>12</v></c><c r="B1"><v>1.5</v></c><c r="C1"><v>007</v></c><c r="D1" ><v>-3</v></c><c r="E1" ><v>2.50</v></c><c r="F1" x="1"><v>007</v></c></row>';
    const read = pass(xml);
    expect(read.rows).toEqual([['12', '1.5', '7', '-3', '2.5', '7']]);
    expect(read.values).toEqual([[12, 1.5, 7, -3, 2.5, 7]]);
    expect(read.anyValue).toBe(true);
    expect(read.calls).toEqual({ strings: 0, formats: 0 });
  });

  it('an integer of twelve digits or more through General', () => {
    expect(pass('<row r="1"><c r="A1"><v>123456789012</v></c><c r="B1" ><v>123456789012</v></c></row>').rows).toEqual([['1.23457E+11', '1.23457E+11']]);
    expect(rows('<row r="1"><c r="A1"><v>1234567890123</v></c><c r="B1" ><v>1234567890123</v></c></row>')).toEqual([['1.23457E+12', '1.23457E+12']]);
  });

  it('a value with an entity or a line end is decoded, then read', () => {
    const read = pass('<row r="1"><c r="A1"><v>&#49;2</v></c><c r="B1"><v>3\r\n</v></c><c r="C1"><v>4\n</v></c></row>');
    expect(read.rows).toEqual([['12', '3', '4']]);
    expect(read.values).toEqual([[12, 3, 4]]);
  });

  it('a blank or non-numeric value: nothing, or its text trimmed without a value', () => {
    const read = pass('<row r="1"><c r="A1"><v> </v></c><c r="B1"><v>abc </v></c><c r="C1"><v></v></c><c r="D1"><v>1_x0030_</v></c></row>');
    expect(read.rows).toEqual([['', 'abc', '', '1_x0030_']]);
    expect(read.anyValue).toBe(false);
  });

  it('an integer under a number format, on the quick and the general path', () => {
    const read = pass('<row r="1"><c r="A1" s="1"><v>12</v></c><c r="B1" s="1" ><v>12</v></c><c r="C1" s="2"><v>44377</v></c><c r="D1" s="2" ><v>44377</v></c></row>', {
      formats: ['General', '0.00%', 'yyyy/m/d'],
    });
    expect(read.rows).toEqual([['1200.00%', '1200.00%', '2021/6/30', '2021/6/30']]);
    expect(read.values).toEqual([[12, 12, '2021-06-30', '2021-06-30']]);
    expect(read.calls.formats).toBe(1);
  });
});

describe('shared strings', () => {
  const strings = ['甲', '乙', '100'];

  it('by index on the quick path, with spaces or an entity on the others', () => {
    const read = pass('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v> 1 </v></c><c r="C1" t="s"><v>&#50;</v></c><c r="D1" t="s" ><v>1</v></c></row>', { strings });
    expect(read.rows).toEqual([['甲', '乙', '100', '乙']]);
    expect(read.anyValue).toBe(false);
    // the pass asks for the table once, whichever of its paths needs it first
    expect(pass('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v> 1 </v></c><c r="C1" t="s" ><v>1</v></c></row>', { strings }).calls).toEqual({ strings: 1, formats: 0 });
    expect(pass('<row r="1"><c r="C1" t="s" ><v>1</v></c><c r="A1" t="s"><v>0</v></c></row>', { strings }).calls).toEqual({ strings: 1, formats: 0 });
  });

  it('a text format applies on every path', () => {
    const xml = '<row r="1"><c r="A1" s="1" t="s"><v>2</v></c><c r="B1" s="1" t="s"><v> 2</v></c><c r="C1" s="1" t="s"><v>&#50;</v></c></row>';
    expect(rows(xml, { strings, formats: ['General', '@"元"'] })).toEqual([['100元', '100元', '100元']]);
  });

  it('an empty item stores nothing, on either path', () => {
    expect(rows('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s" ><v>0</v></c></row>', { strings: [''] })).toEqual([]);
    expect(rows('<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s" ><v>0</v></c><c r="D2" t="s"><v>1</v></c></row>', { strings: ['', 'x'] })).toEqual([[], ['', '', '', 'x']]);
  });

  it('an empty index is an empty cell; no table is read for it', () => {
    const read = pass('<row r="1"><c r="A1" t="s"><v></v></c><c r="B1" t="s"><v/></c><c r="C1" t="s"/></row>', { strings });
    expect(read.rows).toEqual([]);
    expect(read.calls.strings).toBe(0);
  });

  it('an index past the table is corrupt on every path, naming the index', () => {
    expect(errorOf(() => rows('<row r="1"><c r="A1" t="s"><v>3</v></c></row>', { strings }))).toEqual(['file-corrupt', { problem: 'corrupt.shared-string-missing', value: '3' }]);
    expect(errorOf(() => rows('<row r="1"><c r="A1" t="s"><v> 3</v></c></row>', { strings }))).toEqual(['file-corrupt', { problem: 'corrupt.shared-string-missing', value: ' 3' }]);
    expect(errorOf(() => rows('<row r="1"><c r="A1" t="s"><v>&#51;</v></c></row>', { strings }))).toEqual(['file-corrupt', { problem: 'corrupt.shared-string-missing', value: '3' }]);
    const long = ` ${'9'.repeat(5)}${' '.repeat(30)}`;
    expect(errorOf(() => rows(`<row r="1"><c r="A1" t="s"><v>${long}</v></c></row>`, { strings }))).toEqual(['file-corrupt', { problem: 'corrupt.shared-string-missing', value: long.slice(0, 20) }]);
  });

  it('a type written with an entity reads as its text', () => {
    expect(rows('<row r="1"><c r="A1" t="&#115;"><v>1</v></c><c r="B1" t="&#110;"><v>5</v></c></row>', { strings })).toEqual([['乙', '5']]);
  });
});

describe('other types', () => {
  it('booleans, errors, formula strings, inline strings, dates', () => {
    const xml =
      '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="str"><f>x</f><v>a&amp;b_x000D_</v></c>' +
      '<c r="E1" t="inlineStr"><is><t>进展</t></is></c><c r="F1" t="d" s="1"><v>2021-06-30</v></c><c r="G1" t="b"><v>true</v></c></row>';
    const read = pass(xml, { formats: ['General', 'yyyy/m/d'] });
    expect(read.rows).toEqual([['TRUE', 'FALSE', '#N/A', 'a&b\r', '进展', '2021/6/30', 'TRUE']]);
    expect(read.values).toEqual([[true, false, undefined, undefined, undefined, '2021-06-30', true]]);
  });

  it('a shared-string index written as an escape is no index', () => {
    expect(problemOf(() => rows('<row r="1"><c r="A1" t="s"><v>_x0031_</v></c></row>', { strings: ['a', 'b'] }))).toBe('corrupt.shared-string-missing');
  });

  it('an escaped CR before a LF reads as one line end', () => {
    expect(
      rows('<row r="1"><c r="A1" t="str"><v>a_x000D_&#10;b</v></c><c r="B1" t="inlineStr"><is><t>c_x000D_&#10;d</t></is></c><c r="C1" t="s"><v>0</v></c><c r="D1" t="s" ><v>0</v></c></row>', {
        strings: ['e\r\nf'],
        formats: [],
      }),
    ).toEqual([['a\nb', 'c\nd', 'e\r\nf', 'e\r\nf']]);
  });

  it('an escape is decoded in text types, not in numbers or booleans', () => {
    expect(rows('<row r="1"><c r="A1" t="e"><v>_x0041_</v></c><c r="B1" t="inlineStr"><is><t>_x0041_</t></is></c><c r="C1" t="b"><v>_x0031_</v></c></row>')).toEqual([['A', 'A', 'FALSE']]);
  });

  it('an inline string with rich text, phonetic runs, CDATA, a comment, an entity, CR LF', () => {
    const xml =
      '<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>主</t></r><r><t>要</t></r><rPh sb="0" eb="1"><t>zhu</t></rPh><phoneticPr/></is></c>' +
      '<c r="B1" t="inlineStr"><is><t><![CDATA[<a>]]></t></is></c><c r="C1" t="inlineStr"><is><!-- c --><t>x</t></is></c>' +
      '<c r="D1" t="inlineStr"><is><t>a&lt;b</t></is></c><c r="E1" t="inlineStr"><is><t>甲\r\n乙</t></is></c><c r="F1" t="inlineStr"><is/></c><c r="G1" t="inlineStr"><is><t/></is></c></row>';
    expect(rows(xml)).toEqual([['主要', '<a>', 'x', 'a<b', '甲\n乙']]);
  });

  it('the scanner’s cell: CDATA and comments in a value, a self-closing value, extLst and formulas skipped', () => {
    const xml =
      '<row r="1"><c r="A1" t="str"><v><![CDATA[<7>]]></v></c><c r="B1"><!-- n --><v>8</v></c><c r="C1"><v/></c><c r="D1"><extLst><ext><v>9</v></ext></extLst><v>1</v></c>' +
      '<c r="E1"><f><v>5</v></f><v>2</v></c><c r="F1"><x:v>3</x:v></c><c r="G1"><v>4</v><!-- --></c></row>';
    const read = pass(xml);
    expect(read.rows).toEqual([['<7>', '8', '', '1', '2', '3', '4']]);
    expect(read.values).toEqual([[undefined, 8, undefined, 1, 2, 3, 4]]);
  });
});

describe('cell tags', () => {
  it('plain tags in any order and quote, general tags with spaces or odd names, prefixed elements', () => {
    const xml =
      '<row r=\'1\'><c t=\'s\' s=\'0\' r=\'A1\'><v>0</v></c><c r = "B1"><v>6</v></c><c data-x="1" r="C1"><v>5</v></c><x:c r="D1"><x:v>4</x:v></x:c>' +
      '<c\nr="E1"\n><v>3</v></c><c r="F1" s="1" t="n" ><v>2</v></c><c t="n" r="G1"/><c r="H1" r="I1"><v>1</v></c></row>';
    expect(rows(xml, { strings: ['甲'] })).toEqual([['甲', '6', '5', '4', '3', '2', '', '', '1']]);
  });

  it('a reference with an entity or a tab is decoded', () => {
    expect(rows('<row r="1"><c r="&#66;1"><v>1</v></c><c r="D&#49;"><v>2</v></c></row>')).toEqual([['', '1', '', '2']]);
    // the next cell without a reference stays in its row tag's row, after the previous cell's column
    expect(rows('<row r="1"><c r="B&#50;"><v>3</v></c><c><v>4</v></c></row>')).toEqual([
      ['', '', '4'],
      ['', '3'],
    ]);
  });

  it('a self-closing tag read the general way holds nothing, the next cell keeps its own content', () => {
    expect(rows('<row r="1"><c r = "A1"/><c r="B1"><v>1</v></c><c r="C1" t="str"/><c r="D1"><v>2</v></c><c t="str" r="E1" /><c><v>3</v></c></row>')).toEqual([['', '1', '', '2', '', '3']]);
  });

  it('no reference, or one that is no reference: the cell after the previous one', () => {
    const xml = '<row r="2"><c><v>1</v></c><c r="A0"><v>2</v></c><c r=""><v>3</v></c><c r="5"><v>4</v></c><c r="E2"><v>5</v></c><c r="6.5"><v>6</v></c><c/><c><v>7</v></c></row>';
    expect(rows(xml)).toEqual([[], ['1', '2', '3', '4', '5', '6', '', '7']]);
  });

  it('a reference past the sheet is corrupt on every tag shape', () => {
    for (const tag of ['<c r="XFE1">', '<c r="XFE1" >', '<c r = "XFE1">', '<c r="A1048577"/>'])
      expect([tag, errorOf(() => rows(`<row r="1">${tag}<v>1</v></c></row>`))]).toEqual([
        tag,
        ['file-corrupt', { problem: 'corrupt.cell-beyond-sheet', value: tag.includes('XFE') ? 'XFE1' : 'A1048577' }],
      ]);
  });

  it('a cell without a reference past the last column is corrupt, naming its row', () => {
    const limits = { maxColumns: 2 };
    expect(rows('<row r="3"><c><v>1</v></c><c><v>2</v></c></row>', { limits })).toEqual([[], [], ['1', '2']]);
    expect(errorOf(() => rows('<row r="3"><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>', { limits }))).toEqual(['file-corrupt', { problem: 'corrupt.column-beyond-sheet', value: '3' }]);
    expect(errorOf(() => rows('<row r="3"><c r="B3"><v>1</v></c><c><v>3</v></c></row>', { limits }))).toEqual(['file-corrupt', { problem: 'corrupt.column-beyond-sheet', value: '3' }]);
  });

  it('a cell before any row tag starts the row it names; one without a reference the first row', () => {
    expect(rows('<c r="B3"><v>1</v></c><c><v>2</v></c>')).toEqual([[], [], ['', '1', '2']]);
    expect(rows('<c r="B3" ><v>1</v></c><c><v>2</v></c>')).toEqual([[], [], ['', '1', '2']]);
    expect(rows('<c><v>1</v></c><c><v>2</v></c>')).toEqual([['1', '2']]);
  });

  it('the next cell without a reference follows a quick cell, a general cell and an empty one', () => {
    expect(rows('<row r="1"><c r="B1"><v>1</v></c><c><v>2</v></c><c r="D1" x="1"><v>3</v></c><c><v>4</v></c><c r="G1"/><c><v>5</v></c></row>')).toEqual([['', '1', '2', '3', '4', '', '', '5']]);
  });

  it('a tag whose name starts with c after a self-closing tag is no cell', () => {
    expect(rows('<x/><cols><col min="1"/></cols><row r="1"><c r="B1"><v>1</v></c></row>')).toEqual([['', '1']]);
  });

  it('names that start with c or end in c are not cells', () => {
    expect(rows('<cols><col min="1"/></cols><row r="1"><cx r="A1"><v>1</v></cx><abc r="B1"/><c r="C1"><v>2</v></c></row>')).toEqual([['', '', '2']]);
  });
});

describe('styles', () => {
  it('s="0" is General without reading the styles; other indexes read them once', () => {
    const read = pass('<row r="1"><c r="A1" s="0"><v>0.5</v></c><c r="B1" s="0" ><v>0.5</v></c></row>', { formats: ['0%'] });
    expect(read.rows).toEqual([['0.5', '0.5']]);
    expect(read.calls.formats).toBe(0);
    const other = pass('<row r="1"><c r="A1" s="00"><v>0.5</v></c><c r="B1" s="00" ><v>0.5</v></c><c r="C1" s="&#48;"><v>0.5</v></c></row>', { formats: ['0%'] });
    expect(other.rows).toEqual([['50%', '50%', '50%']]);
    expect(other.calls.formats).toBe(1);
  });

  it('a style index written with an entity, past the table, or no number reads as written or as General', () => {
    const xml = '<row r="1"><c r="A1" s="&#49;"><v>0.5</v></c><c r="B1" s="9"><v>0.5</v></c><c r="C1" s="x"><v>0.5</v></c><c r="D1" s="9" ><v>0.5</v></c><c r="E1" s="1" ><v>0.5</v></c></row>';
    expect(rows(xml, { formats: ['General', '0%'] })).toEqual([['50%', '0.5', '0.5', '0.5', '50%']]);
  });

  it('an empty cell with a style reads no styles', () => {
    expect(pass('<row r="1"><c r="A1" s="3"/><c r="B1" s="3" /><c r="C1" s = "3"/></row>', { formats: ['0%'] }).calls.formats).toBe(0);
  });
});

describe('rows', () => {
  it('row numbers on each tag shape, the first r of a tag, absent ones after the previous row', () => {
    const xml =
      '<row r="2"><c><v>2</v></c></row><row spans="1:1" r="4"><c><v>4</v></c></row><row r ="5"><c><v>5</v></c></row><row><c><v>6</v></c></row>' +
      '<row r="0"><c><v>7</v></c></row><row r="8" r="1"><c><v>8</v></c></row><row spans="1:1" r="10" r="1"><c><v>10</v></c></row><row x = "1" r="12" r="1"><c><v>12</v></c></row>';
    expect(rows(xml)).toEqual([[], ['2'], [], ['4'], ['5'], ['6'], ['7'], ['8'], [], ['10'], [], ['12']]);
  });

  it('row numbers written with an entity, a prefix, single quotes, self-closing rows', () => {
    const xml =
      '<row r="&#50;"><c><v>2</v></c></row><row x:r="3"><c><v>3</v></c></row><row r=\'4\'/><row><c><v>5</v></c></row><row spans="1" r="&#55;"/><row><c><v>8</v></c></row><row r = "&#57;"/><row><c><v>10</v></c></row>';
    expect(rows(xml)).toEqual([[], ['2'], ['3'], [], ['5'], [], [], ['8'], [], ['10']]);
  });

  it('a row tag whose first attribute is another one-letter name, or r without quotes', () => {
    expect(rows('<row s="3" r="2"><c><v>2</v></c></row><row r=5><c><v>3</v></c></row><row r="5"><c><v>5</v></c></row>')).toEqual([[], ['2'], ['3'], [], ['5']]);
  });

  it('a row past the sheet is corrupt on each tag shape, and a row after the last', () => {
    for (const tag of ['<row r="1048577">', '<row spans="1" r="1048577">', '<row r = "1048577">', '<row r="9999999999">'])
      expect([tag, problemOf(() => rows(`${tag}</row>`))]).toEqual([tag, 'corrupt.row-beyond-sheet']);
    expect(errorOf(() => rows('<row r="10"/><row/>', { limits: { maxRows: 10 } }))).toEqual(['file-corrupt', { problem: 'corrupt.row-beyond-sheet', value: '11' }]);
    expect(rows('<row r="9"/><row><c><v>1</v></c></row>', { limits: { maxRows: 10 } })).toHaveLength(10);
  });

  it('a row written again keeps its texts, gaps read as empty, values beside them', () => {
    const read = pass('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="C2"><v>2</v></c></row><row r="1"><c r="D1"><v>3</v></c><c r="B1" t="str"><v>b</v></c></row>');
    expect(read.rows).toEqual([
      ['1', 'b', '', '3'],
      ['', '', '2'],
    ]);
    expect(read.values).toEqual([
      [1, undefined, undefined, 3],
      [undefined, undefined, 2],
    ]);
  });

  it('cells of one row tag naming other rows, out of order', () => {
    expect(rows('<row r="2"><c r="C2"><v>1</v></c><c r="A1"><v>2</v></c><c r="B2"><v>3</v></c><c r="A2"><v>4</v></c><c r="D2" t="str"><v></v></c></row>')).toEqual([['2'], ['4', '3', '1']]);
  });

  it('a long row keeps every text once its scratch row is flushed', () => {
    const cells = Array.from({ length: 30 }, (_, i) => `<c r="${String.fromCharCode(65 + (i % 26))}${i < 26 ? 1 : 2}"><v>${i}</v></c>`).join('');
    const read = rows(`<row r="1">${cells}</row>`);
    expect(read[0]).toHaveLength(26);
    expect(read[0]?.[25]).toBe('25');
    expect(read[1]).toEqual(['26', '27', '28', '29']);
  });
});

describe('the general way of a cell', () => {
  it('prefixed, single-quoted, long and later attributes read as the scanner reads them', () => {
    expect(rows('<row r="1"><c x:r = "B1"><v>1</v></c></row>')).toEqual([['', '1']]);
    expect(rows('<row r="1"><c r = \'C1\'><v>2</v></c></row>')).toEqual([['', '', '2']]);
    expect(rows('<row r="1"><c r = "B1" rr="D1"><v>3</v></c></row>')).toEqual([['', '3']]);
    expect(rows('<row r="1"><c s = "1" r="B1"><v>0.5</v></c></row>', { formats: ['General', '0%'] })).toEqual([['', '50%']]);
    expect(rows('<row r="1"><c r = "B1" t="str"><v> x </v></c></row>')).toEqual([['', ' x ']]);
  });

  it('a cell in a later row, A1 after another cell, a cell of another row before a cell without a reference', () => {
    expect(rows('<row r="2"><c r="B2" t="str"><v>x</v></c><c r="A2" t="str"><v>y</v></c></row>')).toEqual([[], ['y', 'x']]);
    expect(rows('<row r="1"><c r="B1"><v>1</v></c><c r="A1" t="str"><v>x</v></c></row>')).toEqual([['x', '1']]);
    for (const tag of ['<c r="B3">', '<c r="B3" t="n" x="1">']) expect([tag, rows(`<row r="1">${tag}<v>3</v></c><c><v>4</v></c></row>`)]).toEqual([tag, [['', '', '4'], [], ['', '3']]]);
    expect(rows('<c r="B3" t="str"><v>1</v></c><c><v>2</v></c>')).toEqual([[], [], ['', '1', '2']]);
  });

  it('cells out of order in one row', () => {
    expect(rows('<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c></row>')).toEqual([['1', '', '3']]);
  });

  it('the used range counts cells read either way, in any order', () => {
    const merge = '<mergeCells><mergeCell ref="A1:C3"/></mergeCells>';
    expect(pass(`<row r="3"><c r="B3" t="str"><v>b</v></c></row><row r="1"><c r="A1" t="str"><v>a</v></c></row>${merge}`).merges).toEqual([{ top: 0, left: 0, bottom: 2, right: 1 }]);
    expect(pass(`<row r="3"><c r="B3"><v>1</v></c></row><row r="1"><c r="A1"><v>2</v></c></row>${merge}`).merges).toEqual([{ top: 0, left: 0, bottom: 2, right: 1 }]);
    expect(pass(`<row r="1"><c r="A1"><v>1</v></c></row>${merge}`).merges).toEqual([]);
    expect(pass(`<row r="1"><c r="A1" t="str"><v>1</v></c></row>${merge}`).merges).toEqual([]);
  });

  it('a number in a number format, an escape in a number, a negative or long shared index, on the general way', () => {
    expect(rows('<row r="1"><c s="1" r="A1"><v>12</v></c><c r="B1" t="n" x="1"><v>1_x0030_</v></c></row>', { formats: ['General', '0.00%'] })).toEqual([['1200.00%', '1_x0030_']]);
    expect(problemOf(() => rows('<row r="1"><c r="A1" t="s" ><v>-1</v></c></row>', { strings: ['a'] }))).toBe('corrupt.shared-string-missing');
    expect(problemOf(() => rows('<row r="1"><c r="A1" t="s" ><v>1234567890</v></c></row>', { strings: ['a'] }))).toBe('corrupt.shared-string-missing');
  });

  it('style 0 written otherwise or as 05 on the general way', () => {
    const read = pass('<row r="1"><c s="0" r="A1"><v>0.5</v></c></row>', { formats: ['0%'] });
    expect([read.rows, read.calls.formats]).toEqual([[['0.5']], 0]);
    const formats = ['0%', 'General', 'General', 'General', 'General', '0.0%'];
    expect(rows('<row r="1"><c s="00" r="A1"><v>0.5</v></c><c s="05" r="B1"><v>0.5</v></c><c s="5" r="C1"><v>0.5</v></c></row>', { formats })).toEqual([['50%', '50.0%', '50.0%']]);
  });

  it('the scanner’s cell: a closing tag before the value, self-closing values and strings, values inside formulas and extLst', () => {
    expect(rows('<row r="1"><c r="A1"><x></x><v>1</v></c></row>')).toEqual([['1']]);
    expect(rows('<row r="1"><c r="A1" t="str"><v/>junk</c><c r="B1" t="inlineStr"><is/></c><c r="C1"><v>2</v></c></row>')).toEqual([['', '', '2']]);
    expect(rows('<row r="1"><c r="A1"><f><v>5</v></f><!----></c><c r="B1"><extLst><v>6</v></extLst></c><c r="C1"><v>7</v></c></row>')).toEqual([['', '', '7']]);
    expect(rows('<row r="1"><c r="A1" t="inlineStr"><v>x</v></c></row>')).toEqual([['x']]);
  });

  it('a processing instruction with a quote in it', () => {
    expect(rows('<?pi don\'t?><row r="1"><c><v>1</v></c></row>')).toEqual([['1']]);
  });

  it('row tags the general way reads: odd shapes read as no number', () => {
    expect(rows('<row r="2"/><row/r="5"><c><v>1</v></c></row><row rs"9"><c><v>2</v></c></row>')).toEqual([[], [], ['1'], ['2']]);
  });

  it('a row or other tag that follows another tag and is never closed is corrupt', () => {
    for (const xml of ['<x/><row r="1', '<x/><row r="1"', '<x/><c r="A1"']) expect([xml, problemOf(() => rows(xml))]).toEqual([xml, 'corrupt.xml-unclosed-tag']);
  });

  it('a merge whose second row or column the cells do not reach is cut', () => {
    expect(pass('<row r="1"><c r="A1"><v>1</v></c><c r="B1"/></row><mergeCells><mergeCell ref="A1:A2"/><mergeCell ref="A1:C1"/></mergeCells>').merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
    ]);
  });

  it('a tag of three letters that is not row starts no row', () => {
    expect(rows('<row r="1"><c><v>1</v></c><abc r="7"/><rows r="7"/><c><v>2</v></c></row>')).toEqual([['1', '2']]);
  });
});

describe('row texts', () => {
  it('a shorter row after a longer one holds only its own texts, gaps empty', () => {
    expect(
      rows('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c><c r="D1"><v>4</v></c></row><row r="2"><c r="C2"><v>9</v></c></row><row r="3"><c r="A3"><v>7</v></c></row>'),
    ).toEqual([['1', '2', '3', '4'], ['', '', '9'], ['7']]);
  });

  it('whitespace and line breaks between rows and cells without references', () => {
    const xml = '<sheetData>\n  <row>\n    <c><v>1</v></c>\n    <c t="str"><v>a</v></c>\n  </row>\n  <row>\n    <c><v>2</v></c>\n  </row>\n</sheetData>';
    expect(rows(xml)).toEqual([['1', 'a'], ['2']]);
  });

  it('a prefixed row tag, and names that only start like row', () => {
    expect(rows('<x:row r="2"><c><v>1</v></c></x:row><rows r="9"/><rowx r="9"/><c><v>2</v></c>')).toEqual([[], ['1', '2']]);
  });
});

describe('limits and damage', () => {
  it('text up to the sheet’s limit is read, past it is file-too-large naming the part', () => {
    const xml = '<row r="1"><c r="A1" t="str"><v>abc</v></c><c r="B1" t="str"><v>de</v></c></row>';
    expect(rows(xml, { limits: { maxSheetTextChars: 5 } })).toEqual([['abc', 'de']]);
    expect(errorOf(() => rows(xml, { limits: { maxSheetTextChars: 4 } }))).toEqual(['file-too-large', { part: 'xl/worksheets/sheet1.xml', limitMb: 0 }]);
    expect(errorOf(() => rows('<row r="1"><c r="A1"><v>12345</v></c></row>', { limits: { maxSheetTextChars: 4 } }))).toEqual(['file-too-large', { part: 'xl/worksheets/sheet1.xml', limitMb: 0 }]);
    expect(errorOf(() => rows(xml, { limits: { maxSheetTextChars: 3 * 1048576 - 1 } }))).toBeUndefined();
  });

  it('an unclosed tag is corrupt wherever it is cut', () => {
    for (const xml of [
      '<row r="1"><c r="A1"',
      '<row r="1"><c r="A1" s="1',
      '<row r="1"><c r = "A1"',
      '<row r="1"',
      '<row r="1',
      '<row spans="1"',
      '<row',
      '</row',
      '<dimension ref="A1"',
      '<x:c r="A1"',
      '<row r="1"><c r="A1"><v>1</v></c',
    ])
      expect([xml, problemOf(() => rows(xml))]).toEqual([xml, 'corrupt.xml-unclosed-tag']);
  });

  it('a tag cut by another tag is corrupt', () => {
    expect(problemOf(() => rows('<row r="1"><c r="A1" <v>1</v></c></row>'))).toBe('corrupt.xml-unclosed-tag');
    expect(problemOf(() => rows('<dimension ref="A1" <row/>'))).toBe('corrupt.xml-unclosed-tag');
  });

  it('comments, processing instructions, CDATA and a doctype between tags are skipped; unterminated ones are corrupt', () => {
    expect(rows('<?xml version="1.0"?><!DOCTYPE x><!-- <row r="5"><c><v>1</v></c></row> --><row r="1"><![CDATA[<c r="A1"><v>2</v></c>]]><c r="B1"><v>3</v></c></row>')).toEqual([['', '3']]);
    expect(problemOf(() => rows('<row r="1"><!-- x'))).toBe('corrupt.xml-unterminated');
  });
});

describe('merged ranges and the grid', () => {
  const ctx = (): SheetContext => context({}, { strings: 0, formats: 0 });
  const entry = { name: '表', path: 'xl/worksheets/sheet1.xml', visibility: 'visible' as const };

  it('merge cells of every shape, clamped to the cells the sheet holds', () => {
    const xml =
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="C1"/></row><row r="3"><c r="A3"/></row></sheetData>' +
      '<mergeCells count="5"><mergeCell ref="A1:B1"/><x:mergeCell ref="A2:C9"/><mergeCell ref=""/><mergeCell/><mergeCell  ref = "A:A" /><mergeCellX ref="A1:C1"/><mergeCelL ref="A1:C1"/></mergeCells>';
    expect(pass(xml).merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 1, left: 0, bottom: 2, right: 2 },
      { top: 0, left: 0, bottom: 2, right: 0 },
    ]);
  });

  it('readSheet: rows padded to the last merged row, values only when a cell holds one', () => {
    const xml = '<sheetData><row r="1"><c r="A1" t="str"><v>x</v></c></row><row r="3"><c r="A3"/></row></sheetData><mergeCells><mergeCell ref="A1:A3"/></mergeCells>';
    expect(readSheet(xml, entry, 'x.xlsx', ctx())).toEqual({ sheet: '表', origin: 'x.xlsx', rows: [['x'], [], []], merges: [{ top: 0, left: 0, bottom: 2, right: 0 }], visibility: 'visible' });
    const withValue = readSheet('<sheetData><row r="2"><c r="B2"><v>5</v></c></row></sheetData>', { ...entry, visibility: 'hidden' }, 'y.xlsx', ctx());
    expect(withValue).toEqual({ sheet: '表', origin: 'y.xlsx', rows: [[], ['', '5']], merges: [], visibility: 'hidden', values: [[], [undefined, 5]] });
  });

  it('an empty part', () => {
    expect(pass('')).toEqual({ rows: [], values: [], anyValue: false, merges: [], calls: { strings: 0, formats: 0 } });
    expect(pass('<worksheet><sheetData/></worksheet>').rows).toEqual([]);
  });
});
