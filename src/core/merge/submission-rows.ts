import { matchStatus } from '../status';
import type { SheetReport } from '../validate';
import { fileName } from '../text';
import { splitUnits, unitKey, withoutLevelPrefix } from '../units';
import type { SubmissionRow } from './types';

/** The unit a file is named after: `市科技局_2021上半年.xlsx` → `市科技局`. */
export function unitFromFileName(file: string): string {
  const name = fileName(file).replace(/\.[^.]+$/, '');
  return name.split(/[_\-\s—]/)[0] ?? '';
}

/**
 * Two spellings of one unit: equal, or one is the other without its level prefix (`交通运输局` and
 * `市交通运输局`). `市民政局` and `区民政局` are different units.
 */
export function sameUnit(a: string, b: string): boolean {
  const [ka, kb] = [unitKey(a), unitKey(b)];
  return ka === kb || withoutLevelPrefix(a) === kb || withoutLevelPrefix(b) === ka;
}

/**
 * The task rows of one checked sheet. A sheet whose template has no task column (the liaison
 * table) holds no tasks to consolidate; its rows come back as `undefined` so the merge can list them.
 */
export function submissionRows(file: string, report: SheetReport): SubmissionRow[] | undefined {
  const model = report.model;
  if (!model || !model.header.columns.has('task')) return undefined;
  const fromName = unitFromFileName(file);
  let anchorSeq = 0;
  return model.rows.map((row) => {
    const text = (key: string): string => row.cells.get(key)?.text ?? '';
    const units = splitUnits(text('units'));
    const seq = row.seq.kind === 'number' ? row.seq.value : null;
    if (seq !== null) anchorSeq = seq;
    const unit = report.meta.reportingUnit ?? units.find((u) => sameUnit(u, fromName)) ?? units[0] ?? '';
    const match = matchStatus(model.template, text('status'));
    const status = match.kind === 'known' ? { name: match.status.name, rank: match.status.rank } : undefined;
    return { file, sheet: report.sheet, row: row.index + 1, unit, seq, task: text('task').trim(), progress: text('progress'), units, statusText: text('status'), ...(status ? { status } : {}), anchorSeq };
  });
}

