import { parseCellAddress } from '../../src/core/address';
import type { Finding } from '../../src/core/finding';
import type { Grid, MergedRange, SheetVisibility } from '../../src/core/grid';

/**
 * `grid([...rows])` builds a sheet in code. Numbers become their text; merges are A1 ranges
 * (`'A3:A4'`). Rows are the sheet's rows from row 1.
 */
export function grid(rows: (string | number | null)[][], options: { sheet?: string; merges?: string[]; visibility?: SheetVisibility } = {}): Grid {
  return {
    sheet: options.sheet ?? 'Sheet1',
    origin: 'test',
    rows: rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell)))),
    merges: (options.merges ?? []).map(range),
    visibility: options.visibility ?? 'visible',
  };
}

export function range(ref: string): MergedRange {
  const [from = '', to = from] = ref.split(':');
  const a = parseCellAddress(from);
  const b = parseCellAddress(to);
  if (!a || !b) throw new Error(`bad range ${ref}`);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** The standard header, for tests that only care about the data rows. */
export const HEADER = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'];

/** A complete, valid task row. */
export function task(seq: string | number, overrides: Partial<Record<'task' | 'progress' | 'units' | 'status', string>> = {}): string[] {
  return [String(seq), overrides.task ?? `任务${seq}`, overrides.progress ?? '1.已完成前期工作。\n2.正在推进。', overrides.units ?? '市发展改革委', overrides.status ?? '按时推进'];
}

/** Findings as `[cell, code]` tuples, the way tests assert them (never message wording). */
export function tuples(findings: readonly Finding[]): [string | null, string][] {
  return findings.map((f) => [f.cell, f.code]);
}

export function codesOf(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.code);
}
