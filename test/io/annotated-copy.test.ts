import { SEVERITY_FILL } from '../../src/core/catalog';
import { validateGrid } from '../../src/core/validate';
import { annotatedSheets, annotatedWorkbook } from '../../src/io/annotated-copy';
import { readXlsx } from '../../src/io/xlsx-reader';
import { LOCALES } from '../../src/locales';
import { grid, HEADER, task } from '../helpers/grid';

describe('the annotated copy', () => {
  const sheet = grid([HEADER, task(1, { units: '' }), task(3, { status: '' })], { sheet: '报表' });
  const report = validateGrid(sheet);

  it('fills each finding cell by its worst severity and notes the message', () => {
    const [spec] = annotatedSheets([sheet], [report], 'zh');
    expect([...spec!.styles!]).toEqual([
      ['1,3', { fill: SEVERITY_FILL.error }],
      ['2,0', { fill: SEVERITY_FILL.warning }],
      ['2,4', { fill: SEVERITY_FILL.error }],
    ]);
    expect(spec!.notes!.get('1,3')).toContain(LOCALES.zh.findings['unit-missing'].title);
  });

  it('keeps every text of the file', async () => {
    const [back] = readXlsx(await annotatedWorkbook([sheet], [report], 'zh'), 'x.xlsx');
    const trimmed = (rows: string[][]) =>
      rows.map((r) =>
        r.slice(
          0,
          r.reduce((last, cell, i) => (cell ? i + 1 : last), 0),
        ),
      );
    expect(trimmed(back!.rows)).toEqual(trimmed(sheet.rows));
  });
});
