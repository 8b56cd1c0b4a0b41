/**
 * How a numeric cell reads on screen: plain numbers without float noise, and dates as dates
 * (a deadline typed as 2021/6/30 is stored as the serial 44377).
 */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (BUILTIN_DATE_FORMATS.has(numFmtId)) return true;
  if (!formatCode) return false;
  const bare = formatCode.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ymdhs年月日]/i.test(bare) && !/^General$/i.test(bare);
}

export function formatNumber(raw: string): string {
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw.trim();
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Excel serial date to `2021-06-30` (with ` hh:mm` when it has a time of day). */
export function formatSerialDate(raw: string, date1904: boolean): string {
  const serial = Number(raw);
  if (!Number.isFinite(serial)) return raw.trim();
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const ms = Math.round(serial * 86400000);
  const d = new Date(epoch + ms);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const seconds = Math.round((serial - Math.floor(serial)) * 86400);
  return seconds === 0 ? date : `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
