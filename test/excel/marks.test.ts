import type { Finding } from '../../src/core/finding';
import { addressBatches, splitAreaAddresses } from '../../src/excel/addresses';
import { detectFeatures } from '../../src/excel/capabilities';
import { clearMarks, MARK_FILLS, markFindings, MARKS_SETTING } from '../../src/excel/marks';
import { mockWorkbook } from './mock-workbook';

function finding(cell: string, code: Finding['code'], severity: Finding['severity'] = 'error'): Finding {
  return { code, severity, sheet: '报表', row: Number(cell.slice(1)), column: null, cell, value: '', params: { column: '牵头部门', allowed: '按时推进' } } as Finding;
}

const withNotes = detectFeatures((v) => Number(v.split('.')[1]) <= 18);
const without19 = detectFeatures((v) => Number(v.split('.')[1]) <= 8);

describe('marking findings on the sheet', () => {
  it('fills each cell by its worst severity, adds a note, and remembers the user fill', async () => {
    const book = mockWorkbook([{ name: '报表', values: [['x']] }], { fills: { '报表!D3': '#00FF00' } });
    const marked = await markFindings(book.context, [finding('D3', 'unit-missing'), finding('D3', 'seq-gap', 'warning'), finding('E4', 'status-missing'), finding('A5', 'seq-missing', 'warning')], 'zh', withNotes);
    expect(marked).toBe(3);
    expect(book.fills.get('报表!D3')).toBe(MARK_FILLS.error);
    expect(book.fills.get('报表!A5')).toBe(MARK_FILLS.warning);
    expect(book.notes.get('报表!D3')).toContain('缺少牵头部门');
    expect(book.notes.get('报表!D3')).toContain('序号不连续');
    expect(book.syncs()).toBe(2);
    expect(JSON.parse(book.settings.get(MARKS_SETTING)!)).toEqual([
      { sheet: '报表', cell: 'D3', fill: '#00FF00', annotation: 'note' },
      { sheet: '报表', cell: 'E4', fill: null, annotation: 'note' },
      { sheet: '报表', cell: 'A5', fill: null, annotation: 'note' },
    ]);
  });

  it('removes exactly its marks: the user fill comes back, its notes go, other notes stay', async () => {
    const book = mockWorkbook([{ name: '报表', values: [['x']] }], { fills: { '报表!D3': '#00FF00', '报表!B2': '#123456' } });
    book.notes.set('报表!A5', '用户自己的批注');
    await markFindings(book.context, [finding('D3', 'unit-missing'), finding('E4', 'status-missing'), finding('A5', 'seq-missing', 'warning')], 'zh', withNotes);
    expect(book.notes.get('报表!A5')).toBe('用户自己的批注'); // a cell with the user's note gets no note of ours
    const restored = await clearMarks(book.context, withNotes);
    expect(restored).toBe(3);
    expect(book.fills.get('报表!D3')).toBe('#00FF00');
    expect(book.fills.has('报表!E4')).toBe(false);
    expect(book.fills.get('报表!B2')).toBe('#123456');
    expect(book.notes.has('报表!D3')).toBe(false);
    expect(book.notes.get('报表!A5')).toBe('用户自己的批注');
    expect(book.settings.has(MARKS_SETTING)).toBe(false);
  });

  it('marking twice keeps the first before-image', async () => {
    const book = mockWorkbook([{ name: '报表', values: [['x']] }], { fills: { '报表!D3': '#00FF00' } });
    await markFindings(book.context, [finding('D3', 'unit-missing')], 'zh', withNotes);
    await markFindings(book.context, [finding('D3', 'unit-missing')], 'zh', withNotes);
    await clearMarks(book.context, withNotes);
    expect(book.fills.get('报表!D3')).toBe('#00FF00');
  });

  it.each([10, 10_000, 100_000])('marks %i rows with 10%% faulty in a constant number of syncs', async (n) => {
    const book = mockWorkbook([{ name: '报表', values: [['x']] }]);
    const findings = Array.from({ length: n / 10 }, (_, i) => finding(`E${i * 10 + 2}`, 'status-missing'));
    await markFindings(book.context, findings, 'zh', withNotes);
    expect(book.syncs()).toBe(2);
    expect(book.fills.size).toBe(n / 10);
  });

  it('without notes (before ExcelApi 1.18 and 1.10) only fills, cell by cell before 1.9', async () => {
    const book = mockWorkbook([{ name: '报表', values: [['x']] }]);
    await markFindings(book.context, [finding('D3', 'unit-missing')], 'zh', without19);
    expect(book.fills.get('报表!D3')).toBe(MARK_FILLS.error);
    expect(book.notes.size).toBe(0);
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
