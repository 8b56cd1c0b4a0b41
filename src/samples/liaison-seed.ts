import { at } from '../core/checked';

/**
 * Turns the liaison tables of `seeds/000_*` and `001_*` (Word tables saved as text: each cell starts
 * with a tab, its further lines follow without one) back into sheet rows. The header repeats at
 * every page break, once with only two of its four cells, exactly as in the source.
 */
export interface LiaisonSeed {
  title: string;
  period: string;
  /** Header rows, repeated headers and data rows in source order; four columns each. */
  rows: string[][];
}

const HEADER = ['单位', '对接单位\n（含上级机关、国有企业等）', '对接情况', '对接的初步成果'] as const;

export function parseLiaisonSeed(text: string): LiaisonSeed {
  const preamble: string[] = [];
  const cells: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*\t/.test(raw)) cells.push(raw.replace(/^\s*\t/, '').trim());
    else if (cells.length === 0) {
      if (raw.trim()) preamble.push(raw.trim());
    } else if (raw.trim()) cells[cells.length - 1] = `${cells[cells.length - 1]}\n${raw.trim()}`.replace(/^\n/, '');
  }
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; ) {
    const cell = at(cells, i, 'seed cell');
    if (cell === '单位') {
      rows.push([...HEADER]);
      i += 4;
    } else if (cell.startsWith('对接单位')) {
      rows.push(['', HEADER[1], HEADER[2], '']); // the page-break repeat that kept two cells
      i += 2;
    } else {
      rows.push(cells.slice(i, i + 4));
      i += 4;
    }
  }
  return { title: preamble[0] ?? '', period: preamble.find((p) => p.startsWith('截至')) ?? '', rows };
}
