import { displayNumber, displayText, formatCode, GENERAL, generalNumber, isoToSerial, numberFormat, serialToIso } from '../../src/io/number-format';

/**
 * Mutants of number formats (src/io/number-format.ts): which format a style names, what kind of
 * format it is, and the text Excel (zh-CN) shows for a number, a date or a text under it; serials and
 * ISO dates both ways, in both date systems. Expectations by hand, as Excel shows them.
 */
describe('formatCode', () => {
  it('the workbook’s own format first, then the built-in one, else General', () => {
    expect(formatCode(14, new Map())).toBe('yyyy/m/d');
    expect(formatCode(14, new Map([[14, 'yyyy-mm-dd']]))).toBe('yyyy-mm-dd');
    expect(formatCode(200, new Map([[200, '0.0%']]))).toBe('0.0%');
    expect(formatCode(0, new Map())).toBe('General');
    expect(formatCode(23, new Map())).toBe('General');
    expect(formatCode(200, new Map())).toBe('General');
    expect(formatCode(49, new Map())).toBe('@');
    expect(formatCode(31, new Map())).toBe('yyyy"年"m"月"d"日"');
  });
});

describe('numberFormat', () => {
  it('General in any case and spacing', () => {
    for (const code of ['General', 'general', ' GENERAL ']) expect([code, numberFormat(code).isGeneral, numberFormat(code).isDate]).toEqual([code, true, false]);
    expect(numberFormat('General x').isGeneral).toBe(false);
    expect(numberFormat('0').isGeneral).toBe(false);
  });

  it('dates and times are dates, numbers are not; an unreadable code is no date', () => {
    expect(['yyyy/m/d', '[h]:mm:ss', 'h:mm', 'yyyy"年"m"月"'].map((c) => numberFormat(c).isDate)).toEqual([true, true, true, true]);
    expect(['0.00', '0%', '#,##0', '@', '"d"0', '['].map((c) => numberFormat(c).isDate)).toEqual([false, false, false, false, false, false]);
  });

  it('formatsText: a text section that adds something to the text', () => {
    const cases: [string, boolean][] = [
      ['@"元"', true],
      ['@', false],
      [' @ ', false],
      ['0;0;0;@', false],
      ['0;0;0;"x"@', true],
      ['0;0;0', false],
      ['0.00', false],
      ['"@"0', false],
      ['0;0;0;"no"', false],
      ['"共"@', true],
      ['@@', true],
      [';;;@', false],
    ];
    expect(cases.map(([code]) => [code, numberFormat(code).formatsText])).toEqual(cases);
  });

  it('one object per code', () => {
    expect(numberFormat('0.0')).toBe(numberFormat('0.0'));
    expect(numberFormat('0.0').code).toBe('0.0');
    expect(GENERAL.code).toBe('General');
  });
});

describe('generalNumber: up to 11 characters', () => {
  it('integers below 1e11 as written, larger ones in scientific form', () => {
    expect(generalNumber(0)).toBe('0');
    expect(generalNumber(-42)).toBe('-42');
    expect(generalNumber(99999999999)).toBe('99999999999');
    expect(generalNumber(-99999999999)).toBe('-99999999999');
    expect(generalNumber(100000000000)).toBe('1E+11');
    expect(generalNumber(123456789012)).toBe('1.23457E+11');
    expect(generalNumber(-123456789012)).toBe('-1.23457E+11');
  });

  it('decimals that fit as written, longer ones rounded to fit', () => {
    expect(generalNumber(1.5)).toBe('1.5');
    expect(generalNumber(0.1 + 0.2)).toBe('0.3');
    expect(generalNumber(1234567.891)).toBe('1234567.891');
    expect(generalNumber(12345678.9123)).toBe('12345678.91');
    expect(generalNumber(0.00001)).toBe('0.00001');
    expect(generalNumber(1e-11)).toBe('1E-11');
    expect(generalNumber(110.95)).toBe('110.95');
    expect(generalNumber(2 / 3)).toBe('0.666666667');
    // the second time from the cache
    expect(generalNumber(2 / 3)).toBe('0.666666667');
  });
});

describe('displayNumber', () => {
  const f = numberFormat;

  it('under General, a number format, a date format in either date system', () => {
    expect(displayNumber(12, GENERAL, false)).toBe('12');
    expect(displayNumber(1.5, f('0.00'), false)).toBe('1.50');
    expect(displayNumber(1234.5, f('#,##0'), false)).toBe('1,235');
    expect(displayNumber(0.125, f('0.0%'), false)).toBe('12.5%');
    expect(displayNumber(44377, f('yyyy/m/d'), false)).toBe('2021/6/30');
    expect(displayNumber(44377, f('yyyy/m/d'), true)).toBe('2025/7/1');
    expect(displayNumber(44377, f('yyyy"年"m"月"d"日"'), false)).toBe('2021年6月30日');
    // the second time from the cache, for each date system
    expect(displayNumber(44377, f('yyyy/m/d'), false)).toBe('2021/6/30');
    expect(displayNumber(44377, f('yyyy/m/d'), true)).toBe('2025/7/1');
  });

  it('a date-time rounded to the second before the day is split off, to the tenth under ss.0', () => {
    expect(displayNumber(44377.99999999, f('yyyy/m/d'), false)).toBe('2021/7/1');
    expect(displayNumber(44377.5 + 0.4 / 86400, f('h:mm:ss'), false)).toBe('12:00:00');
    expect(displayNumber(44377.5 + 0.6 / 86400, f('h:mm:ss'), false)).toBe('12:00:01');
    expect(displayNumber(44377.5 + 0.44 / 86400, f('mm:ss.0'), false)).toBe('00:00.4');
  });

  it('a date outside Excel’s years shows as a row of #', () => {
    expect(displayNumber(-1, f('yyyy/m/d'), false)).toBe('########');
  });

  it('a format Excel hides the value with shows nothing', () => {
    expect(displayNumber(5, f(';;;'), false)).toBe('');
    expect(displayNumber(0, f('0;-0;'), false)).toBe('');
    expect(displayNumber(-3, f('0;-0;'), false)).toBe('-3');
  });

  it('a format numfmt cannot read shows the number under General', () => {
    expect(displayNumber(5, f('"x'), false)).toBe('5');
    expect(displayNumber(2.5, f('['), false)).toBe('2.5');
  });
});

describe('displayText', () => {
  it('only a format with its own text section changes a text', () => {
    expect(displayText('100', numberFormat('@"元"'))).toBe('100元');
    expect(displayText('进展', numberFormat('"共"@'))).toBe('共进展');
    expect(displayText('100', numberFormat('@'))).toBe('100');
    expect(displayText('100', GENERAL)).toBe('100');
    expect(displayText('100', numberFormat('0.00'))).toBe('100');
  });
});

describe('serials and ISO dates', () => {
  it('serialToIso: dates, date-times rounded to the second, Excel’s 29 February 1900', () => {
    expect(serialToIso(44377, false)).toBe('2021-06-30');
    expect(serialToIso(44377.5, false)).toBe('2021-06-30T12:00:00');
    expect(serialToIso(44377 + 13 / 24 + 20 / 1440 + 5 / 86400, false)).toBe('2021-06-30T13:20:05');
    expect(serialToIso(44377.99999999, false)).toBe('2021-07-01');
    expect(serialToIso(1, false)).toBe('1900-01-01');
    expect(serialToIso(59, false)).toBe('1900-02-28');
    expect(serialToIso(60, false)).toBe('1900-02-29');
    expect(serialToIso(60.5, false)).toBe('1900-02-29T12:00:00');
    expect(serialToIso(61, false)).toBe('1900-03-01');
    expect(serialToIso(0, false)).toBe('1899-12-30');
    expect(serialToIso(0.25, false)).toBe('1899-12-30T06:00:00');
    expect(serialToIso(2958465, false)).toBe('9999-12-31');
  });

  it('serialToIso: the 1904 system; outside Excel’s years undefined (the second time from the cache)', () => {
    expect(serialToIso(0, true)).toBe('1904-01-01');
    expect(serialToIso(42915, true)).toBe('2021-06-30');
    expect(serialToIso(-1, false)).toBeUndefined();
    expect(serialToIso(-1, false)).toBeUndefined();
    expect(serialToIso(2958466, false)).toBeUndefined();
    expect(serialToIso(2958465, true)).toBeUndefined();
    expect(serialToIso(Number.NaN, false)).toBeUndefined();
  });

  it('isoToSerial: dates, date-times, times alone, zones ignored', () => {
    expect(isoToSerial('2021-06-30', false)).toBe(44377);
    expect(isoToSerial(' 2021-06-30 ', false)).toBe(44377);
    expect(isoToSerial('2021-06-30T12:00:00', false)).toBe(44377.5);
    expect(isoToSerial('2021-06-30 06:00', false)).toBe(44377.25);
    expect(isoToSerial('2021-06-30T12:00:00.5Z', false)).toBe(44377.5 + 0.5 / 86400);
    expect(isoToSerial('2021-06-30T12:00:00+08:00', false)).toBe(44377.5);
    expect(isoToSerial('2021-06-30T00:00:00-0500', false)).toBe(44377);
    expect(isoToSerial('12:00', false)).toBe(0.5);
    expect(isoToSerial('06:00:30', false)).toBe(0.25 + 30 / 86400);
    expect(isoToSerial('06:00:30.5', false)).toBe(0.25 + 30.5 / 86400);
    expect(isoToSerial('2021-06-30', true)).toBe(42915);
  });

  it('isoToSerial: serials 1 to 59 stand a day later in the 1900 system', () => {
    expect(isoToSerial('1900-01-01', false)).toBe(1);
    expect(isoToSerial('1900-02-28', false)).toBe(59);
    expect(isoToSerial('1900-03-01', false)).toBe(61);
    expect(isoToSerial('1899-12-31', false)).toBe(0);
  });

  it('isoToSerial: anything else is undefined', () => {
    for (const text of ['', '2021-6-30', '2021/06/30', '30 June 2021', '2021-06-30T12', '12', '1:00', '2021-06-30x', 'x2021-06-30', '12:00x'])
      expect([text, isoToSerial(text, false)]).toEqual([text, undefined]);
  });
});
