import type { Lang } from '../core/catalog';
import { compareReports, Comparison } from '../core/compare/compare';
import type { Grid } from '../core/grid';
import { writeComparisonWorkbook } from '../io/comparison-workbook';
import { checkSheet, CheckOptions } from './check';
import { AnySource, readSource } from './sources';

/**
 * 对比: what changed between the previous period (a file) and this one (a file, or the sheets of
 * the open workbook). A file that cannot be read stops the comparison with its error: a comparison
 * against nothing would report every task as new.
 */
export interface CompareRun {
  comparison: Comparison;
  workbook: Uint8Array;
}

/** Both periods are read with the same options (`--template`): a table the detector misses would compare as empty. */
export async function compare(previous: AnySource, current: AnySource | { grids: readonly Grid[] }, lang: Lang, options: CheckOptions = {}): Promise<CompareRun> {
  const before = checkSheet(readSource(previous), options).sheets;
  const after = checkSheet('grids' in current ? current.grids : readSource(current), options).sheets;
  const comparison = compareReports(before, after);
  return { comparison, workbook: await writeComparisonWorkbook(comparison, lang) };
}
