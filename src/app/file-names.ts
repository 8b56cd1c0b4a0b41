/** `市科技局_截至6月30日.xlsx`: the name a compiler expects for a submission. */
export function submissionFileName(unit: string, period: string): string {
  const clean = (s: string): string => s.replace(/[\\/:*?"<>|\s]+/g, '');
  return `${clean(unit) || '填报单位'}_${clean(period) || '本期'}.xlsx`;
}
