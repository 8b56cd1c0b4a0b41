import { unzipSync } from 'fflate';
import { exportSubmission, periodOfMeta, submissionFileName } from '../../src/app/submission';
import { readSource } from '../../src/app/sources';
import { isValidSheetName, safeSheetName } from '../../src/io/sheet-name';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { grid, HEADER, task } from '../helpers/grid';

/** Excel's sheet-name rules, in one place, for every writer; the submission's file name with its year. */
describe('sheet names Excel accepts', () => {
  it.each([
    ['报送/市交通运输局.xlsx · 2021年上半年', '报送_市交通运输局.xlsx · 2021年上半年'],
    ['报表[2021]:上半年?', '报表_2021__上半年_'],
    ["'进展'", '进展'],
    ['a\\b*c', 'a_b_c'],
    ['', 'Sheet'],
    ["''", 'Sheet'],
    ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三', '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一'],
  ])('%s → %s', (name, expected) => {
    expect(safeSheetName(name)).toBe(expected);
    expect(isValidSheetName(expected)).toBe(true);
  });

  it('a name cut at 31 characters does not end with a quote, and a taken name is numbered within 31', () => {
    expect(safeSheetName(`${'x'.repeat(30)}'y`)).toBe('x'.repeat(30));
    const taken = new Set(['报表', 'x'.repeat(31)]);
    expect(safeSheetName('报表', taken)).toBe('报表_2');
    expect(safeSheetName('X'.repeat(31), taken)).toBe(`${'X'.repeat(29)}_2`);
  });

  it('the writer cleans every sheet name, and two that clean to one name stay two sheets', async () => {
    const bytes = await writeXlsx([
      { name: '报送/a', rows: [['1']] },
      { name: '报送\\a', rows: [['2']] },
    ]);
    const sheets = readSource({ name: 'x.xlsx', bytes });
    expect(sheets.map((s) => [s.sheet, s.rows[0]?.[0]])).toEqual([
      ['报送_a', '1'],
      ['报送_a_2', '2'],
    ]);
  });

  it("a submission from a sheet named after its file (the page's `file · sheet`) exports, read back cell for cell", async () => {
    const rows = [['填报单位：市交通运输局'], HEADER, task(1), task(2)];
    const bytes = await exportSubmission(grid(rows, { sheet: '报送/市交通运输局_2021上半年.xlsx · 进展情况' }));
    const [sheet] = readSource({ name: 'out.xlsx', bytes });
    expect(sheet?.rows).toEqual(rows);
    expect(sheet?.sheet).toBe('报送_市交通运输局_2021上半年.xlsx · 进展情况');
    const workbookXml = new TextDecoder().decode(unzipSync(bytes)['xl/workbook.xml']);
    expect(workbookXml).not.toMatch(/<sheet name="[^"]*[/\\?*[\]:]/);
  });
});

describe('the submission file name', () => {
  it.each([
    ['市交通运输局', '截至6月30日', 2026, '市交通运输局_2026年截至6月30日.xlsx'],
    ['市交通运输局', '2025年上半年', 2026, '市交通运输局_2025年上半年.xlsx'],
    ['市 交通/运输局', '截至 6月30日', 2026, '市交通运输局_2026年截至6月30日.xlsx'],
    ['', '', 2026, '填报单位_2026年.xlsx'],
  ])('%s %s (%s) → %s', (unit, period, year, expected) => {
    expect(submissionFileName(unit, period, year)).toBe(expected);
  });

  it('takes the year this year when none is given', () => {
    expect(submissionFileName('市科技局', '截至6月30日')).toBe(`市科技局_${new Date().getFullYear()}年截至6月30日.xlsx`);
  });

  it('the period and year come from the sheet: its 报告期 / 截至 line, the title, else today', () => {
    const today = new Date(Date.UTC(2027, 5, 1));
    expect(periodOfMeta({ period: '截至6月30日', year: 2026 }, today)).toEqual({ period: '截至6月30日', year: 2026 });
    expect(periodOfMeta({ title: '2026年上半年重点工作进展情况表', year: 2026 }, today)).toEqual({ period: '2026年上半年', year: 2026 });
    expect(periodOfMeta({}, today)).toEqual({ period: '', year: 2027 });
  });
});
