import type { Finding } from '../../src/core/finding';
import { addressBatches, splitAreaAddresses } from '../../src/excel/addresses';
import { detectFeatures } from '../../src/excel/capabilities';
import { clearMarks, MARK_FILLS, markFindings, MARKS_SETTING } from '../../src/excel/marks';
import { profile } from './double/profiles';
import { strictExcel } from './double/strict-excel';
import { LOCALES } from '../../src/locales';

function finding(cell: string, code: Finding['code'], severity: Finding['severity'] = 'error'): Finding {
  return { code, severity, sheet: '报表', row: Number(cell.slice(1)), column: null, cell, value: '', params: { column: '牵头部门', allowed: '按时推进' } } as Finding;
}

const m365 = profile('1.18');
const withNotes = detectFeatures((v) => Number(v.split('.')[1]) <= 18);
const excel2019 = profile('1.8');
const without19 = detectFeatures((v) => Number(v.split('.')[1]) <= 8);
const upper = (colour: string) => colour.toUpperCase();

describe('marking findings on the sheet', () => {
  it('fills each cell by its worst severity, adds a note, and remembers the user fill', async () => {
    const excel = strictExcel(m365, [{ name: '报表', rows: [['x']], fills: { D3: '#00FF00' } }]);
    const marked = await markFindings(
      excel.context,
      [finding('D3', 'unit-missing'), finding('D3', 'seq-gap', 'warning'), finding('E4', 'status-missing'), finding('A5', 'seq-missing', 'warning')],
      'zh',
      withNotes,
    );
    expect(marked).toBe(3);
    expect(excel.fill('报表', 'D3')).toBe(upper(MARK_FILLS.error));
    expect(excel.fill('报表', 'A5')).toBe(upper(MARK_FILLS.warning));
    // one line per finding of the cell, in order, each led by its code's title in the clerk's language
    const lines = (excel.note('报表', 'D3') ?? '').split('\n');
    expect(lines.map((line, i) => line.includes(LOCALES.zh.findings[(['unit-missing', 'seq-gap'] as const)[i] ?? 'seq-gap'].title))).toEqual([true, true]);
    expect(excel.syncs()).toBe(3); // read, the records with the notes, the fills
    expect(JSON.parse(String(excel.setting(MARKS_SETTING)))).toEqual([
      { sheet: '报表', cell: 'D3', fill: '#00FF00', annotation: 'note' },
      { sheet: '报表', cell: 'E4', fill: null, annotation: 'note' },
      { sheet: '报表', cell: 'A5', fill: null, annotation: 'note' },
    ]);
  });

  it('removes exactly its marks: the user fill comes back, its notes go, other notes stay', async () => {
    const excel = strictExcel(m365, [{ name: '报表', rows: [['x']], fills: { D3: '#00FF00', B2: '#123456' }, notes: { A5: '用户自己的批注' } }]);
    await markFindings(excel.context, [finding('D3', 'unit-missing'), finding('E4', 'status-missing'), finding('A5', 'seq-missing', 'warning')], 'zh', withNotes);
    expect(excel.note('报表', 'A5')).toBe('用户自己的批注'); // a cell with the user's note gets no note of ours
    expect(await clearMarks(excel.context, withNotes)).toBe(3);
    expect(excel.fill('报表', 'D3')).toBe('#00FF00');
    expect(excel.fill('报表', 'E4')).toBeUndefined();
    expect(excel.fill('报表', 'B2')).toBe('#123456');
    expect(excel.note('报表', 'D3')).toBeUndefined();
    expect(excel.note('报表', 'A5')).toBe('用户自己的批注');
    expect(excel.setting(MARKS_SETTING)).toBeUndefined();
  });

  it('marking twice keeps the first before-image', async () => {
    const excel = strictExcel(m365, [{ name: '报表', rows: [['x']], fills: { D3: '#00FF00' } }]);
    await markFindings(excel.context, [finding('D3', 'unit-missing')], 'zh', withNotes);
    await markFindings(excel.context, [finding('D3', 'unit-missing')], 'zh', withNotes);
    await clearMarks(excel.context, withNotes);
    expect(excel.fill('报表', 'D3')).toBe('#00FF00');
  });

  it.each([10, 10_000])('marks %i rows with 10%% faulty in a constant number of syncs', async (n) => {
    const excel = strictExcel(m365, [{ name: '报表', rows: [['x']] }]);
    const findings = Array.from({ length: n / 10 }, (_, i) => finding(`E${i * 10 + 2}`, 'status-missing'));
    expect(await markFindings(excel.context, findings, 'zh', withNotes)).toBe(n / 10);
    expect(excel.syncs()).toBe(3);
    expect(excel.book.sheets[0]!.fills.size).toBe(n / 10);
  });

  it('marks no more cells than the record budget allows, and says how many it marked', async () => {
    const excel = strictExcel(m365, [{ name: '报表', rows: [['x']] }]);
    const findings = Array.from({ length: 20_000 }, (_, i) => finding(`E${i + 2}`, 'status-missing'));
    const marked = await markFindings(excel.context, findings, 'zh', withNotes);
    expect(marked).toBeLessThan(20_000);
    expect(marked).toBeGreaterThan(5_000);
    expect(excel.book.sheets[0]!.fills.size).toBe(marked);
    expect(JSON.parse(String(excel.setting(MARKS_SETTING))).length).toBe(marked);
  });

  it('on ExcelApi 1.8 only fills, cell by cell, and a white cell counts as unfilled', async () => {
    const excel = strictExcel(excel2019, [{ name: '报表', rows: [['x']], fills: { A5: '#123456' } }]);
    await markFindings(excel.context, [finding('D3', 'unit-missing'), finding('A5', 'seq-missing', 'warning')], 'zh', without19);
    expect(excel.fill('报表', 'D3')).toBe(upper(MARK_FILLS.error));
    expect(excel.book.sheets[0]!.notes.size).toBe(0);
    await clearMarks(excel.context, without19);
    expect(excel.fill('报表', 'D3')).toBeUndefined();
    expect(excel.fill('报表', 'A5')).toBe('#123456');
  });
});

describe('address lists', () => {
  it('cuts long lists into batches under the address length limit', () => {
    const cells = Array.from({ length: 5000 }, (_, i) => `E${i + 2}`);
    const batches = addressBatches(cells, 8000);
    expect(batches.every((b) => b.length <= 8000)).toBe(true);
    expect(batches.join(',').split(',')).toEqual(cells);
  });

  it('splits merged-area addresses with quoted sheet names', () => {
    expect(splitAreaAddresses("'报表, 1'!A1:E1,'报表, 1'!A3:A4")).toEqual(['A1:E1', 'A3:A4']);
  });
});
