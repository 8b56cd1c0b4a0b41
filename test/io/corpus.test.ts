import { createHash } from 'crypto';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { cellAddress } from '../../src/core/address';
import { at } from '../../src/core/checked';
import { ReportError } from '../../src/core/errors';
import type { Grid } from '../../src/core/grid';
import { readXlsx } from '../../src/io/xlsx-reader';

/**
 * Conformance over the shared corpus of real workbooks (../shared/xlsx-corpus/files): per file, the
 * sheet names, hidden state, merged ranges and every cell's text as Excel (zh-CN) shows it, against
 * test/io/corpus/expectations.json. A small sheet lists every cell; a large one is held by the
 * sha256 of its canonical listing (`A1<TAB>"json text"` lines, row by row) plus sample cells whose
 * texts were judged by hand from the part's XML and ECMA-376 (§18.8.30–31 number formats, Part 4
 * dates). A file Excel would refuse expects its error code.
 */
const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'xlsx-corpus', 'files');

interface SheetExpectation {
  name: string;
  visibility: Grid['visibility'];
  merges: string[];
  count: number;
  cells?: Record<string, string>;
  sha256?: string;
  samples?: Record<string, string>;
}

type FileExpectation = { error: string } | { sheets: SheetExpectation[] };

const expectations = JSON.parse(readFileSync(join(__dirname, 'corpus', 'expectations.json'), 'utf8')) as Record<string, FileExpectation>;

export function cellListing(grid: Grid): [string, string][] {
  const cells: [string, string][] = [];
  grid.rows.forEach((row, r) => row.forEach((text, c) => text !== '' && cells.push([cellAddress(r, c), text])));
  return cells;
}

const range = (m: Grid['merges'][number]): string => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`;

const present = existsSync(CORPUS);
const files = present
  ? readdirSync(CORPUS)
      .filter((f) => /\.xls[xm]$/i.test(f))
      .sort()
  : [];

(present ? describe : describe.skip)('the shared corpus reads as Excel shows it', () => {
  it('has an expectation for every file and a file for every expectation', () => {
    expect(files.filter((f) => !(f in expectations))).toEqual([]);
    expect(Object.keys(expectations).filter((f) => !files.includes(f))).toEqual([]);
  });

  it.each(files)('%s', (file) => {
    const expected = expectations[file];
    let grids: Grid[];
    try {
      grids = readXlsx(new Uint8Array(readFileSync(join(CORPUS, file))), file);
    } catch (error) {
      expect(error).toBeInstanceOf(ReportError);
      expect({ error: (error as ReportError).code }).toEqual(expected);
      return;
    }
    expect(expected !== undefined && 'sheets' in expected).toBe(true);
    if (expected === undefined || !('sheets' in expected)) return;
    expect(grids.map((g) => [g.sheet, g.visibility])).toEqual(expected.sheets.map((s) => [s.name, s.visibility]));
    grids.forEach((grid, i) => {
      const want = at(expected.sheets, i, 'expected sheet');
      const listing = cellListing(grid);
      expect([grid.sheet, grid.merges.map(range)]).toEqual([want.name, want.merges]);
      expect([grid.sheet, listing.length]).toEqual([want.name, want.count]);
      if (want.cells) expect([grid.sheet, Object.fromEntries(listing)]).toEqual([want.name, want.cells]);
      const texts = new Map(listing);
      for (const [ref, text] of Object.entries(want.samples ?? {})) expect([grid.sheet, ref, texts.get(ref) ?? '']).toEqual([want.name, ref, text]);
      if (want.sha256) {
        const canonical = listing.map(([ref, text]) => `${ref}\t${JSON.stringify(text)}`).join('\n');
        expect([grid.sheet, createHash('sha256').update(canonical).digest('hex')]).toEqual([want.name, want.sha256]);
      }
    });
  });
});

if (!present) {
  it('skips the corpus conformance: ../shared/xlsx-corpus/files is absent', () => {
    expect(present).toBe(false);
  });
}
