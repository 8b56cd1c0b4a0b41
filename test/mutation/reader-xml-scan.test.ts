import { decodeEntities, decodeOoxmlEscapes, isNameEnd, isSpace, normaliseLineEnds, skipMarkupAt, tagEndAt, XmlScanner } from '../../src/io/xml-scan';
import { errorOf } from '../helpers/error-code';

/**
 * Mutants of the general XML reader (src/io/xml-scan.ts): tags and their names, attributes, text,
 * entities, markup that is no element, unclosed and unterminated parts. Expectations by hand.
 */

/** Every tag of `xml` as `name`, `/name` or `name/`. */
function tags(xml: string): string[] {
  const scan = new XmlScanner(xml);
  const out: string[] = [];
  while (scan.next()) out.push(scan.closing ? `/${scan.name}` : scan.selfClosing ? `${scan.name}/` : scan.name);
  return out;
}

describe('characters', () => {
  it('isSpace and isNameEnd', () => {
    expect([' ', '\n', '\r', '\t', 'a', '\u00a0', '\f'].map((c) => isSpace(c.charCodeAt(0)))).toEqual([true, true, true, true, false, false, false]);
    expect([' ', '\t', '/', '>', 'a', '=', '<'].map((c) => isNameEnd(c.charCodeAt(0)))).toEqual([true, true, true, true, false, false, false]);
  });
});

describe('decodeEntities', () => {
  it('the predefined entities', () => {
    expect(decodeEntities('&lt;&gt;&amp;&quot;&apos;')).toBe('<>&"\'');
    expect(decodeEntities('a&amp;lt;b')).toBe('a&lt;b');
    expect(decodeEntities('plain')).toBe('plain');
  });

  it('names that only look like them are kept as written', () => {
    for (const text of ['&at;', '&lx;', '&gx;', '&xt;', '&amx;', '&axp;', '&bmp;', '&quox;', '&apox;', '&qt;', '&ampp;', '&;', '&unknown;', '&LT;'])
      expect([text, decodeEntities(text)]).toEqual([text, text]);
  });

  it('character references, decimal and hex', () => {
    expect(decodeEntities('&#65;&#x42;&#X43;&#x4a;&#0;')).toBe('ABCJ\u0000');
    expect(decodeEntities('&#x1F600;')).toBe('😀');
    expect(decodeEntities('&#1114111;')).toBe(String.fromCodePoint(0x10ffff));
    expect(decodeEntities('x&#10;y&#13;z')).toBe('x\ny\rz');
  });

  it('an invalid character reference is corrupt, naming it', () => {
    for (const ref of ['&#;', '&#x;', '&#x1z;', '&#12a;', '&#xZZ;', '&#1114112;', '&#x110000;', '&#-1;', '&#+1;', '&# 1;'])
      expect([ref, errorOf(() => decodeEntities(`a${ref}b`))]).toEqual([ref, ['file-corrupt', { problem: 'corrupt.xml-character-reference', value: ref }]]);
  });

  it('an & without a ; within 12 characters is kept; the text around references is kept', () => {
    expect(decodeEntities('a & b')).toBe('a & b');
    expect(decodeEntities('&lt')).toBe('&lt');
    expect(decodeEntities('&; &lt;')).toBe('&; <');
    expect(decodeEntities('&abcdefghijkl; &lt;')).toBe('&abcdefghijkl; <');
    expect(decodeEntities('&#0000000065;')).toBe('A');
    expect(decodeEntities('&#00000000065;')).toBe('&#00000000065;');
    expect(decodeEntities('x&lt;y&gt;z')).toBe('x<y>z');
    expect(decodeEntities('&unknown;&lt;')).toBe('&unknown;<');
    expect(decodeEntities('&lt;&unknown;')).toBe('<&unknown;');
    expect(decodeEntities('a;&lt;')).toBe('a;<');
  });
});

describe('line ends, tag ends, markup', () => {
  it('normaliseLineEnds', () => {
    expect(normaliseLineEnds('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(normaliseLineEnds('\r\r\n')).toBe('\n\n');
    expect(normaliseLineEnds('a\nb')).toBe('a\nb');
  });

  it('tagEndAt: the > past quoted values, -1 at a < or when unclosed', () => {
    expect(tagEndAt('<a b="x>y" c=\'>\'>', 2)).toBe(16);
    expect(tagEndAt('<a>', 2)).toBe(2);
    expect(tagEndAt('<a b="1"', 2)).toBe(-1);
    expect(tagEndAt('<a b="1>', 2)).toBe(-1);
    expect(tagEndAt("<a b='1>", 2)).toBe(-1);
    expect(tagEndAt('<a <b>', 2)).toBe(-1);
    expect(tagEndAt('<a b="<">', 2)).toBe(8);
    // a value never closed, in a part whose first tag ends before the search started
    expect(tagEndAt('x>a b="1', 2)).toBe(-1);
    expect(tagEndAt("<a b='\"'>", 2)).toBe(8);
  });

  it('skipMarkupAt: past processing instructions, comments, CDATA and doctypes', () => {
    expect(skipMarkupAt('x<?pi a?>y', 1)).toBe(9);
    expect(skipMarkupAt('<!-- a -- b -->y', 0)).toBe(15);
    expect(skipMarkupAt('<![CDATA[<a>]]>y', 0)).toBe(15);
    expect(skipMarkupAt('<!DOCTYPE x>y', 0)).toBe(12);
    expect(skipMarkupAt('<!DOCTYPE x [<!ENTITY e "v">]>y', 0)).toBe(30);
    expect(skipMarkupAt('<!DOCTYPE x><a b="[">]>', 0)).toBe(12);
  });

  it('skipMarkupAt: unterminated markup is corrupt, naming what is missing', () => {
    const unterminated = (xml: string) => errorOf(() => skipMarkupAt(xml, 0));
    expect(unterminated('<?pi')).toEqual(['file-corrupt', { problem: 'corrupt.xml-unterminated', value: '?>' }]);
    expect(unterminated('<!-- a ->')).toEqual(['file-corrupt', { problem: 'corrupt.xml-unterminated', value: '-->' }]);
    expect(unterminated('<![CDATA[a]]')).toEqual(['file-corrupt', { problem: 'corrupt.xml-unterminated', value: ']]>' }]);
    expect(unterminated('<!DOCTYPE x')).toEqual(['file-corrupt', { problem: 'corrupt.xml-unterminated', value: '<!DOCTYPE' }]);
    expect(unterminated('<!DOCTYPE x [<!ENTITY e "v">')).toEqual(['file-corrupt', { problem: 'corrupt.xml-unterminated', value: ']>' }]);
    expect(unterminated('<!DOCTYPE x [')).toEqual(['file-corrupt', { problem: 'corrupt.xml-unterminated', value: ']>' }]);
  });

  it('a ?> inside a processing instruction starts the search after <?', () => {
    expect(skipMarkupAt('<?>x?>', 0)).toBe(6);
    expect(skipMarkupAt('<!-->x-->', 0)).toBe(9);
    expect(skipMarkupAt('<![CDATA[]]>', 0)).toBe(12);
    expect(skipMarkupAt(']]><![CDATA[a]]>', 3)).toBe(16);
  });
});

describe('XmlScanner.next', () => {
  it('start, end and self-closing tags; markup between them skipped', () => {
    expect(tags('<?xml version="1.0"?><!DOCTYPE a><a><!-- <b/> --><b/><![CDATA[<c>]]><c x="1"></c ></a>')).toEqual(['a', 'b/', 'c', '/c', '/a']);
    expect(tags('text only')).toEqual([]);
    expect(tags('')).toEqual([]);
  });

  it('local names, the prefix dropped, on start and end tags', () => {
    expect(tags('<x:a><y:b/></x:a><p:q:r>')).toEqual(['a', 'b/', '/a', 'r']);
  });

  it('the names it knows and the names it cuts out read alike', () => {
    const names = [
      'c',
      'v',
      't',
      'f',
      'r',
      'x',
      'is',
      'si',
      'xf',
      'iz',
      'sz',
      'xz',
      'xs',
      'xi',
      'af',
      'ab',
      'row',
      'rPh',
      'rPr',
      'rox',
      'rPx',
      'xow',
      'rxw',
      'xPh',
      'rxh',
      'xPr',
      'rxr',
      'abc',
      'cell',
    ];
    expect(tags(names.map((n) => `<${n}/>`).join(''))).toEqual(names.map((n) => `${n}/`));
    expect(tags('<rPh\n/><row\t>')).toEqual(['rPh/', 'row']);
  });

  it('where each tag starts and ends, and where the scan goes on', () => {
    const scan = new XmlScanner(' <a b="1">x</a><c/>');
    expect(scan.next()).toBe(true);
    expect([scan.name, scan.start, scan.end, scan.position, scan.closing, scan.selfClosing]).toEqual(['a', 1, 10, 10, false, false]);
    expect(scan.next()).toBe(true);
    expect([scan.name, scan.start, scan.end, scan.closing]).toEqual(['a', 11, 15, true]);
    expect(scan.next()).toBe(true);
    expect([scan.name, scan.start, scan.end, scan.selfClosing, scan.closing]).toEqual(['c', 15, 19, true, false]);
    expect(scan.next()).toBe(false);
    expect(scan.position).toBe(19);
  });

  it('seek moves the scan', () => {
    const scan = new XmlScanner('<a/><b/><c/>');
    scan.seek(4);
    expect(scan.next()).toBe(true);
    expect(scan.name).toBe('b');
  });

  it('an unclosed tag is corrupt, naming it', () => {
    expect(errorOf(() => tags('<abc'))).toEqual(['file-corrupt', { problem: 'corrupt.xml-unclosed-tag', value: 'abc' }]);
    expect(errorOf(() => tags('<a b="1"'))).toEqual(['file-corrupt', { problem: 'corrupt.xml-unclosed-tag', value: 'a' }]);
    expect(errorOf(() => tags('<a></a'))).toEqual(['file-corrupt', { problem: 'corrupt.xml-unclosed-tag', value: 'a' }]);
    expect(errorOf(() => tags('<a></a '))).toEqual(['file-corrupt', { problem: 'corrupt.xml-unclosed-tag', value: 'a' }]);
    expect(errorOf(() => tags(`<${'n'.repeat(30)}`))).toEqual(['file-corrupt', { problem: 'corrupt.xml-unclosed-tag', value: 'n'.repeat(20) }]);
    expect(errorOf(() => tags('<a b="1" <c/>'))).toEqual(['file-corrupt', { problem: 'corrupt.xml-unclosed-tag', value: 'a' }]);
    expect(errorOf(() => tags('<!-- x'))).toEqual(['file-corrupt', { problem: 'corrupt.xml-unterminated', value: '-->' }]);
  });

  it('a self-closing tag is one whose > follows /, not an end tag', () => {
    expect(tags('<a b="/"><c /></a/>')).toEqual(['a', 'c/', '/a']);
  });
});

/** The scanner on the first tag of `xml`. */
function on(xml: string): XmlScanner {
  const scan = new XmlScanner(xml);
  scan.next();
  return scan;
}

describe('attributes', () => {
  it('attr: by local name, either quote, any spacing, entities decoded, tabs and line ends read as spaces', () => {
    const scan = on('<a x:r="A1"  s = \'2\' t="a&amp;b" u="x\ty\nz\r" e="" v=\'"\'/>');
    expect(scan.attr('r')).toBe('A1');
    expect(scan.attr('s')).toBe('2');
    expect(scan.attr('t')).toBe('a&b');
    expect(scan.attr('u')).toBe('x y z ');
    expect(scan.attr('e')).toBe('');
    expect(scan.attr('v')).toBe('"');
    expect(scan.attr('x')).toBeUndefined();
    expect(scan.attr('ab')).toBeUndefined();
  });

  it('attr: the first of a name written twice; a name that only starts alike is another', () => {
    const scan = on('<a rr="1" r="2" r="3">');
    expect(scan.attr('r')).toBe('2');
    expect(scan.attr('rr')).toBe('1');
    expect(on('<a\tr="1"\n>').attr('r')).toBe('1');
    expect(on('<a r="1">').attr('r')).toBe('1');
  });

  it('attr: stops at a value without quotes, a value cut off, and at the tag’s end', () => {
    expect(on('<a r=1>').attr('r')).toBeUndefined();
    expect(on('<a r>').attr('r')).toBeUndefined();
    expect(on('<a r />').attr('r')).toBeUndefined();
    expect(on('<a/>').attr('r')).toBeUndefined();
    expect(on('<a  >').attr('r')).toBeUndefined();
    expect(on('<a r="1"/><b s="2"/>').attr('s')).toBeUndefined();
  });

  it('attrs: several names in one pass, the last or the first of a name written twice', () => {
    const scan = on('<c x:r="A1" s="1" t="s" s="2" q="&lt;" w="a\tb"/>');
    const out: (string | undefined)[] = ['stale', 'stale', 'stale', 'stale', 'stale'];
    scan.attrs(['r', 's', 't', 'q', 'w'], out);
    expect(out).toEqual(['A1', '2', 's', '<', 'a b']);
    scan.attrs(['s', 'r', 'z'], out, 'first');
    expect(out.slice(0, 3)).toEqual(['1', 'A1', undefined]);
    scan.attrs(['s'], out, 'last');
    expect(out[0]).toBe('2');
  });

  it('attrs: pairs separated by any XML whitespace', () => {
    const out: (string | undefined)[] = [];
    on('<c\nr="1"\rs="2"\tt="3" \n\r\tu="4"/>').attrs(['r', 's', 't', 'u'], out);
    expect(out).toEqual(['1', '2', '3', '4']);
    const spaced: (string | undefined)[] = [];
    on('<c r\n="1" s\r="2" t\t="3"/>').attrs(['r', 's', 't'], spaced);
    expect(spaced).toEqual(['1', '2', '3']);
  });

  it('attrs: stops where attr stops; names compared whole', () => {
    const out: (string | undefined)[] = [];
    on('<c rr="1" r=\'2\' s="4">').attrs(['r', 's'], out);
    expect(out).toEqual(['2', '4']);
    on('<c r="1" s=4>').attrs(['r', 's'], out);
    expect(out).toEqual(['1', undefined]);
    on('<c r="1" s>').attrs(['r', 's'], out);
    expect(out).toEqual(['1', undefined]);
    on('<c s>').attrs(['r', 's'], out);
    expect(out).toEqual([undefined, undefined]);
  });
});

describe('attrs and attr stop at an attribute whose quote never closes inside the tag', () => {
  it('a value running past the tag', () => {
    // tagEndAt skips quoted text, so the only way a value passes the tag's end is a quote the tag does not hold
    const scan = new XmlScanner('<c r="1" s=\'2\'>');
    scan.next();
    const out: (string | undefined)[] = [];
    scan.attrs(['s'], out);
    expect(out).toEqual(['2']);
  });
});

describe('text', () => {
  it('character data up to the next tag, entities decoded, line ends normalised', () => {
    const scan = on('<t>a&amp;b\r\nc\rd</t>');
    expect(scan.text()).toBe('a&b\nc\nd');
    expect(scan.next()).toBe(true);
    expect([scan.name, scan.closing]).toEqual(['t', true]);
  });

  it('CDATA included literally, comments left out, CR in CDATA normalised too', () => {
    expect(on('<t>a<![CDATA[<&amp;>]]>b<!-- c -->d</t>').text()).toBe('a<&amp;>bd');
    expect(on('<t><![CDATA[x\r\ny]]></t>').text()).toBe('x\ny');
    expect(on('<t><![CDATA[]]></t>').text()).toBe('');
  });

  it('to the end of the part when no tag follows', () => {
    const scan = on('<t>rest &lt;');
    expect(scan.text()).toBe('rest <');
    expect(scan.position).toBe(12);
    expect(scan.next()).toBe(false);
    expect(on('<t>').text()).toBe('');
  });

  it('an unterminated CDATA or comment in text is corrupt', () => {
    expect(errorOf(() => on('<t><![CDATA[x</t>').text())).toEqual(['file-corrupt', { problem: 'corrupt.xml-unterminated', value: '<![CDATA[' }]);
    expect(errorOf(() => on('<t><!-- x</t>').text())).toEqual(['file-corrupt', { problem: 'corrupt.xml-unterminated', value: '-->' }]);
  });

  it('stops at a processing instruction or an element', () => {
    expect(on('<t>a<?pi?>b</t>').text()).toBe('a');
    expect(on('<t>a<b/>c</t>').text()).toBe('a');
  });
});

describe('skipElement', () => {
  it('skips to the matching end tag, nested elements of the same name counted', () => {
    const scan = on('<f><f>x</f><f/><g><f></f></g></f><after/>');
    scan.skipElement();
    expect([scan.name, scan.closing]).toEqual(['f', true]);
    expect(scan.next()).toBe(true);
    expect(scan.name).toBe('after');
  });

  it('nothing to skip for a self-closing or an end tag; an unclosed element to the end', () => {
    const self = on('<f/><after/>');
    self.skipElement();
    expect(self.next() && self.name).toBe('after');
    const scan = new XmlScanner('</f><after/>');
    scan.next();
    scan.skipElement();
    expect(scan.next() && scan.name).toBe('after');
    const open = on('<f><g/>');
    open.skipElement();
    expect(open.next()).toBe(false);
  });
});

describe('decodeOoxmlEscapes', () => {
  it('_xHHHH_ decoded, either case; _x005F_ escapes the underscore', () => {
    expect(decodeOoxmlEscapes('a_x0041_b_x004a_')).toBe('aAbJ');
    expect(decodeOoxmlEscapes('_x005F_x0041_')).toBe('_x0041_');
    expect(decodeOoxmlEscapes('_x000D__x000A_')).toBe('\r\n');
  });

  it('anything else kept', () => {
    for (const text of ['_x41_', '_x00411_', '_X0041_', '_x004G_', 'x0041_', '_x0041', 'plain', '']) expect([text, decodeOoxmlEscapes(text)]).toEqual([text, text]);
  });
});
