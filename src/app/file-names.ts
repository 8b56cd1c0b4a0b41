import { PERIOD } from '../core/sheet-model';

/**
 * `市交通运输局_2026年截至6月30日.xlsx`: the name a compiler expects for a submission. The period
 * carries its year: the one it writes (`2026年上半年`), else the sheet's year (a title
 * `2026年重点工作进展情况表`), else this year. Characters a file name cannot hold are dropped.
 */
export function submissionFileName(unit: string, period: string, year: number = new Date().getFullYear()): string {
  const clean = (s: string): string => s.replace(/[\\/:*?"<>|\s]+/g, '');
  const shown = clean(period);
  const dated = /\d{4}\s*年/.test(shown) ? shown : `${year}年${shown}`;
  return `${clean(unit) || '填报单位'}_${dated}.xlsx`;
}

/** The period and year a sheet states above its header (its title, a 报告期 / 截至 line), for the file name. */
export function periodOfMeta(meta: { period?: string; year?: number; title?: string }, today: Date = new Date()): { period: string; year: number } {
  const fromTitle = meta.title ? PERIOD.exec(meta.title)?.[0] : undefined;
  return { period: meta.period ?? fromTitle ?? '', year: meta.year ?? today.getFullYear() };
}
