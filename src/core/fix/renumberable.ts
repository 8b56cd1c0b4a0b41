import type { SheetReport } from '../validate';

/**
 * Whether a sheet's 序号 may be renumbered 1..n: only a whole table (a header was found and there is no
 * 填报单位 line). A unit's submission keeps the master list's numbers, the key a merge matches its
 * tasks by, so it is never renumbered.
 */
export function renumberable(sheet: Pick<SheetReport, 'headerRow' | 'meta'>): boolean {
  return sheet.headerRow !== null && !sheet.meta.reportingUnit;
}
