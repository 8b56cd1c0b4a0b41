import { compactText } from './text';

/**
 * Deadlines as notices and task lists write them: `6月底前`, `9月底前`, `2017年12月前完成`,
 * `年内`, `年底前`; `持续推进` and `长期坚持` have none. `N月前` is read as "before month N begins",
 * `N月底前` as "by the end of month N". A deadline without a year takes the report's year.
 */
export interface Deadline {
  /** The phrase as written. */
  text: string;
  year?: number;
  month: number;
  day: number;
}

export type DeadlineReading = { kind: 'date'; deadline: Deadline } | { kind: 'ongoing'; text: string } | { kind: 'none' };

const ONGOING = /持续推进|长期坚持|长期推进|常态化推进|持续开展/;
const MONTH_DEADLINE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(底|末|份)?\s*(?:前|之前)/;
const YEAR_END = /年内|年底前|年底之前|年末前|本年度内/;

function lastDay(year: number | undefined, month: number): number {
  return new Date(Date.UTC(year ?? 2001, month, 0)).getUTCDate();
}

export function readDeadline(raw: string): DeadlineReading {
  const text = compactText(raw);
  const m = MONTH_DEADLINE.exec(text);
  if (m) {
    const year = m[1] ? Number(m[1]) : undefined;
    const month = Number(m[2]);
    if (month < 1 || month > 12) return { kind: 'none' };
    if (m[3]) return { kind: 'date', deadline: { text: m[0], ...(year ? { year } : {}), month, day: lastDay(year, month) } };
    // "before month N": the last day of month N-1
    const before = month === 1 ? { year: year ? year - 1 : undefined, month: 12 } : { year, month: month - 1 };
    return { kind: 'date', deadline: { text: m[0], ...(before.year ? { year: before.year } : {}), month: before.month, day: lastDay(before.year, before.month) } };
  }
  const end = YEAR_END.exec(text);
  if (end) return { kind: 'date', deadline: { text: end[0], month: 12, day: 31 } };
  if (ONGOING.test(text)) return { kind: 'ongoing', text: ONGOING.exec(text)?.[0] ?? '' };
  return { kind: 'none' };
}

/** The end of a reporting period: `截至6月30日`, `截至5月底`, `上半年`, `第三季度`, `2021年`. */
export interface PeriodEnd {
  year?: number;
  month: number;
  day: number;
}

const QUARTER_END: Record<string, number> = { 一: 3, 1: 3, 二: 6, 2: 6, 三: 9, 3: 9, 四: 12, 4: 12 };

export function readPeriodEnd(raw: string, fallbackYear?: number): PeriodEnd | undefined {
  const text = compactText(raw);
  const yearMatch = /(\d{4})年/.exec(text);
  const year = yearMatch ? Number(yearMatch[1]) : fallbackYear;
  const withYear = (month: number, day: number): PeriodEnd => ({ ...(year ? { year } : {}), month, day });
  const asOf = /(?:截至|截止)(?:\d{4}年)?(\d{1,2})月(\d{1,2})?日?(底|末)?/.exec(text);
  if (asOf) return withYear(Number(asOf[1]), asOf[2] ? Number(asOf[2]) : lastDay(year, Number(asOf[1])));
  if (/上半年|半年度/.test(text)) return withYear(6, 30);
  if (/下半年|全年|\d{4}年度/.test(text)) return withYear(12, 31);
  const quarter = /第?([一二三四1-4])季度|[Qq]([1-4])/.exec(text);
  const quarterMonth = quarter ? QUARTER_END[quarter[1] ?? quarter[2] ?? ''] : undefined;
  if (quarterMonth !== undefined) return withYear(quarterMonth, lastDay(year, quarterMonth));
  // 1-8月 / 1至8月 / 1—8月: the end of the last month
  const span = /1[-—–~至到](\d{1,2})月/.exec(text);
  if (span) return withYear(Number(span[1]), lastDay(year, Number(span[1])));
  const month = /(\d{4})年(\d{1,2})月/.exec(text);
  if (month) return withYear(Number(month[2]), lastDay(year, Number(month[2])));
  return undefined;
}

/** Whether the deadline falls before the end of the period (same year when either has none). */
export function deadlineBefore(deadline: Deadline, period: PeriodEnd): boolean {
  const year = deadline.year ?? period.year ?? 0;
  const periodYear = period.year ?? deadline.year ?? 0;
  if (year !== periodYear) return year < periodYear;
  return deadline.month < period.month || (deadline.month === period.month && deadline.day < period.day);
}
