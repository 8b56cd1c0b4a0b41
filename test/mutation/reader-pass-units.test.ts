import {
  attrValue,
  BOOL,
  canonicalCellTag,
  cellType,
  contentAt,
  digitsAt,
  FIRST_R,
  INLINE,
  isEndTag,
  isPlain,
  LAST_R,
  LAST_S,
  LAST_T,
  lf,
  NUMBER,
  OTHER,
  plainInteger,
  plainTag,
  SELF_CLOSING,
  SHARED,
  skipSpaces,
  stringIndexAt,
  TAG_SLOTS,
  textValue,
  VALUE,
} from '../../src/io/sheet-pass';

/**
 * Mutants of the sheet pass's in-place readers (src/io/sheet-pass.ts): each helper's own contract,
 * what it takes, what it declines, the exact spans and values it gives. A mutant that only makes a
 * fast path decline reads the same grid through the general reader, so only these unit results
 * show it. Spans are written by hand as [start, end) offsets into the literal under test.
 */

/** The whole of `s`: start 0, end its length. */
const all = (s: string): [string, number, number] => [s, 0, s.length];

describe('isPlain: no entity, CR, LF or tab in the stretch', () => {
  it('plain stretches', () => {
    expect(isPlain(...all('abc 12'))).toBe(true);
    expect(isPlain(...all(''))).toBe(true);
    expect(isPlain('中文', 0, 2)).toBe(true);
  });

  it('each of &, CR, LF, tab makes it not plain', () => {
    expect(isPlain(...all('a&b'))).toBe(false);
    expect(isPlain(...all('a\rb'))).toBe(false);
    expect(isPlain(...all('a\nb'))).toBe(false);
    expect(isPlain(...all('a\tb'))).toBe(false);
  });

  it('looks at [start, end) only', () => {
    expect(isPlain('&ab', 1, 3)).toBe(true);
    expect(isPlain('ab&', 0, 2)).toBe(true);
    expect(isPlain('ab&', 0, 3)).toBe(false);
    expect(isPlain('&ab', 0, 1)).toBe(false);
  });
});

describe('attrValue: entities decoded, tab, LF and CR read as spaces', () => {
  it('plain, with entities, with line ends', () => {
    expect(attrValue(...all('A1'))).toBe('A1');
    expect(attrValue(...all('a&amp;b&lt;'))).toBe('a&b<');
    expect(attrValue(...all('a\tb\nc\rd'))).toBe('a b c d');
    expect(attrValue(...all('x&#10;y'))).toBe('x y');
    expect(attrValue('"B2"', 1, 3)).toBe('B2');
    expect(attrValue(...all('\t\n'))).toBe('  ');
  });
});

describe('textValue: entities decoded, CR LF and CR read as LF', () => {
  it('plain text is the stretch itself', () => {
    expect(textValue(...all('甲 乙\n丙'))).toBe('甲 乙\n丙');
    expect(textValue('<v>12</v>', 3, 5)).toBe('12');
  });

  it('an entity or a CR is decoded and normalised', () => {
    expect(textValue(...all('a&amp;b'))).toBe('a&b');
    expect(textValue(...all('a\r\nb\rc'))).toBe('a\nb\nc');
    expect(textValue(...all('&lt;1&gt;\r\n'))).toBe('<1>\n');
    expect(textValue(...all('\rx'))).toBe('\nx');
    expect(textValue(...all('&amp;x'))).toBe('&x');
  });
});

describe('plainInteger: what General shows as written', () => {
  it('plain integers, negative ones, zero', () => {
    expect(plainInteger(...all('305'))).toBe(305);
    expect(plainInteger(...all('-12'))).toBe(-12);
    expect(plainInteger(...all('0'))).toBe(0);
    expect(plainInteger(...all('9'))).toBe(9);
    expect(plainInteger(...all('10'))).toBe(10);
    expect(plainInteger('<v>42</v>', 3, 5)).toBe(42);
  });

  it('up to 11 digits', () => {
    expect(plainInteger(...all('12345678901'))).toBe(12345678901);
    expect(plainInteger(...all('-99999999999'))).toBe(-99999999999);
    expect(plainInteger(...all('123456789012'))).toBeNaN();
    expect(plainInteger(...all('-123456789012'))).toBeNaN();
  });

  it('a leading zero, -0, nothing, a sign alone, any other character is NaN', () => {
    expect(plainInteger(...all('012'))).toBeNaN();
    expect(plainInteger(...all('00'))).toBeNaN();
    expect(plainInteger(...all('-0'))).toBeNaN();
    expect(plainInteger(...all('-05'))).toBeNaN();
    expect(plainInteger(...all(''))).toBeNaN();
    expect(plainInteger(...all('-'))).toBeNaN();
    expect(plainInteger(...all('1.5'))).toBeNaN();
    expect(plainInteger(...all('1e3'))).toBeNaN();
    expect(plainInteger(...all('1/'))).toBeNaN();
    expect(plainInteger(...all('1:'))).toBeNaN();
    expect(plainInteger(...all('+1'))).toBeNaN();
    expect(plainInteger(...all(' 1'))).toBeNaN();
    expect(plainInteger(...all('--1'))).toBeNaN();
  });
});

describe('digitsAt: up to 9 plain digits', () => {
  it('digits read, none reads as 0', () => {
    expect(digitsAt(...all('0'))).toBe(0);
    expect(digitsAt(...all('17'))).toBe(17);
    expect(digitsAt(...all('123456789'))).toBe(123456789);
    expect(digitsAt(...all(''))).toBe(0);
    expect(digitsAt(' s="25"', 4, 6)).toBe(25);
  });

  it('ten digits or any other character is NaN', () => {
    expect(digitsAt(...all('1234567890'))).toBeNaN();
    expect(digitsAt(...all('1a'))).toBeNaN();
    expect(digitsAt(...all('/'))).toBeNaN();
    expect(digitsAt(...all(':'))).toBeNaN();
    expect(digitsAt(...all('-1'))).toBeNaN();
    expect(digitsAt(...all(' 1'))).toBeNaN();
  });
});

describe('stringIndexAt: a shared-string index, whitespace allowed around and between digits', () => {
  it('digits with spaces, tabs and line ends', () => {
    expect(stringIndexAt(...all('12'))).toBe(12);
    expect(stringIndexAt(...all(' 7 '))).toBe(7);
    expect(stringIndexAt(...all('\t1\n\r'))).toBe(1);
    expect(stringIndexAt(...all('1 2'))).toBe(12);
    expect(stringIndexAt(...all('0'))).toBe(0);
    expect(stringIndexAt(...all('123456789'))).toBe(123456789);
    expect(stringIndexAt('<v>3</v>', 3, 4)).toBe(3);
  });

  it('no digit, ten digits or another character is NaN', () => {
    expect(stringIndexAt(...all(''))).toBeNaN();
    expect(stringIndexAt(...all('  '))).toBeNaN();
    expect(stringIndexAt(...all('1234567890'))).toBeNaN();
    expect(stringIndexAt(...all('1a'))).toBeNaN();
    expect(stringIndexAt(...all('/'))).toBeNaN();
    expect(stringIndexAt(...all(':'))).toBeNaN();
    expect(stringIndexAt(...all('-1'))).toBeNaN();
  });
});

/** `out` as [selfClosing, firstR, lastR, lastS, lastT], each span [start, end]. */
const slots = (out: Int32Array): [number, number[], number[], number[], number[]] => [
  out[SELF_CLOSING] as number,
  [out[FIRST_R] as number, out[FIRST_R + 1] as number],
  [out[LAST_R] as number, out[LAST_R + 1] as number],
  [out[LAST_S] as number, out[LAST_S + 1] as number],
  [out[LAST_T] as number, out[LAST_T + 1] as number],
];
const junk = (): Int32Array => new Int32Array(TAG_SLOTS).fill(99);
const NONE = [-1, -1];

describe('plainTag: a start tag of plain ` name="value"` pairs read in one pass', () => {
  it('an empty tag, `>` or `/>`, clears what an earlier tag left', () => {
    const out = junk();
    expect(plainTag('>', 0, out)).toBe(0);
    expect(slots(out)).toEqual([0, NONE, NONE, NONE, NONE]);
    expect(plainTag('/>', 0, out)).toBe(1);
    expect(slots(out)).toEqual([1, NONE, NONE, NONE, NONE]);
  });

  it('r, s and t found by their spans; the end is the `>`', () => {
    const out = junk();
    //            0123456789012345678901
    const xml = ' r="A1" s="2" t="s">';
    expect(plainTag(xml, 0, out)).toBe(19);
    expect(slots(out)).toEqual([0, [4, 6], [4, 6], [11, 12], [17, 18]]);
  });

  it('a self-closing tag, with and without a space before `/>`', () => {
    const out = junk();
    expect(plainTag(' r="A1"/>', 0, out)).toBe(8);
    expect(slots(out)).toEqual([1, [4, 6], [4, 6], NONE, NONE]);
    expect(plainTag(' r="A1" />', 0, out)).toBe(9);
    expect(out[SELF_CLOSING]).toBe(1);
    expect(plainTag(' r="A1"  >', 0, out)).toBe(9);
    expect(out[SELF_CLOSING]).toBe(0);
  });

  it('the first and the last r; later s and t win', () => {
    const out = junk();
    //            01234567890123456789012345678
    const xml = ' r="1" r="22" s="3" s="44">';
    expect(plainTag(xml, 0, out)).toBe(26);
    expect(slots(out)).toEqual([0, [4, 5], [10, 12], [23, 25], NONE]);
  });

  it('any spacing between pairs, single quotes, a quote of the other kind and `>` inside a value', () => {
    const out = junk();
    // tab, CR, LF at 0–2; r's value at 6–9, t's at 22–23, the end at 24
    const xml = '\t\r\nr=\'a"b\' x="p>q" t="n">';
    expect(plainTag(xml, 0, out)).toBe(24);
    expect(slots(out)).toEqual([0, [6, 9], [6, 9], NONE, [22, 23]]);
  });

  it('the tag read from where its name ends', () => {
    const out = junk();
    //            0123456789012
    const xml = '<row r="7">';
    expect(plainTag(xml, 4, out)).toBe(10);
    expect(slots(out)).toEqual([0, [8, 9], [8, 9], NONE, NONE]);
  });

  it('a prefix is dropped, longer names and other letters are not r, s or t', () => {
    const out = junk();
    //            0123456789012345678901234567890
    const xml = ' x:r="5" rr="6" sx="7" q="8">';
    expect(plainTag(xml, 0, out)).toBe(28);
    expect(slots(out)).toEqual([0, [6, 7], [6, 7], NONE, NONE]);
    expect(plainTag(' a0="1" s="2">', 0, out)).toBe(13);
    expect(slots(out)).toEqual([0, NONE, NONE, [11, 12], NONE]);
  });

  it('declines: no space before a pair, spaces around =, no quote, an unclosed value or tag, a stray character', () => {
    const out = junk();
    expect(plainTag('x r="1">', 0, out)).toBe(-1);
    expect(plainTag(' r ="1">', 0, out)).toBe(-1);
    expect(plainTag(' r= "1">', 0, out)).toBe(-1);
    expect(plainTag(' r=1>', 0, out)).toBe(-1);
    expect(plainTag(' r="1>', 0, out)).toBe(-1);
    expect(plainTag(" r='1>", 0, out)).toBe(-1);
    expect(plainTag(' r="1"', 0, out)).toBe(-1);
    expect(plainTag(' r="1" ', 0, out)).toBe(-1);
    expect(plainTag(' r="1"x>', 0, out)).toBe(-1);
    expect(plainTag(' r="1"/x', 0, out)).toBe(-1);
    expect(plainTag('/', 0, out)).toBe(-1);
    expect(plainTag('', 0, out)).toBe(-1);
  });

  it('declines a name holding `/`, `<`, `>`, a quote, a space or a character below `0`', () => {
    const out = junk();
    expect(plainTag(' a/b="1">', 0, out)).toBe(-1);
    expect(plainTag(' a<b="1">', 0, out)).toBe(-1);
    expect(plainTag(' a>', 0, out)).toBe(-1);
    expect(plainTag(' a"b="1">', 0, out)).toBe(-1);
    expect(plainTag(' a-b="1">', 0, out)).toBe(-1);
    expect(plainTag(' a.b="1">', 0, out)).toBe(-1);
    expect(plainTag(' ab', 0, out)).toBe(-1);
    expect(plainTag(' a>b="1">', 0, out)).toBe(-1);
    expect(plainTag(" r=1'>", 0, out)).toBe(-1);
  });

  it('takes names of any character above `/` but `<` and `>`', () => {
    const out = junk();
    expect(plainTag(' a:b_c="1" 中="2" r0="3">', 0, out)).toBe(23);
    expect(plainTag(' a=b="1">', 0, out)).toBe(-1);
    expect(plainTag(' ?="1" @="2" ~="3">', 0, out)).toBe(18);
  });
});

describe('canonicalCellTag: ` r="…"`, then ` s="…"` and ` t="…"` in that order, then `>` or `/>`', () => {
  it('r alone, r and s, r and t, all three; `>` or `/>`', () => {
    const out = junk();
    expect(canonicalCellTag(' r="A1">', 0, out)).toBe(7);
    expect([out[SELF_CLOSING], out[LAST_R], out[LAST_R + 1], out[LAST_S], out[LAST_T]]).toEqual([0, 4, 6, -1, -1]);
    //                      0123456789012345678901
    expect(canonicalCellTag(' r="B12" s="3" t="s"/>', 0, out)).toBe(21);
    expect(slots(out).slice(2)).toEqual([
      [4, 7],
      [12, 13],
      [18, 19],
    ]);
    expect(out[SELF_CLOSING]).toBe(1);
    expect(canonicalCellTag(' r="C3" s="10">', 0, out)).toBe(14);
    expect([out[SELF_CLOSING], out[LAST_R], out[LAST_R + 1], out[LAST_S], out[LAST_S + 1], out[LAST_T]]).toEqual([0, 4, 6, 11, 13, -1]);
    expect(canonicalCellTag(' r="D4" t="str">', 0, out)).toBe(15);
    expect([out[SELF_CLOSING], out[LAST_R], out[LAST_R + 1], out[LAST_S], out[LAST_T], out[LAST_T + 1]]).toEqual([0, 4, 6, -1, 11, 14]);
  });

  it('read from where the name ends', () => {
    const out = junk();
    //                      0123456789
    expect(canonicalCellTag('<c r="A1"/>', 2, out)).toBe(10);
    expect([out[SELF_CLOSING], out[LAST_R], out[LAST_R + 1]]).toEqual([1, 6, 8]);
  });

  it('declines any other shape', () => {
    const out = junk();
    expect(canonicalCellTag(' s="1" r="A1">', 0, out)).toBe(-1);
    expect(canonicalCellTag(' r="A1" t="s" s="1">', 0, out)).toBe(-1);
    expect(canonicalCellTag(' r="A1" >', 0, out)).toBe(-1);
    expect(canonicalCellTag(" r='A1'>", 0, out)).toBe(-1);
    expect(canonicalCellTag('  r="A1">', 0, out)).toBe(-1);
    expect(canonicalCellTag(' r="A1', 0, out)).toBe(-1);
    expect(canonicalCellTag(' r="A1" s="1', 0, out)).toBe(-1);
    expect(canonicalCellTag(' r="A1" t="s', 0, out)).toBe(-1);
    expect(canonicalCellTag(' r="A1"', 0, out)).toBe(-1);
    expect(canonicalCellTag(' r="A1"/', 0, out)).toBe(-1);
    expect(canonicalCellTag(' r="A1"/x', 0, out)).toBe(-1);
    expect(canonicalCellTag(' r="A1" x="1">', 0, out)).toBe(-1);
    expect(canonicalCellTag(' x="A1">', 0, out)).toBe(-1);
    // a value never closed, in a part whose first character would end the tag
    expect(canonicalCellTag('> r="A1', 1, out)).toBe(-1);
    expect(canonicalCellTag('> r="A1" s="1', 1, out)).toBe(-1);
    expect(canonicalCellTag('> r="A1" t="s', 1, out)).toBe(-1);
  });
});

describe('isEndTag and skipSpaces', () => {
  it('`</x>` for a one-letter name, exactly', () => {
    expect(isEndTag('</c>', 0, 0x63)).toBe(true);
    expect(isEndTag('x</v>', 1, 0x76)).toBe(true);
    expect(isEndTag('</v>', 0, 0x63)).toBe(false);
    expect(isEndTag('<c>', 0, 0x63)).toBe(false);
    expect(isEndTag('x/c>', 0, 0x63)).toBe(false);
    expect(isEndTag('<xc>', 0, 0x63)).toBe(false);
    expect(isEndTag('</c ', 0, 0x63)).toBe(false);
    expect(isEndTag('</cc>', 0, 0x63)).toBe(false);
  });

  it('past spaces, tabs, CR and LF', () => {
    expect(skipSpaces(' \t\r\nx', 0)).toBe(4);
    expect(skipSpaces('x  ', 0)).toBe(0);
    expect(skipSpaces('x  ', 1)).toBe(3);
    expect(skipSpaces('', 0)).toBe(0);
  });
});

describe('cellType', () => {
  it('read in place: n, s, b, anything else', () => {
    expect(cellType('n', 0, 1, undefined)).toBe(NUMBER);
    expect(cellType('s', 0, 1, undefined)).toBe(SHARED);
    expect(cellType('b', 0, 1, undefined)).toBe(BOOL);
    expect(cellType('e', 0, 1, undefined)).toBe(OTHER);
    expect(cellType('str', 0, 3, undefined)).toBe(OTHER);
    expect(cellType('sn', 0, 2, undefined)).toBe(OTHER);
    expect(cellType('', 0, 0, undefined)).toBe(OTHER);
    expect(cellType(' t="s"', 4, 5, undefined)).toBe(SHARED);
  });

  it('from its decoded text', () => {
    expect(cellType('', 0, 0, 'n')).toBe(NUMBER);
    expect(cellType('', 0, 0, 's')).toBe(SHARED);
    expect(cellType('', 0, 0, 'b')).toBe(BOOL);
    expect(cellType('s', 0, 1, 'inlineStr')).toBe(OTHER);
    expect(cellType('n', 0, 1, 's ')).toBe(OTHER);
    expect([NUMBER, SHARED, BOOL, OTHER]).toEqual([0, 1, 2, 3]);
  });
});

describe('lf', () => {
  it('CR LF read as LF, a lone CR kept', () => {
    expect(lf('a\r\nb\r\nc')).toBe('a\nb\nc');
    expect(lf('a\rb\nc')).toBe('a\rb\nc');
    expect(lf('')).toBe('');
    expect(lf('\r\nx')).toBe('\nx');
  });
});

/** `content` as [value span, inline span]. */
const spans = (content: Int32Array): number[][] => [
  [content[VALUE] as number, content[VALUE + 1] as number],
  [content[INLINE] as number, content[INLINE + 1] as number],
];

describe('contentAt: a cell’s content in the shapes writers produce', () => {
  const content = (): Int32Array => new Int32Array(4).fill(7);

  it('nothing but the end tag, whitespace allowed', () => {
    const c = content();
    expect(contentAt('</c>', 0, c)).toBe(4);
    expect(spans(c)).toEqual([NONE, NONE]);
    expect(contentAt(' \n\t</c>x', 0, c)).toBe(7);
  });

  it('a value', () => {
    const c = content();
    //                 0123456789012
    expect(contentAt('<v>12</v></c>', 0, c)).toBe(13);
    expect(spans(c)).toEqual([[3, 5], NONE]);
    //                 0123456789012345
    expect(contentAt(' <v>-3</v> \n</c>', 0, c)).toBe(16);
    expect(spans(c)).toEqual([[4, 6], NONE]);
    expect(contentAt('<v></v></c>', 0, c)).toBe(11);
    expect(spans(c)).toEqual([[3, 3], NONE]);
  });

  it('from just past the start tag', () => {
    const c = content();
    //                 01234567890123456789012
    expect(contentAt('<c r="A1"><v>5</v></c>', 10, c)).toBe(22);
    expect(spans(c)).toEqual([[13, 14], NONE]);
  });

  it('a formula skipped, self-closing, with text, with attributes, empty; whitespace after it', () => {
    const c = content();
    //                 0123456789012345678
    expect(contentAt('<f>A1</f><v>3</v></c>', 0, c)).toBe(21);
    expect(spans(c)).toEqual([[12, 13], NONE]);
    //                 012345678901234567890123456789012
    expect(contentAt('<f t="shared" si="0"/> <v>4</v></c>', 0, c)).toBe(35);
    expect(spans(c)).toEqual([[26, 27], NONE]);
    expect(contentAt('<f/>\n<v>4</v></c>', 0, c)).toBe(17);
    expect(contentAt('<f a=">"></f><v>4</v></c>', 0, c)).toBe(25);
    expect(contentAt('<f>A1</f>  </c>', 0, c)).toBe(15);
    expect(spans(c)).toEqual([NONE, NONE]);
    expect(contentAt('<f\n>x</f><v>1</v></c>', 0, c)).toBe(21);
  });

  it('an inline string of one run, with or without xml:space, whitespace between its tags', () => {
    const c = content();
    //                 012345678901234567890123
    expect(contentAt('<is><t>abc</t></is></c>', 0, c)).toBe(23);
    expect(spans(c)).toEqual([NONE, [7, 10]]);
    //                           1         2         3         4
    //                 01234567890123456789012345678901234567890123456
    expect(contentAt('<is> <t xml:space="preserve"> a </t> </is> </c>', 0, c)).toBe(47);
    expect(spans(c)).toEqual([NONE, [29, 32]]);
    expect(contentAt('<f>x</f><is><t></t></is></c>', 0, c)).toBe(28);
    expect(spans(c)).toEqual([NONE, [15, 15]]);
  });

  it('declines every other shape', () => {
    const c = content();
    const declined = [
      '',
      'x</c>',
      '<v>1</v>',
      '<v>1</v>x</c>',
      '<v>1<x/></v></c>',
      '<v>1',
      '<v/></c>',
      '<v >1</v></c>',
      '<v>1</x></c>',
      '<v>1</v></x>',
      '<v>1</v><v>2</v></c>',
      '<v>1</v><is><t>a</t></is></c>',
      '<f>A1<x/></f><v>1</v></c>',
      '<f>A1',
      '<f a="1><v>1</v></c>',
      '<fx/><v>1</v></c>',
      '<f>1</g><v>1</v></c>',
      '<is><t x="1">a</t></is></c>',
      '<is><r><t>a</t></r></is></c>',
      '<is><t>a</t><t>b</t></is></c>',
      '<is><t>a</t></is>',
      '<is><t>a</t></is>x',
      '<is><t>a',
      '<is><t>a<b/></t></is></c>',
      '<is><t>a</x></is></c>',
      '<is><t>a</t></x>',
      '<is></is></c>',
      '<is/></c>',
      '<!-- x --></c>',
      '<![CDATA[1]]></c>',
      '<x:v>1</x:v></c>',
      '</cc>',
      'xf>1</f></c>',
      '<x>1</v></c>',
      '<f/>xv>1</v></c>',
      '<is></t></is></c>',
      '<is><t>a</t>12345</c>',
    ];
    for (const xml of declined) expect([xml, contentAt(xml, 0, c)]).toEqual([xml, -1]);
  });

  it('declines a formula or an inline string never closed, whatever the part starts with', () => {
    const c = content();
    expect(contentAt('</f></c><f a="', 8, c)).toBe(-1);
    expect(contentAt('</t></is></c><is>x', 13, c)).toBe(-1);
  });
});
