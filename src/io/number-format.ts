import { format, isDateFormat as numfmtIsDate, isValidFormat } from 'numfmt';

/**
 * How a stored value reads on screen: the text Excel (in the zh-CN locale Chinese offices use) shows
 * for it under its number format, by the `numfmt` engine. Built-in formats are ECMA-376 Part 1
 * §18.8.30, with the zh-CN entries for the locale-dependent ids (14, 22, 27–36, 50–58, currency).
 * Serials follow the workbook's date system; the 1900 system keeps Excel's 29 Feb 1900 (serial 60).
 * A date outside Excel's years 1900–9999 shows as Excel does, a row of `#`.
 */
const BUILTIN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  5: '"¥"#,##0;"¥"\\-#,##0',
  6: '"¥"#,##0;[Red]"¥"\\-#,##0',
  7: '"¥"#,##0.00;"¥"\\-#,##0.00',
  8: '"¥"#,##0.00;[Red]"¥"\\-#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: 'AM/PMh"时"mm"分"',
  35: 'AM/PMh"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  41: '_ * #,##0_ ;_ * \\-#,##0_ ;_ * "-"_ ;_ @_ ',
  42: '_ "¥"* #,##0_ ;_ "¥"* \\-#,##0_ ;_ "¥"* "-"_ ;_ @_ ',
  43: '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * "-"??_ ;_ @_ ',
  44: '_ "¥"* #,##0.00_ ;_ "¥"* \\-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ ',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mm:ss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: 'AM/PMh"时"mm"分"',
  56: 'AM/PMh"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** The format code for a style's numFmtId: the workbook's own first, then the built-in one, else General. */
export function formatCode(numFmtId: number, custom: ReadonlyMap<number, string>): string {
  return custom.get(numFmtId) ?? BUILTIN[numFmtId] ?? 'General';
}

/** What the reader needs to know of one number format, computed once per style. */
export interface NumberFormat {
  code: string;
  /** Formats a serial as a date or time. */
  isDate: boolean;
  /** Plain General: the fast path. */
  isGeneral: boolean;
  /** Has a text section that changes how text cells read (`@"元"`), so text goes through the formatter too. */
  formatsText: boolean;
  /** Texts already formatted under this format, by value, in the 1900 and the 1904 date system. */
  readonly shown: readonly [Map<number, string>, Map<number, string>];
}

const cache = new Map<string, NumberFormat>();

export function numberFormat(code: string): NumberFormat {
  let known = cache.get(code);
  if (!known) {
    const isGeneral = /^general$/i.test(code.trim());
    let isDate = false;
    try {
      isDate = !isGeneral && numfmtIsDate(code);
    } catch {
      isDate = false;
    }
    const sections = code.split(';');
    const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes('@'));
    const formatsText = textSection !== undefined && textSection.replace(/"[^"]*"/g, '').includes('@') && textSection.trim() !== '@';
    known = { code, isDate, isGeneral, formatsText, shown: [new Map(), new Map()] };
    cache.set(code, known);
  }
  return known;
}

export const GENERAL: NumberFormat = numberFormat('General');

const OPTIONS = { locale: 'zh-CN', leap1900: true, dateSpanLarge: false, dateErrorNumber: false, overflow: '########', throws: false, invalid: '' } as const;

/** Texts already formatted, per format and date system (`NumberFormat.shown`): real sheets repeat their values (dates above all). */
const SHOWN_CACHE_LIMIT = 50_000;

/** Excel's text for a number under a format (nothing under a section that hides it); a format numfmt cannot parse falls back to General. */
export function displayNumber(value: number, fmt: NumberFormat, date1904: boolean): string {
  if (fmt.isGeneral) return generalNumber(value);
  const known = fmt.shown[date1904 ? 1 : 0];
  let text = known.get(value);
  if (text === undefined) {
    text = formatNumber(value, fmt, date1904);
    if (known.size >= SHOWN_CACHE_LIMIT) known.clear();
    known.set(value, text);
  }
  return text;
}

function formatNumber(value: number, fmt: NumberFormat, date1904: boolean): string {
  let shown = value;
  if (fmt.isDate) {
    // Excel rounds a date-time to the second (to the millisecond under `ss.0`) before it splits off the day
    const unit = /s\.0/i.test(fmt.code) ? 86_400_000 : 86_400;
    shown = Math.round(value * unit) / unit + (date1904 ? 1462 : 0);
  }
  const text = format(fmt.code, shown, OPTIONS);
  // numfmt gives '' for a code it cannot read and for a section that hides the value (`;;;`, `0;-0;`): only the first is General
  return text === '' && fmt.code !== '' && !isValidFormat(fmt.code) ? generalNumber(value) : text;
}

/** The text section of a format applied to a text cell (`@"元"` shows `100元`). */
export function displayText(value: string, fmt: NumberFormat): string {
  if (!fmt.formatsText) return value;
  const text = format(fmt.code, value, OPTIONS);
  return text === '' ? value : text;
}

/** General's texts that needed the formatter (long decimals, as real sheets repeat them), by value. */
const generalCache = new Map<number, string>();

/** Excel's General: up to 11 significant characters, scientific beyond (ECMA-376 §18.8.30). */
export function generalNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  // the shortest text that reads back as the value, when it fits General's 11 characters, is what Excel shows
  const plain = String(value);
  if (plain.length <= 11 && plain.indexOf('e') < 0) return plain;
  let text = generalCache.get(value);
  if (text === undefined) {
    text = format('General', value, OPTIONS);
    if (generalCache.size >= SHOWN_CACHE_LIMIT) generalCache.clear();
    generalCache.set(value, text);
  }
  return text;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A serial as an ISO date (`2021-06-30`, with `T13:20:00` when it has a time), rounded to the
 * second as Excel displays it; undefined outside Excel's years 1900–9999.
 */
const isoCache: readonly [Map<number, string | undefined>, Map<number, string | undefined>] = [new Map<number, string | undefined>(), new Map<number, string | undefined>()];

export function serialToIso(serial: number, date1904: boolean): string | undefined {
  const cache = isoCache[date1904 ? 1 : 0];
  const known = cache.get(serial);
  if (known !== undefined || cache.has(serial)) return known;
  const iso = computeIso(serial, date1904);
  if (cache.size >= SHOWN_CACHE_LIMIT) cache.clear();
  cache.set(serial, iso);
  return iso;
}

function computeIso(serial: number, date1904: boolean): string | undefined {
  let whole = date1904 ? serial + 1462 : serial;
  if (!(whole >= 0) || whole >= 2958466) return undefined;
  const seconds = Math.round(whole * 86400);
  let days = Math.floor(seconds / 86400);
  const time = seconds - days * 86400;
  if (days === 60) return time ? `1900-02-29T${clock(time)}` : '1900-02-29'; // Excel's 1900 leap-year rule
  if (days > 0 && days < 60) days += 1;
  whole = days;
  const d = new Date(Date.UTC(1899, 11, 30) + whole * 86400000);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return time ? `${date}T${clock(time)}` : date;
}

function clock(seconds: number): string {
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

/**
 * An ISO 8601 date-time (`t="d"` cells, ECMA-376 §18.17.4) as a serial in the workbook's date system;
 * undefined when it is not one. Time zones are ignored, as Excel does.
 */
export function isoToSerial(iso: string, date1904: boolean): number | undefined {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(iso.trim());
  const t = m ? undefined : /^(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/.exec(iso.trim());
  if (t) return (Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0) + Number(t[4] ?? 0)) / 86400;
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  let days = (ms - Date.UTC(1899, 11, 30)) / 86400000;
  if (days < 61) days -= 1; // serials 1..59 stand one day later in Excel's 1900 system
  if (date1904) days -= 1462;
  const seconds = Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0) + Number(m[7] ?? 0);
  return days + seconds / 86400;
}
