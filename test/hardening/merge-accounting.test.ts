import fc from 'fast-check';
import type { Grid } from '../../src/core/grid';
import { mergeSubmissions } from '../../src/core/merge/merge';
import { mergeDocument, type MergeDocument } from '../../src/core/merge/merge-document';
import { builtinTemplate } from '../../src/core/template/builtin';
import { validateWorkbook } from '../../src/core/validate';
import { writeConsolidatedWorkbook } from '../../src/io/consolidated-workbook';
import { readXlsx } from '../../src/io/xlsx-reader';
import { messageTexts } from '../../src/locales';
import { grid, HEADER } from '../helpers/grid';
import { SUBMISSION_CELL } from '../helpers/submission-cells';

/**
 * Merge drops nothing without a word, checked on the written workbook: every non-blank cell of
 * every input sheet is in the consolidated workbook as our reader reads it back, or its row is in
 * `skipped` with a reason, or its sheet is a skipped sheet (with the row counted), or a finding
 * names its row. The 序号 of a merged row is in the workbook as the task's number. rowsIn counts
 * every non-blank row of every sheet read.
 */
const template = builtinTemplate('progress')!;

async function mergedBack(files: { file: string; grids: Grid[] }[]): Promise<{ doc: MergeDocument; texts: string[] }> {
  const result = mergeSubmissions(files.map((f) => ({ file: f.file, report: validateWorkbook(f.grids) })));
  const doc = mergeDocument(result, [], messageTexts('zh'));
  const bytes = await writeConsolidatedWorkbook(doc, template);
  const texts = readXlsx(bytes, 'merged.xlsx')
    .flatMap((g) => g.rows.flat())
    .filter((t) => t !== '');
  return { doc, texts };
}

/** The cells no output, skipped row, skipped sheet or finding accounts for, as `file sheet!row:col text`. */
function unaccounted(files: { file: string; grids: Grid[] }[], doc: MergeDocument, texts: readonly string[]): string[] {
  const rowKey = (file: string | null, sheet: string, row: number | null): string => `${file}|${sheet}|${row}`;
  const rows = new Set<string>();
  for (const s of doc.skipped) rows.add(rowKey(s.file, s.sheet, s.row));
  for (const f of doc.findings) if (f.row !== null) rows.add(rowKey(f.file, f.sheet, f.row));
  const merged = new Set<string>();
  for (const t of doc.tasks) for (const s of t.sources) merged.add(rowKey(s.file, s.sheet, s.row));
  const sheets = new Set(doc.skippedSheets.map((s) => `${s.file}|${s.sheet}`));
  const lost: string[] = [];
  for (const { file, grids } of files) {
    for (const g of grids) {
      if (sheets.has(`${file}|${g.sheet}`)) continue;
      g.rows.forEach((row, r) => {
        const key = rowKey(file, g.sheet, r + 1);
        if (rows.has(key)) return;
        row.forEach((cell, c) => {
          const text = cell.trim();
          if (text === '') return;
          if (c === 0 && merged.has(key)) return;
          if (!texts.some((t) => t.includes(text))) lost.push(`${file} ${g.sheet}!${r + 1}:${c} ${text}`);
        });
      });
    }
  }
  return lost;
}

function nonBlankRows(files: { grids: Grid[] }[]): number {
  return files.reduce((n, f) => n + f.grids.reduce((m, g) => m + g.rows.filter((row) => row.some((c) => c.trim() !== '')).length, 0), 0);
}

describe('merge accounts for every input cell in the written workbook', () => {
  it('lists the rows of issue 13 that used to vanish', async () => {
    const files = [
      {
        file: '市科技局.xlsx',
        grids: [
          grid([
            HEADER,
            ['1', '建设快速路', '1.完成招标。', '市科技局', '按时推进'],
            ['二', '', '2.开工建设。', '', ''],
            ['', '', '一、以下为补充说明', '', ''],
            ['', '', '注：数据截至6月底', '', ''],
          ]),
          grid([['填表说明'], ['请按时报送']], { sheet: '说明' }),
          grid([HEADER, ['9', '隐藏的任务', '1.完成。', '市科技局', '已完成']], { sheet: '旧表', visibility: 'hidden' }),
        ],
      },
    ];
    const { doc, texts } = await mergedBack(files);
    expect(unaccounted(files, doc, texts)).toEqual([]);
    expect(doc.skippedSheets.map((s) => [s.sheet, s.reason, s.rows])).toEqual([
      ['说明', 'no-header', 2],
      ['旧表', 'hidden', 2],
    ]);
    expect(doc.rowsIn).toBe(9);
    expect(doc.rowsIn).toBe(doc.rowsMerged + doc.rowsSkipped);
  });

  const CELL = SUBMISSION_CELL;
  const ROW = fc.array(CELL, { minLength: 0, maxLength: 6 });
  const SHEET = fc.record({
    rows: fc.array(ROW, { maxLength: 7 }),
    withHeader: fc.boolean(),
    visibility: fc.constantFrom<Grid['visibility']>('visible', 'visible', 'hidden'),
  });
  const FILE = fc.array(SHEET, { minLength: 1, maxLength: 3 });

  it('puts every non-blank cell in the workbook, in skipped, in a skipped sheet or in a finding', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(FILE, { minLength: 1, maxLength: 3 }), async (generated) => {
        const files = generated.map((sheets, f) => ({
          file: `单位${f}.xlsx`,
          grids: sheets.map((s, i): Grid => ({ sheet: `S${i}`, origin: 'p', rows: s.withHeader ? [HEADER, ...s.rows] : s.rows, merges: [], visibility: s.visibility })),
        }));
        const { doc, texts } = await mergedBack(files);
        expect(unaccounted(files, doc, texts)).toEqual([]);
        expect(doc.rowsIn).toBe(nonBlankRows(files));
        expect(doc.rowsIn).toBe(doc.rowsMerged + doc.rowsSkipped);
      }),
      { numRuns: 120, seed: 20261202 },
    );
  }, 120_000);
});
