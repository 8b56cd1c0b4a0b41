import fc from 'fast-check';
import { at } from '../../src/core/checked';
import { columnCount, Grid } from '../../src/core/grid';
import { mergeDocument } from '../../src/core/merge/merge-document';
import { mergeSubmissions, MergeInput } from '../../src/core/merge/merge';
import { builtinTemplate } from '../../src/core/template/builtin';
import { joinUnits, splitUnits } from '../../src/core/units';
import { validateGrid, validateWorkbook } from '../../src/core/validate';
import { writeConsolidatedWorkbook } from '../../src/io/consolidated-workbook';
import { readXlsx } from '../../src/io/xlsx-reader';
import { HEADER } from '../helpers/grid';
import { messageTexts } from '../../src/locales';

/** Properties on random input: the guarantees hold for every grid, not only the ones we thought of. */
const RUNS = { numRuns: 150 };

/** Cell texts mixing report vocabulary, Chinese punctuation, brackets, numbers and noise. */
const cellText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '1',
    '１',
    '3.',
    '（4）',
    '十二',
    '一、总体要求',
    '按时推进',
    '進度滯後',
    '滞后',
    '市科技局、',
    '各县(市、区)政府',
    '交通运输局',
    '1.推进。\n2．完成。\n4、通车。',
    '序号',
    '牵头部门',
    '=SUM(A1)',
    '填表人：张三',
  ),
  fc.string({ unit: fc.constantFrom(...'的一是在、，。；（）()【】〔〕\n 1234５市局委办县区政府推进完成滞后'.split('')), maxLength: 30 }),
);

const gridArb: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.array(fc.array(cellText, { maxLength: 8 }), { maxLength: 25 }),
    header: fc.option(fc.nat({ max: 5 })),
    merges: fc.array(fc.record({ top: fc.nat({ max: 30 }), left: fc.nat({ max: 9 }), height: fc.nat({ max: 3 }), width: fc.nat({ max: 3 }) }), { maxLength: 6 }),
  })
  .map(({ rows, header, merges }) => {
    const withHeader = header === null ? rows : [...rows.slice(0, header), [...HEADER], ...rows.slice(header)];
    return {
      sheet: '随机',
      origin: 'fast-check',
      rows: withHeader,
      merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.height, right: m.left + m.width })),
      visibility: 'visible' as const,
    };
  });

describe('properties', () => {
  it('any grid, however malformed, validates without throwing, and every finding points inside the sheet', () => {
    fc.assert(
      fc.property(gridArb, (g) => {
        const report = validateGrid(g);
        const rows = Math.max(g.rows.length, ...g.merges.map((m) => m.bottom + 1));
        const width = columnCount(g);
        for (const f of report.findings) {
          if (f.row !== null) expect(f.row >= 1 && f.row <= rows).toBe(true);
          if (f.cell !== null) {
            const col = /^[A-Z]+/.exec(f.cell)![0].charCodeAt(0) - 65;
            expect(col >= 0 && col < Math.max(width, 1)).toBe(true);
            expect(Number(f.cell.replace(/^[A-Z]+/, ''))).toBe(f.row);
          }
        }
      }),
      RUNS,
    );
  });

  it('merging never loses or invents a row', () => {
    const submission = fc.array(
      fc.tuple(
        fc.constantFrom('', '1', '2', '3', '2.', 'x'),
        fc.constantFrom('', '任务甲', '任务乙', '任务丙'),
        cellText,
        fc.constantFrom('', '市科技局', '市商务局、市经信局', '交通运输局'),
        fc.constantFrom('', '按时推进', '进度滞后', '滞后'),
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(fc.array(submission, { minLength: 1, maxLength: 6 }), (files) => {
        const inputs: MergeInput[] = files.map((rows, i) => ({
          file: `f${i}.xlsx`,
          report: validateWorkbook([{ sheet: 'S', origin: 't', rows: [[...HEADER], ...rows.map((r) => [...r])], merges: [], visibility: 'visible' }]),
        }));
        const result = mergeSubmissions(inputs);
        const expected = inputs.flatMap((i) => i.report.sheets.flatMap((s) => (s.model?.rows ?? []).map((r) => `${i.file}#${s.sheet}!${r.index + 1}`)));
        // header, section and note rows are accounted for too (skipped with their kind); this property follows the data rows
        const seen = [...result.tasks.flatMap((t) => t.sources), ...result.skipped.filter((s) => !['preamble', 'header', 'repeated-header', 'section', 'note'].includes(s.reason))].map(
          (s) => `${s.file}#${s.sheet}!${s.row}`,
        );
        expect(seen.sort()).toEqual(expected.sort());
        expect(result.rowsIn).toBe(result.rowsMerged + result.rowsSkipped);
      }),
      RUNS,
    );
  });

  it('the consolidated workbook reads back with the same texts, character for character', async () => {
    const text = fc.string({ unit: fc.constantFrom(...'“”‘’（）【】〔〕、，。；：！？—…·１２３ＡＢ进展情况市局\n 　abc123'.split('')), minLength: 1, maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(text, text, fc.constantFrom('按时推进', '进度滞后', '')), { minLength: 1, maxLength: 5 }), async (rows) => {
        const inputs: MergeInput[] = [
          {
            file: 'a.xlsx',
            report: validateWorkbook([
              { sheet: 'S', origin: 't', rows: [[...HEADER], ...rows.map(([task, progress, status], i) => [String(i + 1), task, progress, '市科技局', status])], merges: [], visibility: 'visible' },
            ]),
          },
        ];
        const doc = mergeDocument(mergeSubmissions(inputs), [], messageTexts('zh'));
        const summary = at(readXlsx(await writeConsolidatedWorkbook(doc, builtinTemplate('progress')!), 'x.xlsx'), 0);
        doc.tasks.forEach((t, i) => {
          const row = at(summary.rows, i + 2, 'summary row');
          expect([row[1] ?? '', row[2] ?? '', row[4] ?? '']).toEqual([t.task, t.progress, t.status]);
        });
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('splitting units never splits inside brackets, and joining the split gives back the same units', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'市县区局委办政府中心集团经信交通'.split('')), minLength: 1, maxLength: 8 });
    const unit = fc.oneof(
      plain,
      fc.tuple(plain, plain, plain).map(([a, b, c]) => `${a}(${b}、${c})`),
      fc.tuple(plain, plain).map(([a, b]) => `${a}（${b}，${b}）政府`),
    );
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 6 }), fc.constantFrom('、', '，', ',', '；', '\n', '、\n'), (units, separator) => {
        const split = splitUnits(units.join(separator) + (separator === '、\n' ? '、' : ''));
        expect(split).toEqual(units);
        expect(splitUnits(joinUnits(split))).toEqual(units);
      }),
      RUNS,
    );
  });
});
