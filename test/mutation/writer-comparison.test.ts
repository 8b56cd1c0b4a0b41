import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { compareReports, type Comparison } from '../../src/core/compare/compare';
import { validateGrid } from '../../src/core/validate';
import { comparisonRows, comparisonTitle, writeComparisonWorkbook } from '../../src/io/comparison-workbook';
import { grid, HEADER, task } from '../helpers/grid';
import { attr, find, first, parseXml, type XmlElement } from '../print/xlsx-parts';

/**
 * The 对比 sheet (src/io/comparison-workbook.ts): its lines and their colours, its title, and the
 * workbook Excel opens (frozen header, merged title, styles, print setup). Each test compares and
 * writes its own periods.
 */
const RED = '#FFC7CE';
const GREEN = '#C6EFCE';
const YELLOW = '#FFEB9C';

/** Two periods: a task worse, one better, one pasted again, one new, one gone, a unit gone and a unit new. */
function twoPeriods(): Comparison {
  const before = validateGrid(grid([['截至3月31日'], HEADER, task(1), task(2, { status: '部分滞后' }), task(3), task(5, { units: '市教育局' })]));
  const after = validateGrid(
    grid([
      ['截至6月30日'],
      HEADER,
      task(1, { status: '进度滞后', progress: '1.全新的进展。' }),
      task(2, { status: '按时推进', progress: '1.另一条进展。' }),
      task(3),
      task(4, { units: '市科技局', progress: '1.新任务的进展。' }),
    ]),
  );
  return compareReports([before], [after]);
}

/** Two periods without a title (no 报告期) and without a row in common. */
function unrelated(): Comparison {
  return compareReports([validateGrid(grid([HEADER, task(1, { task: '甲任务' })]))], [validateGrid(grid([HEADER, task(7, { task: '乙事项', progress: '1.别的。' })]))]);
}

describe('the lines of the 对比 sheet', () => {
  it('lists the status changes first, then each other change with its kind and its task or unit, the period columns only for a status', () => {
    const { rows } = comparisonRows(twoPeriods(), 'zh');
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      ['类别', '任务或单位', '上期', '本期'],
      ['状态变差', '任务1', '按时推进', '进度滞后'],
      ['状态变好', '任务2', '部分滞后', '按时推进'],
      ['进展未更新', '任务3', '', ''],
      ['新增任务', '任务4', '', ''],
      ['任务缺失', '任务5', '', ''],
      ['单位', '市教育局', '', ''],
      ['单位', '市科技局', '', ''],
    ]);
    expect(rows[0]?.[4]).toBe('说明');
    // a status line explains nothing more; every other line says what happened
    expect(rows.slice(1, 3).map((r) => r[4])).toEqual(['', '']);
    expect(rows.slice(3).every((r) => (r[4] ?? '').length > 0)).toBe(true);
  });

  it('colours worse red, better green, progress pasted again and a task gone yellow, and nothing else', () => {
    const { fills } = comparisonRows(twoPeriods(), 'zh');
    expect([...fills].sort(([a], [b]) => a - b)).toEqual([
      [1, RED],
      [2, GREEN],
      [3, YELLOW],
      [5, YELLOW],
    ]);
  });

  it('names a comparison without a match in words, with no task or unit', () => {
    const { rows, fills } = comparisonRows(unrelated(), 'zh');
    const last = rows[rows.length - 1] ?? [];
    expect(last.slice(1, 4)).toEqual(['', '', '']);
    // the kind is a word for the clerk, never the finding's code
    expect(last[0]).not.toBe('');
    expect(last[0]).not.toMatch(/[a-z]/);
    expect([...fills.values()].filter((f) => f === YELLOW)).toHaveLength(1);
  });
});

describe('the title of the 对比 sheet', () => {
  it('names both periods, or 上期 / 本期 when a report names none', () => {
    expect(comparisonTitle(twoPeriods())).toBe('进展对比：截至3月31日 → 截至6月30日');
    expect(comparisonTitle(unrelated())).toBe('进展对比：上期 → 本期');
  });
});

interface Written {
  sheet: XmlElement;
  workbook: XmlElement;
  core: string;
  book: ExcelJS.Workbook;
}

async function written(comparison: Comparison): Promise<Written> {
  const bytes = await writeComparisonWorkbook(comparison, 'zh');
  const files = unzipSync(bytes);
  const text = (name: string): string => strFromU8(files[name] ?? new Uint8Array());
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.slice().buffer);
  return { sheet: parseXml(text('xl/worksheets/sheet1.xml')), workbook: parseXml(text('xl/workbook.xml')), core: text('docProps/core.xml'), book };
}

describe('the comparison workbook', () => {
  it('puts the title in a merged first row, the header in the second, frozen above the lines', async () => {
    const { sheet, book } = await written(twoPeriods());
    const s = book.getWorksheet('对比')!;
    expect(s.getCell('A1').value).toBe('进展对比：截至3月31日 → 截至6月30日');
    expect(find(sheet, 'mergeCell').map((m) => attr(m, 'ref'))).toEqual(['A1:E1']);
    expect([1, 2, 3, 4, 5].map((c) => s.getCell(2, c).value)).toEqual(['类别', '任务或单位', '上期', '本期', '说明']);
    expect(s.getCell('B3').value).toBe('任务1');
    const pane = first(sheet, 'pane');
    expect([pane.attrs.state, pane.attrs.ySplit, pane.attrs.topLeftCell]).toEqual(['frozen', '2', 'A3']);
  });

  it('styles the title, the header and each line by its colour, every cell of the table bordered', async () => {
    const { book } = await written(twoPeriods());
    const s = book.getWorksheet('对比')!;
    const look = (ref: string): [string, string | undefined, number | undefined, string | undefined, string | undefined, string | undefined] => {
      const c = s.getCell(ref);
      const fill = c.fill && c.fill.type === 'pattern' ? c.fill.fgColor?.argb : undefined;
      return [ref, c.font?.name, c.font?.size, fill, c.alignment?.horizontal, c.border?.left?.style];
    };
    expect(['A1', 'A2', 'E2', 'A3', 'B3', 'E3', 'B4', 'A5', 'B6', 'B7', 'C7'].map(look)).toEqual([
      ['A1', '黑体', 18, undefined, 'center', undefined],
      ['A2', '黑体', 11, 'FFD9E1F2', 'center', 'thin'],
      ['E2', '黑体', 11, 'FFD9E1F2', 'center', 'thin'],
      ['A3', '宋体', 11, 'FFFFC7CE', 'center', 'thin'],
      ['B3', '宋体', 11, 'FFFFC7CE', 'left', 'thin'],
      ['E3', '宋体', 11, 'FFFFC7CE', 'left', 'thin'],
      ['B4', '宋体', 11, 'FFC6EFCE', 'left', 'thin'],
      ['A5', '宋体', 11, 'FFFFEB9C', 'center', 'thin'],
      ['B6', '宋体', 11, undefined, 'left', 'thin'],
      ['B7', '宋体', 11, 'FFFFEB9C', 'left', 'thin'],
      ['C7', '宋体', 11, 'FFFFEB9C', 'center', 'thin'],
    ]);
  });

  it('prints landscape with the header row on every page, and names its maker', async () => {
    const { sheet, workbook, core } = await written(twoPeriods());
    expect(attr(first(sheet, 'pageSetup'), 'orientation')).toBe('landscape');
    expect(find(workbook, 'definedName').map((d) => [attr(d, 'name'), d.text])).toEqual([['_xlnm.Print_Titles', "'对比'!$2:$2"]]);
    expect(first(parseXml(core), 'dc:creator').text).toBe('进展报表助手');
  });
});
