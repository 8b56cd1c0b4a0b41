import { SEVERITY_FILL } from '../../src/core/catalog';
import type { Finding } from '../../src/core/finding';
import type { Fix } from '../../src/core/fix/plan';
import { validateGrid } from '../../src/core/validate';
import { annotatedSheets, cellMarks } from '../../src/io/annotated-copy';
import { patchCsv } from '../../src/io/csv-patch';
import { baseName, extensionOf, readWorkbookFile } from '../../src/io/read-workbook';
import { grid, HEADER, task } from '../helpers/grid';

/**
 * Mutants of the copies a clerk downloads: the marks of the annotated copy (src/io/annotated-copy.ts),
 * the corrected CSV (csv-patch.ts), and the file-name helpers and notes of reading (read-workbook.ts).
 * Expectations by hand; note texts only checked to hold the rendered message (wording is the locale's).
 */
const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const fix = (cell: string, newValue: string): Fix => ({ sheet: 'S', cell, row: 0, column: '', oldValue: '', newValue, kinds: [], codes: [] });

describe('the marks of the annotated copy', () => {
  const g = grid([HEADER, task(1, { units: '', status: '序时推进' }), task(3, { status: '' })], { sheet: 'S' });
  const report = validateGrid(g);
  const other = grid([['x']], { sheet: 'T', visibility: 'hidden' });

  it('each finding cell filled by its worst severity, its notes one line per finding; sheets without findings carry none', () => {
    // findings by hand: D2 unit-missing (error), E2 status-alias (warning), A3 seq-gap (warning), E3 status-missing (error)
    expect(report.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([
      ['D2', 'unit-missing', 'error'],
      ['E2', 'status-alias', 'warning'],
      ['A3', 'seq-gap', 'warning'],
      ['E3', 'status-missing', 'error'],
    ]);
    const twice: Finding = { ...(report.findings[1] as Finding), cell: 'D2', severity: 'info' };
    const withTwo = { ...report, findings: [...report.findings, twice, { ...twice, cell: null }] };
    const [s, t] = annotatedSheets([g, other], [withTwo], 'zh');
    expect([s?.name, s?.state, s?.rows, s?.merges, t?.name, t?.state, t?.rows, [...(t?.styles ?? [])], [...(t?.notes ?? [])]]).toEqual([
      'S',
      'visible',
      g.rows,
      g.merges,
      'T',
      'hidden',
      [['x']],
      [],
      [],
    ]);
    expect([...(s?.styles ?? [])]).toEqual([
      ['1,3', { fill: SEVERITY_FILL.error }],
      ['1,4', { fill: SEVERITY_FILL.warning }],
      ['2,0', { fill: SEVERITY_FILL.warning }],
      ['2,4', { fill: SEVERITY_FILL.error }],
    ]);
    const notes = s?.notes ?? new Map<string, string>();
    expect([...notes.keys()]).toEqual(['1,3', '1,4', '2,0', '2,4']);
    expect((notes.get('1,3') ?? '').split('\n')).toHaveLength(2);
    expect((notes.get('1,4') ?? '').split('\n')).toHaveLength(1);
  });

  it('a note line: title, then ： in Chinese or : in English, the message, then the hint', () => {
    const zh = annotatedSheets([g], [report], 'zh')[0]?.notes?.get('1,4') ?? '';
    const en = annotatedSheets([g], [report], 'en')[0]?.notes?.get('1,4') ?? '';
    expect([zh.includes('：'), /^[^:]+: /.test(en), zh.split('：').length, en.includes('按时推进')]).toEqual([true, true, 2, true]);
  });

  it('marks by sheet and address, only for sheets with a mark, the worst fill with every note', () => {
    const marks = cellMarks([g, other], [report], 'en');
    expect([...marks.keys()]).toEqual(['S']);
    expect([...(marks.get('S') ?? new Map())].map(([ref, m]) => [ref, m.fill, m.note.length > 0])).toEqual([
      ['D2', SEVERITY_FILL.error, true],
      ['E2', SEVERITY_FILL.warning, true],
      ['A3', SEVERITY_FILL.warning, true],
      ['E3', SEVERITY_FILL.error, true],
    ]);
    expect(marks.get('S')?.get('E2')?.note).toBe(annotatedSheets([g], [report], 'en')[0]?.notes?.get('1,4'));
  });
});

describe('the corrected CSV', () => {
  it('only the fixed fields replaced, quoted when needed, neutralised; the others byte for byte; unknown cells skipped', () => {
    const csv = '序号,任务,状态\r\n1.,"a,b",序时推进\r\n2,x,y\r\n';
    const result = patchCsv(utf8(csv), [fix('A2', '1'), fix('C2', '按"时"推进'), fix('B3', '=1+1'), fix('C3', 'p,q'), fix('D9', 'z'), fix('??', 'w')]);
    expect(text(result.bytes)).toBe('序号,任务,状态\r\n1,"a,b","按""时""推进"\r\n2,\'=1+1,"p,q"\r\n');
    expect([result.applied.map((f) => f.cell), result.skipped.map((s) => [s.fix.cell, s.reason])]).toEqual([['A2', 'C2', 'B3', 'C3'], [['D9', 'not-found']]]);
    expect([...result.bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
  });

  it('a tab-separated file keeps tabs: a comma needs no quotes there, a tab and a line break do', () => {
    const tsv = 'a\tb\nc\td';
    expect(text(patchCsv(utf8(tsv), [fix('A1', 'x,y'), fix('B1', 'p\tq'), fix('B2', 'm\nn')]).bytes)).toBe('x,y\t"p\tq"\nc\t"m\nn"');
    // a first line with both tabs and commas is comma-separated
    expect(text(patchCsv(utf8('a\tb,c\nd'), [fix('B1', 'x')]).bytes)).toBe('a\tb,x\nd');
    // the delimiter is the first line's: commas further down do not count
    expect(text(patchCsv(utf8('a\tb\nc,d'), [fix('B1', 'x,y')]).bytes)).toBe('a\tx,y\nc,d');
    // a file of one line without a line end
    expect(text(patchCsv(utf8('a\tb'), [fix('B1', 'x,y')]).bytes)).toBe('a\tx,y');
  });

  it('a UTF-8 BOM is kept; a file in another encoding is written as UTF-8 with a BOM', () => {
    const withBom = patchCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a,b')]), [fix('B1', 'c')]).bytes;
    expect([...withBom]).toEqual([0xef, 0xbb, 0xbf, ...utf8('a,c')]);
    // 任务 in GB18030, then a fix
    const gb = new Uint8Array([0xc8, 0xce, 0xce, 0xf1, 0x2c, 0x61, 0x0a, 0xc8, 0xce, 0xce, 0xf1, 0x2c, 0x62]);
    const out = patchCsv(gb, [fix('B2', '好')]).bytes;
    expect([...out.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(out.slice(3))).toBe('任务,a\n任务,好');
  });
});

describe('reading a file by its name and content', () => {
  it('extension and base name', () => {
    expect([extensionOf('a/b.XLSX'), extensionOf('noext'), extensionOf('.csv'), baseName('dir/报表.2021.xlsx'), baseName('dir\\.hidden'), baseName('a/b'), baseName('x.')]).toEqual([
      '.xlsx',
      '',
      '.csv',
      '报表.2021',
      '.hidden',
      'b',
      'x',
    ]);
  });

  it('a CSV (or TSV, TXT) by name and content, with a note when its encoding was guessed; an empty file throws file-empty', () => {
    const plain = readWorkbookFile(utf8('a,b\n1,2'), 'dir/x.csv');
    expect([plain.grids.map((g) => [g.sheet, g.rows]), plain.notes]).toEqual([
      [
        [
          'x',
          [
            ['a', 'b'],
            ['1', '2'],
          ],
        ],
      ],
      [],
    ]);
    expect(readWorkbookFile(utf8('a\tb'), 'y.tsv').grids[0]?.rows).toEqual([['a', 'b']]);
    expect(readWorkbookFile(utf8('a,b'), 'z.TXT').grids[0]?.rows).toEqual([['a', 'b']]);
    const gb = readWorkbookFile(new Uint8Array([0xc8, 0xce, 0xce, 0xf1, 0x2c, 0xca, 0xd0, 0xcd, 0xb3, 0xbc, 0xc6, 0xbe, 0xd6]), 'g.csv');
    expect([gb.grids[0]?.rows, gb.notes]).toEqual([[['任务', '市统计局']], [{ kind: 'encoding-guessed', encoding: 'gb18030', replaced: 0 }]]);
    // a BOM says UTF-8, but a byte is not: noted with the count replaced
    expect(readWorkbookFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x2c, 0x62]), 'b.csv').notes).toEqual([{ kind: 'encoding-guessed', encoding: 'utf-8', replaced: 1 }]);
    expect(() => readWorkbookFile(new Uint8Array(0), 'e.csv')).toThrow(expect.objectContaining({ code: 'file-empty' }));
    // a text file named .xlsx is not read as CSV
    expect(() => readWorkbookFile(utf8('a,b'), 'x.xlsx')).toThrow(expect.objectContaining({ code: expect.any(String) }));
  });
});
